#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace enc {

class ZipParts;

// The bytes of a file to import, read with bounds: what is not an ordinary file, what is
// larger than ImportLimits::MaxFileBytes (before reading, and again should it grow while
// read), and Office files the import cannot read (a password-protected workbook, an old
// .xls) are refused with a message naming the file.
class ImportSource
{
public:
    ImportSource() = delete;

    // The file's bytes, or why they cannot be imported.
    static Result<QByteArray> read(const QString &path);
    // An error when the bytes are an OLE2 compound file (D0 CF 11 E0): password-protected
    // .xlsx, old .xls, or another Office document; success for anything else.
    static Status checkCompoundFile(const QByteArray &bytes, const QString &fileName);
    // An error when a zip archive's central directory declares more than the import will
    // inflate (ImportLimits::MaxInflatedBytes in all, or MaxInflateRatio for a part), or a
    // part larger than the archive (archiveBytes); checked before anything is inflated.
    static Status checkZipDirectory(const ZipParts &zip, qint64 archiveBytes,
                                    const QString &fileName);
};

} // namespace enc
