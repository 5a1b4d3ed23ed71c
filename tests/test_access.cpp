// Roles: each role's rights are enforced by core, whatever the window shows.

#include "TestSupport.h"

#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "repo/Proformas.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QProcess>

using namespace enc;

namespace {

void signInAs(const char *user)
{
    qputenv("ENCOMPASS_USER", user);
}

int count(Database &db, const QString &sql)
{
    return Sql::scalar(db.sql(), sql)->toInt();
}

Child child(const QString &forename)
{
    Child c;
    c.forename = forename;
    c.surname = QStringLiteral("Smith");
    c.dateOfBirth = QDate(2023, 4, 1);
    return c;
}

Ppn ppn(Id childId)
{
    Ppn p;
    p.policeReference = QStringLiteral("REF/1");
    p.incidentDate = QDate(2026, 3, 1);
    p.receivedOn = QDate(2026, 3, 2);
    p.children.append({childId, Presence::Present});
    return p;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { signInAs("tester"); }

    void creatorIsAdministratorAndOthersReadOnly()
    {
        test::TempDatabase t;
        QCOMPARE(Access::currentRole(t->sql()), Access::Role::Administrator);
        QCOMPARE(Access::roleOf(t->sql(), QStringLiteral("TESTER")),
                 Access::Role::Administrator); // user names ignore case
        QCOMPARE(Access::roleOf(t->sql(), QStringLiteral("stranger")), Access::Role::ReadOnly);
    }

    void readOnlyIsRefusedAndNothingIsWritten()
    {
        test::TempDatabase t;
        auto c = Children(*t).add(child(QStringLiteral("Ada")));
        QVERIFY(c);
        const int audit = count(*t, QStringLiteral("SELECT count(*) FROM audit"));
        signInAs("reader");
        auto p = Ppns(*t).add(ppn(c->id), QDate(2026, 3, 3));
        QVERIFY(!p);
        QCOMPARE(p.errorText(),
                 QStringLiteral("Your role (read-only) does not allow adding a PPN. Ask an "
                                "administrator if you need to."));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM ppn")), 0);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM ppn_child")), 0);
        auto added = Children(*t).add(child(QStringLiteral("Bob")));
        QVERIFY(!added);
        QVERIFY2(added.errorText().contains(QStringLiteral("adding a child's record")),
                 qPrintable(added.errorText()));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM child")), 1);
        Status option = Options(t->sql()).setQuorumPercent(60);
        QVERIFY(!option);
        QVERIFY(option.errorText().contains(QStringLiteral("read-only")));
        // Looking is allowed, and audited.
        QVERIFY(Audit::recordView(t->sql(), c->id));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit")), audit + 1);
        QVERIFY(AuditChain::verify(t->sql()).ok);
    }

    void eachRoleHasItsRights()
    {
        test::TempDatabase t;
        auto c = Children(*t).add(child(QStringLiteral("Ada")));
        QVERIFY(c);
        QVERIFY(Access::setRole(*t, QStringLiteral("bsupport"), Access::Role::BusinessSupport));
        QVERIFY(Access::setRole(*t, QStringLiteral("chair"), Access::Role::Chair));
        QVERIFY(Access::setRole(*t, QStringLiteral("coord"), Access::Role::Coordinator));

        signInAs("bsupport");
        QVERIFY(Ppns(*t).add(ppn(c->id), QDate(2026, 3, 3)));
        QVERIFY(Children(*t).add(child(QStringLiteral("Bob"))));
        Meeting m;
        m.date = QDate(2026, 11, 23);
        auto refusedMeeting = Meetings(*t).create(m);
        QVERIFY(!refusedMeeting);
        QVERIFY2(refusedMeeting.errorText().contains(
                     QStringLiteral("Your role (business support) does not allow adding a "
                                    "meeting")),
                 qPrintable(refusedMeeting.errorText()));
        QVERIFY(!Access::setRole(*t, QStringLiteral("bsupport"), Access::Role::Administrator));

        signInAs("chair");
        auto meeting = Meetings(*t).create(m);
        QVERIFY2(meeting, qPrintable(meeting.errorText()));
        Decision d;
        d.childId = c->id;
        d.meetingId = meeting->id;
        d.outcomeId = Sql::scalar(t->sql(), QStringLiteral("SELECT id FROM outcome WHERE code "
                                                           "= 'nfa'"))
                          ->toLongLong();
        d.decidedOn = QDate(2026, 11, 23);
        d.decidedBy = QStringLiteral("chair");
        QVERIFY(Decisions(*t).record(d));
        auto refusedChild = Children(*t).add(child(QStringLiteral("Cy")));
        QVERIFY(!refusedChild);
        QVERIFY(refusedChild.errorText().contains(QStringLiteral("Your role (chair)")));

        signInAs("coord");
        Proforma pf;
        pf.childId = c->id;
        pf.sentOn = QDate(2026, 11, 24);
        QVERIFY(Proformas(*t).send(pf));
        auto refusedDecision = Decisions(*t).record(d);
        QVERIFY(!refusedDecision);
        QVERIFY(refusedDecision.errorText().contains(
            QStringLiteral("Your role (coordinator) does not allow adding a decision")));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM decision")), 1);
        QVERIFY(AuditChain::verify(t->sql()).ok);
    }

    void onlyAdministratorsSetRolesAndOneAlwaysRemains()
    {
        test::TempDatabase t;
        Status alone = Access::setRole(*t, QStringLiteral("tester"), Access::Role::Chair);
        QVERIFY(!alone);
        QVERIFY2(alone.errorText().contains(QStringLiteral("only administrator")),
                 qPrintable(alone.errorText()));
        QVERIFY(Access::setRole(*t, QStringLiteral("deputy"), Access::Role::Administrator));
        QVERIFY(Access::setRole(*t, QStringLiteral("tester"), Access::Role::ReadOnly));
        QCOMPARE(Access::currentRole(t->sql()), Access::Role::ReadOnly);
        Status refused = Access::setRole(*t, QStringLiteral("tester"), Access::Role::Administrator);
        QVERIFY(!refused);
        QVERIFY(refused.errorText().contains(QStringLiteral("changing users' roles")));
        // Each change is in the audit trail.
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'set-role'")),
                 2);
    }

    void cliRoleCommands()
    {
        test::TempDatabase t;
        auto run = [&](const char *user, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ENCOMPASS_USER"), QString::fromLatin1(user));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                    QStringList{QStringLiteral("--db"), t.path()} + args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        auto set = run("tester", {QStringLiteral("role"), QStringLiteral("set"),
                                  QStringLiteral("jsmith"), QStringLiteral("chair")});
        QCOMPARE(set.first, 0);
        QVERIFY2(set.second.contains(QStringLiteral("jsmith is now chair")),
                 qPrintable(set.second));
        auto list = run("tester", {QStringLiteral("role"), QStringLiteral("list")});
        QCOMPARE(list.first, 0);
        QVERIFY(list.second.contains(QStringLiteral("jsmith")));
        auto refused = run("jsmith", {QStringLiteral("role"), QStringLiteral("set"),
                                      QStringLiteral("jsmith"), QStringLiteral("administrator")});
        QCOMPARE(refused.first, 1);
        QVERIFY2(refused.second.contains(QStringLiteral("Your role (chair)")),
                 qPrintable(refused.second));
        auto bad = run("tester", {QStringLiteral("role"), QStringLiteral("set"),
                                  QStringLiteral("jsmith"), QStringLiteral("boss")});
        QCOMPARE(bad.first, 2);
        QVERIFY(bad.second.contains(QStringLiteral("\"boss\" is not a role")));
        QCOMPARE(Access::roleOf(t->sql(), QStringLiteral("jsmith")), Access::Role::Chair);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "test_access.moc"
