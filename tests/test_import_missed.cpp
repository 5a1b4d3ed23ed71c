// Thames Valley's "missed children" check: a child already on the tracker at a new PPN's home
// address who is not named on it is put to the business support officer (a 'missed' review
// item), who confirms them present (the child is linked to the PPN) or dismisses it. Through the
// real import path, from a file with home address and postcode columns.

#include "ImportFixture.h"

#include "domain/AddressKey.h"
#include "import/Importer.h"
#include "import/ReviewQueue.h"
#include "repo/Children.h"
#include "repo/Ppns.h"
#include "storage/Sql.h"

#include <QTest>

using namespace enc;
using namespace enc::test::importing;

namespace {

const QByteArray AddressHeader = "Occurrence Number,Incident Date,Forename,Surname,DOB,"
                                 "Home Address,Postcode,Presence\r\n";

} // namespace

class TestImportMissed : public QObject, ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init();
    void cleanup() { closeDatabase(); }

    void sameHome_data();
    void sameHome();
    void childAtTheAddressNotNamedIsPutToReview();
    void confirmLinksTheChildAsPresent();
    void dismissLeavesTheTrackerAsItWas();
    void importedAgainAddsNothing();
    void dryRunCountsAndWritesNothing();
    void addressWithoutPostcodeStillCompared();

private:
    Result<ImportReport> importFile(const QByteArray &rows, const QString &name,
                                    bool dryRun = false)
    {
        return import(rows, name, dryRun, AddressHeader);
    }
    Id addChildAt(const QString &forename, const QString &surname, QDate dob,
                  const QString &address, const QString &postcode)
    {
        Child c;
        c.forename = forename;
        c.surname = surname;
        c.dateOfBirth = dob;
        c.address = address;
        c.postcode = postcode;
        auto saved = Children(**m_db).add(c);
        return saved ? saved->id : 0;
    }
    qint64 scalar(const QString &sql) { return Sql::scalar((*m_db)->sql(), sql)->toLongLong(); }
    // The daily file: Zain named (on the tracker), and his new baby brother; Amira, at the same
    // home, is not named.
    static QByteArray dailyFile()
    {
        return "NC/25/1234,01/06/2025,Zain,Akhtar-Rahman,02/02/2023,\"12 OAK RD, READING\","
               "rg1 2ab,Present\r\n"
               "NC/25/1234,01/06/2025,Leo,Akhtar-Rahman,01/09/2024,\"12 OAK RD, READING\","
               "rg1 2ab,Present\r\n";
    }

    Id m_amira = 0;
    Id m_zain = 0;
};

void TestImportMissed::init()
{
    openDatabase();
    m_amira =
        addChildAt(QStringLiteral("Amira"), QStringLiteral("Akhtar-Rahman"), QDate(2021, 5, 4),
                   QStringLiteral("12 Oak Road, Reading"), QStringLiteral("RG1 2AB"));
    m_zain = addChildAt(QStringLiteral("Zain"), QStringLiteral("Akhtar-Rahman"), QDate(2023, 2, 2),
                        QStringLiteral("12 Oak Road, Reading"), QStringLiteral("RG1 2AB"));
    // Next door, and the same street line in another town: not the same home.
    addChildAt(QStringLiteral("Ruby"), QStringLiteral("Moss"), QDate(2022, 1, 1),
               QStringLiteral("14 Oak Road, Reading"), QStringLiteral("RG1 2AB"));
    addChildAt(QStringLiteral("Kit"), QStringLiteral("Lane"), QDate(2022, 1, 1),
               QStringLiteral("12 Oak Road, Slough"), QStringLiteral("SL1 1AA"));
    QVERIFY(m_amira > 0 && m_zain > 0);
}

void TestImportMissed::sameHome_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("aPostcode");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("bPostcode");
    QTest::addColumn<bool>("same");
    const QString none;
    QTest::newRow("case, punctuation, abbreviation") << "12 Oak Road, Reading"
                                                     << "RG1 2AB"
                                                     << "12 OAK RD. READING"
                                                     << "rg12ab" << true;
    QTest::newRow("postcode in the address") << "12 Oak Road, Reading"
                                             << "RG1 2AB"
                                             << "12 Oak Road Reading RG1  2AB" << none << true;
    QTest::newRow("no postcode on one side")
        << "12 Oak Road" << none << "12 Oak Rd, Caversham, Reading"
        << "RG4 7AA" << true;
    QTest::newRow("flat and house number apart")
        << "Flat 2, 12 Oak Road" << none << "flat 2 12 oak road reading" << none << true;
    QTest::newRow("another flat") << "Flat 2, 12 Oak Road"
                                  << "RG1 2AB"
                                  << "Flat 3, 12 Oak Road"
                                  << "RG1 2AB" << false;
    QTest::newRow("next door") << "12 Oak Road"
                               << "RG1 2AB"
                               << "14 Oak Road"
                               << "RG1 2AB" << false;
    QTest::newRow("another postcode") << "12 Oak Road"
                                      << "RG1 2AB"
                                      << "12 Oak Road"
                                      << "SL1 1AA" << false;
    QTest::newRow("another town, no postcode")
        << "12 Oak Road, Reading" << none << "12 Oak Road Slough" << none << false;
    QTest::newRow("a postcode alone is no home") << none << "RG1 2AB" << none << "RG1 2AB" << false;
}

void TestImportMissed::sameHome()
{
    QFETCH(QString, a);
    QFETCH(QString, aPostcode);
    QFETCH(QString, b);
    QFETCH(QString, bPostcode);
    QFETCH(bool, same);
    const AddressKey ka = AddressKey::of(a, aPostcode);
    const AddressKey kb = AddressKey::of(b, bPostcode);
    QCOMPARE(ka.sameHome(kb), same);
    QCOMPARE(kb.sameHome(ka), same);
    // The cheap first test agrees with the whole key.
    QCOMPARE(AddressKey::firstWord(a), ka.line.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(AddressKey::firstWord(b), kb.line.section(QLatin1Char(' '), 0, 0));
}

void TestImportMissed::childAtTheAddressNotNamedIsPutToReview()
{
    auto r = importFile(dailyFile(), QStringLiteral("daily.csv"));
    QVERIFY2(r, qPrintable(r.errorText()));
    QVERIFY(r->committed);
    QCOMPARE(r->newPpns, 1);
    QCOMPARE(r->matchedChildren, 1); // Zain
    QCOMPARE(r->newChildren, 1);     // Leo
    QCOMPARE(r->missedChildren, 1);
    QCOMPARE(r->countsJson().value(QStringLiteral("missed_children")).toInt(), 1);
    QCOMPARE(r->missed.size(), 1);
    QCOMPARE(r->missed.first().childId, m_amira);
    QCOMPARE(r->missed.first().child, QStringLiteral("Amira Akhtar-Rahman"));

    auto items = ReviewQueue(**m_db).items();
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    const ReviewQueue::Item &item = items->first();
    QCOMPARE(item.kind, QStringLiteral("missed"));
    QCOMPARE(item.candidateChildId, m_amira);
    QCOMPARE(item.batchId, r->batchId);
    QCOMPARE(item.ppnId, Ppns(**m_db).byReference(QStringLiteral("NC/25/1234"))->id);
    QCOMPARE(item.reference, QStringLiteral("NC/25/1234"));
    QCOMPARE(item.reason,
             QStringLiteral("lives at 12 Oak Road, Reading, not named on PPN NC/25/1234"));
    // Nothing is linked until a person confirms.
    QCOMPARE(Ppns(**m_db).forChild(m_amira)->size(), 0);
}

void TestImportMissed::confirmLinksTheChildAsPresent()
{
    QVERIFY(importFile(dailyFile(), QStringLiteral("daily.csv")));
    ReviewQueue queue(**m_db);
    const ReviewQueue::Item item = queue.items()->first();
    // Not another child, and there is no child to make.
    QVERIFY(!queue.link(item.id, m_zain, Today));
    QVERIFY(queue.createChild(item.id, Today).errorText().contains(QLatin1String("confirm")));

    QVERIFY(queue.link(item.id, m_amira, Today));
    QCOMPARE(queue.items()->size(), 0);
    QCOMPARE(queue.item(item.id)->status, QStringLiteral("linked"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ppn_child WHERE child_id = %1 AND "
                                   "ppn_id = %2 AND presence = 'present'")
                        .arg(m_amira)
                        .arg(item.ppnId)),
             1);
    // Her record counts the PPN like her brother's.
    QCOMPARE(scalar(QStringLiteral("SELECT ppn_count FROM child WHERE id = %1").arg(m_amira)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT last_incident_on = '2025-06-01' FROM child WHERE id = "
                                   "%1")
                        .arg(m_amira)),
             1);
}

void TestImportMissed::dismissLeavesTheTrackerAsItWas()
{
    QVERIFY(importFile(dailyFile(), QStringLiteral("daily.csv")));
    ReviewQueue queue(**m_db);
    const Id item = queue.items()->first().id;
    QVERIFY(queue.dismiss(item));
    QCOMPARE(queue.item(item)->status, QStringLiteral("dismissed"));
    QCOMPARE(Ppns(**m_db).forChild(m_amira)->size(), 0);
}

void TestImportMissed::importedAgainAddsNothing()
{
    QVERIFY(importFile(dailyFile(), QStringLiteral("daily.csv")));
    // The same file again, and the same rows in another day's file with one more incident.
    auto again = importFile(dailyFile(), QStringLiteral("daily.csv"));
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again->missedChildren, 0);
    auto next = importFile(dailyFile() + "NC/25/1300,01/06/2025,Ruby,Moss,01/01/2022,14 Oak Road,"
                                         "RG1 2AB,Present\r\n",
                           QStringLiteral("daily-2.csv"));
    QVERIFY2(next, qPrintable(next.errorText()));
    QCOMPARE(next->newPpns, 1);
    QCOMPARE(next->missedChildren, 0); // Ruby lives alone at 14
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_review WHERE kind = 'missed'")), 1);
}

void TestImportMissed::dryRunCountsAndWritesNothing()
{
    auto r = importFile(dailyFile(), QStringLiteral("daily.csv"), true);
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->missedChildren, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_review")), 0);
}

void TestImportMissed::addressWithoutPostcodeStillCompared()
{
    // No postcode written: the address as written decides (Kit lives at 12 Oak Road, Slough).
    auto r = importFile("NC/25/2000,01/06/2025,Zain,Akhtar-Rahman,02/02/2023,12 Oak Road Reading,,"
                        "Present\r\n",
                        QStringLiteral("daily.csv"));
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->missedChildren, 1);
    auto items = ReviewQueue(**m_db).items();
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().candidateChildId, m_amira);
}

QTEST_GUILESS_MAIN(TestImportMissed)
#include "test_import_missed.moc"
