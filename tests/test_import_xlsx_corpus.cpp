// The same police rows written by the real .xlsx writers on Debian (libxlsxwriter in its
// normal and constant-memory modes, openpyxl in the 1900 and 1904 date systems and without
// dimension elements, LibreOffice or Gnumeric where installed; and by hand, as .NET writers
// and spreadsheet exports differ from Excel: write_by_hand.py) must import through
// encompass-cli as the same PPNs and children. openpyxl writes inline strings and absolute
// part paths, libxlsxwriter's constant-memory mode inline strings: both once read as "empty".

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "import/ImportFile.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <xlsxwriter.h>

using namespace enc;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

QString script(const char *name)
{
    return QStringLiteral(ENCOMPASS_TEST_DATA "/xlsx/") + QLatin1String(name);
}

// What the tracker holds after importing any of the files: reference, incident date and
// time, risk, forename, surname, date of birth. (Rows as write_openpyxl.py writes them.)
const QStringList Expected = {
    QStringLiteral("43/123456/25|2025-05-31|23:59|high|Zoë|O'Neill|2023-12-01"),
    QStringLiteral("NC/26/1001|2025-05-30|21:40|standard|Ava|Smith|2021-04-03"),
    QStringLiteral("NC/26/1002|2025-05-31|09:05|medium|Ben|Jones|2022-03-30"),
};

// The rows with libxlsxwriter, shared strings (normal) or inline strings (constant memory).
bool writeWithLibxlsxwriter(const QString &path, bool constantMemory, const QString &tmpDir)
{
    const QByteArray tmp = tmpDir.toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!book)
        return false;
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_worksheet *ws = workbook_add_worksheet(book, "PPNs");
    const char *headings[] = {
        "Occurrence Number", "Incident Date", "Child Forename", "Child Surname", "DOB",
        "DASH Risk",         "Checked"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(ws, 0, c, headings[c], nullptr);
    struct Row
    {
        lxw_row_t row;
        const char *ref;
        lxw_datetime incident;
        const char *forename;
        const char *surname;
        lxw_datetime dob;
        const char *risk;
        bool checked;
    };
    // clang-format off
    const Row rows[] = {
        {1, "NC/26/1001", {2025, 5, 30, 21, 40, 0}, "Ava", "SMITH", {2021, 4, 3, 0, 0, 0}, "Standard", true},
        {3, "NC/26/1002", {2025, 5, 31, 9, 5, 0}, "Ben", "JONES", {2022, 3, 30, 0, 0, 0}, "Medium", false},
        {4, "43/123456/25", {2025, 5, 31, 23, 59, 0}, "Zo\xc3\xab", "O'NEILL", {2023, 12, 1, 0, 0, 0}, "High", true},
    };
    // clang-format on
    for (const Row &r : rows) {
        worksheet_write_string(ws, r.row, 0, r.ref, nullptr);
        lxw_datetime incident = r.incident;
        worksheet_write_datetime(ws, r.row, 1, &incident, dateTime);
        worksheet_write_string(ws, r.row, 2, r.forename, nullptr);
        worksheet_write_string(ws, r.row, 3, r.surname, nullptr);
        lxw_datetime dob = r.dob;
        worksheet_write_datetime(ws, r.row, 4, &dob, date);
        worksheet_write_string(ws, r.row, 5, r.risk, nullptr);
        worksheet_write_boolean(ws, r.row, 6, r.checked, nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

// Runs a program; its error output when it fails.
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit)
        return program + QStringLiteral(" did not finish: ") + p.errorString();
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return {};
}

} // namespace

class TestImportXlsxCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRowsFromEveryWriter_data();
    void sameRowsFromEveryWriter();
    void summarySheetAndTitleRows();
    void oldXlsRefusedSayingSaveAsXlsx();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList importedRows(const QString &file, test::CliRun *run) const;
    QString newDatabase(const QString &name) const;
    QTemporaryDir m_dir;
    QString m_noOffice; // why no office suite's file is in the corpus, when none is installed
};

void TestImportXlsxCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(
        writeWithLibxlsxwriter(path(QStringLiteral("libxlsxwriter.xlsx")), false, m_dir.path()));
    QVERIFY(writeWithLibxlsxwriter(path(QStringLiteral("libxlsxwriter-constant-memory.xlsx")), true,
                                   m_dir.path()));
    QVERIFY2(QFileInfo::exists(Python), "the corpus needs Debian's /usr/bin/python3 with "
                                        "python3-openpyxl: run scripts/setup");
    for (const char *variant : {"plain", "1904", "nodimension", "summary"}) {
        const QString out = path(QStringLiteral("openpyxl-%1.xlsx").arg(QLatin1String(variant)));
        const QString error =
            run(Python, {script("write_openpyxl.py"), out, QString::fromLatin1(variant)});
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("openpyxl (python3-openpyxl, "
                                                            "scripts/setup installs it): ") +
                                             error));
    }
    // The ways .NET writers and spreadsheet exports differ from Excel, written by hand.
    const QString byHand =
        run(Python, {script("write_by_hand.py"), path(QStringLiteral("by-hand.xlsx"))});
    QVERIFY2(byHand.isEmpty(), qPrintable(byHand));
    // An office suite reads openpyxl's file and writes the workbook with its own writer.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString ssconvert = QStandardPaths::findExecutable(QStringLiteral("ssconvert"));
    const QString source = path(QStringLiteral("openpyxl-plain.xlsx"));
    if (!soffice.isEmpty()) {
        const QString outDir = path(QStringLiteral("libreoffice"));
        QDir().mkpath(outDir);
        const QString error = run(
            soffice,
            {QStringLiteral("--headless"),
             QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo-profile")),
             QStringLiteral("--convert-to"), QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
             QStringLiteral("--outdir"), outDir, source});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QFile::rename(outDir + QStringLiteral("/openpyxl-plain.xlsx"),
                              path(QStringLiteral("office.xlsx"))));
    } else if (!ssconvert.isEmpty()) {
        const QString error = run(ssconvert, {source, path(QStringLiteral("office.xlsx"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        m_noOffice = QStringLiteral("neither LibreOffice (soffice) nor Gnumeric (ssconvert) is "
                                    "installed: no office suite's workbook in the corpus");
    }
}

// A new tracker database made by encompass-cli init; its path.
QString TestImportXlsxCorpus::newDatabase(const QString &name) const
{
    const QString db = path(name + QStringLiteral(".sqlite"));
    const test::CliRun init = test::runCli(m_dir.path(), db, {QStringLiteral("init")});
    if (init.code != 0)
        qWarning("init: %s", qPrintable(init.errText()));
    return db;
}

// Imports file with encompass-cli into a new database; the rows the tracker then holds.
QStringList TestImportXlsxCorpus::importedRows(const QString &file, test::CliRun *run) const
{
    const QString db = newDatabase(QFileInfo(file).completeBaseName());
    *run = test::runCli(m_dir.path(), db,
                        {QStringLiteral("import"), file, QStringLiteral("--received"),
                         QStringLiteral("01/06/2025"), QStringLiteral("--json")});
    if (run->code != 0)
        return {};
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    if (!opened)
        return {opened.errorText()};
    QSqlQuery q((*opened)->sql());
    q.exec(QStringLiteral(
        "SELECT p.police_ref, p.incident_on, COALESCE(p.incident_time, ''), p.risk, c.forename, "
        "c.surname, c.date_of_birth FROM ppn p JOIN ppn_child pc ON pc.ppn_id = p.id "
        "JOIN child c ON c.id = pc.child_id ORDER BY p.police_ref"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

void TestImportXlsxCorpus::sameRowsFromEveryWriter_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"libxlsxwriter", "libxlsxwriter-constant-memory", "openpyxl-plain",
                             "openpyxl-1904", "openpyxl-nodimension", "by-hand", "office"})
        QTest::newRow(name) << path(QLatin1String(name) + QStringLiteral(".xlsx"));
}

void TestImportXlsxCorpus::sameRowsFromEveryWriter()
{
    QFETCH(QString, file);
    if (file.endsWith(QLatin1String("/office.xlsx")) && !m_noOffice.isEmpty())
        QSKIP(qPrintable(m_noOffice));
    // As read: headings on row 1, the empty row 3 skipped, dates and times in date styles as
    // dates and times (whatever the date system), booleans as TRUE and FALSE.
    auto read = ImportFile::read(file);
    QVERIFY2(read, qPrintable(read.errorText()));
    QCOMPARE(read->table.sheet, QStringLiteral("PPNs"));
    QCOMPARE(read->table.headerRow, 1);
    QCOMPARE(read->table.rowNumbers, (QList<int>{2, 4, 5}));
    QCOMPARE(read->table.rows.at(0).mid(0, 2),
             (QStringList{QStringLiteral("NC/26/1001"), QStringLiteral("30/05/2025 21:40")}));
    QCOMPARE(read->table.rows.at(0).at(4), QStringLiteral("03/04/2021"));
    QCOMPARE(read->table.rows.at(0).at(6), QStringLiteral("TRUE"));
    QCOMPARE(read->table.rows.at(1).at(6), QStringLiteral("FALSE"));

    test::CliRun run;
    const QStringList rows = importedRows(file, &run);
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().value(QStringLiteral("new_ppns")).toInt(), 3);
    QCOMPARE(run.json().value(QStringLiteral("header_row")).toInt(), 1);
    QCOMPARE(rows, Expected);
}

void TestImportXlsxCorpus::summarySheetAndTitleRows()
{
    const QString file = path(QStringLiteral("openpyxl-summary.xlsx"));
    test::CliRun run;
    const QStringList rows = importedRows(file, &run);
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    QCOMPARE(rows, Expected);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("sheet")).toString(), QStringLiteral("Notifications"));
    QCOMPARE(json.value(QStringLiteral("sheet_chosen_by_contents")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("header_row")).toInt(), 4);

    // The text report says where the data was found.
    const test::CliRun dry =
        test::runCli(m_dir.path(), newDatabase(QStringLiteral("summary-dry")),
                     {QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QVERIFY2(dry.code == 0, qPrintable(dry.errText()));
    QVERIFY2(dry.outText().contains(QLatin1String("Read sheet \"Notifications\", chosen by its "
                                                  "contents")),
             qPrintable(dry.outText()));
    QVERIFY2(dry.outText().contains(QLatin1String("Headings found on row 4")),
             qPrintable(dry.outText()));
}

void TestImportXlsxCorpus::oldXlsRefusedSayingSaveAsXlsx()
{
    // The OLE2 compound-file signature and nothing else, as a truncated old .xls starts.
    const QByteArray bytes = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, 0);
    const QString file = test::writeFile(m_dir, QStringLiteral("police-2025.xls"), bytes);
    const QString db = newDatabase(QStringLiteral("xls"));
    const test::CliRun run = test::runCli(m_dir.path(), db, {QStringLiteral("import"), file});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().contains(QLatin1String("police-2025.xls is an old Excel .xls "
                                                  "workbook")),
             qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("save it as .xlsx")), qPrintable(run.errText()));
    QCOMPARE(test::fileHash(file), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestImportXlsxCorpus)
#include "test_import_xlsx_corpus.moc"
