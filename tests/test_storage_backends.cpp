// The storage layer on both databases: a new database gets the whole schema at this version,
// opens again, refuses what is not a tracker or is newer, rolls back a failed transaction, and
// a child written through the repository reads back; each on SQLite and on PostgreSQL (the
// PostgreSQL rows skip when no server is given: BackendDatabase.h).

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "repo/Children.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace enc;

namespace {

int scalarInt(Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    return v ? v->toInt() : -1;
}

} // namespace

class TestStorageBackends : public QObject
{
    Q_OBJECT

private slots:
    // SQLite's statistics steps mean nothing on the server (autovacuum keeps its own): a bare
    // ANALYZE there read the server's catalogues and, run by the tables' owner (not a
    // superuser), printed a hundred "only superuser can analyze it" warnings at init.
    void statisticsStepsAreLeftToTheServer()
    {
        QVERIFY(
            Dialect::schemaStatements(Backend::PostgreSQL, QStringLiteral("ANALYZE")).isEmpty());
        QVERIFY(Dialect::schemaStatements(Backend::PostgreSQL, QStringLiteral("ANALYZE child_name"))
                    .isEmpty());
        QCOMPARE(Dialect::schemaStatements(Backend::SQLite, QStringLiteral("ANALYZE")),
                 QStringList{QStringLiteral("ANALYZE")});
    }

    void createsTheWholeSchema_data() { test::backendRows(); }
    void createsTheWholeSchema()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        QVERIFY(t.db);
        QCOMPARE(t->onServer(), t.onServer());
        QCOMPARE(t->schemaVersion(), Database::SchemaVersion);
        // The controlled list of outcomes is seeded; the creator is the administrator.
        QVERIFY(scalarInt(*t, QStringLiteral("SELECT count(*) FROM outcome")) >= 10);
        // (On a server, the creator is its login, whatever ENCOMPASS_USER says.)
        QCOMPARE(Sql::scalar(t->sql(),
                             QStringLiteral("SELECT role FROM user_role WHERE user_name = :u"),
                             {{QStringLiteral("u"), Audit::currentUser(t->sql())}})
                     ->toString(),
                 QStringLiteral("administrator"));
        QCOMPARE(Access::currentRole(t->sql()), Access::Role::Administrator);
        // Every table of the schema is there (tableCounts names each; none missing).
        QCOMPARE(t->tableCounts().size(), 25);
        // The audit is append-only on both.
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("INSERT INTO audit (at, user_name, action, "
                                                   "entity, entity_id) VALUES ('2026-12-07', "
                                                   "'tester', 'add', 'child', 1)")));
        QVERIFY(!Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET user_name = 'x'")));
        QVERIFY(!Sql::exec(t->sql(), QStringLiteral("DELETE FROM audit")));
    }

    void namesAreUniqueWhateverTheirCase_data() { test::backendRows(); }
    void namesAreUniqueWhateverTheirCase()
    {
        // SQLite's COLLATE NOCASE columns (area, agency and user names): the server's too.
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("INSERT INTO area (name) VALUES ('North')")));
        QVERIFY(!Sql::exec(t->sql(), QStringLiteral("INSERT INTO area (name) VALUES ('NORTH')")));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM area WHERE name = 'north'")),
                 1);
    }

    void decisionsHearTheirPpnsThroughTriggers_data() { test::backendRows(); }
    void decisionsHearTheirPpnsThroughTriggers()
    {
        // Schema 10's triggers: a PPN's link is heard once a decision on or after its date
        // received is recorded, and not heard again when that decision is withdrawn.
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const QSqlDatabase sql = t->sql();
        const QStringList setup = {
            QStringLiteral("INSERT INTO child (id, forename, surname, forename_key, surname_key, "
                           "created_at, updated_at) VALUES (1, 'A', 'B', 'a', 'b', 'x', 'x')"),
            QStringLiteral("INSERT INTO ppn (id, police_ref, police_ref_key, incident_on, "
                           "received_on, created_at) VALUES (1, 'P1', 'p1', '2026-11-01', "
                           "'2026-11-02', 'x')"),
            QStringLiteral("INSERT INTO ppn_child (ppn_id, child_id, incident_on) VALUES (1, 1, "
                           "'2026-11-01')"),
        };
        for (const QString &s : setup)
            QVERIFY2(Sql::exec(sql, s), qPrintable(s));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT heard FROM ppn_child")), 0);
        const Id outcome = scalarInt(*t, QStringLiteral("SELECT min(id) FROM outcome"));
        QVERIFY(Sql::exec(sql,
                          QStringLiteral("INSERT INTO decision (id, child_id, outcome_id, "
                                         "decided_on, created_at) VALUES (1, 1, :o, "
                                         "'2026-11-03', 'x')"),
                          {{QStringLiteral("o"), outcome}}));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT heard FROM ppn_child")), 1);
        QVERIFY(Sql::exec(sql, QStringLiteral("UPDATE decision SET archived_at = 'x'")));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT heard FROM ppn_child")), 0);
    }

    void reopensWhatItWrote_data() { test::backendRows(); }
    void reopensWhatItWrote()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("INSERT INTO area (name) VALUES ('North')")));
        t.db.reset();
        auto again = Database::open(t.address(), Database::Mode::OpenExisting);
        QVERIFY2(again, qPrintable(again.errorText()));
        QCOMPARE(Sql::scalar((*again)->sql(), QStringLiteral("SELECT name FROM area"))->toString(),
                 QStringLiteral("North"));
        // A worker thread's connection opens it too, from path() alone.
        auto worker = Database::openWorker((*again)->path());
        QVERIFY2(worker, qPrintable(worker.errorText()));
        QCOMPARE(scalarInt(**worker, QStringLiteral("SELECT count(*) FROM area")), 1);
    }

    void refusesANewerSchema_data() { test::backendRows(); }
    void refusesANewerSchema()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        QVERIFY(Sql::exec(t->sql(), t.onServer()
                                        ? QStringLiteral("UPDATE schema_version SET version = 99")
                                        : QStringLiteral("PRAGMA user_version = 99")));
        t.db.reset();
        auto db = Database::open(t.address());
        QVERIFY(!db);
        QVERIFY2(db.errorText().contains(QStringLiteral("newer version")),
                 qPrintable(db.errorText()));
        QVERIFY(db.errorText().contains(QStringLiteral("99")));
    }

    void refusesAnotherProgramsDatabase_data() { test::backendRows(); }
    void refusesAnotherProgramsDatabase()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend, test::BackendDatabase::Open::Later);
        ENC_SKIP_WITHOUT(t);
        {
            // Another program's tables, written straight through the driver.
            QSqlDatabase other = QSqlDatabase::addDatabase(t.onServer() ? QStringLiteral("QPSQL")
                                                                        : QStringLiteral("QSQLITE"),
                                                           QStringLiteral("other-program"));
            if (t.onServer()) {
                auto parsed = Dialect::parseServerAddress(t.address());
                QVERIFY(parsed);
                other.setHostName(parsed->host);
                other.setPort(parsed->port);
                other.setUserName(parsed->user);
                other.setDatabaseName(parsed->databaseName);
            } else {
                other.setDatabaseName(t.address());
            }
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (n integer)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
        auto db = Database::open(t.address());
        QVERIFY(!db);
        QCOMPARE(Database::refusalOf(db.error()), Database::Refusal::NotTracker);
    }

    void anEmptyServerDatabaseNeedsInit()
    {
        // The IT department made the database; the tracker's tables come from `init`, and a
        // command that only reads is told so.
        test::BackendDatabase t(test::PostgreSQLRow, test::BackendDatabase::Open::Later);
        ENC_SKIP_WITHOUT(t);
        auto refused = Database::open(t.address(), Database::Mode::OpenExisting);
        QVERIFY(!refused);
        QCOMPARE(Database::refusalOf(refused.error()), Database::Refusal::Empty);
        QVERIFY2(refused.errorText().contains(QStringLiteral("init")),
                 qPrintable(refused.errorText()));

        QProcess cli;
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("--db"), t.address(), QStringLiteral("init")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QString::number(Database::SchemaVersion)), qPrintable(out));
        auto opened = Database::open(t.address(), Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        QCOMPARE((*opened)->schemaVersion(), Database::SchemaVersion);

        // `check` does not claim a check it cannot make: the server keeps its own pages.
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("--db"), t.address(), QStringLiteral("check")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString checked = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(checked.contains(QStringLiteral("not checked here")) &&
                     !checked.contains(QStringLiteral(" ok\n")),
                 qPrintable(checked));
    }

    void aServerAddressIsNotAFile()
    {
        QVERIFY(Database::isServerAddress(QStringLiteral("postgresql://office@db.example/enc")));
        QVERIFY(Database::isServerAddress(QStringLiteral("postgres:///enc?host=/run/pg")));
        QVERIFY(Database::isServerAddress(QStringLiteral("host=db.example dbname=enc")));
        QVERIFY(Database::isServerAddress(QStringLiteral("user=office dbname=enc")));
        QVERIFY(!Database::isServerAddress(QStringLiteral("/home/office/tracker.sqlite")));
        QVERIFY(!Database::isServerAddress(QStringLiteral("C:\\Tracker\\host=1.sqlite")));
        QVERIFY(!Database::isServerAddress(QStringLiteral("tracker.sqlite")));
        // The password is used, never shown (path(), messages, the window's title).
        auto parsed = Dialect::parseServerAddress(
            QStringLiteral("postgresql://office:s3cret@db.example:5433/enc?sslmode=require"));
        QVERIFY2(parsed, qPrintable(parsed.errorText()));
        QCOMPARE(parsed->password, QStringLiteral("s3cret"));
        QCOMPARE(parsed->port, 5433);
        QCOMPARE(parsed->databaseName, QStringLiteral("enc"));
        QCOMPARE(parsed->options, QStringLiteral("sslmode=require"));
        QVERIFY(!parsed->shown.contains(QStringLiteral("s3cret")));
        QVERIFY(!Dialect::parseServerAddress(QStringLiteral("postgresql://[bad")));
    }

    void transactionRollsBackOnFailure_data() { test::backendRows(); }
    void transactionRollsBackOnFailure()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        Status s = t->transaction([&]() -> Status {
            if (Status st =
                    Sql::exec(t->sql(), QStringLiteral("INSERT INTO area (name) VALUES ('East')"));
                !st)
                return st;
            return Status::failure(QStringLiteral("stop"));
        });
        QVERIFY(!s);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM area")), 0);
        QVERIFY(!t->inTransaction());
        QVERIFY(t->transaction([&] {
            return Sql::exec(t->sql(), QStringLiteral("INSERT INTO area (name) VALUES ('West')"));
        }));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM area")), 1);
    }

    void aChildWrittenThroughTheRepositoryReadsBack_data() { test::backendRows(); }
    void aChildWrittenThroughTheRepositoryReadsBack()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        Child c;
        c.forename = QStringLiteral("Ada");
        c.surname = QStringLiteral("Lovelace");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        c.postcode = QStringLiteral("AB1 2CD");
        auto saved = Children(*t).add(c);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        auto read = Children(*t).get(saved->id);
        QVERIFY2(read, qPrintable(read.errorText()));
        QCOMPARE(read->surname, QStringLiteral("Lovelace"));
        QCOMPARE(read->dateOfBirth, c.dateOfBirth);
        QCOMPARE(read->postcode, QStringLiteral("AB1 2CD"));
        // The add was audited.
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'child' "
                                              "AND action = 'add'")),
                 1);
    }

    void anotherConnectionsCommitChangesTheDataVersion_data() { test::backendRows(); }
    void anotherConnectionsCommitChangesTheDataVersion()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        auto other = Database::open(t.address());
        QVERIFY2(other, qPrintable(other.errorText()));
        const qint64 before = t->dataVersion();
        Child c;
        c.forename = QStringLiteral("Grace");
        c.surname = QStringLiteral("Hopper");
        c.dateOfBirth = QDate::currentDate().addYears(-2);
        auto saved = Children(**other).add(c);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        // On a server, the other desk's change is announced (LISTEN/NOTIFY), not polled: the
        // poll of the newest audit entry waits 30 s while the announcements come.
        QTRY_VERIFY(t->dataVersion() != before);

        // This desk's own change is not another desk's (its announcement comes back with the
        // commit, read by dataVersion() at once).
        const qint64 seen = t->dataVersion();
        c.forename = QStringLiteral("Ada");
        QVERIFY(Children(*t).add(c));
        QCOMPARE(t->dataVersion(), seen);
        if (!t.onServer())
            return;

        // The server drops this desk's connection; once connected again it listens again,
        // and what happened meanwhile counts as a change.
        const qint64 pid = scalarInt(*t, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(QSqlQuery(t.adminConnection())
                    .exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        c.forename = QStringLiteral("Mary");
        QVERIFY(Children(**other).add(c));
        (void)t->dataVersion(); // finds the connection gone
        t->close();
        QVERIFY(t->reopen());
        QVERIFY(t->dataVersion() != seen);
        const qint64 again = t->dataVersion();
        c.forename = QStringLiteral("Edith");
        QVERIFY(Children(**other).add(c));
        QTRY_VERIFY(t->dataVersion() != again);
    }
};

QTEST_GUILESS_MAIN(TestStorageBackends)
#include "test_storage_backends.moc"
