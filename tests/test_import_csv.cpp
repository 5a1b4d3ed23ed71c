// The police spreadsheet readers and cell parsing: what a user sees when a file or a cell
// cannot be read.

#include "import/CellParser.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportFile.h"
#include "import/RowMapper.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace enc;
using namespace Qt::StringLiterals;

class TestImportCsv : public QObject
{
    Q_OBJECT

private slots:
    void delimiters_data();
    void delimiters();
    void quotedFields();
    void utf8WithBom();
    void windows1252();
    void blankLinesAndTrailingColumns();
    void unclosedQuote();
    void dates_data();
    void dates();
    void badDates_data();
    void badDates();
    void times();
    void names();
    void headingsRecognised();
    void oneNameColumnSurnameFirst();
    void profileJsonSurvivesReorder();
    void rowErrorsNameRowAndColumn();
    void badFiles_data();
    void badFiles();
    void missingSheetNamed();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImportCsv::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

void TestImportCsv::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n");
    QTest::newRow("semicolon with commas in data") << QByteArray("a;b;c\r\n1,5;2;3\r\n");
}

void TestImportCsv::delimiters()
{
    QFETCH(QByteArray, bytes);
    auto t = CsvReader::parse(bytes, QStringLiteral("x.csv"));
    QVERIFY2(t, qPrintable(t.errorText()));
    QCOMPARE(t->header,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(t->rows.size(), 1);
    QCOMPARE(t->rows.first().size(), 3);
    QCOMPARE(t->rows.first().at(2), QStringLiteral("3"));
}

void TestImportCsv::quotedFields()
{
    const QByteArray bytes = "Ref,Name,Address\r\n"
                             "R1,\"SMITH, Ava\",\"1 High St\r\nTown\"\r\n"
                             "R2,\"Said \"\"hi\"\"\",\"\"\r\n";
    auto t = CsvReader::parse(bytes, QStringLiteral("x.csv"));
    QVERIFY2(t, qPrintable(t.errorText()));
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows.at(0).at(1), QStringLiteral("SMITH, Ava"));
    QCOMPARE(t->rows.at(0).at(2), QStringLiteral("1 High St\nTown"));
    QCOMPARE(t->rows.at(1).at(1), QStringLiteral("Said \"hi\""));
    QCOMPARE(t->rowNumbers, (QList<int>{2, 3}));
    // A quote inside an unquoted field is text; spaces around an unquoted field go, inside
    // quotes they stay; a field may continue after its closing quote.
    auto mixed = CsvReader::parse("Ref,Name,Note\nR3,  O\"Brien \",\" two  \"x\n"
                                  "R4,\"\"\"\",a\"b\"c\n",
                                  QStringLiteral("y.csv"));
    QVERIFY2(mixed, qPrintable(mixed.errorText()));
    QCOMPARE(mixed->rows.size(), 2);
    QCOMPARE(mixed->rows.at(0), (QStringList{u"R3"_s, u"O\"Brien \""_s, u" two  x"_s}));
    QCOMPARE(mixed->rows.at(1), (QStringList{u"R4"_s, u"\""_s, u"a\"b\"c"_s}));
}

void TestImportCsv::utf8WithBom()
{
    auto t =
        CsvReader::parse(QByteArray("\xEF\xBB\xBFName\nSi\xC3\xA2n\n"), QStringLiteral("x.csv"));
    QVERIFY(t);
    QCOMPARE(t->header.first(), QStringLiteral("Name"));
    QCOMPARE(t->rows.first().first(), QStringLiteral("Si\u00E2n"));
}

void TestImportCsv::windows1252()
{
    // 0xE2 alone is not UTF-8; in Windows-1252 it is â, and 0x92 is a right quote.
    auto t = CsvReader::parse(QByteArray("Name\nSi\xE2n O\x92"
                                         "Brien\n"),
                              QStringLiteral("x.csv"));
    QVERIFY(t);
    QCOMPARE(t->rows.first().first(), QStringLiteral("Si\u00E2n O\u2019Brien"));
}

void TestImportCsv::blankLinesAndTrailingColumns()
{
    auto t = CsvReader::parse(QByteArray("a,b,,\n\n1,2,,\n,,,\n3,4\n"), QStringLiteral("x.csv"));
    QVERIFY(t);
    QCOMPARE(t->header.size(), 2);
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rowNumbers, (QList<int>{3, 5}));
}

void TestImportCsv::unclosedQuote()
{
    auto t = CsvReader::parse(QByteArray("a,b\n1,\"open\n2,3\n"), QStringLiteral("police.csv"));
    QVERIFY(!t);
    QVERIFY2(t.errorText().contains(QLatin1String("police.csv")), qPrintable(t.errorText()));
    QVERIFY(t.errorText().contains(QLatin1String("line 2")));
}

void TestImportCsv::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::newRow("dd/mm/yyyy") << "05/01/2024" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("d/m/yyyy") << "5/1/2024" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("dd/mm/yy") << "05/01/24" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("yyyy-mm-dd") << "2024-01-05" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("dd-mm-yyyy") << "05-01-2024" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("dd.mm.yyyy") << "05.01.2024" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("named month") << "5 Jan 2024" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("dd-Mon-yy") << "05-Jan-24" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("Excel serial") << "45296" << QDate(2024, 1, 5) << QTime();
    QTest::newRow("Excel serial with time") << "45296.5" << QDate(2024, 1, 5) << QTime(12, 0);
    QTest::newRow("date and time") << "05/01/2024 14:30" << QDate(2024, 1, 5) << QTime(14, 30);
    QTest::newRow("ISO date time") << "2024-01-05T14:30:00" << QDate(2024, 1, 5) << QTime(14, 30);
    QTest::newRow("leap day") << "29/02/2024" << QDate(2024, 2, 29) << QTime();
}

void TestImportCsv::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    auto d = CellParser::dateTime(text, QDate(2025, 6, 1));
    QVERIFY2(d, qPrintable(d.errorText()));
    QCOMPARE(d->date, date);
    QCOMPARE(d->time, time);
}

void TestImportCsv::badDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("31 February") << "31/02/2024"
                                 << "is not a date";
    QTest::newRow("month first") << "12/25/2024"
                                 << "month 25 does not exist";
    QTest::newRow("words") << "yesterday"
                           << "is not a date";
    QTest::newRow("two-digit year in the future") << "01/01/30"
                                                  << "ambiguous";
    QTest::newRow("serial 60 (29/02/1900)") << "60"
                                            << "is not a date";
    QTest::newRow("bad time") << "05/01/2024 25:00"
                              << "not a 24-hour time";
}

void TestImportCsv::badDates()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    auto d = CellParser::dateTime(text, QDate(2025, 6, 1));
    QVERIFY(!d);
    QVERIFY2(d.errorText().contains(says), qPrintable(d.errorText()));
    QVERIFY2(d.errorText().contains(text.section(QLatin1Char(' '), 0, 0)),
             qPrintable(d.errorText()));
}

void TestImportCsv::times()
{
    QCOMPARE(*CellParser::time(QStringLiteral("14:30")), QTime(14, 30));
    QCOMPARE(*CellParser::time(QStringLiteral("1430")), QTime(14, 30));
    QCOMPARE(*CellParser::time(QStringLiteral("09:05:59")), QTime(9, 5));
    QCOMPARE(*CellParser::time(QStringLiteral("0.75")), QTime(18, 0));
    QVERIFY(!CellParser::time(QStringLiteral("2pm")));
    QCOMPARE(*CellParser::time(QStringLiteral("07:05")), QTime(7, 5));
    QCOMPARE(*CellParser::time(QStringLiteral(" 23:59 ")), QTime(23, 59));
    QVERIFY(!CellParser::time(QStringLiteral("25:30"))); // not a time of day
    QVERIFY(!CellParser::time(QStringLiteral("12:6x")));
}

void TestImportCsv::names()
{
    QCOMPARE(CellParser::tidyName(QStringLiteral("O'BRIEN")), QStringLiteral("O'Brien"));
    QCOMPARE(CellParser::tidyName(QStringLiteral("SMITH-JONES")), QStringLiteral("Smith-Jones"));
    QCOMPARE(CellParser::tidyName(QStringLiteral("McDonald")), QStringLiteral("McDonald"));
    QCOMPARE(CellParser::tidyName(QStringLiteral("SIÂN")), QStringLiteral("Siân"));
    const PersonName a = CellParser::splitName(QStringLiteral("SMITH, Ava Rose"));
    QCOMPARE(a.surname, QStringLiteral("SMITH"));
    QCOMPARE(a.forename, QStringLiteral("Ava Rose"));
    const PersonName b = CellParser::splitName(QStringLiteral("Ava Rose Smith"));
    QCOMPARE(b.surname, QStringLiteral("Smith"));
    QCOMPARE(b.forename, QStringLiteral("Ava Rose"));
}

void TestImportCsv::headingsRecognised()
{
    const QStringList header = {QStringLiteral("NICHE Occurrence Number"),
                                QStringLiteral("Date of Incident"),
                                QStringLiteral("Time"),
                                QStringLiteral("Child Forename"),
                                QStringLiteral("Child Surname"),
                                QStringLiteral("D.O.B."),
                                QStringLiteral("Age"),
                                QStringLiteral("School / Setting"),
                                QStringLiteral("Home Address"),
                                QStringLiteral("Location of Incident"),
                                QStringLiteral("Post Code"),
                                QStringLiteral("DASH Risk Level"),
                                QStringLiteral("Crime / Non-Crime"),
                                QStringLiteral("Child Present?")};
    const ColumnMapping m = ColumnMapping::guess(header);
    QVERIFY2(m.missingRequired().isEmpty(), qPrintable(m.missingRequired().join(u',')));
    const QList<ImportField> fields = {ImportField::Reference,    ImportField::IncidentDate,
                                       ImportField::IncidentTime, ImportField::Forename,
                                       ImportField::Surname,      ImportField::DateOfBirth,
                                       ImportField::Age,          ImportField::Setting,
                                       ImportField::HomeAddress,  ImportField::IncidentAddress,
                                       ImportField::Postcode,     ImportField::Risk,
                                       ImportField::Crime,        ImportField::Presence};
    for (int i = 0; i < fields.size(); ++i)
        QCOMPARE(m.column(fields.at(i)), i);
}

void TestImportCsv::oneNameColumnSurnameFirst()
{
    const QByteArray bytes = "URN,Incident Date/Time,Name,DOB\n"
                             "R1,01/03/2025 22:10,\"O'BRIEN, SIÂN\",02/02/2022\n";
    auto t = CsvReader::parse(bytes, QStringLiteral("x.csv"));
    QVERIFY(t);
    const ColumnMapping m = ColumnMapping::guess(t->header);
    QVERIFY(m.missingRequired().isEmpty());
    RowMapper mapper(m, QDate(2025, 6, 1));
    const auto out = mapper.map(*t);
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.rows.first().forename, QStringLiteral("Siân"));
    QCOMPARE(out.rows.first().surname, QStringLiteral("O'Brien"));
    QCOMPARE(out.rows.first().incidentTime, QTime(22, 10));
}

void TestImportCsv::profileJsonSurvivesReorder()
{
    const QStringList header = {QStringLiteral("Ref"), QStringLiteral("When"),
                                QStringLiteral("Kid"), QStringLiteral("Born")};
    ColumnMapping m;
    m.set(ImportField::Reference, 0);
    m.set(ImportField::IncidentDate, 1);
    m.set(ImportField::FullName, 2);
    m.set(ImportField::DateOfBirth, 3);
    const QJsonObject json = m.toJson(header);
    const QStringList reordered = {QStringLiteral("Born"), QStringLiteral("Kid"),
                                   QStringLiteral("When"), QStringLiteral("Ref")};
    const ColumnMapping back = ColumnMapping::fromJson(json, reordered);
    QCOMPARE(back.column(ImportField::Reference), 3);
    QCOMPARE(back.column(ImportField::DateOfBirth), 0);
    QVERIFY(back.missingRequired().isEmpty());
}

void TestImportCsv::rowErrorsNameRowAndColumn()
{
    const QByteArray bytes = "Police Ref,Incident Date,Forename,Surname,Date of Birth\n"
                             "R1,01/03/2025,Ava,Smith,02/02/2022\n"
                             "R2,31/04/2025,Ben,Smith,02/02/2022\n"
                             "R3,01/03/2025,Cal,Smith,02/02/2026\n"
                             "R4,01/07/2025,Dee,Smith,02/02/2022\n"
                             ",01/03/2025,Eve,Smith,02/02/2022\n"
                             "R6,01/03/2025,,Smith,02/02/2022\n";
    auto t = CsvReader::parse(bytes, QStringLiteral("x.csv"));
    QVERIFY(t);
    RowMapper mapper(ColumnMapping::guess(t->header), QDate(2025, 6, 1));
    const auto out = mapper.map(*t);
    QCOMPARE(out.rows.size(), 1);
    QCOMPARE(out.errors.size(), 5);
    QCOMPARE(out.errors.at(0).row, 3);
    QCOMPARE(out.errors.at(0).column, QStringLiteral("Incident Date"));
    QVERIFY(out.errors.at(0).message.contains(QLatin1String("31/04/2025")));
    QCOMPARE(out.errors.at(1).row, 4);
    QCOMPARE(out.errors.at(1).column, QStringLiteral("Date of Birth"));
    QVERIFY2(out.errors.at(1).message.contains(QLatin1String("02/02/2026 is in the future")),
             qPrintable(out.errors.at(1).message));
    QCOMPARE(out.errors.at(2).column, QStringLiteral("Incident Date"));
    QVERIFY(out.errors.at(2).message.contains(QLatin1String("01/07/2025 is in the future")));
    QCOMPARE(out.errors.at(3).column, QStringLiteral("Police Ref"));
    QCOMPARE(out.errors.at(4).column, QStringLiteral("Forename"));
}

void TestImportCsv::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "empty.csv" << QByteArray() << "is empty";
    QTest::newRow("blank lines only") << "blank.csv" << QByteArray("\r\n\r\n") << "is empty";
    QTest::newRow("header only") << "header.csv"
                                 << QByteArray("Police Ref,Incident Date,Name,DOB\r\n")
                                 << "no data rows";
    QTest::newRow("binary named .csv")
        << "photo.csv" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "is not a text file";
    QTest::newRow("not a zip named .xlsx")
        << "daily.xlsx" << QByteArray("Ref,Date\n1,2\n") << "is not an Excel workbook";
    QTest::newRow("zip named .csv")
        << "daily.csv" << QByteArray("PK\x03\x04rest") << "rename it to .xlsx";
    QTest::newRow("broken zip named .xlsx")
        << "broken.xlsx" << QByteArray("PK\x03\x04rest") << "is a damaged workbook";
    // Read as UTF-16 (its header found), not refused as binary.
    QTest::newRow("UTF-16 without BOM, header only")
        << "wide.csv" << QByteArray("R\0e\0f\0\n\0", 8) << "has a header row but no data rows";
}

void TestImportCsv::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    auto f = ImportFile::read(write(name, bytes));
    QVERIFY(!f);
    QVERIFY2(f.errorText().contains(name), qPrintable(f.errorText()));
    QVERIFY2(f.errorText().contains(says), qPrintable(f.errorText()));
}

void TestImportCsv::missingSheetNamed()
{
    auto f = ImportFile::read(m_dir.filePath(QStringLiteral("nowhere.csv")));
    QVERIFY(!f);
    QVERIFY(f.errorText().contains(QLatin1String("cannot be found")));
}

QTEST_GUILESS_MAIN(TestImportCsv)
#include "test_import_csv.moc"
