// Values police files carry (issue 18), imported through encompass-cli as a user runs it: an
// Age column in place of a date of birth keeps the row for a person to match (never a child
// with an invented date of birth); the risk is kept as the force wrote it beside the office's
// grade (the office's own words in import.risk_words); the setting the police named is kept on
// the PPN and shown on the child's record when the directory does not hold it.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "import/CellParser.h"
#include "import/ReviewQueue.h"
#include "repo/Directory.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "repo/Timeline.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

class TestImportPoliceValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("ENCOMPASS_USER", "tester"); } // the user init made
    void init();
    void ageInPlaceOfDateOfBirthWaitsForAPerson();
    void riskKeptAsTheForceWroteIt();
    void settingNotInTheDirectoryIsKept();
    void agesAsPoliceWriteThem();

private:
    QVariant scalar(Database &db, const QString &sql, const QVariantMap &values = {});
    QJsonObject import(const QString &name, const QByteArray &csv, int code = 0);

    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;
};

void TestImportPoliceValues::init()
{
    m_db = m_dir.filePath(QStringLiteral("values-%1.sqlite").arg(++m_files));
    QCOMPARE(test::runCli(m_dir.path(), m_db, {QStringLiteral("init")}).code, 0);
}

QVariant TestImportPoliceValues::scalar(Database &db, const QString &sql, const QVariantMap &values)
{
    auto v = Sql::scalar(db.sql(), sql, values);
    if (!v)
        qWarning("%s", qPrintable(v.errorText()));
    return v ? *v : QVariant();
}

QJsonObject TestImportPoliceValues::import(const QString &name, const QByteArray &csv, int code)
{
    const QString path = test::writeFile(m_dir, name, csv);
    const test::CliRun r = test::runCli(m_dir.path(), m_db,
                                        {QStringLiteral("import"), path, QStringLiteral("--json")});
    if (r.code != code)
        qWarning("exit %d: %s %s", r.code, qPrintable(r.errText()), qPrintable(r.outText()));
    return r.code == code ? r.json() : QJsonObject();
}

void TestImportPoliceValues::ageInPlaceOfDateOfBirthWaitsForAPerson()
{
    // Two children on the tracker, then a file that gives ages and no date of birth column.
    QVERIFY(!import(QStringLiteral("known.csv"),
                    "Reference,Incident date,Forename,Surname,DOB,Address,Postcode\r\n"
                    "AG/1,02/11/2026,Zara,Akhtar,03/04/2023,12 Mill Lane,AB1 2CD\r\n"
                    "AG/2,02/11/2026,Leo,Brown,05/06/2022,4 High Street,AB3 4EF\r\n")
                 .isEmpty());
    const QJsonObject o = import(QStringLiteral("ages.csv"),
                                 "Occurrence,Date of incident,Forename,Surname,Age,"
                                 "Home address,Postcode\r\n"
                                 "AG/3,20/11/2026,ZARA,AKHTAR,3,12 Mill Lane,AB1 2CD\r\n"
                                 "AG/4,21/11/2026,Mia,Clarke,2 yrs,9 Elm Road,ZZ9 9ZZ\r\n");
    QVERIFY(!o.isEmpty());
    QCOMPARE(o.value(QStringLiteral("new_ppns")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("new_children")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("for_review")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 0);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QString zaraReason = rows.at(0).toObject().value(QStringLiteral("reason")).toString();
    QVERIFY2(zaraReason.startsWith(QLatin1String("age 3 given, no date of birth")),
             qPrintable(zaraReason));
    QVERIFY2(zaraReason.contains(QLatin1String("Zara Akhtar, born 03/04/2023")),
             qPrintable(zaraReason));
    QVERIFY2(zaraReason.contains(QLatin1String("same name and address")), qPrintable(zaraReason));
    const QString miaReason = rows.at(1).toObject().value(QStringLiteral("reason")).toString();
    QVERIFY2(miaReason.startsWith(QLatin1String("age 2 given, no date of birth: no child")),
             qPrintable(miaReason));

    {
        auto db = Database::open(m_db, Database::Mode::OpenExisting);
        QVERIFY(db);
        Database &d = **db;
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM child")).toInt(), 2);
        const Id zara =
            scalar(d, QStringLiteral("SELECT id FROM child WHERE forename = 'Zara'")).toLongLong();
        auto items = ReviewQueue(d).items();
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        const ReviewQueue::Item zaraItem = items->at(0);
        QCOMPARE(zaraItem.kind, QStringLiteral("age"));
        QCOMPARE(zaraItem.data.age, 3);
        QVERIFY(!zaraItem.data.dateOfBirth.isValid());
        QCOMPARE(zaraItem.candidateChildId, zara);
        QCOMPARE(items->at(1).candidateChildId, Id(0));

        // Never a child with an invented date of birth; linked to the child it is, it counts.
        auto made = ReviewQueue(d).createChild(items->at(1).id);
        QVERIFY(!made);
        QVERIFY2(made.errorText().contains(QLatin1String("never made")),
                 qPrintable(made.errorText()));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM child")).toInt(), 2);
        const Status linked = ReviewQueue(d).link(zaraItem.id, zara, QDate(2026, 12, 7));
        QVERIFY2(linked, qPrintable(linked.errorText()));
        QCOMPARE(scalar(d,
                        QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON p.id = "
                                       "pc.ppn_id WHERE p.police_ref = 'AG/3' AND pc.child_id = "
                                       ":c"),
                        {{QStringLiteral("c"), zara}})
                     .toInt(),
                 1);
        QVERIFY(ReviewQueue(d).dismiss(items->at(1).id));
    }

    // The same file again: the rows are already recorded, nothing new for review.
    const QJsonObject again = import(QStringLiteral("ages-again.csv"),
                                     "Occurrence,Date of incident,Forename,Surname,Age,"
                                     "Home address,Postcode\r\n"
                                     "AG/3,20/11/2026,ZARA,AKHTAR,3,12 Mill Lane,AB1 2CD\r\n");
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(again.value(QStringLiteral("for_review")).toInt(), 0);

    // An empty date of birth with no age is still refused, naming the column.
    const QJsonObject neither = import(QStringLiteral("neither.csv"),
                                       "Reference,Incident date,Forename,Surname,DOB,Age\r\n"
                                       "AG/5,22/11/2026,Ava,Dunn,,\r\n"
                                       "AG/6,22/11/2026,Eli,Dunn,,adult\r\n",
                                       1);
    const QJsonArray errors = neither.value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("DOB"));
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("Age"));
}

void TestImportPoliceValues::riskKeptAsTheForceWroteIt()
{
    {
        auto db = Database::open(m_db, Database::Mode::OpenExisting);
        QVERIFY(db);
        QVERIFY(Options((*db)->sql())
                    .setValue(QStringLiteral("import.risk_words"),
                              QStringLiteral("Amber=medium; Red=high")));
    }
    QVERIFY(!import(QStringLiteral("risks.csv"),
                    "Reference,Incident date,Name,DOB,Risk\r\n"
                    "RK/1,01/11/2026,\"AKHTAR, Zara\",03/04/2023,Medium\r\n"
                    "RK/2,01/11/2026,\"BROWN, Leo\",05/06/2022,M\r\n"
                    "RK/3,01/11/2026,\"CLARKE, Mia\",07/08/2023,Level 2\r\n"
                    "RK/4,01/11/2026,\"DAVIES, Noah\",09/10/2022,MEDIUM RISK\r\n"
                    "RK/5,01/11/2026,\"EVANS, Ruby\",11/12/2023,Amber\r\n"
                    "RK/6,01/11/2026,\"FOSTER, Alfie\",01/02/2022,Red\r\n"
                    "RK/7,01/11/2026,\"GREEN, Isla\",01/02/2022,S\r\n")
                 .isEmpty());
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    const auto risk = [&](const char *reference) {
        auto q = Sql::run((*db)->sql(),
                          QStringLiteral("SELECT risk, risk_text FROM ppn WHERE police_ref = :r"),
                          {{QStringLiteral("r"), QString::fromLatin1(reference)}});
        return q && q->next() ? q->value(0).toString() + QLatin1Char('|') + q->value(1).toString()
                              : QString();
    };
    QCOMPARE(risk("RK/1"), QStringLiteral("medium|Medium"));
    QCOMPARE(risk("RK/2"), QStringLiteral("medium|M"));
    QCOMPARE(risk("RK/3"), QStringLiteral("medium|Level 2"));
    QCOMPARE(risk("RK/4"), QStringLiteral("medium|MEDIUM RISK"));
    QCOMPARE(risk("RK/5"), QStringLiteral("medium|Amber"));
    QCOMPARE(risk("RK/6"), QStringLiteral("high|Red"));
    QCOMPARE(risk("RK/7"), QStringLiteral("standard|S"));

    // The child's record gives the grade, and the force's words where they say more.
    const auto title = [&](const char *forename) {
        const Id child =
            Sql::scalar((*db)->sql(), QStringLiteral("SELECT id FROM child WHERE forename = :f"),
                        {{QStringLiteral("f"), QString::fromLatin1(forename)}})
                ->toLongLong();
        auto events = Timeline::forChild((*db)->sql(), child);
        return events && !events->isEmpty() ? events->first().title : QString();
    };
    QCOMPARE(title("Mia"), QStringLiteral("PPN RK/3 (medium risk; the police wrote \"Level 2\")"));
    QCOMPARE(title("Ruby"), QStringLiteral("PPN RK/5 (medium risk; the police wrote \"Amber\")"));
    QCOMPARE(title("Zara"), QStringLiteral("PPN RK/1 (medium risk)"));
    QCOMPARE(title("Noah"), QStringLiteral("PPN RK/4 (medium risk)"));
}

void TestImportPoliceValues::settingNotInTheDirectoryIsKept()
{
    {
        auto db = Database::open(m_db, Database::Mode::OpenExisting);
        QVERIFY(db);
        Setting acorns;
        acorns.name = QStringLiteral("Acorn Tree Nursery");
        acorns.urn = QStringLiteral("EY123456");
        QVERIFY(Directory(**db).addSetting(acorns));
    }
    QVERIFY(!import(QStringLiteral("settings.csv"),
                    "Reference,Incident date,Forename,Surname,DOB,School\r\n"
                    "ST/1,01/11/2026,Zara,Quill,03/04/2023,Little Wrens Nursery\r\n"
                    "ST/1,01/11/2026,Omar,Quill,03/04/2022,ACORN TREE NURSERY\r\n"
                    "ST/2,02/11/2026,Leo,Quince,05/06/2022,Not in setting\r\n"
                    "ST/3,03/11/2026,Ivy,Quinn,05/06/2022,ey123456\r\n")
                 .isEmpty());
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    const QSqlDatabase sql = (*db)->sql();
    const auto text = [&](const char *reference) {
        return Sql::scalar(sql,
                           QStringLiteral("SELECT setting_text FROM ppn WHERE police_ref = :r"),
                           {{QStringLiteral("r"), QString::fromLatin1(reference)}})
            ->toString();
    };
    QCOMPARE(text("ST/1"), QStringLiteral("Little Wrens Nursery; ACORN TREE NURSERY"));
    QCOMPARE(text("ST/2"), QStringLiteral("Not in setting"));
    QCOMPARE(text("ST/3"), QStringLiteral("ey123456"));
    const auto child = [&](const char *forename) {
        return Sql::scalar(sql, QStringLiteral("SELECT id FROM child WHERE forename = :f"),
                           {{QStringLiteral("f"), QString::fromLatin1(forename)}})
            ->toLongLong();
    };
    // Only the name the directory does not hold is shown, for the officer to find or add.
    QCOMPARE(*Timeline::unknownPoliceSettings(sql, child("Zara")),
             QStringList{QStringLiteral("Little Wrens Nursery")});
    QVERIFY(Timeline::unknownPoliceSettings(sql, child("Leo"))->isEmpty());
    QVERIFY(Timeline::unknownPoliceSettings(sql, child("Ivy"))->isEmpty());
    auto events = Timeline::forChild(sql, child("Zara"));
    QVERIFY(events && !events->isEmpty());
    QVERIFY2(events->first().detail.contains(
                 QLatin1String("The police named the setting \"Little Wrens Nursery\", which is "
                               "not in the settings directory")),
             qPrintable(events->first().detail));
    QVERIFY(!events->first().detail.contains(QLatin1String("ACORN")));
}

void TestImportPoliceValues::agesAsPoliceWriteThem()
{
    QCOMPARE(CellParser::age(QStringLiteral("3")), 3);
    QCOMPARE(CellParser::age(QStringLiteral(" 4 yrs")), 4);
    QCOMPARE(CellParser::age(QStringLiteral("3 years old")), 3);
    QCOMPARE(CellParser::age(QStringLiteral("18 months")), 1);
    QCOMPARE(CellParser::age(QStringLiteral("9 mths")), 0);
    QCOMPARE(CellParser::age(QStringLiteral("2y 4m")), 2);
    QCOMPARE(CellParser::age(QStringLiteral("12 Mill Lane")), -1);
    QCOMPARE(CellParser::age(QStringLiteral("adult")), -1);
    QCOMPARE(CellParser::age(QString()), -1);
    QString error;
    const auto words =
        CellParser::riskWords(QStringLiteral("Amber = medium; Red=HIGH;Purple"), &error);
    QCOMPARE(words.size(), 2);
    QCOMPARE(toString(words.value(QStringLiteral("amber"))), QStringLiteral("medium"));
    QVERIFY2(error.contains(QLatin1String("\"Purple\"")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImportPoliceValues)
#include "test_import_police_values.moc"
