// Names from a police file that a spreadsheet would run as formulas (CSV injection), taken in
// through encompass-cli import and exported as a user does (no known setting list, report;
// CSV and .xlsx): no cell of a CSV begins like a formula, and an .xlsx holds them as text
// that stays text when edited. A failed .xlsx export leaves nothing behind, and an export is
// readable by its owner only.

#include "ExportCheck.h"
#include "TestSupport.h"

#include "import/NoSettingList.h"
#include "repo/Directory.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCsv.h"
#include "reports/ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace enc;
using namespace enc::test::exports;

namespace {

// A setting's and an area's names typed into the directory (the report lists both).
const QString HostileSetting = QStringLiteral("=HYPERLINK(\"http://y\",\"nursery\")");
const QString HostileArea = QStringLiteral("@SUM(2)");

// The texts of an .xlsx's shared strings, in order.
QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si"))
            out << QString();
        else if (r.isStartElement() && r.name() == QLatin1String("t") && !out.isEmpty())
            out.last() += r.readElementText();
    }
    return out;
}

// The number format of each cell style (cellXfs), by style index.
QList<int> styleNumberFormats(const QByteArray &xml)
{
    QList<int> out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.name() == QLatin1String("cellXfs"))
            inCellXfs = r.isStartElement();
        else if (inCellXfs && r.isStartElement() && r.name() == QLatin1String("xf"))
            out << r.attributes().value(QLatin1String("numFmtId")).toInt();
    }
    return out;
}

// Every problem with the formula-like texts of one worksheet: a formula element, a text that
// is not a shared string, or a formula-like string not formatted as text (number format 49,
// "@", which keeps it text when someone edits the cell). Counts the formula-like cells.
QStringList xlsxProblems(const QString &book, const QString &sheet, int *formulaLikeCells)
{
    const QStringList strings = sharedStrings(unzip(book, QStringLiteral("xl/sharedStrings.xml")));
    const QList<int> formats = styleNumberFormats(unzip(book, QStringLiteral("xl/styles.xml")));
    const QByteArray xml = unzip(book, sheet);
    QStringList problems;
    if (xml.isEmpty())
        return {QStringLiteral("%1 is missing").arg(sheet)};
    QXmlStreamReader r(xml);
    QString ref, type;
    int style = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            type = r.attributes().value(QLatin1String("t")).toString();
            style = r.attributes().value(QLatin1String("s")).toInt();
            if (type == QLatin1String("str") || type == QLatin1String("inlineStr"))
                problems << QStringLiteral("%1 is not a shared string (t=%2)").arg(ref, type);
        } else if (r.name() == QLatin1String("f")) {
            problems << QStringLiteral("%1 holds a formula").arg(ref);
        } else if (r.name() == QLatin1String("v") && type == QLatin1String("s")) {
            const QString text = strings.value(r.readElementText().toInt());
            if (!formulaLike(text))
                continue;
            ++*formulaLikeCells;
            if (formats.value(style) != 49)
                problems << QStringLiteral("%1 (%2) is not formatted as text").arg(ref, text);
        }
    }
    return problems;
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    return QFileInfo::exists(path) && !(QFile::permissions(path) & others);
}

} // namespace

class TestExportInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSettingCsvRunsNoFormula();
    void noSettingXlsxKeepsNamesAsText();
    void reportCsvRunsNoFormula();
    void reportXlsxKeepsNamesAsText();
    void failedXlsxExportLeavesNothing();
    void failedCsvExportLeavesNothing();
    void exportsAreReadableByTheirOwnerOnly();

private:
    QByteArray cli(const QStringList &args) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

QByteArray TestExportInjection::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENCOMPASS_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("encompass-cli %s: exit %d\n%s%s", qPrintable(args.join(QLatin1Char(' '))),
                 p.exitCode(), p.readAllStandardOutput().constData(),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput() + "ok";
}

void TestExportInjection::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed (apt-get install unzip)");
    qputenv("ENCOMPASS_USER", "tester");
    m_db = path(QStringLiteral("t.sqlite"));
    QVERIFY(!cli({QStringLiteral("init")}).isEmpty());
    {
        auto db = Database::open(m_db, Database::Mode::OpenExisting);
        QVERIFY(db);
        Directory directory(**db);
        auto area = directory.ensureArea(HostileArea);
        QVERIFY(area);
        Setting s;
        s.name = HostileSetting;
        s.type = QStringLiteral("nursery");
        s.areaId = *area;
        QVERIFY(directory.addSetting(s));
    }
    // The police file, as a user would have it: hostile names, and one child at the setting.
    QFile daily(path(QStringLiteral("daily.csv")));
    QVERIFY(daily.open(QIODevice::WriteOnly));
    daily.write(hostileDailyFile() + "HS1,10/03/2025,10:00,Ann,Lee,01/01/2023," +
                csvQuoted(HostileSetting) + ",Standard,Present\r\n");
    daily.close();
    QVERIFY(!cli({QStringLiteral("import"), daily.fileName()}).isEmpty());
}

void TestExportInjection::noSettingCsvRunsNoFormula()
{
    const QString csv = path(QStringLiteral("no-setting.csv"));
    QVERIFY(!cli({QStringLiteral("no-setting"), QStringLiteral("export"), csv}).isEmpty());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(f.readAll());
    QCOMPARE(hostileCells(rows), 2 * int(hostileNames().size()));
    const QStringList formulas = formulaCells(rows);
    QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1Char('\n'))));
}

void TestExportInjection::noSettingXlsxKeepsNamesAsText()
{
    const QString xlsx = path(QStringLiteral("no-setting.xlsx"));
    QVERIFY(!cli({QStringLiteral("no-setting"), QStringLiteral("export"), xlsx}).isEmpty());
    int formulaLikeCells = 0;
    const QStringList problems =
        xlsxProblems(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"), &formulaLikeCells);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(formulaLikeCells, 2 * int(hostileNames().size()));
}

void TestExportInjection::reportCsvRunsNoFormula()
{
    const QString csv = path(QStringLiteral("report.csv"));
    QVERIFY(
        !cli({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
              QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--csv"), csv})
             .isEmpty());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(f.readAll());
    int named = 0;
    for (const QStringList &row : rows)
        for (const QString &cell : row)
            named += cell.contains(HostileSetting) || cell.contains(HostileArea);
    QVERIFY2(named >= 2, "the setting and its area are in the report");
    const QStringList formulas = formulaCells(rows);
    QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1Char('\n'))));
}

void TestExportInjection::reportXlsxKeepsNamesAsText()
{
    const QString xlsx = path(QStringLiteral("report.xlsx"));
    QVERIFY(
        !cli({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
              QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--xlsx"), xlsx})
             .isEmpty());
    int formulaLikeCells = 0;
    QStringList problems;
    for (int sheet = 1; sheet <= 12; ++sheet) {
        const QString member = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet);
        if (!unzip(xlsx, member).isEmpty())
            problems << xlsxProblems(xlsx, member, &formulaLikeCells);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(formulaLikeCells >= 2, "the setting and its area are in the workbook");
}

// The target is taken by a folder, so the finished workbook cannot be moved into place: the
// export fails, and no part of it (names and dates of birth) stays beside the target.
void TestExportInjection::failedXlsxExportLeavesNothing()
{
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    auto written = NoSettingList(**db).exportTo(target);
    QVERIFY(!written);
    QVERIFY2(written.errorText().contains(QStringLiteral("list.xlsx")),
             qPrintable(written.errorText()));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("list.xlsx")});

    auto report = ReportBuilder::build((*db)->sql(), QDate(2025, 1, 1), QDate(2025, 12, 31), 20);
    QVERIFY(report);
    QVERIFY(!ReportXlsx::write(target, *report, false));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("list.xlsx")});
}

void TestExportInjection::failedCsvExportLeavesNothing()
{
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("list.csv"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    QVERIFY(!NoSettingList(**db).exportTo(target));
    auto report = ReportBuilder::build((*db)->sql(), QDate(2025, 1, 1), QDate(2025, 12, 31), 20);
    QVERIFY(report);
    QVERIFY(!ReportCsv::write(target, *report, false));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("list.csv")});
}

void TestExportInjection::exportsAreReadableByTheirOwnerOnly()
{
    QTemporaryDir out;
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    auto report = ReportBuilder::build((*db)->sql(), QDate(2025, 1, 1), QDate(2025, 12, 31), 20);
    QVERIFY(report);
    for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("a.xlsx")}) {
        const QString target = out.filePath(name);
        QFile old(target); // an earlier export that anyone could read
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::ReadOther);
        QVERIFY(NoSettingList(**db).exportTo(target));
        QVERIFY2(ownerOnly(target), qPrintable(name));
        const QString reportPath = out.filePath(QStringLiteral("report-") + name);
        QVERIFY(name.endsWith(QLatin1String("csv"))
                    ? ReportCsv::write(reportPath, *report, false).ok()
                    : ReportXlsx::write(reportPath, *report, false).ok());
        QVERIFY2(ownerOnly(reportPath), qPrintable(reportPath));
    }
}

QTEST_GUILESS_MAIN(TestExportInjection)
#include "test_export_injection.moc"
