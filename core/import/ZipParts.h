#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct zip; // libzip's archive (zip_t)

namespace enc {

// The parts of a zip archive (an .xlsx workbook) by name, read one at a time with libzip.
// A part is never read past the size its directory entry declares, and its CRC is checked.
class ZipParts
{
public:
    // One part as the central directory declares it.
    struct Entry
    {
        QString name;
        qint64 size = 0;       // inflated
        qint64 compressed = 0; // as stored in the archive
    };

    // Reads the central directory of bytes (kept by reference: they must outlive this).
    // fileName is for messages.
    static Result<ZipParts> open(const QByteArray &bytes, const QString &fileName);

    // Every part, in directory order.
    QList<Entry> entries() const;
    // True when the archive has a part of this name (exact, else ignoring case).
    bool has(const QString &name) const;
    // The part's bytes; an error names the file and the part.
    Result<QByteArray> part(const QString &name) const;

private:
    struct Close
    {
        void operator()(zip *archive) const;
    };
    qint64 find(const QString &name) const;

    std::unique_ptr<zip, Close> m_zip;
    QString m_fileName;
};

} // namespace enc
