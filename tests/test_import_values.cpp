// Values police files carry, imported through encompass-cli as a user runs it: a notification
// type column sets each PPN's type (a type that is neither is refused, naming row, column and
// value), and risk written as "Level 1/2/3" is read as the office's grades.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "import/CellParser.h"
#include "import/ColumnMapping.h"
#include "repo/Ppns.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void notificationTypeSetsEachPpnsType();
    void riskLevelsAreGrades();
    void typeHeadingsGuessed();
    void typeWords_data();
    void typeWords();

private:
    QTemporaryDir m_dir;
};

void TestImportValues::notificationTypeSetsEachPpnsType()
{
    const QString db = m_dir.filePath(QStringLiteral("types.sqlite"));
    QCOMPARE(test::runCli(m_dir.path(), db, {QStringLiteral("init")}).code, 0);
    const QString path = test::writeFile(
        m_dir, QStringLiteral("types.csv"),
        "Occurrence No,Incident Date,Child Name,DOB,Notification Type,DASH Level\r\n"
        "NT/1,01/03/2025,\"AKHTAR, Zara\",03/04/2021,Domestic Abuse,Level 2\r\n"
        "NT/2,02/03/2025,\"BROWN, Leo\",05/06/2022,Missing Person,3\r\n"
        "NT/3,03/03/2025,\"CLARKE, Mia\",07/08/2021,Burglary,Level 1\r\n"
        "NT/4,04/03/2025,\"DAVIES, Noah\",09/10/2020,MFH,\r\n"
        "NT/5,05/03/2025,\"EVANS, Ruby\",11/12/2021,,Standard\r\n"
        "NT/4,04/03/2025,\"DAVIES, Isla\",09/10/2021,Domestic abuse,\r\n"
        "NT/6,06/03/2025,\"FOSTER, Alfie\",01/02/2022,,\r\n"
        "NT/6,06/03/2025,\"FOSTER, Evie\",01/02/2023,Missing child,\r\n");
    const test::CliRun r =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 1, qPrintable(r.errText() + r.outText()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("new_ppns")).toInt(), 5);
    const QJsonArray errors = o.value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 2);
    const QJsonObject e = errors.first().toObject();
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 4);
    QCOMPARE(e.value(QStringLiteral("column")).toString(), QStringLiteral("Notification Type"));
    QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("\"Burglary\"")),
             qPrintable(e.value(QStringLiteral("message")).toString()));
    // One reference is one incident: a row calling it another type is refused.
    const QJsonObject mixed = errors.at(1).toObject();
    QCOMPARE(mixed.value(QStringLiteral("row")).toInt(), 7);
    QVERIFY2(mixed.value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("NT/4 is a missing child on row 5 but domestic abuse")),
             qPrintable(mixed.value(QStringLiteral("message")).toString()));

    auto opened = Database::open(db, Database::Mode::OpenExisting);
    QVERIFY(opened);
    Ppns ppns(**opened);
    const auto ppn = [&](const char *reference) {
        return *ppns.byReference(QString::fromLatin1(reference));
    };
    QCOMPARE(toString(ppn("NT/1").type), QStringLiteral("domestic_abuse"));
    QCOMPARE(toString(ppn("NT/1").risk), QStringLiteral("medium"));
    QCOMPARE(toString(ppn("NT/2").type), QStringLiteral("missing_child"));
    QCOMPARE(toString(ppn("NT/2").risk), QStringLiteral("high"));
    QCOMPARE(ppn("NT/3").id, Id(0)); // refused: nothing written
    QCOMPARE(toString(ppn("NT/4").type), QStringLiteral("missing_child"));
    QCOMPARE(toString(ppn("NT/5").type),
             QStringLiteral("domestic_abuse")); // empty cell: the usual PPN
    QCOMPARE(toString(ppn("NT/5").risk), QStringLiteral("standard"));
    // A row leaving the type empty says nothing: the reference's other row gives it.
    QCOMPARE(toString(ppn("NT/6").type), QStringLiteral("missing_child"));

    // The same reference said to be another type later is a conflict for review, not a silent
    // "already recorded"; an empty cell says nothing about the type.
    const QString again =
        test::writeFile(m_dir, QStringLiteral("types-again.csv"),
                        "Occurrence No,Incident Date,Child Name,DOB,Notification Type\r\n"
                        "NT/1,01/03/2025,\"AKHTAR, Zara\",03/04/2021,Missing child\r\n"
                        "NT/2,02/03/2025,\"BROWN, Leo\",05/06/2022,\r\n");
    const test::CliRun second =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), again, QStringLiteral("--json")});
    QCOMPARE(second.json().value(QStringLiteral("conflicts")).toInt(), 1);
    QCOMPARE(second.json().value(QStringLiteral("unchanged")).toInt(), 1);
    QVERIFY2(second.outText().contains(
                 QLatin1String("domestic abuse on the tracker, a missing child in the file")),
             second.out.constData());
}

void TestImportValues::riskLevelsAreGrades()
{
    bool ok = false;
    QCOMPARE(toString(CellParser::risk(QStringLiteral("Level 1"), &ok)),
             QStringLiteral("standard"));
    QVERIFY(ok);
    QCOMPARE(toString(CellParser::risk(QStringLiteral("level 2"), &ok)), QStringLiteral("medium"));
    QVERIFY(ok);
    QCOMPARE(toString(CellParser::risk(QStringLiteral("3"), &ok)), QStringLiteral("high"));
    QVERIFY(ok);
    QCOMPARE(toString(CellParser::risk(QStringLiteral("Level 4"), &ok)), QStringLiteral("unknown"));
    QVERIFY(!ok);
}

void TestImportValues::typeHeadingsGuessed()
{
    const QStringList header{QStringLiteral("Crime Type"), QStringLiteral("Occ No"),
                             QStringLiteral("PPN type"), QStringLiteral("Risk Category")};
    const ColumnMapping m = ColumnMapping::guess(header);
    // What crime it was, or the risk's category, is not the notification's type.
    QCOMPARE(m.column(ImportField::NotificationType), 2);
    QCOMPARE(m.column(ImportField::Risk), 3);
    // A saved profile keeps the field by its key.
    const QJsonObject json = m.toJson(header);
    QCOMPARE(json.value(QStringLiteral("notification_type")).toString(),
             QStringLiteral("PPN type"));
    QCOMPARE(ColumnMapping::fromJson(json, header).column(ImportField::NotificationType), 2);
    for (const char *heading : {"Type", "Category", "Incident type", "Notification"}) {
        QCOMPARE(ColumnMapping::guess({QString::fromLatin1(heading)})
                     .column(ImportField::NotificationType),
                 0);
    }
    QCOMPARE(ColumnMapping::label(ImportField::NotificationType),
             QStringLiteral("Notification type"));
}

void TestImportValues::typeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("type");
    const auto row = [](const char *text, bool known, PpnType type) {
        QTest::newRow(text) << QString::fromLatin1(text) << known << toString(type);
    };
    row("", true, PpnType::DomesticAbuse);
    row("DA", true, PpnType::DomesticAbuse);
    row("Domestic incident", true, PpnType::DomesticAbuse);
    row("Domestic", true, PpnType::DomesticAbuse);
    row("Missing child", true, PpnType::MissingChild);
    row("Missing from home", true, PpnType::MissingChild);
    row("missing", true, PpnType::MissingChild);
    row("Burglary", false, PpnType::DomesticAbuse);
}

void TestImportValues::typeWords()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(QString, type);
    bool ok = false;
    const PpnType got = CellParser::ppnType(text, &ok);
    QCOMPARE(ok, known);
    if (known)
        QCOMPARE(toString(got), type);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "test_import_values.moc"
