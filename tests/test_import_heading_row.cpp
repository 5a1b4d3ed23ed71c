// The heading row of a police file is found, not assumed to be the first: title lines, a
// banner and blank lines above it are skipped, and the report (or the refusal) says on which
// row the headings were found. Run through encompass-cli on CSV files.

#include "CliTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

class TestImportHeadingRow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleLinesSkipped_data();
    void titleLinesSkipped();
    void unknownHeadingsNameTheirRow();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestImportHeadingRow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("tracker.sqlite"));
    const test::CliRun init = test::runCli(m_dir.path(), m_db, {QStringLiteral("init")});
    QVERIFY2(init.code == 0, qPrintable(init.errText()));
}

void TestImportHeadingRow::titleLinesSkipped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QList<int>>("rows");
    const QByteArray data = "NC/1{d}01/06/2025{d}Amy{d}Stone{d}02/02/2022\n\n"
                            "NC/2{d}01/06/2025{d}Bob{d}Marsh{d}03/03/2023\n";
    const QByteArray headings = "Police Ref{d}Incident Date{d}Forename{d}Surname{d}DOB\n";
    const auto file = [&](const QByteArray &above, const char *delimiter) {
        QByteArray bytes = above + headings + data;
        return bytes.replace("{d}", delimiter);
    };
    QTest::newRow("title, banner and blank line; commas")
        << file("Operation Encompass daily list,,,,\nOFFICIAL - SENSITIVE\n\n", ",") << 4
        << QList<int>{5, 7};
    // The banner has no semicolon: the delimiter is taken from the headings.
    QTest::newRow("banner; semicolons")
        << file("OFFICIAL - SENSITIVE\n", ";") << 2 << QList<int>{3, 5};
    QTest::newRow("headings first") << file({}, ",") << 1 << QList<int>{2, 4};
}

void TestImportHeadingRow::titleLinesSkipped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerRow);
    QFETCH(QList<int>, rows);
    const QString file = test::writeFile(m_dir, QStringLiteral("daily.csv"), bytes);
    const test::CliRun run = test::runCli(
        m_dir.path(), m_db,
        {QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--json"),
         QStringLiteral("--received"), QStringLiteral("02/06/2025")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("header_row")).toInt(), headerRow);
    QCOMPARE(json.value(QStringLiteral("new_ppns")).toInt(), 2);
    QList<int> seen;
    for (const QJsonValue &row : json.value(QStringLiteral("rows")).toArray())
        seen << row.toObject().value(QStringLiteral("row")).toInt();
    QCOMPARE(seen, rows);

    const test::CliRun text = test::runCli(
        m_dir.path(), m_db, {QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QCOMPARE(text.outText().contains(QStringLiteral("Headings found on row %1").arg(headerRow)),
             headerRow > 1);
}

void TestImportHeadingRow::unknownHeadingsNameTheirRow()
{
    const QString file = test::writeFile(m_dir, QStringLiteral("weekly.csv"),
                                         "Weekly summary\n\nArea,Count\nNorth,4\nSouth,2\n");
    const QByteArray before = test::fileHash(file);
    const test::CliRun run = test::runCli(m_dir.path(), m_db, {QStringLiteral("import"), file});
    QCOMPARE(run.code, 2);
    QVERIFY2(
        run.errText().contains(QLatin1String("Its headings (found on row 3) are: Area, Count.")),
        qPrintable(run.errText()));
    QCOMPARE(test::fileHash(file), before);
}

QTEST_GUILESS_MAIN(TestImportHeadingRow)
#include "test_import_heading_row.moc"
