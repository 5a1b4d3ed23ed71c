#include "Database.h"

#include "Backup.h"
#include "DatabaseFile.h"
#include "Migrations.h"
#include "OpenDatabases.h"
#include "PageCache.h"
#include "PrivateFile.h"
#include "ServerConnection.h"
#include "ServerNotifications.h"
#include "Sql.h"
#include "SqliteRaw.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace enc {

namespace {

constexpr int BusyTimeoutMs = 10000;
// Further tries at BEGIN after the busy timeout ran out, before the user is told.
constexpr int BusyRetries = 2;
// SQLite's default: a commit that leaves the WAL at this many pages or more checkpoints.
constexpr int AutoCheckpointPages = 1000;

QAtomicInteger<qint64> s_busyRetries;

// SQLITE_BUSY, or one of its extended codes (recovery, snapshot, timeout).
bool isBusy(const QSqlQuery &q)
{
    bool ok = false;
    const int code = q.lastError().nativeErrorCode().toInt(&ok);
    return ok && (code & 0xFF) == 5;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("encompass-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString pragmaText(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

Database::Database(QString path, QString connection, Backend backend)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_backend(backend)
{
    // SQLite-only: a server's address is not a file whose locks this process could drop.
    if (m_backend == Backend::SQLite)
        OpenDatabases::add(m_path);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // Keeps the planner's statistics current (cheap; SQLite's advice on close). Never
            // on a file that was refused: it may be another program's.
            // SQLite-only: the server's autovacuum keeps its statistics.
            if (m_ready && !m_readOnly && m_backend == Backend::SQLite)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (m_backend == Backend::SQLite)
        OpenDatabases::remove(m_path);
}

bool Database::isServerAddress(const QString &text)
{
    return Dialect::isServerAddress(text);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("encompass.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    if (Dialect::isServerAddress(path))
        return openServer(path, mode, nextConnectionName(), false);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.trimmed().isEmpty())
        return R::failure(tr("No database file was given."));
    if (!info.absoluteDir().exists()) {
        return R::failure(tr("Cannot open %1: the folder %2 does not exist.")
                              .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!info.exists() && mode != Mode::OpenOrCreate)
        return R::failure(tr("There is no database at %1.").arg(shown));
    DatabaseFile::listenForRecovery();
    // Nothing is written to a file that is there until it is known to be a tracker.
    if (Status s = DatabaseFile::checkBeforeOpen(path); !s)
        return s.error();
    const bool create = !info.exists();
    if (create) {
        // Special-category data: owner-only from the first byte (made with those permissions).
        auto file = PrivateFile::create(path);
        if (!file)
            return file.error();
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    database->m_readOnly = mode == Mode::ReadOnly;
    Status s = database->m_readOnly ? database->openReadOnly() : database->reopen(create);
    if (!s) {
        // A damaged file keeps its log (and so the check at the next open) as it is.
        if (refusalOf(s.error()) == Refusal::Damaged)
            DatabaseFile::leaveAsItIsOnClose(database->sql());
        if (create) {
            // Nothing is left behind where there was nothing.
            const QString created = database->m_path;
            database.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal")})
                QFile::remove(created + suffix);
        }
        return s.error();
    }
    return R(std::move(database));
}

Result<std::unique_ptr<Database>> Database::openWorker(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (Dialect::isServerAddress(path))
        return openServer(path, Mode::OpenExisting, nextConnectionName(), true);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile())
        return R::failure(tr("There is no database at %1.").arg(shown));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return R::failure(tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    }
    if (Status s = database->configure(); !s)
        return s.error();
    if (database->schemaVersion() != SchemaVersion) {
        return R::failure(tr("Cannot open %1: its schema is version %2, this program's is %3.")
                              .arg(shown)
                              .arg(database->schemaVersion())
                              .arg(SchemaVersion));
    }
    return R(std::move(database));
}

void Database::close()
{
    QSqlDatabase db = sql();
    if (db.isOpen())
        db.close();
}

Status Database::reopen(bool createdNow)
{
    m_preUpgradeCopy.clear();
    m_preUpgradeBackup.clear();
    m_preUpgradeBackupProblem.clear();
    m_depth = 0;
    m_ready = false;
    m_checkedAtOpen = false;
    if (m_backend == Backend::PostgreSQL)
        return reopenServer();
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = sql();
    const bool logLeft = !db.isOpen() && DatabaseFile::hasPendingLog(m_path);
    if (!db.isOpen() && !db.open())
        return Status::failure(tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    // Reads only, until the file is known to be a sound tracker this connection can write:
    // SQLite's header, the application id, the list of tables (and below, the schema version).
    // Nothing here reads more pages as the file grows; the whole-file check runs only when the
    // last program to use the file stopped without closing it (else: QuickCheck, `check`).
    if (Status s = DatabaseFile::identify(db, m_path, createdNow); !s)
        return s;
    if (Status s = checkAfterUncleanStop(logLeft); !s)
        return s;
    if (DatabaseFile::connectionIsReadOnly(db)) {
        return DatabaseFile::refused(
            Refusal::ReadOnly,
            tr("%1 is read-only: it was opened read-only, so the tracker cannot save to it. Copy "
               "it somewhere you can write to, or ask for write access to it.")
                .arg(shown));
    }
    if (Status s = configure(); !s)
        return s;
    if (Status s = migrate(); !s)
        return s;
    m_ready = true;
    return {};
}

Status Database::openReadOnly()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = sql();
    const bool logLeft = DatabaseFile::hasPendingLog(m_path);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return Status::failure(tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    Status s = DatabaseFile::identify(db, m_path, false);
    if (!s && refusalOf(s.error()) == Refusal::ReadOnly && !DatabaseFile::hasPendingLog(m_path)) {
        // A read-only folder: SQLite cannot make the -shm file a WAL database needs. With no
        // log beside it the file holds every commit, and can be read as it stands.
        db.close();
        db.setDatabaseName(DatabaseFile::immutableUri(m_path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open())
            return Status::failure(tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
        s = DatabaseFile::identify(db, m_path, false);
    }
    if (!s)
        return s;
    if (Status q = checkAfterUncleanStop(logLeft); !q)
        return q;
    if (const int version = schemaVersion(); version != SchemaVersion) {
        return Status::failure(tr("%1 can only be read, and its schema (version %2) is not this "
                                  "version's (%3): copy it somewhere you can write to and open "
                                  "it there.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(SchemaVersion));
    }
    m_ready = true;
    return {};
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status Database::checkAfterUncleanStop(bool logLeftBefore)
{
    if (!DatabaseFile::recoveredAfterStop(m_path, logLeftBefore))
        return {};
    m_checkedAtOpen = true;
    return quickCheck();
}

Status Database::quickCheck()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery q(sql());
    // Busy, read-only and damaged are told apart: only SQLite's own checks say "damaged".
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return DatabaseFile::failure(m_path, q);
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        return DatabaseFile::failure(m_path, q);
    if (problems != QStringList{QStringLiteral("ok")}) {
        return DatabaseFile::refused(
            Refusal::Damaged, tr("%1 is damaged (%2). Restore it from a backup.")
                                  .arg(shown, problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    return {};
}

Status Database::configure()
{
    const QSqlDatabase db = sql();
    const QString shown = QDir::toNativeSeparators(m_path);
    struct Pragma
    {
        QString set;
        QString read;
        QString expected;
    };
    const QList<Pragma> pragmas = {
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA journal_mode"),
         QStringLiteral("wal")},
        {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
        {QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs),
         QStringLiteral("PRAGMA busy_timeout"), QString::number(BusyTimeoutMs)},
        // FULL: a committed decision survives a power cut, even in WAL mode.
        {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA synchronous"),
         QStringLiteral("2")},
        // A 16 MiB page cache (filled only as pages are read): the agenda, the dashboard and
        // the escalation pass reread the same pages, and SQLite's default 2 MiB cache sent
        // each reread back to the operating system. 64 MiB was hardly faster (within 5% on
        // the county benchmarks) and, one per connection (the window's and each worker's),
        // held the window at 200 MiB.
        {QStringLiteral("PRAGMA cache_size=-%1").arg(PageCache::UsualKiB),
         QStringLiteral("PRAGMA cache_size"), QString::number(-PageCache::UsualKiB)},
        // Statement journals in memory. A statement that writes many rows and may fail half-way
        // (a multi-row INSERT with foreign keys: the import's) keeps the old image of every
        // page it changes, to undo itself alone. On disk that was a temporary file: 62,000
        // writes for a 10,000-row import. Temporary tables here are a few ids.
        {QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA temp_store"),
         QStringLiteral("2")},
    };
    for (const Pragma &p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(p.set))
            return DatabaseFile::failure(m_path, q);
        const QString got = pragmaText(db, p.read);
        if (got != p.expected) {
            return Status::failure(tr("Cannot use %1: the database would not accept \"%2\" "
                                      "(it answered \"%3\"). Is the file on a read-only or "
                                      "network drive?")
                                       .arg(shown, p.set, got));
        }
    }
    return {};
}

Status Database::migrate()
{
    QSqlDatabase db = sql();
    const QString shown = QDir::toNativeSeparators(m_path);
    // identify() has refused any file that is not a tracker (or new).
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        return Status::failure(tr("%1 was written by a newer version of Encompass Tracker "
                                  "(schema %2; this version reads up to schema %3). "
                                  "Install the newer version to open it.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(SchemaVersion));
    }
    if (version == SchemaVersion)
        return {};

    if (version > 0) {
        // Keep the file as it was before the upgrade, next to it (always local, so an
        // unreachable backup folder never stops the upgrade).
        const QDateTime now = QDateTime::currentDateTime();
        m_preUpgradeCopy = m_path + QStringLiteral(".schema%1-%2.bak")
                                        .arg(version)
                                        .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
        {
            // VACUUM INTO accepts an empty file: created owner-only, it stays so.
            auto file = PrivateFile::create(m_preUpgradeCopy);
            if (!file) {
                return Status::failure(tr("Cannot upgrade %1: the copy kept before an upgrade "
                                          "could not be written (%2).")
                                           .arg(shown, file.errorText()));
            }
        }
        auto copy = Sql::run(db, QStringLiteral("VACUUM INTO :file"),
                             {{QStringLiteral("file"), m_preUpgradeCopy}});
        if (!copy) {
            QFile::remove(m_preUpgradeCopy);
            return Status::failure(tr("Cannot upgrade %1: the copy kept before an upgrade "
                                      "could not be written (%2).")
                                       .arg(shown, copy.errorText()));
        }
        // And a backup into the backup folder, when one is set: the copy above is on the
        // same disk as the database.
        const QString folder = Backup::folder(*this);
        if (!folder.isEmpty()) {
            m_preUpgradeBackupProblem = Backup::folderProblem(folder);
            if (m_preUpgradeBackupProblem.isEmpty()) {
                const QString target =
                    QDir(folder).filePath(BackupRotation::preUpgradeName(now, version));
                if (Status s = Backup::write(*this, target); s)
                    m_preUpgradeBackup = target;
                else
                    m_preUpgradeBackupProblem = s.errorText();
            }
        }
    }

    return transaction([&]() -> Status {
        for (int step = version + 1; step <= SchemaVersion; ++step) {
            if (Status s = Migrations::apply(db, step); !s) {
                return Status::failure(tr("Cannot upgrade %1 to schema %2: %3")
                                           .arg(shown)
                                           .arg(step)
                                           .arg(s.errorText()));
            }
            QSqlQuery q(db);
            // Integers only: PRAGMA values cannot be bound.
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(step)))
                return Status::failure(Sql::errorText(q));
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)))
            return Status::failure(Sql::errorText(q));
        return {};
    });
}

qint64 Database::busyRetries()
{
    return s_busyRetries.loadRelaxed();
}

int Database::schemaVersion() const
{
    if (m_backend == Backend::PostgreSQL) {
        // Asked first, so that an empty database's missing table fails no statement (a failed
        // statement would end the transaction it is in).
        if (pragmaText(sql(), QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
                .compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
            return 0;
        return pragmaText(sql(), QStringLiteral("SELECT version FROM schema_version")).toInt();
    }
    return pragmaText(sql(), QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 Database::dataVersion() const
{
    if (m_backend == Backend::PostgreSQL) {
        if (!m_notifications)
            m_notifications = std::make_unique<ServerNotifications>(m_connection);
        return m_notifications->version();
    }
    return pragmaText(sql(), QStringLiteral("PRAGMA data_version")).toLongLong();
}

// deferCheckpoint, checkpoint and leaveCheckpointToNextWriter are SQLite-only (its write-ahead
// log and file): nothing to do on a server.
Status Database::deferCheckpoint()
{
    if (m_backend == Backend::PostgreSQL)
        return {};
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        return Status::failure(Sql::errorText(q));
    return {};
}

Status Database::checkpoint()
{
    if (m_backend == Backend::PostgreSQL)
        return {};
    QSqlQuery q(sql());
    Status result;
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        result = Status::failure(Sql::errorText(q));
    } else if (q.value(0).toInt() != 0 || q.value(2).toLongLong() < q.value(1).toLongLong()) {
        // PASSIVE stops at pages a reader on another connection may still need.
        result = Status::failure(tr("%1 of %2 pages were copied into the file; another "
                                    "connection was reading, so the rest follows later")
                                     .arg(q.value(2).toLongLong())
                                     .arg(q.value(1).toLongLong()));
    }
    q.finish();
    // Back on whatever happened above.
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(AutoCheckpointPages)) && result)
        result = Status::failure(Sql::errorText(q));
    return result;
}

Status Database::leaveCheckpointToNextWriter()
{
    sqlite3 *handle = sqlite::handle(sql());
    if (!handle)
        return {};
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = sql();
    if (m_depth > 0) {
        ++m_depth;
        Status s = work();
        --m_depth;
        return s;
    }
    if (m_backend == Backend::PostgreSQL)
        return serverTransaction(work);
    // IMMEDIATE takes the write lock up front, so two desks wait in turn (busy timeout)
    // instead of one failing half-way through when its read lock cannot be upgraded.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery begin(db);
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            break;
        // The busy timeout has already waited 10 s for the other desk (a long import, say):
        // wait a little more before telling the user, rather than failing at once.
        if (!isBusy(begin)) {
            return Status::failure(
                tr("The change could not be started: %1").arg(Sql::errorText(begin)));
        }
        if (attempt >= BusyRetries) {
            return Status::failure(tr("The database is busy (another desk is saving). "
                                      "Try again in a moment. (%1)")
                                       .arg(Sql::errorText(begin)));
        }
        s_busyRetries.fetchAndAddRelaxed(1);
        QThread::msleep(250 * (attempt + 1));
    }
    ++m_depth;
    Status s = work();
    --m_depth;
    QSqlQuery end(db);
    if (s) {
        if (end.exec(QStringLiteral("COMMIT")))
            return s;
        s = Status::failure(tr("The change could not be saved: %1").arg(Sql::errorText(end)));
    }
    end.exec(QStringLiteral("ROLLBACK"));
    return s;
}

Status Database::beginSnapshot()
{
    if (m_backend == Backend::PostgreSQL)
        return Sql::exec(sql(), QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    return Sql::exec(sql(), QStringLiteral("BEGIN"));
}

Status Database::beginWrite()
{
    if (m_backend == Backend::SQLite)
        return Sql::exec(sql(), QStringLiteral("BEGIN IMMEDIATE"));
    if (Status s = Sql::exec(sql(), QStringLiteral("BEGIN")); !s)
        return s;
    if (Status s = Sql::exec(sql(), ServerConnection::writerLockStatement()); !s) {
        Sql::exec(sql(), QStringLiteral("ROLLBACK")).ok();
        return s;
    }
    return {};
}

} // namespace enc
