#pragma once

// A fresh database on each backend, for the storage tests that must hold on both: a new
// SQLite file in a temporary folder, or a new database created in the throwaway PostgreSQL
// cluster that scripts/test starts (scripts/test-pg-server: ENCOMPASS_TEST_PG holds its
// conninfo) and dropped after the test. No mocks: the real server.
//
//     void opens_data() { test::backendRows(); }
//     void opens()
//     {
//         QFETCH(QString, backend);
//         test::BackendDatabase t(backend);
//         ENC_SKIP_WITHOUT(t);
//         ...t.address() is what --db takes; t.db the open database...

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace enc::test {

inline const QString SQLiteRow = QStringLiteral("sqlite");
inline const QString PostgreSQLRow = QStringLiteral("postgresql");

// The rows of a data-driven test that runs on both backends.
inline void backendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << SQLiteRow;
    QTest::newRow("postgresql") << PostgreSQLRow;
}

// An empty database (no tables) on one backend; opened (the schema given) unless told not to.
class BackendDatabase
{
public:
    enum class Open
    {
        Now,
        Later
    };
    // serverOptions: what CREATE DATABASE takes after the name on the server (a locale:
    // "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'cy-GB'"), as an IT department may.
    explicit BackendDatabase(const QString &backend, Open open = Open::Now,
                             const QString &serverOptions = {})
    {
        qputenv("ENCOMPASS_USER", "tester");
        if (backend == PostgreSQLRow)
            createServerDatabase(serverOptions);
        else
            m_address = m_dir.filePath(QStringLiteral("tracker.sqlite"));
        if (open == Open::Now && !m_address.isEmpty()) {
            auto opened = Database::open(m_address);
            if (opened)
                db = std::move(*opened);
            else
                qWarning("%s", qPrintable(opened.errorText()));
        }
    }
    ~BackendDatabase()
    {
        db.reset();
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection();
            // FORCE: a worker connection a failed test left open does not keep it.
            QSqlQuery(admin).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        QSqlDatabase::removeDatabase(adminName());
    }
    BackendDatabase(const BackendDatabase &) = delete;
    BackendDatabase &operator=(const BackendDatabase &) = delete;

    // Empty when this backend cannot run here: skipReason() says why.
    QString address() const { return m_address; }
    QString skipReason() const { return m_skip; }
    bool onServer() const { return !m_name.isEmpty(); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }

    // The cluster's maintenance database, for what a test does as the server's administrator
    // (open while the object lives); invalid on SQLite.
    QSqlDatabase adminConnection() const
    {
        if (QSqlDatabase::contains(adminName()))
            return QSqlDatabase::database(adminName());
        auto parsed = Dialect::parseServerAddress(qEnvironmentVariable("ENCOMPASS_TEST_PG"));
        if (!parsed)
            return {};
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminName());
        admin.setHostName(parsed->host);
        admin.setPort(parsed->port);
        admin.setDatabaseName(parsed->databaseName);
        admin.setUserName(parsed->user);
        admin.setPassword(parsed->password);
        admin.open();
        return admin;
    }

    std::unique_ptr<Database> db;

private:
    QString adminName() const { return QStringLiteral("test-admin-") + m_name; }

    void createServerDatabase(const QString &options)
    {
        const QString conninfo = qEnvironmentVariable("ENCOMPASS_TEST_PG");
        if (conninfo.isEmpty()) {
            m_skip = QStringLiteral("ENCOMPASS_TEST_PG is not set: no PostgreSQL server to test "
                                    "on (scripts/test starts one; by hand: eval \"$(scripts/"
                                    "test-pg-server start)\")");
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_skip = QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
            return;
        }
        auto parsed = Dialect::parseServerAddress(conninfo);
        if (!parsed) {
            m_skip = parsed.errorText();
            return;
        }
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("encompass_test_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase admin = adminConnection();
        QSqlQuery q(admin);
        if (!admin.isOpen() ||
            !q.exec(QStringLiteral("CREATE DATABASE %1 %2").arg(m_name, options))) {
            // A server named but not answering is a failure, not a skip.
            qFatal("Cannot create a test database on %s: %s", qPrintable(conninfo),
                   qPrintable(admin.isOpen() ? q.lastError().text() : admin.lastError().text()));
        }
        m_address = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                        .arg(parsed->host)
                        .arg(parsed->port)
                        .arg(parsed->user, m_name);
    }

    QTemporaryDir m_dir;
    QString m_address;
    QString m_name;
    QString m_skip;
};

// The test's other users. A role is given to a user: on SQLite a name (ENCOMPASS_USER at that
// desk), on the server a login (the tracker's user there), which this creates for the test
// and drops after. Declare it after the BackendDatabase it serves.
class TestUsers
{
public:
    explicit TestUsers(const BackendDatabase &t) : m_t(t) {}
    ~TestUsers()
    {
        for (const QString &name : std::as_const(m_made))
            QSqlQuery(m_t.adminConnection()).exec(QStringLiteral("DROP ROLE %1").arg(name));
    }
    TestUsers(const TestUsers &) = delete;
    TestUsers &operator=(const TestUsers &) = delete;

    // The user called who: itself on SQLite; on the server a new login named after who and
    // the test's database (logins are the whole cluster's).
    QString make(const QString &who)
    {
        if (!m_t.onServer())
            return who;
        QString name = who.toLower() + QLatin1Char('_') +
                       Dialect::parseServerAddress(m_t.address())->databaseName;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!QSqlQuery(m_t.adminConnection())
                 .exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name)))
            qFatal("Cannot create the login %s", qPrintable(name));
        m_made << name;
        return name;
    }
    // What --db takes for user's desk: the file (the user is ENCOMPASS_USER there), or the
    // test database's address connecting as that login.
    QString addressAs(const QString &user) const
    {
        if (!m_t.onServer())
            return m_t.address();
        auto parsed = Dialect::parseServerAddress(m_t.address());
        return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
            .arg(parsed->host)
            .arg(parsed->port)
            .arg(user, parsed->databaseName);
    }

private:
    const BackendDatabase &m_t;
    QStringList m_made;
};

} // namespace enc::test

// Skips the test (QSKIP, with the reason) when its backend cannot run here.
#define ENC_SKIP_WITHOUT(database)                                                                 \
    do {                                                                                           \
        if ((database).address().isEmpty())                                                        \
            QSKIP(qPrintable((database).skipReason()));                                            \
    } while (false)
