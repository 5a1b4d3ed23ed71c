// Files a police daily export never resembles, refused by encompass-cli before they can
// exhaust memory or hang it: too large, a pipe or a device, too many rows, columns or cells,
// a cell too long, a zip bomb, a workbook part failing its CRC; Office files it cannot read named
// for what they are; UTF-16 without a byte-order mark read. Every refusal: exit 2, one line naming
// the file, nothing written, the file left as it was.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "import/ImportLimits.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QTest>

#include <xlsxwriter.h>

#include <sys/stat.h>

using namespace enc;
using namespace enc::test;

namespace {

void putLe16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void putLe32(QByteArray &b, quint32 v)
{
    putLe16(b, quint16(v & 0xFFFF));
    putLe16(b, quint16(v >> 16));
}

// One part of a zip archive as written: its name, the bytes stored, the size it declares
// inflated, the method (8 deflate, 0 stored) and the CRC-32 it declares.
struct ZipPart
{
    QByteArray name;
    QByteArray data;
    quint32 plainSize = 0;
    quint16 method = 8;
    quint32 crc = 0;
};

// A zip archive: local headers and data, then the central directory and its end record.
QByteArray zipArchive(const QList<ZipPart> &parts)
{
    QByteArray out;
    QByteArray directory;
    for (const ZipPart &p : parts) {
        const auto offset = quint32(out.size());
        const auto header = [&](QByteArray &b, bool central) {
            putLe32(b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                putLe16(b, 20); // made by
            putLe16(b, 20);     // needed
            putLe16(b, 0);      // flags
            putLe16(b, p.method);
            putLe32(b, 0); // time and date
            putLe32(b, p.crc);
            putLe32(b, quint32(p.data.size()));
            putLe32(b, p.plainSize);
            putLe16(b, quint16(p.name.size()));
            putLe16(b, 0); // extra
            if (central) {
                putLe16(b, 0); // comment
                putLe16(b, 0); // disk
                putLe16(b, 0); // internal attributes
                putLe32(b, 0); // external attributes
                putLe32(b, offset);
            }
            b.append(p.name);
        };
        header(out, false);
        out.append(p.data);
        header(directory, true);
    }
    const auto dirStart = quint32(out.size());
    out.append(directory);
    putLe32(out, 0x06054b50);
    putLe32(out, 0);
    putLe16(out, quint16(parts.size()));
    putLe16(out, quint16(parts.size()));
    putLe32(out, quint32(directory.size()));
    putLe32(out, dirStart);
    putLe16(out, 0);
    return out;
}

// Raw deflate of bytes (qCompress wraps it in a length and a zlib header and trailer). Level 0
// keeps the bytes as they are, in stored deflate blocks.
QByteArray deflate(const QByteArray &bytes, int level = 9)
{
    const QByteArray z = qCompress(bytes, level);
    return z.mid(6, z.size() - 10);
}

// CRC-32 as zip records it.
quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

// A small workbook, as a zip archive of stored parts with their CRCs: a sheet with a heading
// row and one child. The sheet is the last part.
QList<ZipPart> smallWorkbook()
{
    const QByteArray rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const auto row = [](int r, const QList<QByteArray> &cells) {
        QByteArray out = "<row r=\"" + QByteArray::number(r) + "\">";
        for (const QByteArray &c : cells)
            out += "<c t=\"inlineStr\"><is><t>" + c + "</t></is></c>";
        return out + "</row>";
    };
    const QList<QPair<QByteArray, QByteArray>> files = {
        {"[Content_Types].xml",
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rels +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<workbook xmlns:r=\"" + rels +
                                "\"><sheets><sheet name=\"PPNs\" sheetId=\"1\" "
                                "r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships><Relationship Id=\"rId1\" Type=\"" + rels +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml",
         "<worksheet><sheetData>" + row(1, {"Police Ref", "Incident Date", "Name", "DOB"}) +
             row(2, {"C1", "01/03/2025", "Owen Price", "03/04/2021"}) + "</sheetData></worksheet>"},
    };
    QList<ZipPart> parts;
    for (const auto &[name, data] : files)
        parts.append({name, data, quint32(data.size()), 0, crc32(data)});
    return parts;
}

// An OLE2 compound file's signature and a directory naming the given streams (UTF-16LE),
// as Excel writes a password-protected .xlsx or an old .xls.
QByteArray compoundFile(const QStringList &streams)
{
    QByteArray out("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    out.append(QByteArray(504, '\0'));
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    for (const QString &s : streams) {
        QByteArray entry = utf16.encode(s);
        entry.append(QByteArray(128 - entry.size(), '\0'));
        out.append(entry);
    }
    return out;
}

} // namespace

class TestImportBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tooLargeRefusedBeforeReading();
    void pipeAndDeviceRefused();
    void tooManyRows();
    void tooManyColumns();
    void tooManyCells();
    void cellTooLong();
    void zipBombRefusedBeforeInflating();
    void workbookDeclaringTooMuchRefused();
    void partFailingItsCrcRefused();
    void workbookTooManyRows();
    void workbookWidePaddingCounted();
    void passwordProtectedWorkbook();
    void oldXlsWorkbook();
    void utf16WithoutByteOrderMark();

private:
    // Imports path and checks the refusal: exit 2, one line naming the file and saying says,
    // nothing written, the file as it was.
    void expectRefused(const QString &path, const QString &says);
    qint64 batches() const;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestImportBounds::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("t.sqlite"));
    QCOMPARE(runCli(m_dir.path(), m_db, {QStringLiteral("init")}).code, 0);
}

qint64 TestImportBounds::batches() const
{
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    return Sql::scalar((*db)->sql(), QStringLiteral("SELECT count(*) FROM import_batch"))
        ->toLongLong();
}

void TestImportBounds::expectRefused(const QString &path, const QString &says)
{
    const qint64 before = batches();
    const QFileInfo info(path);
    const QByteArray hash = info.isFile() ? fileHash(path) : QByteArray();
    const CliRun r = runCli(m_dir.path(), m_db, {QStringLiteral("import"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(says), qPrintable(r.err));
    QVERIFY2(r.errText().contains(info.fileName()), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(batches(), before);
    if (info.isFile())
        QCOMPARE(fileHash(path), hash);
}

void TestImportBounds::tooLargeRefusedBeforeReading()
{
    // Sparse: 60 MB on paper, nothing on disk.
    for (const char *name : {"huge.csv", "huge.xlsx"}) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ImportLimits::MaxFileBytes + 10 * 1024 * 1024));
        f.close();
        expectRefused(path, QStringLiteral("is larger than 50 MB"));
    }
}

void TestImportBounds::pipeAndDeviceRefused()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefused(fifo, QStringLiteral("is not an ordinary file"));
    expectRefused(QStringLiteral("/dev/zero"), QStringLiteral("is not an ordinary file"));
}

void TestImportBounds::tooManyRows()
{
    QByteArray rows = "Ref\n";
    for (int i = 0; i <= ImportLimits::MaxRows; ++i)
        rows += "x\n";
    expectRefused(writeFile(m_dir, QStringLiteral("rows.csv"), rows),
                  QStringLiteral("has more than 200,000 rows"));
}

void TestImportBounds::tooManyColumns()
{
    const QByteArray wide = QByteArray("a,").repeated(ImportLimits::MaxColumns) + "a\n";
    expectRefused(writeFile(m_dir, QStringLiteral("wide.csv"), "Ref\nx\n" + wide),
                  QStringLiteral("wide.csv, line 3: the row has more than 1,000 columns"));
}

void TestImportBounds::tooManyCells()
{
    // Rows of 1,000 columns, the first and last filled: 5,001 of them hold too many cells.
    const QByteArray row = "a" + QByteArray(ImportLimits::MaxColumns - 1, ',') + "a\n";
    const QByteArray rows =
        row.repeated(int(ImportLimits::MaxCells / ImportLimits::MaxColumns) + 1);
    expectRefused(writeFile(m_dir, QStringLiteral("cells.csv"), rows),
                  QStringLiteral("has more than 5,000,000 cells"));
}

void TestImportBounds::cellTooLong()
{
    const QByteArray rows =
        "Ref,Name\nA1,Ann Lee\nA2,\"" + QByteArray(ImportLimits::MaxCellChars + 1, 'x') + "\"\n";
    expectRefused(writeFile(m_dir, QStringLiteral("long.csv"), rows),
                  QStringLiteral("long.csv, line 3: a cell is longer than 1,000,000 characters"));
}

void TestImportBounds::zipBombRefusedBeforeInflating()
{
    // 64 MB of zeros deflate to about 64 KB: a thousand to one.
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray bomb =
        zipArchive({{"[Content_Types].xml", deflate("<Types/>"), 8},
                    {"xl/worksheets/sheet1.xml", deflate(zeros), quint32(zeros.size())}});
    QVERIFY(bomb.size() < 200 * 1024);
    expectRefused(writeFile(m_dir, QStringLiteral("bomb.xlsx"), bomb),
                  QStringLiteral("its part xl/worksheets/sheet1.xml would inflate from"));
}

void TestImportBounds::workbookDeclaringTooMuchRefused()
{
    // Three parts at 80 to 1 each (under the ratio), 240 MB in all.
    QList<ZipPart> parts;
    for (const char *name : {"xl/a.xml", "xl/b.xml", "xl/c.xml"})
        parts.append({name, QByteArray(1024 * 1024, 'x'), 80u * 1024 * 1024});
    expectRefused(writeFile(m_dir, QStringLiteral("vast.xlsx"), zipArchive(parts)),
                  QStringLiteral("its parts would inflate to more than 200 MB"));
}

void TestImportBounds::partFailingItsCrcRefused()
{
    QList<ZipPart> parts = smallWorkbook();
    const CliRun ok = runCli(m_dir.path(), m_db,
                             {QStringLiteral("import"),
                              writeFile(m_dir, QStringLiteral("sound.xlsx"), zipArchive(parts)),
                              QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(ok.code, 0);
    QCOMPARE(ok.json().value(QStringLiteral("new_ppns")).toInt(), 1);

    // One byte of the sheet changed after its CRC was written: stored, then deflated (level
    // 0 keeps the text as it is, so the part still inflates).
    ZipPart &sheet = parts.last();
    const QByteArray xml = sheet.data;
    sheet.data.replace("Owen", "Owan");
    expectRefused(writeFile(m_dir, QStringLiteral("crc-stored.xlsx"), zipArchive(parts)),
                  QStringLiteral("crc-stored.xlsx is a damaged workbook (its part "
                                 "xl/worksheets/sheet1.xml cannot be read)"));
    sheet.method = 8;
    sheet.data = deflate(xml, 0);
    QVERIFY(sheet.data.contains("Owen"));
    sheet.data.replace("Owen", "Owan");
    expectRefused(writeFile(m_dir, QStringLiteral("crc-deflated.xlsx"), zipArchive(parts)),
                  QStringLiteral("crc-deflated.xlsx is a damaged workbook (its part "
                                 "xl/worksheets/sheet1.xml cannot be read)"));
}

// A workbook of numbers only, one a row in column (0-based), written by libxlsxwriter in its
// constant-memory mode (which writes text inline); true when written.
bool numbersWorkbook(const QString &path, lxw_row_t rows, lxw_col_t column)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "PPNs");
    for (lxw_row_t r = 0; r < rows; ++r)
        worksheet_write_number(sheet, r, column, r, nullptr);
    return workbook_close(book) == LXW_NO_ERROR;
}

void TestImportBounds::workbookTooManyRows()
{
    // A header and one row too many.
    const QString path = m_dir.filePath(QStringLiteral("tall.xlsx"));
    QVERIFY(numbersWorkbook(path, lxw_row_t(ImportLimits::MaxRows) + 2, 0));
    expectRefused(path, QStringLiteral("has more than 200,000 rows"));
}

// Found in review: the empty cells before a row's last cell were not counted, so one cell far
// to the right on each row made a small workbook into millions of strings.
void TestImportBounds::workbookWidePaddingCounted()
{
    // 999 columns of padding on each row: 5,010 rows make more than 5,000,000 cells.
    const QString path = m_dir.filePath(QStringLiteral("wide.xlsx"));
    QVERIFY(numbersWorkbook(path, 5010, 998));
    expectRefused(path, QStringLiteral("has more than 5,000,000 cells"));
}

void TestImportBounds::passwordProtectedWorkbook()
{
    const QString path =
        writeFile(m_dir, QStringLiteral("locked.xlsx"),
                  compoundFile({QStringLiteral("Root Entry"), QStringLiteral("EncryptionInfo"),
                                QStringLiteral("EncryptedPackage")}));
    expectRefused(path, QStringLiteral("locked.xlsx: the workbook is password-protected: remove "
                                       "the password in Excel, then import"));
}

void TestImportBounds::oldXlsWorkbook()
{
    const QByteArray xls = compoundFile({QStringLiteral("Root Entry"), QStringLiteral("Workbook")});
    // By its own name, renamed as a workbook, and renamed as a CSV file.
    for (const char *name : {"old.xls", "renamed.xlsx", "renamed.csv"}) {
        expectRefused(writeFile(m_dir, QLatin1String(name), xls),
                      QStringLiteral("is an old Excel .xls workbook, which the import cannot "
                                     "read: open it in Excel, save it as .xlsx"));
    }
}

void TestImportBounds::utf16WithoutByteOrderMark()
{
    const QString text = QStringLiteral("Police Ref,Incident Date,Name,DOB\r\n"
                                        "U1,01/03/2025,Siân Owen,03/04/2021\r\n");
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(encoding);
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.at(0) != '\xFF' && bytes.at(0) != '\xFE'); // no byte-order mark
        const QString path = writeFile(m_dir, QStringLiteral("utf16.csv"), bytes);
        const CliRun r = runCli(m_dir.path(), m_db,
                                {QStringLiteral("import"), path, QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 1);
        const QString child = r.json()
                                  .value(QStringLiteral("rows"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("child"))
                                  .toString();
        QVERIFY2(child.startsWith(QStringLiteral("Siân Owen")), qPrintable(child));
    }
}

QTEST_GUILESS_MAIN(TestImportBounds)
#include "test_import_bounds.moc"
