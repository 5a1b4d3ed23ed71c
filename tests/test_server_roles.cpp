// Who the user is on a PostgreSQL server, and what the server lets them do: the user is the
// login (never ENCOMPASS_USER), a role is the login's group role, and a role's limits hold
// through the tracker and through plain SQL alike; nobody changes or empties the audit trail.
// Server-only: every test skips without a server (BackendDatabase.h).

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/RowInsert.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace enc;

namespace {

Child someChild()
{
    Child c;
    c.forename = QStringLiteral("Ada");
    c.surname = QStringLiteral("Lovelace");
    c.dateOfBirth = QDate::currentDate().addYears(-3);
    return c;
}

// Every way of changing the audit trail is refused.
void auditRefusesChanges(const QSqlDatabase &sql)
{
    QVERIFY(!Sql::exec(sql, QStringLiteral("UPDATE audit SET user_name = 'someone else'")));
    QVERIFY(!Sql::exec(sql, QStringLiteral("DELETE FROM audit")));
    QVERIFY(!QSqlQuery(sql).exec(QStringLiteral("TRUNCATE audit")));
    QVERIFY(Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM audit"))->toInt() > 0);
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void aChairsLimitsHoldThroughTheTrackerAndThroughSql()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        QVERIFY(t.db);
        test::TestUsers logins(t);
        const QString chairLogin = logins.make(QStringLiteral("chair"));
        // The owner (init's login: an administrator) gives the login the chair's role, the
        // name typed in another case.
        QVERIFY2(Access::setRole(*t, chairLogin.toUpper(), Access::Role::Chair),
                 qPrintable(chairLogin));
        auto child = Children(*t).add(someChild());
        QVERIFY2(child, qPrintable(child.errorText()));

        auto opened = Database::open(logins.addressAs(chairLogin), Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        Database &chair = **opened;
        const QSqlDatabase sql = chair.sql();
        // The user is the login, whatever the environment says (BackendDatabase sets
        // ENCOMPASS_USER=tester).
        QCOMPARE(Audit::currentUser(sql), chairLogin);
        QCOMPARE(Access::currentRole(sql), Access::Role::Chair);

        // Through the tracker: what the chair may not do is refused (by the server, before
        // the tracker's own check at the audit), and nothing is written.
        auto added = Children(chair).add(someChild());
        QVERIFY(!added);
        // ...in words the chair can act on, not the server's "permission denied (42501)".
        QVERIFY2(added.errorText().startsWith(
                     QStringLiteral("Your login's role on the server does not allow this")),
                 qPrintable(added.errorText()));
        QCOMPARE(Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM child"))->toInt(), 1);
        QVERIFY(!Access::setRole(chair, chairLogin, Access::Role::Administrator));

        // Through plain SQL (as psql would): the server refuses the same.
        const QStringList refused = {
            QStringLiteral("INSERT INTO child (forename, surname, forename_key, surname_key, "
                           "created_at, updated_at) VALUES ('A', 'B', 'a', 'b', 'x', 'x')"),
            QStringLiteral("UPDATE child SET surname = 'Changed'"),
            QStringLiteral("DELETE FROM child"),
            QStringLiteral("INSERT INTO ppn (police_ref, police_ref_key, incident_on, "
                           "received_on, created_at) VALUES ('P1', 'p1', '2026-11-01', "
                           "'2026-11-02', 'x')"),
            QStringLiteral("INSERT INTO user_role (user_name, role, set_by, set_at) VALUES "
                           "('x', 'administrator', 'x', 'x')"),
        };
        for (const QString &statement : refused)
            QVERIFY2(!Sql::exec(sql, statement), qPrintable(statement));
        QVERIFY(!Sql::exec(sql,
                           QStringLiteral("SELECT encompass_grant_role(:u, "
                                          "'encompass_administrator')"),
                           {{QStringLiteral("u"), chairLogin}}));
        QCOMPARE(Access::currentRole(sql), Access::Role::Chair);

        // What the chair may do, it can: a decision on the child, audited under the login.
        Decision d;
        d.childId = child->id;
        d.outcomeId = Decisions(chair).outcomes()->first().id;
        d.decidedOn = QDate::currentDate();
        d.decidedBy = chairLogin;
        d.rationale = QStringLiteral("Synthetic rationale");
        auto decided = Decisions(chair).record(d);
        QVERIFY2(decided, qPrintable(decided.errorText()));
        // The agenda the chair opens is saved with ids taken in bulk (found from outside:
        // "permission denied for sequence agenda_item_id_seq" and the agenda not saved).
        const Status agendaIds = chair.transaction([&]() -> Status {
            auto ids = NewIds::reserve(sql, QStringLiteral("agenda_item"), 2);
            return ids ? Status() : Status(ids.error());
        });
        QVERIFY2(agendaIds, qPrintable(agendaIds.errorText()));
        QVERIFY(Sql::exec(sql, QStringLiteral("UPDATE child SET status = status")));
        QCOMPARE(Sql::scalar(sql, QStringLiteral("SELECT user_name FROM audit ORDER BY id DESC "
                                                 "LIMIT 1"))
                     ->toString(),
                 chairLogin);

        // Nobody changes or empties the audit trail: not the chair, not the tables' owner.
        auditRefusesChanges(sql);
        auditRefusesChanges(t->sql());

        // role list names the login with its role.
        auto list = Access::mappings(t->sql());
        QVERIFY2(list, qPrintable(list.errorText()));
        bool listed = false;
        for (const Access::Mapping &m : *list)
            listed = listed || (m.user == chairLogin && m.role == Access::Role::Chair);
        QVERIFY(listed);
    }

    void aLoginWithNoRoleIsToldSo()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        test::TestUsers logins(t);
        const QString nobody = logins.make(QStringLiteral("nobody"));
        auto opened = Database::open(logins.addressAs(nobody), Database::Mode::OpenExisting);
        QVERIFY(!opened);
        QVERIFY2(opened.errorText().contains(QStringLiteral("no role on the tracker")),
                 qPrintable(opened.errorText()));
        // Given one, the login opens it read-only: it reads, and writes nothing.
        QVERIFY(Access::setRole(*t, nobody, Access::Role::ReadOnly));
        opened = Database::open(logins.addressAs(nobody), Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        QCOMPARE(Access::currentRole((*opened)->sql()), Access::Role::ReadOnly);
        QVERIFY(!Sql::exec((*opened)->sql(), QStringLiteral("INSERT INTO area (name) VALUES "
                                                            "('North')")));
    }

    void anOlderServerDatabaseGetsTheServerObjectsWhenItsOwnerOpensIt()
    {
        // A version-12 database made before the announcements and grants: its owner's next
        // open adds them; the schema version stays.
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        const QSqlDatabase sql = t->sql();
        QVERIFY(
            QSqlQuery(sql).exec(QStringLiteral("DROP TRIGGER encompass_audit_announce ON audit")));
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("DROP TRIGGER encompass_audit_no_truncate ON audit")));
        QVERIFY(QSqlQuery(sql).exec(QStringLiteral("COMMENT ON TABLE schema_version IS NULL")));
        t.db.reset();
        auto opened = Database::open(t.address(), Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        QCOMPARE((*opened)->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(Sql::scalar((*opened)->sql(),
                             QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname IN "
                                            "('encompass_audit_announce', "
                                            "'encompass_audit_no_truncate')"))
                     ->toInt(),
                 2);
    }

    void serverRolesFromTheCommandLine()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        QProcess cli;
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("--db"), t.address(), QStringLiteral("server"),
                   QStringLiteral("roles")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("encompass_chair"));
        // The SQL for the IT department, and role list on the server.
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("server"), QStringLiteral("roles"), QStringLiteral("--sql")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray script = cli.readAllStandardOutput();
        QVERIFY2(script.contains("CREATE ROLE encompass_chair NOLOGIN") &&
                     script.contains("REVOKE UPDATE, DELETE, TRUNCATE ON \"public\".audit"),
                 script.constData());
        cli.start(
            QStringLiteral(ENCOMPASS_CLI_PATH),
            {QStringLiteral("--db"), t.address(), QStringLiteral("role"), QStringLiteral("list")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "test_server_roles.moc"
