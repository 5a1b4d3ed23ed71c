// The cells of a police file as encompass-cli checks them: fields too long for what they
// hold, control characters (a terminal escape sequence in a name), two columns for one
// field, dates worth a second look, and two-digit years that could be either century.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "domain/DateInput.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;
using namespace enc::test;

class TestImportFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldTooLong_data();
    void fieldTooLong();
    void controlCharactersRemovedAndNeverPrinted();
    void nulByteDeepInFile();
    void twoColumnsForOneField();
    void datesWorthASecondLook();
    void twoDigitYearsAmbiguousEverywhere();

private:
    CliRun import(const QString &name, const QByteArray &csv, const QStringList &extra = {});
    QTemporaryDir m_dir;
    QString m_db;
};

void TestImportFields::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("t.sqlite"));
    QCOMPARE(runCli(m_dir.path(), m_db, {QStringLiteral("init")}).code, 0);
}

CliRun TestImportFields::import(const QString &name, const QByteArray &csv,
                                const QStringList &extra)
{
    return runCli(m_dir.path(), m_db,
                  QStringList{QStringLiteral("import"), writeFile(m_dir, name, csv)} + extra);
}

void TestImportFields::fieldTooLong_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QByteArray a51(51, 'A');
    const QByteArray a101(101, 'a');
    const QByteArray a301(301, 'a');
    QTest::newRow("reference") << QByteArray("Ref,Incident Date,Name,DOB")
                               << QByteArray(a51 + ",01/03/2025,Ann Lee,03/04/2021") << "Ref"
                               << "Ref is 51 characters long, more than the 50";
    QTest::newRow("surname") << QByteArray("Ref,Incident Date,Forename,Surname,DOB")
                             << QByteArray("L2,01/03/2025,Ann," + a101 + ",03/04/2021") << "Surname"
                             << "Surname is 101 characters long, more than the 100";
    QTest::newRow("forename in one name column")
        << QByteArray("Ref,Incident Date,Name,DOB")
        << QByteArray("L3,01/03/2025," + a101 + " Lee,03/04/2021") << "Name"
        << "Name is 101 characters long, more than the 100";
    QTest::newRow("home address") << QByteArray("Ref,Incident Date,Name,DOB,Address")
                                  << QByteArray("L4,01/03/2025,Ann Lee,03/04/2021," + a301)
                                  << "Address"
                                  << "Address is 301 characters long, more than the 300";
}

void TestImportFields::fieldTooLong()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const CliRun r =
        import(QStringLiteral("long.csv"), header + "\n" + row + "\n", {QStringLiteral("--json")});
    QCOMPARE(r.code, 1); // the row rejected, the file read
    const QJsonArray errors = r.json().value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject e = errors.first().toObject();
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(e.value(QStringLiteral("column")).toString(), column);
    QVERIFY2(e.value(QStringLiteral("message")).toString().contains(says),
             qPrintable(e.value(QStringLiteral("message")).toString()));
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 0);
}

void TestImportFields::controlCharactersRemovedAndNeverPrinted()
{
    const QByteArray csv = "Police Ref,Incident Date,Forename,Surname,DOB\x1b[1m\r\n"
                           "E1,01/03/2025,Eve\a,\x1b[31mHILL\x1b[0m,03/04/2021\r\n"
                           "E2\x1b]0;owned\x07,01/03/2025,Zoe,Bell\x1b[2J,x\r\n";
    // Ordinary rows around them, as in a real file (a file mostly of control characters is
    // refused as binary).
    QByteArray rows;
    for (int i = 0; i < 20; ++i)
        rows += "F" + QByteArray::number(i) + ",01/03/2025,Fay,Lee,03/04/2021\r\n";
    const CliRun r = import(QStringLiteral("escape.csv"), csv + rows);
    QCOMPARE(r.code, 1); // E2's date of birth is not a date
    for (const QByteArray &raw : {QByteArray("\x1b"), QByteArray("\x07")}) {
        QVERIFY2(!r.out.contains(raw), r.out.constData());
        QVERIFY2(!r.err.toUtf8().contains(raw), qPrintable(r.err));
    }
    // The first row imported with the escapes taken out, and said so.
    QVERIFY2(r.outText().contains(QLatin1String("Surname held control characters")),
             r.out.constData());
    QVERIFY2(r.outText().contains(QLatin1String("Forename held control characters")),
             r.out.constData());
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QCOMPARE(
        Sql::scalar((*db)->sql(), QStringLiteral("SELECT forename || ' ' || surname FROM child "
                                                 "WHERE surname LIKE '%Hill%'"))
            ->toString(),
        QStringLiteral("Eve Hill"));
    // The second row's error names the heading with its escape shown, not sent.
    QVERIFY2(r.outText().contains(QLatin1String("DOB\\x1B[1m")), r.out.constData());
}

void TestImportFields::nulByteDeepInFile()
{
    // Past the first 8 KB (where a NUL marks a binary file), in a name.
    QByteArray csv = "Police Ref,Incident Date,Forename,Surname,DOB\r\n";
    for (int i = 0; i < 300; ++i)
        csv += "G" + QByteArray::number(i) + ",01/03/2025,Guy,Lee,03/04/2021\r\n";
    csv += QByteArray("N1,01/03/2025,\0\0,Lee,03/04/2021\r\n", 33);
    const CliRun r = import(QStringLiteral("nul.csv"), csv,
                            {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonArray errors = r.json().value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject e = errors.first().toObject();
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 302);
    QCOMPARE(e.value(QStringLiteral("column")).toString(), QStringLiteral("Forename"));
    QCOMPARE(e.value(QStringLiteral("message")).toString(),
             QStringLiteral("the child's forename is empty (control characters were removed "
                            "from it)"));
}

void TestImportFields::twoColumnsForOneField()
{
    const QByteArray csv = "Police Ref,Incident Date,Name,DOB,Date of birth\r\n"
                           "T1,01/03/2025,Tia Ward,03/04/2021,04/04/2021\r\n";
    CliRun r = import(QStringLiteral("twice.csv"), csv, {QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.outText().contains(QLatin1String(
                 "Columns D \"DOB\" and E \"Date of birth\" both hold Date of birth")),
             r.out.constData());
    r = import(QStringLiteral("twice.csv"), csv,
               {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("warnings")).toArray().size(), 1);
}

void TestImportFields::datesWorthASecondLook()
{
    const QByteArray csv = "Police Ref,Incident Date,Name,DOB\r\n"
                           "W1,01/03/2025,Old Born,03/04/1989\r\n"
                           "W2,01/03/2023,Long Ago,03/04/2021\r\n"
                           "W3,01/03/2025,Just Right,03/04/2021\r\n";
    const CliRun r = import(QStringLiteral("second-look.csv"), csv,
                            {QStringLiteral("--dry-run"), QStringLiteral("--json"),
                             QStringLiteral("--received"), QStringLiteral("02/03/2025")});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    const auto warnings = [&rows](int i) {
        return rows.at(i)
            .toObject()
            .value(QStringLiteral("warnings"))
            .toVariant()
            .toStringList()
            .join(QLatin1Char('|'));
    };
    QVERIFY2(warnings(0).contains(QLatin1String("date of birth 03/04/1989 is before 1990")),
             qPrintable(warnings(0)));
    QVERIFY2(warnings(1).contains(QLatin1String(
                 "incident date 01/03/2023 is more than a year before the date received "
                 "02/03/2025")),
             qPrintable(warnings(1)));
    QVERIFY2(!warnings(2).contains(QLatin1String("1990")) &&
                 !warnings(2).contains(QLatin1String("more than a year")),
             qPrintable(warnings(2)));
}

void TestImportFields::twoDigitYearsAmbiguousEverywhere()
{
    // A two-digit year read as 20yy would be after today: it could as well be 19yy. The
    // incident date in each form import reads, with a time, and the date of birth.
    const QByteArray csv = "Police Ref,Incident Date,Name,DOB\r\n"
                           "Y1,01/02/99,Ann Lee,03/04/2021\r\n"
                           "Y2,01.02.99,Ann Lee,03/04/2021\r\n"
                           "Y3,01-02-99,Ann Lee,03/04/2021\r\n"
                           "Y4,01/02/99 10:30,Ann Lee,03/04/2021\r\n"
                           "Y5,01-Feb-99,Ann Lee,03/04/2021\r\n"
                           "Y6,1 February 99,Ann Lee,03/04/2021\r\n"
                           "Y7,01/03/2025,Ann Lee,01/02/99\r\n";
    const CliRun r = import(QStringLiteral("yy.csv"), csv,
                            {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonArray errors = r.json().value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 7);
    for (const QJsonValue &e : errors) {
        const QString message = e.toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("is ambiguous: the two-digit year could be 2099 "
                                                "or 1999")),
                 qPrintable(message));
    }
    QCOMPARE(errors.last().toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("DOB"));
    // The date received, on the command line, takes four-digit years only.
    const CliRun received = import(QStringLiteral("yy.csv"), csv,
                                   {QStringLiteral("--received"), QStringLiteral("01/02/03")});
    QCOMPARE(received.code, 2);
    QVERIFY2(received.errText().contains(QLatin1String("01/02/03")), qPrintable(received.err));
}

QTEST_GUILESS_MAIN(TestImportFields)
#include "test_import_fields.moc"
