// Database on a PostgreSQL server (several desks): opening, identifying and upgrading. What
// Database.cpp and DatabaseFile do for a file has no meaning here and is SQLite-only, not done:
// the file's header and application id (the version table identifies a tracker), PRAGMAs,
// owner-only file permissions, quick_check after an unclean stop, the copy kept beside the file
// before an upgrade, WAL checkpoints; NetworkDrive and QuickCheck pass a server's address by.

#include "Database.h"

#include "DatabaseFile.h"
#include "Migrations.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace enc {

namespace {

// How long a desk waits for a server that does not answer before saying so.
constexpr int ConnectTimeoutSeconds = 10;
// How long a desk waits for another desk's save before saying the database is busy.
constexpr int LockTimeoutMs = 20000;

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Database", text);
}

// A password given in the address, kept in memory for this process's further connections
// (openWorker is given path(), which never holds it). Nothing is written anywhere.
QMutex s_passwordsLock;
QHash<QString, QString> s_passwords;

QString passwordFor(const Dialect::ServerAddress &address)
{
    QMutexLocker lock(&s_passwordsLock);
    if (!address.password.isEmpty()) {
        s_passwords.insert(address.shown, address.password);
        return address.password;
    }
    return s_passwords.value(address.shown);
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(Sql::errorText(q));
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &address, Mode mode,
                                                       const QString &connection, bool worker)
{
    using R = Result<std::unique_ptr<Database>>;
    auto parsed = Dialect::parseServerAddress(address);
    if (!parsed)
        return parsed.error();
    if (!QSqlDatabase::isDriverAvailable(Dialect::driverName(Backend::PostgreSQL))) {
        return R::failure(tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed "
                             "on this computer (on Debian, the package libqt6sql6-psql).")
                              .arg(parsed->shown));
    }
    std::unique_ptr<Database> database(
        new Database(parsed->shown, connection, Backend::PostgreSQL));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(Dialect::driverName(Backend::PostgreSQL), connection);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->databaseName);
        db.setUserName(parsed->user);
        db.setPassword(passwordFor(*parsed));
        QStringList options;
        if (!parsed->options.isEmpty())
            options << parsed->options;
        if (!parsed->options.contains(QLatin1String("connect_timeout=")))
            options << QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds);
        // The desks' connections, named for the server's administrator (pg_stat_activity).
        if (!parsed->options.contains(QLatin1String("application_name=")))
            options << QStringLiteral("application_name=encompass-tracker");
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    database->m_readOnly = mode == Mode::ReadOnly;
    database->m_mayCreateSchema = mode == Mode::OpenOrCreate && !worker;
    if (Status s = database->reopen(false); !s)
        return s.error();
    if (worker && database->schemaVersion() != SchemaVersion) {
        return R::failure(tr("Cannot open %1: its schema is version %2, this program's is %3.")
                              .arg(database->m_path)
                              .arg(database->schemaVersion())
                              .arg(SchemaVersion));
    }
    return R(std::move(database));
}

Status Database::reopenServer()
{
    QSqlDatabase db = sql();
    if (!db.isOpen() && !db.open()) {
        return Status::failure(tr("Cannot connect to the database server (%1): %2")
                                   .arg(m_path, db.lastError().text().trimmed()));
    }
    // CREATE EXTENSION IF NOT EXISTS and the like tell notices that nobody reads.
    if (Status s = exec(db, QStringLiteral("SET client_min_messages TO warning")); !s)
        return s;
    // A desk waits for another's save (the writers' lock, a row) this long before it is told
    // the database is busy, as a file's busy timeout and retries do; never for ever behind a
    // desk whose connection hangs.
    if (Status s = exec(db, QStringLiteral("SET lock_timeout TO %1").arg(LockTimeoutMs)); !s)
        return s;
    // The tracker's statements are short and many (a keystroke's window of rows): the JIT
    // compiler's start-up cost is paid on each and never repaid (keystroke 138 -> 107 ms at
    // 100,000 children in a trial).
    if (Status s = exec(db, QStringLiteral("SET jit TO off")); !s)
        return s;
    if (m_readOnly) {
        if (Status s =
                exec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !s)
            return s;
    }
    // A login with no role on the tracker may read none of it (and the catalogue shows it no
    // table): say so, not "an empty database" or "permission denied".
    if (const QString problem = ServerSchema::accessProblem(*this); !problem.isEmpty())
        return Status::failure(problem);
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(Dialect::tableNamesQuery(Backend::PostgreSQL)))
            return Status::failure(Sql::errorText(q));
        while (q.next())
            tables << q.value(0).toString();
    }
    if (!tables.isEmpty() && !tables.contains(Dialect::versionTable())) {
        tables.sort();
        return DatabaseFile::refused(
            Refusal::NotTracker,
            tr("%1 is not a tracker database: it holds other tables (%2) and no %3 table. Name "
               "the database made for the tracker, or an empty one.")
                .arg(m_path, tables.mid(0, 3).join(QStringLiteral(", ")), Dialect::versionTable()));
    }
    if (tables.isEmpty() && !m_mayCreateSchema) {
        return DatabaseFile::refused(
            Refusal::Empty, tr("%1 is an empty database: give it the tracker's tables with "
                               "encompass-cli --db \"%1\" init")
                                .arg(m_path));
    }
    if (m_readOnly) {
        if (const int version = schemaVersion(); version != SchemaVersion) {
            return Status::failure(tr("%1 can only be read, and its schema (version %2) is not "
                                      "this version's (%3).")
                                       .arg(m_path)
                                       .arg(version)
                                       .arg(SchemaVersion));
        }
    } else if (Status s = migrateServer(); !s) {
        return s;
    } else if (Status objects = ServerSchema::ensure(*this); !objects) {
        return objects;
    }
    m_ready = true;
    return {};
}

Status Database::migrateServer()
{
    QSqlDatabase db = sql();
    const auto newer = [this](int version) {
        return Status::failure(tr("%1 has been upgraded by a newer version of Encompass "
                                  "Tracker, at another desk (schema %2; this version reads up "
                                  "to schema %3). Install the newer version on this computer.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(SchemaVersion));
    };
    if (const int version = schemaVersion(); version > SchemaVersion)
        return newer(version);
    else if (version == SchemaVersion)
        return {};
    // No copy is kept beside it before an upgrade (SQLite-only: a copy of the file); the
    // server's backups are its administrator's. Every step, and the version, in one
    // transaction: a failure leaves the database as it was.
    return transaction([&]() -> Status {
        // Two desks opening an empty or older database at once: one upgrades while the other
        // waits here, then finds the work done.
        if (Status s = exec(db, ServerConnection::writerLockStatement()); !s)
            return s;
        const int version = schemaVersion();
        if (version > SchemaVersion)
            return newer(version);
        if (version == 0) {
            QStringList prelude = Dialect::serverPrelude();
            prelude << QStringLiteral("CREATE TABLE schema_version (version integer NOT NULL)")
                    << QStringLiteral("INSERT INTO schema_version (version) VALUES (0)");
            for (const QString &sql : std::as_const(prelude)) {
                if (Status s = exec(db, sql); !s) {
                    return Status::failure(
                        tr("Cannot give %1 the tracker's tables: %2").arg(m_path, s.errorText()));
                }
            }
        }
        for (int step = version + 1; step <= SchemaVersion; ++step) {
            if (Status s = Migrations::apply(db, step); !s) {
                return Status::failure(tr("Cannot upgrade %1 to schema %2: %3")
                                           .arg(m_path)
                                           .arg(step)
                                           .arg(s.errorText()));
            }
            auto set = Sql::run(db, QStringLiteral("UPDATE schema_version SET version = :v"),
                                {{QStringLiteral("v"), step}});
            if (!set)
                return set.error();
        }
        return {};
    });
}

bool Database::connectionLost() const
{
    return m_backend == Backend::PostgreSQL && ServerConnection::lost(sql());
}

bool Database::isConnectionLoss(const Error &error)
{
    return error.field == ServerConnection::ConnectionField;
}

Status Database::reconnect()
{
    if (!connectionLost())
        return {};
    QSqlDatabase db = sql();
    // Inside a transaction the server has undone its work: its statements must not carry on,
    // one by one, on a new connection. Nor again while connecting (an upgrade's transaction).
    thread_local bool connecting = false;
    if (m_depth > 0 || connecting)
        return ServerConnection::lostMessage(db);
    db.close();
    connecting = true;
    Status reopened = reopenServer();
    connecting = false;
    if (!reopened) {
        const bool answered = db.isOpen();
        const QString why =
            db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        db.close();
        // Connected, but refused (upgraded by a newer version meanwhile): that message.
        if (answered)
            return reopened;
        return Error{tr("The database server (%1) cannot be reached: %2. Nothing was saved; try "
                        "again once it is back.")
                         .arg(db.databaseName(), why.isEmpty() ? tr("no answer") : why),
                     ServerConnection::ConnectionField};
    }
    return {};
}

Status Database::serverTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = sql();
    if (Status s = reconnect(); !s)
        return s;
    const auto begin = [&db]() -> Status {
        for (const QString &statement :
             {QStringLiteral("BEGIN"), ServerConnection::writerLockStatement()}) {
            if (auto q = Sql::run(db, statement); !q)
                return q.error();
        }
        return {};
    };
    Status started = begin();
    if (!started && connectionLost()) {
        // Found gone at BEGIN (the server restarted, or its administrator ended the connection,
        // while this desk was idle): nothing of this change was sent, so connect again and
        // start it once more.
        if (Status s = reconnect(); !s)
            return s;
        started = begin();
    }
    if (!started) {
        Sql::exec(db, QStringLiteral("ROLLBACK")).ok();
        return started;
    }
    ++m_depth;
    Status s = work();
    --m_depth;
    if (connectionLost()) {
        // The server rolls back a transaction whose connection ends: nothing of it was kept.
        return ServerConnection::lostMessage(db);
    }
    if (s && ServerConnection::inFailedTransaction(db)) {
        // A statement failed and the work carried on: the server has undone the transaction
        // and would answer COMMIT with a rollback.
        s = Status::failure(tr("The change could not be saved: a step of it failed, so none of "
                               "it was saved."));
    }
    if (s) {
        auto end = Sql::run(db, QStringLiteral("COMMIT"));
        if (end)
            return s;
        if (connectionLost()) {
            return Error{tr("The connection to the database server was lost as this change was "
                            "being saved: it may or may not have been saved. The tracker "
                            "connects again by itself: look at the record again before "
                            "repeating the change."),
                         ServerConnection::ConnectionField};
        }
        s = Status::failure(tr("The change could not be saved: %1").arg(end.errorText()));
    }
    Sql::exec(db, QStringLiteral("ROLLBACK")).ok();
    return s;
}

} // namespace enc
