// Excel workbooks written by the test with libxlsxwriter: real date cells, serial numbers,
// a formula, a second sheet, blank rows and trailing empty columns.

#include "TestSupport.h"

#include "import/ImportFile.h"
#include "import/Importer.h"
#include "repo/Ppns.h"
#include "storage/Sql.h"

#include <QTest>

#include <xlsxwriter.h>

using namespace enc;

class TestImportXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsFirstSheetWithCoverNotes();
    void readsChosenSheet();
    void unknownSheetNamesTheSheets();
    void importsIntoTracker();
    void headerOnlySheet();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestImportXlsx::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("daily.xlsx"));
    lxw_workbook *book = workbook_new(m_path.toUtf8().constData());
    QVERIFY(book);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");

    lxw_worksheet *ppns = workbook_add_worksheet(book, "PPNs");
    const char *header[] = {"Occurrence Number", "Incident Date", "Child Name", "DOB",
                            "Setting",           "DASH Risk"};
    for (lxw_col_t c = 0; c < 6; ++c)
        worksheet_write_string(ppns, 0, c, header[c], nullptr);
    // Row 2: real date-time cell and real date cell.
    worksheet_write_string(ppns, 1, 0, "NC/100", nullptr);
    lxw_datetime incident = {2025, 3, 3, 21, 40, 0};
    worksheet_write_datetime(ppns, 1, 1, &incident, dateTime);
    worksheet_write_string(ppns, 1, 2, "SMITH, Ava", nullptr);
    lxw_datetime dob = {2021, 4, 3, 0, 0, 0};
    worksheet_write_datetime(ppns, 1, 3, &dob, date);
    worksheet_write_string(ppns, 1, 5, "Standard", nullptr);
    // Row 3 blank; row 4: serial numbers in general-format cells, and a formula for the
    // reference with its cached value.
    worksheet_write_formula_str(ppns, 3, 0, "=\"NC/\"&\"101\"", nullptr, "NC/101");
    worksheet_write_number(ppns, 3, 1, 45720, nullptr); // 04/03/2025
    worksheet_write_string(ppns, 3, 2, "Ben Jones", nullptr);
    worksheet_write_number(ppns, 3, 3, 44650, nullptr); // 30/03/2022
    worksheet_write_blank(ppns, 3, 8, date);            // formatted but empty: trailing
    // Row 5: a date as text.
    worksheet_write_string(ppns, 4, 0, "NC/102", nullptr);
    worksheet_write_string(ppns, 4, 1, "05/03/2025", nullptr);
    worksheet_write_string(ppns, 4, 2, "Cara Lee", nullptr);
    worksheet_write_string(ppns, 4, 3, "2022-12-01", nullptr);

    lxw_worksheet *notes = workbook_add_worksheet(book, "Notes");
    worksheet_write_string(notes, 0, 0, "Police Ref", nullptr);
    worksheet_write_string(notes, 0, 1, "Incident Date", nullptr);
    worksheet_write_string(notes, 0, 2, "Name", nullptr);
    worksheet_write_string(notes, 0, 3, "DOB", nullptr);
    worksheet_write_string(notes, 2, 0, "N/1", nullptr);
    worksheet_write_string(notes, 2, 1, "01/03/2025", nullptr);
    worksheet_write_string(notes, 2, 2, "Dee Ray", nullptr);
    worksheet_write_string(notes, 2, 3, "01/01/2022", nullptr);

    lxw_worksheet *empty = workbook_add_worksheet(book, "Header only");
    worksheet_write_string(empty, 0, 0, "Police Ref", nullptr);
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));
}

void TestImportXlsx::readsFirstSheetWithCoverNotes()
{
    auto f = ImportFile::read(m_path);
    QVERIFY2(f, qPrintable(f.errorText()));
    QCOMPARE(f->sheets, (QStringList{QStringLiteral("PPNs"), QStringLiteral("Notes"),
                                     QStringLiteral("Header only")}));
    QCOMPARE(f->table.sheet, QStringLiteral("PPNs"));
    QCOMPARE(f->table.header.size(), 6);
    QCOMPARE(f->table.rows.size(), 3);
    QCOMPARE(f->table.rowNumbers, (QList<int>{2, 4, 5}));
    QCOMPARE(f->table.rows.at(1).at(0), QStringLiteral("NC/101")); // formula's value
    QCOMPARE(f->table.rows.at(1).at(1), QStringLiteral("45720"));
    QCOMPARE(f->table.rows.at(1).size(), 4); // trailing empty cells dropped
}

void TestImportXlsx::readsChosenSheet()
{
    auto f = ImportFile::read(m_path, QStringLiteral("notes"));
    QVERIFY2(f, qPrintable(f.errorText()));
    QCOMPARE(f->table.sheet, QStringLiteral("Notes"));
    QCOMPARE(f->table.rows.size(), 1);
    QCOMPARE(f->table.rowNumbers.first(), 3);
}

void TestImportXlsx::unknownSheetNamesTheSheets()
{
    auto f = ImportFile::read(m_path, QStringLiteral("Monday"));
    QVERIFY(!f);
    QVERIFY2(f.errorText().contains(QLatin1String("daily.xlsx has no sheet called \"Monday\"")),
             qPrintable(f.errorText()));
    QVERIFY(f.errorText().contains(QLatin1String("PPNs, Notes, Header only")));
}

void TestImportXlsx::importsIntoTracker()
{
    test::TempDatabase db;
    Importer::Request r;
    r.path = m_path;
    r.today = QDate(2025, 6, 1);
    auto report = Importer(*db).run(r);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->errors, 0);
    QCOMPARE(report->newPpns, 3);
    auto first = Ppns(*db).byReference(QStringLiteral("NC/100"));
    QCOMPARE(first->incidentDate, QDate(2025, 3, 3));
    QCOMPARE(first->incidentTime, QTime(21, 40));
    QCOMPARE(Ppns(*db).byReference(QStringLiteral("NC/101"))->incidentDate, QDate(2025, 3, 4));
    auto dob = Sql::scalar(db->sql(), QStringLiteral("SELECT date_of_birth FROM child WHERE "
                                                     "forename = 'Ben'"));
    QCOMPARE(dob->toString(), QStringLiteral("2022-03-30"));
    auto ava = Sql::scalar(db->sql(), QStringLiteral("SELECT date_of_birth FROM child WHERE "
                                                     "surname = 'Smith' AND forename = 'Ava'"));
    QCOMPARE(ava->toString(), QStringLiteral("2021-04-03"));
}

void TestImportXlsx::headerOnlySheet()
{
    auto f = ImportFile::read(m_path, QStringLiteral("Header only"));
    QVERIFY(!f);
    QVERIFY2(f.errorText().contains(QLatin1String("daily.xlsx has a header row but no data")),
             qPrintable(f.errorText()));
}

QTEST_GUILESS_MAIN(TestImportXlsx)
#include "test_import_xlsx.moc"
