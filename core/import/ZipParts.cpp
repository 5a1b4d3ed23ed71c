#include "import/ZipParts.h"

#include <QCoreApplication>

#include <zlib.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ZipParts", text);
}

// Raw deflate (zip method 8) of in, to at most plain bytes.
bool inflateRaw(const char *in, qint64 size, qint64 plain, QByteArray *out)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    out->resize(plain);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(plain);
    const int rc = inflate(&z, Z_FINISH);
    const qint64 written = qint64(z.total_out);
    inflateEnd(&z);
    // Z_BUF_ERROR with the output full: the part is longer than declared, so refused.
    if (rc != Z_STREAM_END)
        return false;
    out->resize(written);
    return true;
}

} // namespace

Result<ZipParts> ZipParts::open(const QByteArray &bytes, const QString &fileName)
{
    using R = Result<ZipParts>;
    const auto broken = [&fileName]() {
        return R::failure(tr("%1 is a damaged workbook (its zip directory cannot be read). "
                             "Open it in Excel and save it again as .xlsx.")
                              .arg(fileName));
    };
    ZipParts zip;
    zip.m_bytes = &bytes;
    zip.m_fileName = fileName;
    const qint64 size = bytes.size();
    const qint64 end = endOfDirectory(bytes);
    if (end < 0)
        return broken();
    qint64 at = le32(bytes, end + 16);
    while (at + 46 <= size && le32(bytes, at) == 0x02014b50) {
        Entry e;
        e.method = le16(bytes, at + 10);
        e.compressed = le32(bytes, at + 20);
        e.plain = le32(bytes, at + 24);
        const qint64 nameLength = le16(bytes, at + 28);
        const qint64 extra = le16(bytes, at + 30);
        const qint64 comment = le16(bytes, at + 32);
        e.localHeader = le32(bytes, at + 42);
        if (at + 46 + nameLength > size)
            return broken();
        const QString name = QString::fromUtf8(bytes.constData() + at + 46, nameLength);
        zip.m_entries.insert(name, e);
        at += 46 + nameLength + extra + comment;
    }
    if (zip.m_entries.isEmpty())
        return broken();
    return zip;
}

qint64 ZipParts::endOfDirectory(const QByteArray &bytes)
{
    const qint64 size = bytes.size();
    for (qint64 at = size - 22; at >= 0 && at >= size - 22 - 0xFFFF; --at) {
        if (le32(bytes, at) == 0x06054b50)
            return at;
    }
    return -1;
}

const ZipParts::Entry *ZipParts::find(const QString &name) const
{
    if (auto it = m_entries.constFind(name); it != m_entries.cend())
        return &it.value();
    // Part names are case-insensitive in Office packages (ECMA-376 part 2).
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

bool ZipParts::has(const QString &name) const
{
    return find(name) != nullptr;
}

Result<QByteArray> ZipParts::part(const QString &name) const
{
    using R = Result<QByteArray>;
    const Entry *e = find(name);
    if (!e)
        return R::failure(tr("%1 is not a complete workbook: it has no part %2. Open it in Excel "
                             "and save it again as .xlsx.")
                              .arg(m_fileName, name));
    const auto damaged = [&]() {
        return R::failure(tr("%1 is a damaged workbook (its part %2 cannot be read). Open it in "
                             "Excel and save it again as .xlsx.")
                              .arg(m_fileName, name));
    };
    const QByteArray &bytes = *m_bytes;
    const qint64 h = e->localHeader;
    if (h < 0 || h + 30 > bytes.size() || le32(bytes, h) != 0x04034b50)
        return damaged();
    const qint64 data = h + 30 + le16(bytes, h + 26) + le16(bytes, h + 28);
    if (data + e->compressed > bytes.size())
        return damaged();
    if (e->method == 0 || e->plain == 0)
        return bytes.mid(data, e->method == 0 ? e->compressed : 0);
    QByteArray out;
    if (e->method != 8 || !inflateRaw(bytes.constData() + data, e->compressed, e->plain, &out))
        return damaged();
    return out;
}

} // namespace enc
