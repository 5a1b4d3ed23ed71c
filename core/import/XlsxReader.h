#pragma once

#include "Result.h"
#include "import/ImportTable.h"

#include <QStringList>

namespace enc {

// Reads .xlsx workbooks (XlsxWorkbook). Cells come back as text: strings as written, numbers
// as plain numbers, numbers in date and time styles as dd/MM/yyyy and HH:mm, formulas as their
// cached values. Blank rows and trailing empty columns are dropped; the heading row is found
// (HeadingFinder), not assumed to be the first.
class XlsxReader
{
public:
    XlsxReader() = delete;

    // The sheet names in workbook order.
    static Result<QStringList> sheetNames(const QString &path);
    // One sheet: the one named, else the one holding the police data (its headings name the
    // most import fields; the first on a tie). Errors name the file and the sheet.
    // sheetNames, when given, receives every sheet's name.
    static Result<ImportTable> read(const QString &path, const QString &sheet = {},
                                    QStringList *sheetNames = nullptr);
    // The same from the file's bytes (fileName for messages). A workbook whose zip directory
    // declares more than the import inflates is refused before anything is inflated.
    static Result<ImportTable> read(const QByteArray &bytes, const QString &fileName,
                                    const QString &sheet = {}, QStringList *sheetNames = nullptr);
    // True when the bytes start like a zip archive (every .xlsx is one).
    static bool looksLikeZip(const QByteArray &head);
};

} // namespace enc
