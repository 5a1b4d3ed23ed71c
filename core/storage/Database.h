#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace enc {

class ServerNotifications;

// One open tracker database: a named Qt Sql connection with the tracker's PRAGMAs applied, the
// file identified as a tracker and its schema brought up to date. Opening reads the same few
// pages at any size: the whole-file check (PRAGMA quick_check) runs at open only after an
// unclean stop; otherwise in the background (QuickCheck), on backup and on `check`.
// SQLite-specific code lives in core/storage only.
class Database
{
public:
    enum class Mode
    {
        OpenOrCreate,
        OpenExisting,
        // Reading only (no PRAGMA set, no upgrade): for a file that is read-only, or whose
        // folder is. Refused when its schema is not this version's.
        ReadOnly
    };
    // Why open() refused a file (read from its error by refusalOf): the CLI's exit status
    // and the wording around the message follow it.
    enum class Refusal
    {
        None,
        NotTracker, // another kind of file, or another program's SQLite database
        Empty,      // a 0-byte file, or an SQLite database with nothing in it
        Busy,       // another program holds it locked
        ReadOnly,   // the file or its folder cannot be written (reading may work)
        Damaged,    // SQLite's own checks say it is damaged
        Other
    };
    static constexpr int SchemaVersion = 12;
    // PRAGMA application_id of our files ("EncT"): another program's SQLite file is refused.
    static constexpr qint64 ApplicationId = 0x456E6354;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file: WAL, foreign keys, busy timeout, migrations; quick_check
    // only when SQLite had to recover a log left behind by a program that stopped uncleanly.
    // path may instead be a PostgreSQL address (isServerAddress): an empty database there
    // gets the schema (OpenOrCreate), one at an older schema is upgraded.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Mode mode = Mode::OpenOrCreate);
    // A further connection to a file this program has already opened with open(), for a
    // worker thread (use and destroy it on that thread): the same PRAGMAs, no integrity
    // check and no upgrade, so it opens in milliseconds; refused unless the schema is current.
    static Result<std::unique_ptr<Database>> openWorker(const QString &path);
    // True when text names a PostgreSQL database (postgresql://..., host=... dbname=...),
    // not a file.
    static bool isServerAddress(const QString &text);
    // The default file in the user's application data folder.
    static QString defaultPath();
    // Why an error of open() (or reopen()) refused the file; Other for any other error.
    static Refusal refusalOf(const Error &error);

    QSqlDatabase sql() const;
    // The file's path, or on a server its address as shown (never the password).
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool onServer() const { return m_backend == Backend::PostgreSQL; }
    QString connectionName() const { return m_connection; }
    // True when opened with Mode::ReadOnly: every write fails.
    bool readOnly() const { return m_readOnly; }
    // The schema version stored in the file (PRAGMA user_version; on a server, its version
    // table); 0 for an empty database.
    int schemaVersion() const;
    // Path of the copy taken before the last upgrade, or empty when none was needed.
    QString preUpgradeCopy() const { return m_preUpgradeCopy; }
    // Path of the backup written into the backup folder before the last upgrade (empty when
    // none), and why it could not be written (empty when it was, or no folder is set).
    QString preUpgradeBackup() const { return m_preUpgradeBackup; }
    QString preUpgradeBackupProblem() const { return m_preUpgradeBackupProblem; }
    // Changes when another connection commits: PRAGMA data_version on a file; on a server, the
    // count of other connections' announced changes (ServerNotifications). Call it on the
    // connection's own thread; on a server it needs that thread's event loop.
    qint64 dataVersion() const;

    // Runs work in one transaction: committed when it returns ok, rolled back otherwise. On a
    // server it first takes the writers' lock (as BEGIN IMMEDIATE does on a file), so a desk's
    // checks (a version, the last administrator, the audit chain's tail) hold until it commits.
    // A lost connection is opened again before the work starts, never during it.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }
    // For work that spans two steps the closure of transaction() cannot hold (the tracker's
    // export: read everything, write the file, then record it): a read transaction that sees
    // the data as it was when it began (a file's BEGIN; REPEATABLE READ on a server), and a
    // write transaction holding the writers' lock (BEGIN IMMEDIATE; BEGIN and the lock).
    // The caller ends each with COMMIT or ROLLBACK through Sql::exec.
    Status beginSnapshot();
    Status beginWrite();
    // How many times, in this process, a transaction was retried because another desk held
    // the database for longer than the busy timeout (for the two-desk test's figures).
    static qint64 busyRetries();

    // A large commit (an import: some 30 MB of pages) is durable once its WAL is synced; copying
    // those pages into the database file and syncing it (the checkpoint, a third of an
    // import's wall time on a virtual disk) need not keep the user waiting. deferCheckpoint()
    // turns SQLite's automatic checkpoint off on this connection; checkpoint() runs it (PASSIVE:
    // readers and writers carry on) and turns it back on. checkpoint() fails when it could not
    // copy every page (another connection was reading): a later checkpoint copies the rest.
    // Closing the last connection also checkpoints.
    Status deferCheckpoint();
    Status checkpoint();
    // After deferCheckpoint(), for a program that ends right after its commit (the command
    // line's import): the copy is left to the next connection that commits (its automatic
    // checkpoint) or closes last, not done when this one closes. A crash in between loses
    // nothing: the next opener replays the log (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
    Status leaveCheckpointToNextWriter();

    // On a server: true when the connection was found gone (the server stopped or restarted,
    // its administrator ended it, the network dropped). Asks libpq only. False on a file.
    bool connectionLost() const;
    // On a server whose connection was lost: connects again, with open()'s checks. Does nothing
    // when the connection is there. Fails (isConnectionLoss) while the server cannot be reached,
    // and inside a transaction, whose work the server has already undone.
    Status reconnect();
    // True when error came of a lost server connection: nothing unfinished was saved, and the
    // same change may be tried again once reconnect() succeeds.
    static bool isConnectionLoss(const Error &error);

    // Closes the connection (to replace the file); reopen() opens the same path again with
    // every check and upgrade of open(). The object, its connection name and pointers to it
    // stay valid throughout.
    void close();
    Status reopen() { return reopen(false); }

    // True when the last open ran quick_check (after an unclean stop): no need to run it again.
    bool checkedAtOpen() const { return m_checkedAtOpen; }
    // The full PRAGMA integrity_check; empty list when the file is sound.
    QStringList integrityProblems() const;
    // Row counts per table, for `check` and the status bar.
    QList<QPair<QString, qint64>> tableCounts() const;

private:
    Database(QString path, QString connection, Backend backend = Backend::SQLite);
    // The server's counterparts of open(), openWorker() and reopen() (DatabaseServer.cpp):
    // reopen() calls reopenServer() on a server.
    static Result<std::unique_ptr<Database>> openServer(const QString &address, Mode mode,
                                                        const QString &connection, bool worker);
    Status reopenServer();
    Status serverTransaction(const std::function<Status()> &work);
    Status migrateServer();
    Status reopen(bool createdNow);
    Status openReadOnly();
    Status configure();
    Status checkAfterUncleanStop(bool logLeftBefore);
    Status quickCheck();
    Status migrate();

    QString m_path;
    QString m_connection;
    Backend m_backend = Backend::SQLite;
    // On a server: whether an empty database may be given the schema (Mode::OpenOrCreate).
    bool m_mayCreateSchema = false;
    QString m_preUpgradeCopy;
    QString m_preUpgradeBackup;
    QString m_preUpgradeBackupProblem;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_checkedAtOpen = false;
    // Set once the file was found to be a tracker and opened: only then is it written to.
    bool m_ready = false;
    // On a server: what another desk changed, told by the server (made by dataVersion()).
    mutable std::unique_ptr<ServerNotifications> m_notifications;
};

} // namespace enc
