#include "import/ZipParts.h"

#include "import/ImportLimits.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>
#include <limits>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ZipParts", text);
}

} // namespace

void ZipParts::Close::operator()(zip *archive) const
{
    zip_discard(archive); // read only: nothing to write back
}

Result<ZipParts> ZipParts::open(const QByteArray &bytes, const QString &fileName)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = nullptr;
    if (source) {
        // ZIP_CHECKCONS: each local header must agree with its central directory entry.
        archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!archive)
            zip_source_free(source);
    }
    zip_error_fini(&error);
    if (!archive || zip_get_num_entries(archive, 0) <= 0) {
        if (archive)
            zip_discard(archive);
        return Result<ZipParts>::failure(
            tr("%1 is a damaged workbook (its zip directory cannot be read). Open it in Excel "
               "and save it again as .xlsx.")
                .arg(fileName));
    }
    ZipParts parts;
    parts.m_zip.reset(archive);
    parts.m_fileName = fileName;
    return parts;
}

QList<ZipParts::Entry> ZipParts::entries() const
{
    QList<Entry> out;
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(m_zip.get(), zip_uint64_t(i), 0, &st) != 0)
            continue;
        Entry e;
        if (st.valid & ZIP_STAT_NAME)
            e.name = QString::fromUtf8(st.name);
        if (st.valid & ZIP_STAT_SIZE)
            e.size = qint64(std::min<zip_uint64_t>(st.size, std::numeric_limits<qint64>::max()));
        if (st.valid & ZIP_STAT_COMP_SIZE) {
            e.compressed =
                qint64(std::min<zip_uint64_t>(st.comp_size, std::numeric_limits<qint64>::max()));
        }
        out.append(e);
    }
    return out;
}

qint64 ZipParts::find(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t exact = zip_name_locate(m_zip.get(), utf8.constData(), 0);
    if (exact >= 0)
        return exact;
    // Part names are case-insensitive in Office packages (ECMA-376 part 2).
    return zip_name_locate(m_zip.get(), utf8.constData(), ZIP_FL_NOCASE);
}

bool ZipParts::has(const QString &name) const
{
    return find(name) >= 0;
}

Result<QByteArray> ZipParts::part(const QString &name) const
{
    using R = Result<QByteArray>;
    const qint64 index = find(name);
    if (index < 0)
        return R::failure(tr("%1 is not a complete workbook: it has no part %2. Open it in Excel "
                             "and save it again as .xlsx.")
                              .arg(m_fileName, name));
    const auto damaged = [&]() {
        return R::failure(tr("%1 is a damaged workbook (its part %2 cannot be read). Open it in "
                             "Excel and save it again as .xlsx.")
                              .arg(m_fileName, name));
    };
    zip_stat_t st;
    // ImportSource::checkZipDirectory refuses larger parts before any is read.
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE) || st.size > zip_uint64_t(ImportLimits::MaxInflatedBytes))
        return damaged();
    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(
        zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0), &zip_fclose);
    if (!file)
        return damaged();
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < out.size()) {
        const zip_int64_t n =
            zip_fread(file.get(), out.data() + done, zip_uint64_t(out.size() - done));
        if (n <= 0)
            return damaged(); // shorter than declared, or it cannot be inflated
        done += n;
    }
    // Reading on to the end makes libzip check the CRC; a byte more is a part longer than
    // its directory entry declares.
    char more = 0;
    if (zip_fread(file.get(), &more, 1) != 0)
        return damaged();
    return out;
}

} // namespace enc
