#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace enc {

// The parts of a zip archive (an .xlsx workbook) by name, inflated one at a time with zlib.
// The bytes are expected to have passed ImportSource::checkZipDirectory; a part is still
// never inflated past the size its directory entry declares.
class ZipParts
{
public:
    // Reads the central directory of bytes (kept by reference: they must outlive this).
    // fileName is for messages.
    static Result<ZipParts> open(const QByteArray &bytes, const QString &fileName);

    // True when the archive has a part of this name (exact, else ignoring case).
    bool has(const QString &name) const;
    // The part's bytes; an error names the file and the part.
    Result<QByteArray> part(const QString &name) const;

    // Where the end-of-directory record starts (the last one in the final 64 KB), or -1.
    static qint64 endOfDirectory(const QByteArray &bytes);
    // Little-endian numbers as zip records store them (at + 4 or + 2 must be within b).
    static quint32 le32(const QByteArray &b, qint64 at)
    {
        const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
        return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    }
    static quint16 le16(const QByteArray &b, qint64 at)
    {
        const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
        return quint16(p[0] | p[1] << 8);
    }

private:
    struct Entry
    {
        quint16 method = 0;
        qint64 compressed = 0;
        qint64 plain = 0;
        qint64 localHeader = 0;
    };
    const Entry *find(const QString &name) const;

    const QByteArray *m_bytes = nullptr;
    QString m_fileName;
    QHash<QString, Entry> m_entries;
};

} // namespace enc
