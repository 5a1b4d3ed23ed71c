// libFuzzer entry point for the .xlsx import: a workbook's bytes through XlsxReader (its zip,
// workbook and sheet parts) and the row mapper must give a table or an error, never a crash,
// hang or sanitizer report.
//
// Random bytes rarely make a zip archive, so most inputs are taken as the XML parts of a
// workbook instead: the input is split at "\n--part--\n" into the sheet, the shared strings
// and the workbook part, and wrapped in a valid (stored, uncompressed) zip around them. An
// input that starts with "PK" is read as a whole file, so a real workbook works as a seed.

#include "import/ColumnMapping.h"
#include "import/RowMapper.h"
#include "import/XlsxReader.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// A zip archive holding the files uncompressed ("stored"), as every zip reader accepts.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &files)
{
    QByteArray out;
    QByteArray central;
    for (const auto &[name, data] : files) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        QByteArray header;
        put16(header, 20);   // version needed
        put16(header, 0);    // flags
        put16(header, 0);    // stored
        put16(header, 0);    // time
        put16(header, 0x21); // date
        put32(header, crc);
        put32(header, quint32(data.size()));
        put32(header, quint32(data.size()));
        put16(header, quint32(name.size()));
        put16(header, 0); // extra
        put32(out, 0x04034b50);
        out += header + name + data;
        put32(central, 0x02014b50);
        put16(central, 20); // made by
        central += header;
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(files.size()));
    put16(out, quint32(files.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QByteArray workbookFromParts(const QByteArray &input)
{
    QList<QByteArray> parts;
    const QByteArray marker("\n--part--\n");
    qsizetype from = 0;
    while (parts.size() < 2) {
        const qsizetype at = input.indexOf(marker, from);
        if (at < 0)
            break;
        parts << input.mid(from, at - from);
        from = at + marker.size();
    }
    parts << input.mid(from);
    while (parts.size() < 3)
        parts << QByteArray();
    if (parts[2].isEmpty()) {
        parts[2] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships\"><sheets><sheet name=\"PPNs\" sheetId=\"1\" "
                   "r:id=\"rId1\"/></sheets></workbook>";
    }
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
        "Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
        "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/"
        "workbook.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
        "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override "
        "PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    return storedZip({{"[Content_Types].xml", contentTypes},
                      {"_rels/.rels", rels},
                      {"xl/workbook.xml", parts[2]},
                      {"xl/_rels/workbook.xml.rels", workbookRels},
                      {"xl/worksheets/sheet1.xml", parts[0]},
                      {"xl/sharedStrings.xml", parts[1]}});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace enc;
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.xlsx"));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : workbookFromParts(input);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }
    QStringList names;
    auto table = XlsxReader::read(path, {}, &names);
    if (!table)
        return 0;
    const QDate today(2025, 6, 1);
    (void)RowMapper(ColumnMapping::guess(table->header), today, today).map(*table);
    return 0;
}
