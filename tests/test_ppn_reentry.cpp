// A PPN entered and then undone leaves its police reference free: typed or imported again it
// is recorded, the undone row is kept hidden and audited, and bringing the undone entry back is
// refused while another PPN holds the reference.

#include "TestSupport.h"
#include "repo/Children.h"
#include "repo/Ppns.h"
#include "storage/Sql.h"

#include <QTest>

using namespace enc;

class TestPpnReentry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    Id m_child = 0;

    Ppn ppn(const QString &reference) const
    {
        Ppn p;
        p.policeReference = reference;
        p.incidentDate = QDate::currentDate().addDays(-2);
        p.children = {{m_child, Presence::Present}};
        return p;
    }

    int count(const char *sql)
    {
        return Sql::scalar((*m_db)->sql(), QString::fromLatin1(sql))->toInt();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        Child c;
        c.forename = QStringLiteral("Amy");
        c.surname = QStringLiteral("Smith");
        c.dateOfBirth = QDate::currentDate().addYears(-2);
        m_child = Children(**m_db).add(c)->id;
    }

    void withdrawnEntryFreesTheReference()
    {
        Ppns ppns(**m_db);
        auto first = ppns.add(ppn(QStringLiteral("NC/26/1234")));
        QVERIFY2(first, qPrintable(first.errorText()));
        QVERIFY(ppns.withdrawEntry(first->id));
        QCOMPARE(ppns.byReference(QStringLiteral("NC/26/1234"))->id, Id(0));
        QCOMPARE(ppns.forChild(m_child)->size(), 0);

        auto second = ppns.add(ppn(QStringLiteral("NC/26/1234")));
        QVERIFY2(second, qPrintable(second.errorText()));
        QVERIFY(second->id != first->id);
        QCOMPARE(ppns.byReference(QStringLiteral("nc/26/1234"))->id, second->id);
        // The first row is kept, with its reference as typed, and the trail says what happened.
        QCOMPARE(ppns.get(first->id)->policeReference, QStringLiteral("NC/26/1234"));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE entity = 'ppn' AND action = 'withdraw'"),
                 1);

        // The undone entry cannot come back while the new one holds the reference.
        Status back = ppns.restoreEntry(first->id);
        QVERIFY(!back);
        QVERIFY2(back.errorText().contains(QStringLiteral("has been recorded again")),
                 qPrintable(back.errorText()));
        QCOMPARE(ppns.forChild(m_child)->size(), 1);

        // Once that one is undone too, it can.
        QVERIFY(ppns.withdrawEntry(second->id));
        QVERIFY(ppns.restoreEntry(first->id));
        QCOMPARE(ppns.byReference(QStringLiteral("NC/26/1234"))->id, first->id);
        QCOMPARE(ppns.forChild(m_child)->size(), 1);
    }

    void archivedBeforeThisFixIsFreedWhenEnteredAgain()
    {
        // An entry undone by an older version: archived, its key still held.
        Ppns ppns(**m_db);
        auto old = ppns.add(ppn(QStringLiteral("NC/26/7777")));
        QVERIFY(old);
        QVERIFY(ppns.archive(old->id));
        auto again = ppns.add(ppn(QStringLiteral("NC/26/7777")));
        QVERIFY2(again, qPrintable(again.errorText()));
        QCOMPARE(ppns.byReference(QStringLiteral("NC/26/7777"))->id, again->id);
        // A live PPN still holds its reference.
        auto twice = ppns.add(ppn(QStringLiteral("NC/26/7777")));
        QVERIFY(!twice);
        QVERIFY(twice.errorText().contains(QStringLiteral("already recorded")));
    }
};

QTEST_MAIN(TestPpnReentry)
#include "test_ppn_reentry.moc"
