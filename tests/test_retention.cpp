// Retention: records due for review, legal hold, anonymise and delete, each audited.

#include "BackendDatabase.h"
#include "TestSupport.h"

#include "repo/Children.h"
#include "repo/PartnerInfos.h"
#include "repo/Ppns.h"
#include "repo/Retention.h"
#include "storage/Access.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSqlQuery>

using namespace enc;

namespace {

int count(Database &db, const QString &sql, const QVariantMap &v = {})
{
    return Sql::scalar(db.sql(), sql, v)->toInt();
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::BackendDatabase> m_t;
    Id m_old = 0;     // born 30 years ago: due by the birth rule
    Id m_sibling = 0; // young, same household and a shared PPN
    Id m_young = 0;

    Id add(const QString &forename, QDate dob, Id household)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Pryce");
        c.dateOfBirth = dob;
        c.householdId = household;
        c.address = QStringLiteral("4 Quarry Road");
        c.postcode = QStringLiteral("ZZ9 9ZZ");
        c.caseReference = QStringLiteral("CASE-%1").arg(forename);
        return Children(**m_t).add(c)->id;
    }

    Status ppn(const QString &ref, QList<Id> children)
    {
        Ppn p;
        p.policeReference = ref;
        p.incidentDate = QDate::currentDate().addDays(-10);
        p.receivedOn = p.incidentDate;
        p.homeAddress = QStringLiteral("4 Quarry Road");
        for (Id c : children)
            p.children.append({c, Presence::Present});
        auto saved = Ppns(**m_t).add(p);
        return saved ? Status() : Status(saved.error());
    }

    bool addPartnerInfo(Id child)
    {
        PartnerInfo p;
        p.childId = child;
        p.agency = QStringLiteral("Housing");
        p.person = QStringLiteral("Rhodri Lewis");
        p.information = QStringLiteral("Gwen Pryce's tenancy at 4 Quarry Road ended");
        p.knownOn = QDate::currentDate().addDays(-3);
        return bool(PartnerInfos(**m_t).add(p));
    }

private slots:
    // Every test on SQLite and on a PostgreSQL server (skipped when there is none).
    void initTestCase_data() { test::backendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_t = std::make_unique<test::BackendDatabase>(backend);
        ENC_SKIP_WITHOUT(*m_t);
        QVERIFY(m_t->db);
        const QDate today = QDate::currentDate();
        auto hh = Children(**m_t).addHousehold(
            {0, QStringLiteral("4 Quarry Road"), QStringLiteral("ZZ9 9ZZ"), 0, 0});
        m_old = add(QStringLiteral("Gwen"), today.addYears(-30), hh->id);
        m_sibling = add(QStringLiteral("Iolo"), today.addYears(-2), hh->id);
        m_young = add(QStringLiteral("Nia"), today.addYears(-1), 0);
        QVERIFY(ppn(QStringLiteral("ONLY-GWEN"), {m_old}));
        QVERIFY(ppn(QStringLiteral("SHARED"), {m_old, m_sibling}));
    }
    void cleanup()
    {
        m_t.reset();
        qputenv("ENCOMPASS_USER", "tester");
    }

    void dueListFollowsBothRules()
    {
        Retention r(**m_t);
        QCOMPARE(r.rules().yearsAfterBirth, 25);
        QCOMPARE(r.rules().yearsAfterActivity, 6);
        auto due = r.due();
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().childId, m_old);
        QVERIFY(due->first().reason.contains(QStringLiteral("25 years after birth")));
        // Seven years on, with nothing done meanwhile, everyone is due by the activity rule.
        auto later = r.due(QDate::currentDate().addYears(7));
        QCOMPARE(later->size(), 3);
        QVERIFY(later->last().reason.contains(QStringLiteral("6 years after the last activity")));
        // Rules off: nothing is due.
        QVERIFY(r.setRules({0, 0}));
        QCOMPARE(r.due(QDate::currentDate().addYears(50))->size(), 0);
        QVERIFY(!r.setRules({-1, 6}));
    }

    void legalHoldBlocksAnonymiseAndDelete()
    {
        Retention r(**m_t);
        QVERIFY(r.setLegalHold(m_old, true));
        QVERIFY(r.due()->first().legalHold);
        Status s = r.anonymise(m_old);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(QStringLiteral("legal hold")), qPrintable(s.errorText()));
        QVERIFY(!r.remove(m_old));
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child WHERE forename = 'Gwen'")),
                 1);
        QVERIFY(r.setLegalHold(m_old, false));
        QVERIFY(r.anonymise(m_old));
        QCOMPARE(count(**m_t,
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                      "'legal-hold' AND child_id = :c"),
                       {{QStringLiteral("c"), m_old}}),
                 2);
    }

    void notDueIsRefused()
    {
        Status s = Retention(**m_t).anonymise(m_young);
        QVERIFY(!s);
        QVERIFY(s.errorText().contains(QStringLiteral("not due for review")));
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child WHERE forename = 'Nia'")),
                 1);
    }

    void onlyAdministratorsMayActOnRetention()
    {
        // A business support officer's desk: on a file its name, on a server its own login.
        test::TestUsers users(*m_t);
        const QString bs = users.make(QStringLiteral("bs"));
        QVERIFY(Access::setRole(**m_t, bs, Access::Role::BusinessSupport));
        qputenv("ENCOMPASS_USER", bs.toUtf8());
        auto desk = Database::open(users.addressAs(bs), Database::Mode::OpenExisting);
        QVERIFY2(desk, qPrintable(desk.errorText()));
        Status s = Retention(**desk).anonymise(m_old);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(
                     QStringLiteral("Your role (business support) does not allow anonymising")),
                 qPrintable(s.errorText()));
        QVERIFY(!Retention(**desk).setLegalHold(m_old, true));
    }

    void anonymiseKeepsCountsAndDropsIdentity()
    {
        const int children = count(**m_t, QStringLiteral("SELECT count(*) FROM child"));
        const int ppns = count(**m_t, QStringLiteral("SELECT count(*) FROM ppn"));
        QVERIFY(addPartnerInfo(m_old));
        QVERIFY(Retention(**m_t).anonymise(m_old));
        // What partners knew of the child goes too; the entry is still counted.
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM partner_info WHERE "
                                             "information = '[removed]' AND person = ''")),
                 1);
        QSqlQuery q((*m_t)->sql());
        q.prepare(
            QStringLiteral("SELECT forename, surname, date_of_birth, address, postcode, "
                           "case_reference, ppn_count, anonymised_at FROM child WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), m_old);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Anonymised"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("#%1").arg(m_old));
        QCOMPARE(q.value(2).toString(),
                 QStringLiteral("%1-07-01").arg(QDate::currentDate().year() - 30));
        QVERIFY(q.value(3).toString().isEmpty());
        QVERIFY(q.value(4).toString().isEmpty());
        QVERIFY(q.value(5).toString().isEmpty());
        QCOMPARE(q.value(6).toInt(), 2);
        QVERIFY(!q.value(7).isNull());
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child")), children);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM ppn")), ppns);
        // The PPN that named only Gwen loses its address; the shared one (Iolo) keeps it.
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM ppn WHERE home_address = ''")),
                 1);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child WHERE forename = 'Iolo' "
                                             "AND address = '4 Quarry Road'")),
                 1);
        // The audit entry says it happened without repeating what was removed.
        QCOMPARE(count(**m_t,
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                      "'anonymise' AND child_id = :c AND before IS NULL "
                                      "AND after NOT LIKE '%Gwen%'"),
                       {{QStringLiteral("c"), m_old}}),
                 1);
        QVERIFY(AuditChain::verify((*m_t)->sql()).ok);
        // Anonymised records are no longer due.
        QCOMPARE(Retention(**m_t).due()->size(), 0);
    }

    void deleteRemovesTheRecordButNotTheSiblings()
    {
        QVERIFY(addPartnerInfo(m_old));
        auto deleted = Retention(**m_t).remove(m_old);
        QVERIFY2(deleted, qPrintable(deleted.errorText()));
        QCOMPARE(deleted->ppns, 1);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child WHERE id = :c"),
                       {{QStringLiteral("c"), m_old}}),
                 0);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM ppn WHERE police_ref = "
                                             "'ONLY-GWEN'")),
                 0);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON "
                                             "p.id = pc.ppn_id WHERE p.police_ref = 'SHARED'")),
                 1);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM partner_info")), 0);
        QVERIFY((*m_t)->integrityProblems().isEmpty());
        QCOMPARE(count(**m_t,
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = 'delete' "
                                      "AND child_id = :c"),
                       {{QStringLiteral("c"), m_old}}),
                 1);
        QVERIFY(AuditChain::verify((*m_t)->sql()).ok);
    }

    void cliListsAndActs()
    {
        auto run = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
            p.setProcessEnvironment(env);
            p.start(
                QStringLiteral(ENCOMPASS_CLI_PATH),
                QStringList{QStringLiteral("--db"), m_t->address(), QStringLiteral("retention")} +
                    args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        auto list = run({QStringLiteral("list")});
        QCOMPARE(list.first, 0);
        QVERIFY2(list.second.contains(QStringLiteral("Gwen Pryce")), qPrintable(list.second));
        QVERIFY(!list.second.contains(QStringLiteral("Nia")));
        const QString id = QString::number(m_old);
        QCOMPARE(run({QStringLiteral("hold"), QStringLiteral("--child"), id}).first, 0);
        auto held = run({QStringLiteral("anonymise"), QStringLiteral("--child"), id});
        QCOMPARE(held.first, 1);
        QVERIFY(held.second.contains(QStringLiteral("legal hold")));
        QCOMPARE(
            run({QStringLiteral("hold"), QStringLiteral("--child"), id, QStringLiteral("--off")})
                .first,
            0);
        QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("--child"), id}).first, 2);
        auto gone = run(
            {QStringLiteral("delete"), QStringLiteral("--child"), id, QStringLiteral("--confirm")});
        QCOMPARE(gone.first, 0);
        QCOMPARE(count(**m_t, QStringLiteral("SELECT count(*) FROM child WHERE id = :c"),
                       {{QStringLiteral("c"), m_old}}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
