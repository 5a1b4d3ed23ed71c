// The import's child matching, rule by rule: what is linked on its own, what a person is asked
// about (with which child proposed) and what makes a new child. A twin is never linked to
// the other twin; a name written differently in a way no twin's can be is linked when the
// home address agrees.

#include "ImportFixture.h"

#include "import/ChildMatcher.h"
#include "import/ReviewQueue.h"

#include <QTest>

using namespace enc;
using namespace enc::test::importing;

namespace {

const QByteArray AddressHeader = "Occurrence Number,Incident Date,Time,Forename,Surname,DOB,"
                                 "School,DASH Risk,Presence,Home Address,Postcode\r\n";
const QDate Born(2021, 4, 3);
const QString Home = QStringLiteral("12 Elm Road, Ashford");
const QString HomePostcode = QStringLiteral("AS1 2AB");

} // namespace

class TestImportMatching : public QObject, ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void twinOneLetterApartIsNeverLinked();
    void twinsBothOnTheTrackerEachLinkToTheirOwn();
    void variants_data();
    void variants();
    void linkedVariantImportedAgainIsUnchanged();
    void dayAndMonthSwappedGoesToReview();
    void twoChildrenCloseGoesToReview();
    void twoLettersSwappedIsOneEdit();

private:
    Id addHomeChild(const QString &forename, const QString &surname, QDate dob = Born)
    {
        Child c;
        c.forename = forename;
        c.surname = surname;
        c.dateOfBirth = dob;
        c.address = Home;
        c.postcode = HomePostcode;
        auto saved = Children(**m_db).add(c);
        return saved ? saved->id : 0;
    }
    // One row of a file with the home address columns.
    Result<ImportReport> importRow(const QString &forename, const QString &surname,
                                   const QString &dob, const QString &address,
                                   const QString &postcode,
                                   const QString &name = QStringLiteral("daily.csv"))
    {
        const QString row = QStringLiteral("NC9,01/06/2025,10:00,%1,%2,%3,,,,\"%4\",%5\r\n")
                                .arg(forename, surname, dob, address, postcode);
        const QString path = m_db->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Result<ImportReport>::failure(f.errorString());
        f.write(AddressHeader + row.toUtf8());
        f.close();
        Importer::Request r;
        r.path = path;
        r.today = Today;
        return Importer(**m_db).run(r);
    }
    // The review queue's only close match proposes this child.
    void reviewedWith(const Result<ImportReport> &r, Id child, const char *reason)
    {
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 1);
        const RowOutcome &o = r->rows.first();
        QVERIFY2(o.status == RowStatus::ForReview, qPrintable(o.reason));
        QVERIFY2(o.reason.contains(QLatin1String(reason)), qPrintable(o.reason));
        QCOMPARE(r->newChildren, 0);
        auto items = ReviewQueue(**m_db).items();
        QVERIFY(items);
        // Another child at the address is also asked about as perhaps present ('missed').
        QList<ReviewQueue::Item> matches;
        for (const ReviewQueue::Item &i : std::as_const(*items))
            if (i.kind == QLatin1String("match"))
                matches.append(i);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().candidateChildId, child);
    }
};

void TestImportMatching::twinOneLetterApartIsNeverLinked()
{
    // Amelie is Amelia's twin, not yet on the tracker: same surname, birth and home. Nothing
    // tells her from a typing slip, so a person decides; she is never linked to Amelia.
    const Id amelia = addHomeChild(QStringLiteral("Amelia"), QStringLiteral("Smith"));
    auto r = importRow(QStringLiteral("AMELIE"), QStringLiteral("SMITH"),
                       QStringLiteral("03/04/2021"), Home.toUpper(), HomePostcode);
    reviewedWith(r, amelia, "one letter different");
    QCOMPARE(r->matchedChildren, 0);
}

void TestImportMatching::twinsBothOnTheTrackerEachLinkToTheirOwn()
{
    addHomeChild(QStringLiteral("Amelia"), QStringLiteral("Smith"));
    const Id amelie = addHomeChild(QStringLiteral("Amélie"), QStringLiteral("Smith"));
    auto r = importRow(QStringLiteral("AMELIE"), QStringLiteral("SMITH"),
                       QStringLiteral("03/04/2021"), Home, HomePostcode);
    QVERIFY(r);
    QCOMPARE(r->matchedChildren, 1);
    QCOMPARE(r->rows.first().childId, amelie);
    QCOMPARE(r->forReview, 0);
}

void TestImportMatching::variants_data()
{
    QTest::addColumn<QString>("forename");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<QString>("reason");
    const QString home = Home.toUpper();
    // Linked: a difference no twin's name has, and the home address agrees.
    QTest::newRow("forename and surname swapped")
        << "AKHTAR-RAHMAN"
        << "AISHA" << home << HomePostcode << true << "swapped";
    QTest::newRow("one half of the surname")
        << "AISHA"
        << "RAHMAN" << home << HomePostcode << true << "double-barrelled";
    QTest::newRow("the other half, postcode in the address")
        << "Aisha"
        << "Akhtar" << home + QStringLiteral(", as12ab") << QString() << true << "double-barrelled";
    QTest::newRow("a middle name added")
        << "AISHA MARIE"
        << "AKHTAR-RAHMAN" << home << HomePostcode << true << "middle name";
    QTest::newRow("one letter different in the surname")
        << "AISHA"
        << "AKHTAR-RAHMEN" << QString() << HomePostcode << true << "one letter";
    QTest::newRow("two letters swapped in the surname")
        << "AISHA"
        << "AKHTAR-RAHAMN" << home << QString() << true << "one letter";
    // Reviewed with Aisha proposed: the address does not say it is her.
    QTest::newRow("swapped, no address") << "AKHTAR-RAHMAN"
                                         << "AISHA" << QString() << QString() << false << "swapped";
    QTest::newRow("half of the surname, another postcode")
        << "AISHA"
        << "RAHMAN" << QStringLiteral("4 MILL STREET, DUNMORE") << "DU3 9XY" << false
        << "does not confirm";
    QTest::newRow("middle name, no address")
        << "AISHA MARIE"
        << "AKHTAR-RAHMAN" << QString() << QString() << false << "middle name";
    // A twin may be one letter from her sister's name: the address cannot tell them apart.
    QTest::newRow("one letter different in the forename, same address")
        << "AYSHA"
        << "AKHTAR-RAHMAN" << home << HomePostcode << false << "one letter";
}

void TestImportMatching::variants()
{
    QFETCH(QString, forename);
    QFETCH(QString, surname);
    QFETCH(QString, address);
    QFETCH(QString, postcode);
    QFETCH(bool, linked);
    QFETCH(QString, reason);
    const Id aisha = addHomeChild(QStringLiteral("Aisha"), QStringLiteral("Akhtar-Rahman"));
    auto r = importRow(forename, surname, QStringLiteral("03/04/2021"), address, postcode);
    if (!linked) {
        reviewedWith(r, aisha, qPrintable(reason));
        return;
    }
    QVERIFY(r);
    QCOMPARE(r->rows.size(), 1);
    const RowOutcome &o = r->rows.first();
    QVERIFY2(o.status == RowStatus::MatchedChild, qPrintable(o.reason));
    QCOMPARE(o.childId, aisha);
    // The reason names the child as the tracker has her, not by the tracker's inner number.
    QVERIFY2(o.reason.contains(QLatin1String("Aisha Akhtar-Rahman")) &&
                 !o.reason.contains(QStringLiteral("child %1").arg(aisha)),
             qPrintable(o.reason));
    // Said on the row, so that a person can check it.
    const QString said = o.warnings.join(QLatin1Char(' '));
    QVERIFY2(said.contains(QLatin1String("written differently")), qPrintable(said));
    QVERIFY2(said.contains(reason), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("same date of birth and home address")), qPrintable(said));
    QCOMPARE(r->newChildren, 0);
    QCOMPARE(r->forReview, 0);
}

void TestImportMatching::linkedVariantImportedAgainIsUnchanged()
{
    // The next day's file repeats the reference: the child linked though written differently
    // is the child of the PPN, not a conflict to review.
    const Id aisha = addHomeChild(QStringLiteral("Aisha"), QStringLiteral("Akhtar-Rahman"));
    auto first = importRow(QStringLiteral("AISHA"), QStringLiteral("RAHMAN"),
                           QStringLiteral("03/04/2021"), Home, HomePostcode);
    QVERIFY(first);
    QCOMPARE(first->rows.first().childId, aisha);
    auto again =
        importRow(QStringLiteral("AISHA"), QStringLiteral("RAHMAN"), QStringLiteral("3/4/2021"),
                  Home, HomePostcode, QStringLiteral("next-day.csv"));
    QVERIFY(again);
    QCOMPARE(again->rows.size(), 1);
    QVERIFY2(again->rows.first().status == RowStatus::Unchanged,
             qPrintable(again->rows.first().reason));
    QCOMPARE(again->conflicts, 0);
}

void TestImportMatching::dayAndMonthSwappedGoesToReview()
{
    const Id ava = addHomeChild(QStringLiteral("Ava"), QStringLiteral("Smith"));
    // 04/03/2021 for 03/04/2021: even with the same name and home, a person decides.
    reviewedWith(importRow(QStringLiteral("AVA"), QStringLiteral("SMITH"),
                           QStringLiteral("04/03/2021"), Home, HomePostcode),
                 ava, "day and month of the date of birth swapped");
}

void TestImportMatching::twoChildrenCloseGoesToReview()
{
    // Ava Smith and Ava Smyth share a birthday and a postcode: "Smth" could be either.
    const Id smith = addHomeChild(QStringLiteral("Ava"), QStringLiteral("Smith"));
    addHomeChild(QStringLiteral("Ava"), QStringLiteral("Smyth"));
    reviewedWith(importRow(QStringLiteral("AVA"), QStringLiteral("SMTH"),
                           QStringLiteral("03/04/2021"), Home, HomePostcode),
                 smith, "another child is close too");
}

void TestImportMatching::twoLettersSwappedIsOneEdit()
{
    QCOMPARE(ChildMatcher::editDistance(QStringLiteral("rahman"), QStringLiteral("rahamn")), 1);
    QCOMPARE(ChildMatcher::editDistance(QStringLiteral("amelia"), QStringLiteral("amelie")), 1);
    QCOMPARE(ChildMatcher::editDistance(QStringLiteral("leo"), QStringLiteral("oel")), 2);
}

QTEST_GUILESS_MAIN(TestImportMatching)
#include "test_import_matching.moc"
