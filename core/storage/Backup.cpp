#include "Backup.h"

#include "Access.h"
#include "Audit.h"
#include "Database.h"
#include "Dialect.h"
#include "EncryptedBackup.h"
#include "OpenDatabases.h"
#include "PrivateFile.h"
#include "Sql.h"
#include "SqliteRaw.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Backup", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Pages copied per step: small enough for a smooth progress bar.
constexpr int PagesPerStep = 256;

using sqlite::Connection;
using sqlite::scalar;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return sqlite::handle(db);
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

Result<Backup::Rotated> rotate(Backup::Rotated result, const QString &folder)
{
    const QDir dir(folder);
    // A backup cut off (power cut, drive unplugged) leaves a .partial file: gone after a day.
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &partial :
         dir.entryInfoList({QStringLiteral("encompass-*.sqlite.partial-*")}, QDir::Files)) {
        if (partial.lastModified() < dayAgo)
            QFile::remove(partial.absoluteFilePath());
    }
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString &name : BackupRotation::toDelete(names)) {
        if (QFile::remove(QDir(folder).filePath(name)))
            result.deleted << name;
    }
    return result;
}

} // namespace

Status Backup::writeFromHandle(sqlite3 *source, const QString &target, const Progress &progress)
{
    const QString shownTarget = shown(target);
    if (Status s = OpenDatabases::refuse(target); !s)
        return s;
    if (!source)
        return Status::failure(tr("Cannot back up: the database is not open."));
    const QString partial = PrivateFile::partialPath(target);
    {
        // Created owner-only before SQLite opens it; its journal takes the same permissions.
        auto file = PrivateFile::create(partial);
        if (!file)
            return file.error();
    }
    auto fail = [&](const QString &why) {
        removeWithJournal(partial);
        return Status::failure(tr("Cannot write the backup %1: %2").arg(shownTarget, why));
    };
    {
        Connection dest;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest.db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK)
            return fail(dest.error());
        sqlite3_backup *backup = sqlite3_backup_init(dest.db, "main", source, "main");
        if (!backup)
            return fail(dest.error());
        int pages = PagesPerStep;
        int lastRemaining = -1;
        int restarts = 0;
        int busy = 0;
        int rc;
        do {
            rc = sqlite3_backup_step(backup, pages);
            const int remaining = sqlite3_backup_remaining(backup);
            const int total = sqlite3_backup_pagecount(backup);
            // Another desk's commit restarts the copy; after a few, copy in one step.
            if (lastRemaining >= 0 && remaining > lastRemaining && ++restarts >= 3)
                pages = -1;
            lastRemaining = remaining;
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                // Each step has waited the busy timeout already: a minute in all is enough.
                if (++busy > 1200) {
                    sqlite3_backup_finish(backup);
                    return fail(tr("the database stayed busy (another desk is saving); try "
                                   "again in a moment"));
                }
                sqlite3_sleep(50);
            } else {
                busy = 0;
            }
            if (progress && !progress(total - remaining, total)) {
                sqlite3_backup_finish(backup);
                return fail(tr("cancelled"));
            }
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        const int finished = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finished != SQLITE_OK)
            return fail(dest.error());
        // The copy is a file of its own (no -wal beside it), checked before it is kept.
        QString check;
        if (!scalar(dest.db, "PRAGMA quick_check", &check) || check != QLatin1String("ok"))
            return fail(tr("the copy does not pass its check (%1)").arg(check));
        QString mode;
        if (!scalar(dest.db, "PRAGMA journal_mode=DELETE", &mode) ||
            mode != QLatin1String("delete"))
            return fail(dest.error());
    }
    if (Status s = PrivateFile::replace(partial, target); !s)
        return fail(s.errorText());
    return {};
}

Status Backup::write(const Database &db, const QString &target, const Progress &progress)
{
    if (db.onServer())
        return writeFromServer(db, target, progress);
    return writeFromHandle(handleOf(db.sql()), target, progress);
}

Status Backup::writeFromPath(const QString &dbPath, const QString &target, const Progress &progress)
{
    if (Database::isServerAddress(dbPath)) {
        auto server = Database::openWorker(dbPath);
        if (!server)
            return Status::failure(tr("Cannot back up %1: %2").arg(dbPath, server.errorText()));
        return writeFromServer(**server, target, progress);
    }
    Connection source;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &source.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        return Status::failure(tr("Cannot back up %1: %2").arg(shown(dbPath), source.error()));
    }
    sqlite3_busy_timeout(source.db, 10000);
    return writeFromHandle(source.db, target, progress);
}

QString Backup::folder(const Database &db)
{
    auto v = Sql::scalar(db.sql(), QStringLiteral("SELECT value FROM config WHERE key = :key"),
                         {{QStringLiteral("key"), folderKey()}});
    return v ? v->toString() : QString();
}

Status Backup::setFolder(Database &db, const QString &folder)
{
    const QString path = folder.trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isAbsolute())
            return Status::failure(tr("Give the backup folder as a full path."), folderKey());
        if (!info.isDir())
            return Status::failure(
                tr("The backup folder %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                folderKey());
    }
    const QString before = Backup::folder(db);
    return db.transaction([&]() -> Status {
        if (Status s = Sql::exec(db.sql(),
                                 QStringLiteral("INSERT INTO config (key, value) VALUES (:key, "
                                                ":value) ON CONFLICT(key) DO UPDATE SET value = "
                                                "excluded.value"),
                                 {{QStringLiteral("key"), folderKey()},
                                  {QStringLiteral("value"), QDir::cleanPath(path)}});
            !s)
            return s;
        return Audit::record(db.sql(), QStringLiteral("set-option"), QStringLiteral("config"), 0, 0,
                             {{folderKey(), before}}, {{folderKey(), QDir::cleanPath(path)}});
    });
}

QString Backup::folderProblem(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("No backup folder is set. Choose one in File > Backups.");
    const QFileInfo info(folder);
    const QString where = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return tr("The backup folder %1 cannot be reached (is the network drive connected?).")
            .arg(where);
    if (!info.isDir())
        return tr("The backup folder %1 is not a folder.").arg(where);
    if (!info.isWritable())
        return tr("The backup folder %1 cannot be written to.").arg(where);
    return {};
}

Result<Backup::Rotated> Backup::daily(const QString &dbPath, const QString &folder,
                                      const QDateTime &now, const Progress &progress)
{
    if (const QString problem = folderProblem(folder); !problem.isEmpty())
        return Result<Rotated>::failure(problem);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        // Any rotated backup of today counts, a manual one too.
        if (BackupRotation::parse(name).date() == now.date())
            return rotate({}, folder);
    }
    const QString target = dir.filePath(BackupRotation::dailyName(now.date()));
    if (Status s = writeFromPath(dbPath, target, progress); !s)
        return s.error();
    return rotate({target, {}}, folder);
}

Result<Backup::Rotated> Backup::manual(const QString &dbPath, const QString &folder,
                                       const QDateTime &now, const Progress &progress)
{
    if (const QString problem = folderProblem(folder); !problem.isEmpty())
        return Result<Rotated>::failure(problem);
    // Never in place of another backup: a second one within the same second gets a number.
    QString target = QDir(folder).filePath(BackupRotation::manualName(now));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(BackupRotation::manualName(now, n));
    if (Status s = writeFromPath(dbPath, target, progress); !s)
        return s.error();
    return rotate({target, {}}, folder);
}

QDateTime Backup::lastBackup(const QString &folder)
{
    QDateTime newest;
    if (folder.isEmpty())
        return newest;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("encompass-*.sqlite")}, QDir::Files)) {
        const QDateTime at = QFileInfo(dir.filePath(name)).lastModified();
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    return newest;
}

Status Backup::recordBackup(Database &db, const QString &file, bool encrypted)
{
    return Audit::record(db.sql(), QStringLiteral("backup"), QStringLiteral("database"), 0, 0, {},
                         {{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                          {QStringLiteral("encrypted"), encrypted}});
}

Status Backup::recordRestore(Database &db, const QString &backup, const QString &aside,
                             int schemaVersion)
{
    return Audit::record(db.sql(), QStringLiteral("restore"), QStringLiteral("database"), 0, 0,
                         {{QStringLiteral("kept_at"), QDir::toNativeSeparators(aside)}},
                         {{QStringLiteral("backup"), QDir::toNativeSeparators(backup)},
                          {QStringLiteral("schema_version"), schemaVersion}});
}

Backup::Prepared::Prepared(Prepared &&other) noexcept
    : source(std::move(other.source)), copyPath(std::exchange(other.copyPath, {})),
      encrypted(other.encrypted), info(other.info)
{}

Backup::Prepared &Backup::Prepared::operator=(Prepared &&other) noexcept
{
    if (this != &other) {
        if (!copyPath.isEmpty())
            removeWithJournal(copyPath);
        source = std::move(other.source);
        copyPath = std::exchange(other.copyPath, {});
        encrypted = other.encrypted;
        info = other.info;
    }
    return *this;
}

Backup::Prepared::~Prepared()
{
    if (!copyPath.isEmpty())
        removeWithJournal(copyPath);
}

// A backup is never laid over a server's database: the other desks are using it, and its own
// backups are the server's (pg_dump). Moving a backup's data onto a server is another command.
QString Backup::notRestoredOnServer(const QString &address)
{
    // Named as the tracker shows it: a password in the address is not repeated.
    const auto parsed = Dialect::parseServerAddress(address);
    return tr("A backup is not restored onto a server database (%1): the other desks are using "
              "it, and the server's own backups (pg_dump) are its administrator's. To move a "
              "backup's data onto a server, make an empty database there and run: "
              "encompass-cli --db ADDRESS server import-from BACKUP (with --passphrase-file "
              "for an encrypted one). Nothing was changed.")
        .arg(parsed ? parsed->shown : tr("the server"));
}

Result<Backup::Prepared> Backup::prepareRestore(const QString &backupPath, const QString &dbPath,
                                                const QString &passphrase)
{
    using R = Result<Prepared>;
    if (Database::isServerAddress(dbPath))
        return R::failure(notRestoredOnServer(dbPath));
    const QString name = shown(backupPath);
    const QFileInfo info(backupPath);
    if (!info.exists())
        return R::failure(tr("There is no file at %1.").arg(name));
    if (info.isDir())
        return R::failure(tr("%1 is a folder, not a backup file.").arg(name));
    if (info.absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath())
        return R::failure(tr("%1 is the database itself, not a backup of it.").arg(name));
    if (Status s = OpenDatabases::refuse(backupPath); !s)
        return s.error();

    Prepared prepared;
    prepared.source = info.absoluteFilePath();
    prepared.encrypted = EncryptedBackup::looksEncrypted(backupPath);
    // Beside the database, so the final step is a rename on the same drive.
    const QString copy =
        PrivateFile::partialPath(QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".restore"));
    if (prepared.encrypted) {
        if (passphrase.isEmpty())
            return R::failure(tr("%1 is encrypted: give its passphrase.").arg(name),
                              QStringLiteral("passphrase"));
        if (Status s = EncryptedBackup::decryptFile(backupPath, copy, passphrase); !s)
            return s.error();
    } else {
        QFile in(backupPath);
        if (!in.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(name, in.errorString()));
        auto out = PrivateFile::create(copy);
        if (!out)
            return out.error();
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || (*out)->write(chunk) != chunk.size()) {
                (*out)->close();
                QFile::remove(copy);
                return R::failure(
                    tr("Cannot copy %1 beside the database: %2").arg(name, (*out)->errorString()));
            }
        }
        if (Status s = PrivateFile::syncAndClose(**out); !s) {
            QFile::remove(copy);
            return s.error();
        }
    }
    prepared.copyPath = copy;
    auto checked = inspect(copy, name);
    if (!checked)
        return checked.error();
    prepared.info = *checked;
    {
        // A copy of a live file may still say WAL: make it a file of its own.
        Connection c;
        QString mode;
        if (sqlite3_open_v2(QFile::encodeName(copy).constData(), &c.db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK ||
            !scalar(c.db, "PRAGMA journal_mode=DELETE", &mode))
            return R::failure(tr("%1 cannot be prepared for restoring: %2").arg(name, c.error()));
    }
    return prepared;
}

namespace {

QString asidePath(const QString &current, const QDateTime &now)
{
    const QString stem = current + QStringLiteral(".before-restore-") +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = stem + QStringLiteral("-%1").arg(n);
    return aside;
}

// Copies the file at sourcePath over the live database behind dest in one write transaction
// (SQLite's online backup API): every other connection, on this desk or another, sees it as
// a commit. On failure the transaction is rolled back and dest is unchanged.
Status copyInto(sqlite3 *dest, const QString &sourcePath, bool *pageSizeDiffers)
{
    *pageSizeDiffers = false;
    Connection source;
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return Status::failure(source.error());
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source.db, "main");
    if (!backup)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(dest)));
    int rc;
    int busy = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (++busy > 1200)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    // A database in WAL mode takes a copy only with the same page size.
    *pageSizeDiffers = rc == SQLITE_READONLY;
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(dest)));
    return {};
}

} // namespace

Result<QString> Backup::replaceFile(Prepared &prepared, const QString &dbPath, const QDateTime &now)
{
    using R = Result<QString>;
    if (prepared.copyPath.isEmpty() || !QFile::exists(prepared.copyPath))
        return R::failure(tr("The backup was not prepared for restoring."));
    const QString current = QFileInfo(dbPath).absoluteFilePath();
    QString aside;
    QStringList moved; // suffixes moved aside, to put back on failure
    if (QFile::exists(current)) {
        aside = asidePath(current, now);
        // The file and its -wal go together: the -wal may hold its last commits.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!QFile::exists(current + suffix))
                continue;
            if (Status s = PrivateFile::replace(current + suffix, aside + suffix); !s) {
                for (const QString &back : moved)
                    (void)PrivateFile::replace(aside + back,
                                               current + back); // best effort: putting back
                return s.error();
            }
            moved << suffix;
        }
    }
    if (Status s = PrivateFile::replace(prepared.copyPath, current); !s) {
        for (const QString &back : moved)
            (void)PrivateFile::replace(aside + back, current + back); // best effort: putting back
        return s.error();
    }
    prepared.copyPath.clear();
    return aside;
}

Result<QString> Backup::restore(Database &db, Prepared &prepared, const QDateTime &now)
{
    using R = Result<QString>;
    if (db.onServer())
        return R::failure(notRestoredOnServer(db.path()));
    if (Status s = Access::require(db.sql(), Access::Right::Roles, tr("restoring a backup")); !s)
        return s.error();
    const QString path = db.path();
    if (prepared.copyPath.isEmpty() || !QFile::exists(prepared.copyPath))
        return R::failure(tr("The backup was not prepared for restoring."));

    // The current data, kept aside as a consistent copy while it is still open.
    const QString aside = asidePath(path, now);
    bool pageSizeDiffers = false;
    if (Status kept = write(db, aside); kept) {
        sqlite3 *live = handleOf(db.sql());
        if (Status s = copyInto(live, prepared.copyPath, &pageSizeDiffers); !s) {
            removeWithJournal(aside);
            if (!pageSizeDiffers) {
                return R::failure(tr("The backup could not be restored (%1). Nothing was changed.")
                                      .arg(s.errorText()));
            }
        } else {
            removeWithJournal(prepared.copyPath);
            prepared.copyPath.clear();
            // Opened again so that its checks and any upgrade run on the restored data.
            db.close();
            if (Status opened = db.reopen(); !opened) {
                // Put the data kept aside back the same way.
                bool ignored = false;
                Status back = db.sql().isOpen() ? copyInto(handleOf(db.sql()), aside, &ignored)
                                                : Status::failure(opened.errorText());
                db.close();
                Status again = db.reopen();
                if (!back || !again) {
                    return R::failure(
                        tr("The backup could not be opened after restoring (%1). "
                           "The data as it was is kept at %2.")
                            .arg(opened.errorText(), QDir::toNativeSeparators(aside)));
                }
                return R::failure(tr("The backup could not be opened after restoring (%1); the "
                                     "database is as it was.")
                                      .arg(opened.errorText()));
            }
            if (Status logged =
                    recordRestore(db, prepared.source, aside, prepared.info.schemaVersion);
                !logged) {
                return R::failure(
                    tr("The backup was restored, but the restore could not be logged: %1")
                        .arg(logged.errorText()));
            }
            return aside;
        }
    }

    // The current file cannot be copied (damaged), or the page sizes differ: replace the file
    // itself. Other desks must have closed the tracker (the confirmation says so).
    db.close();
    auto moved = replaceFile(prepared, path, now);
    if (!moved) {
        if (Status s = db.reopen(); !s)
            return R::failure(moved.errorText() + QLatin1Char(' ') + s.errorText());
        return moved;
    }
    if (Status s = db.reopen(); !s) {
        // The restored file would not open: put the current one back.
        db.close();
        removeWithJournal(path);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(*moved + suffix))
                (void)PrivateFile::replace(*moved + suffix,
                                           path + suffix); // best effort: putting back
        }
        if (Status again = db.reopen(); !again)
            return R::failure(s.errorText() + QLatin1Char(' ') + again.errorText());
        return R::failure(tr("The backup could not be opened after restoring (%1); the database "
                             "is as it was.")
                              .arg(s.errorText()));
    }
    if (Status s = recordRestore(db, prepared.source, *moved, prepared.info.schemaVersion); !s) {
        return R::failure(tr("The backup was restored, but the restore could not be logged: %1")
                              .arg(s.errorText()));
    }
    return moved;
}

} // namespace enc
