// The demo generator: a believable, consistent tracker from a seed, or nothing at all; on an
// SQLite file and on a server database.

#include "BackendDatabase.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <map>

using namespace enc;

namespace {

const QDate Today(2025, 6, 18);

DemoOptions options(quint64 seed, int children = 300)
{
    DemoOptions o;
    o.children = children;
    o.seed = seed;
    o.today = Today;
    return o;
}

qint64 count(Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    if (!v) {
        qWarning("%s", qPrintable(v.errorText()));
        return -1;
    }
    return v->toLongLong();
}

QStringList column(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

// What a person would compare: the children and the police references.
QStringList dump(Database &db)
{
    return column(db, QStringLiteral("SELECT forename, surname, date_of_birth FROM child "
                                     "ORDER BY id")) +
           column(db, QStringLiteral("SELECT police_ref FROM ppn ORDER BY id"));
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    // One demo tracker per backend, made before its first test.
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        Made &made = m_made[backend];
        if (!made.database) {
            made.database = std::make_unique<test::BackendDatabase>(backend);
            if (made.database->address().isEmpty())
                QSKIP(qPrintable(made.database->skipReason()));
            QVERIFY(made.database->db);
            auto stats = DemoGenerator::generate(**made.database, options(1));
            QVERIFY2(stats.ok(), qPrintable(stats.errorText()));
            made.stats = *stats;
        }
        if (made.database->address().isEmpty())
            QSKIP(qPrintable(made.database->skipReason()));
        m_db = made.database->db.get();
        m_stats = made.stats;
    }

    void generatesTheRequestedTracker()
    {
        QCOMPARE(m_stats.children, 300);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child")), 300);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM ppn")), m_stats.ppns);
        QVERIFY(m_stats.ppns >= 300);
        QCOMPARE(m_stats.members, 14);
        QVERIFY(m_stats.settings >= 10);
        QVERIFY(m_stats.meetings > 400); // three a week over four years
        QVERIFY(m_stats.decisions > 0 && m_stats.actions > 0 && m_stats.proformas > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                             "'demo-generated' AND entity = 'database'")),
                 1);
        // The keys the tracker searches on are filled.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE surname_key = '' "
                                             "OR forename_key = '' OR postcode_key = ''")),
                 0);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT police_ref, police_ref_key FROM ppn")));
        while (q.next())
            QCOMPARE(q.value(1).toString(), TextKey::reference(q.value(0).toString()));
    }

    void sameSeedGivesSameData()
    {
        test::BackendDatabase again(m_backend);
        auto stats = DemoGenerator::generate(*again, options(1));
        QVERIFY2(stats.ok(), qPrintable(stats.errorText()));
        const QStringList first = dump(*m_db);
        QVERIFY(first.size() > 600);
        QCOMPARE(dump(*again), first);

        test::BackendDatabase other(m_backend);
        QVERIFY(DemoGenerator::generate(*other, options(2)).ok());
        QVERIFY(dump(*other) != first);
    }

    void siblingsShareAHousehold()
    {
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE household_id IS "
                                             "NULL")),
                 0);
        QVERIFY(count(*m_db, QStringLiteral(
                                 "SELECT count(*) FROM (SELECT household_id FROM "
                                 "child GROUP BY household_id HAVING count(*) > 1) AS shared")) >
                20);
        // Siblings live at the household's address.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child c JOIN household h ON "
                                             "h.id = c.household_id WHERE c.address <> h.address "
                                             "OR c.postcode <> h.postcode OR c.area_id <> "
                                             "h.area_id")),
                 0);
        // Every PPN names the whole household.
        QCOMPARE(count(*m_db, QStringLiteral(
                                  "SELECT count(*) FROM ppn_child pc JOIN child c ON c.id = "
                                  "pc.child_id JOIN child s ON s.household_id = c.household_id "
                                  "WHERE NOT EXISTS (SELECT 1 FROM ppn_child x WHERE x.ppn_id = "
                                  "pc.ppn_id AND x.child_id = s.id)")),
                 0);
    }

    void someChildrenEscalate()
    {
        const qint64 escalated =
            count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE escalated = 1"));
        QVERIFY2(escalated >= 2 && escalated <= 30, qPrintable(QString::number(escalated)));
        QSqlQuery children(m_db->sql());
        QVERIFY(children.exec(QStringLiteral("SELECT id FROM child WHERE escalated = 1")));
        while (children.next()) {
            QSqlQuery q(m_db->sql());
            q.prepare(QStringLiteral("SELECT incident_on FROM ppn_child WHERE child_id = ? "
                                     "ORDER BY incident_on"));
            q.addBindValue(children.value(0));
            QVERIFY(q.exec());
            QList<QDate> dates;
            while (q.next())
                dates << QDate::fromString(q.value(0).toString(), Qt::ISODate);
            bool three = false;
            for (int i = 0; i + 2 < dates.size(); ++i)
                three = three || dates[i + 2].addMonths(-3) <= dates[i];
            QVERIFY2(three, "an escalated child has 3 PPNs within 3 months");
        }
        // Older escalations were closed with feedback.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM escalation WHERE closed_on IS "
                                             "NOT NULL AND (feedback = '' OR liaison_with = '')")),
                 0);
    }

    void everyPpnHasAChild()
    {
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM ppn p WHERE NOT EXISTS "
                                        "(SELECT 1 FROM ppn_child pc WHERE pc.ppn_id = p.id)")),
            0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON "
                                             "p.id = pc.ppn_id WHERE pc.incident_on <> "
                                             "p.incident_on")),
                 0);
    }

    void greenedOffChildrenHaveNoOpenActions()
    {
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE status = "
                                            "'greened_off'")) > 50);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM action a JOIN child c ON c.id "
                                             "= a.child_id WHERE c.status = 'greened_off' AND "
                                             "a.completed_on IS NULL")),
                 0);
        // Some actions are still open and overdue, as in any real tracker.
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM action WHERE completed_on IS "
                                            "NULL AND due_on < '2025-06-18'")) > 0);
    }

    void settingsAreMostlyKnown()
    {
        const qint64 unknown = count(
            *m_db, QStringLiteral("SELECT count(*) FROM child WHERE setting_known <> 'known'"));
        QVERIFY2(unknown > 0 && unknown < 40, qPrintable(QString::number(unknown)));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE (setting_known = "
                                             "'known') <> (setting_id IS NOT NULL)")),
                 0);
    }

    void linksAreSound()
    {
        if (m_db->onServer())
            QSKIP("SQLite only: the server checks foreign keys as each row is written");
        QCOMPARE(column(*m_db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(m_db->integrityProblems(), QStringList());
    }

    void childrenAreInTheAgeBand()
    {
        const qint64 inBand =
            count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE date_of_birth > "
                                        "'2019-06-18' AND date_of_birth <= '2025-06-18'"));
        QVERIFY2(inBand >= 285, qPrintable(QString::number(inBand)));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child WHERE date_of_birth > "
                                             "'2025-06-18' OR date_of_birth <= '2017-06-18'")),
                 0);
    }

    void refusesATrackerWithChildren()
    {
        auto again = DemoGenerator::generate(*m_db, options(3));
        QVERIFY(!again.ok());
        QVERIFY(again.errorText().contains(QStringLiteral("already holds children")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM child")), 300);
    }

    void cancelWritesNothing()
    {
        test::BackendDatabase db(m_backend);
        DemoOptions o = options(4, 2000);
        int calls = 0;
        o.progress = [&](int done, int total) {
            [&] {
                QVERIFY(done >= 0 && done <= total);
            }();
            return ++calls < 30;
        };
        auto stats = DemoGenerator::generate(*db, o);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.errorText(), QStringLiteral("Cancelled: nothing was written."));
        QCOMPARE(calls, 30);
        for (const char *table : {"child", "ppn", "member", "setting", "area", "audit"})
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
        // Written through a rollback journal (faster at a million children), the tracker is
        // left in write-ahead logging after a cancelled run and a finished one alike.
        const QString journal = QStringLiteral("PRAGMA journal_mode");
        if (!db.onServer())
            QCOMPARE(Sql::scalar(db->sql(), journal)->toString(), QStringLiteral("wal"));
        // And a later run on the same file still works.
        o.progress = {};
        QVERIFY(DemoGenerator::generate(*db, o).ok());
        if (!db.onServer())
            QCOMPARE(Sql::scalar(db->sql(), journal)->toString(), QStringLiteral("wal"));
    }

    void reportsProgress()
    {
        test::BackendDatabase db(m_backend);
        DemoOptions o = options(5, 1000);
        QList<int> seen;
        o.progress = [&](int done, int total) {
            seen << done * 100 / total;
            return true;
        };
        QVERIFY(DemoGenerator::generate(*db, o).ok());
        QVERIFY2(seen.size() >= 50 && seen.size() <= 110, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 100);
    }

private:
    struct Made
    {
        std::unique_ptr<test::BackendDatabase> database;
        DemoStats stats;
    };
    std::map<QString, Made> m_made;
    QString m_backend;
    Database *m_db = nullptr;
    DemoStats m_stats;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demogenerator.moc"
