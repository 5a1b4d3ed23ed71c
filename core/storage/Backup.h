#pragma once

#include "Result.h"
#include "storage/BackupRotation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace enc {

class Database;

// Backups of the tracker database: consistent copies written with SQLite's online backup API
// while the database is open, kept in rotation in a folder of the user's choice, and restored
// after checking them. SQLite-specific code stays in core/storage.
class Backup
{
public:
    // The config key holding the backup folder.
    static QString folderKey() { return QStringLiteral("backup.folder"); }

    // Called with pages copied and the total; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Writes a copy of the open database to target (owner-only, written beside it and renamed
    // into place, so target is complete or untouched).
    static Status write(const Database &db, const QString &target, const Progress &progress = {});
    // The same from a database on a server: one consistent snapshot of it copied, ids kept,
    // into a new SQLite file at this schema version (write() and writeFromPath() come here for
    // a server).
    static Status writeFromServer(const Database &db, const QString &target,
                                  const Progress &progress = {});
    // Where an encrypted backup's plain copy is written before it is sealed: beside the file,
    // or for a server in the user's own data folder; never where the sealed copy goes.
    static QString plainCopyPath(const Database &db);
    // The same through a connection of its own to dbPath (for a worker thread).
    static Status writeFromPath(const QString &dbPath, const QString &target,
                                const Progress &progress = {});
    // The same from a raw connection (Database's own, during an upgrade).
    static Status writeFromHandle(sqlite3 *source, const QString &target,
                                  const Progress &progress = {});

    // The folder set for backups, empty when none is set.
    static QString folder(const Database &db);
    // Sets the backup folder (it must exist); the change is audited.
    static Status setFolder(Database &db, const QString &folder);
    // Empty when the folder can take a backup, else the reason, written for the user.
    static QString folderProblem(const QString &folder);

    struct Rotated
    {
        QString written;     // path of the backup written; empty when today's was already there
        QStringList deleted; // names removed by the rotation
    };
    // The automatic backup: writes encompass-<date>.sqlite into folder unless a backup
    // of that day is already there, then rotates (7 daily, 4 weekly, 12 monthly).
    static Result<Rotated> daily(const QString &dbPath, const QString &folder, const QDateTime &now,
                                 const Progress &progress = {});
    // A manual backup into folder now (encompass-<date>-<time>.sqlite), then rotates.
    static Result<Rotated> manual(const QString &dbPath, const QString &folder,
                                  const QDateTime &now, const Progress &progress = {});
    // The newest backup in folder (rotated or taken before an upgrade); invalid when none.
    static QDateTime lastBackup(const QString &folder);

    // Logs a backup written by hand (or encrypted) in the audit trail: every export is logged.
    static Status recordBackup(Database &db, const QString &file, bool encrypted);
    // Logs a restore in the restored database's audit trail.
    static Status recordRestore(Database &db, const QString &backup, const QString &aside,
                                int schemaVersion);

    // What a backup file holds, once it has been checked.
    struct Info
    {
        int schemaVersion = 0;
        qint64 children = -1; // -1 when it could not be counted
        qint64 bytes = 0;
    };
    // Checks a plain (decrypted) backup: an SQLite file of ours, integrity_check ok and a
    // schema this version can read. The message names the file and says what is wrong.
    static Result<Info> inspect(const QString &path, const QString &shownName = {});

    // Why a backup is not restored onto a server database at address, and what to do instead.
    static QString notRestoredOnServer(const QString &address);

    // A backup checked and copied beside the database, ready to replace it.
    class Prepared
    {
    public:
        Prepared() = default;
        Prepared(Prepared &&other) noexcept;
        Prepared &operator=(Prepared &&other) noexcept;
        Prepared(const Prepared &) = delete;
        Prepared &operator=(const Prepared &) = delete;
        ~Prepared(); // removes the copy when it was not used

        QString source;   // the backup file chosen
        QString copyPath; // the checked copy beside the database
        bool encrypted = false;
        Info info;
    };
    // Decrypts (when encrypted) or copies the backup beside dbPath and checks it. Nothing
    // else is touched; a wrong passphrase or a bad file gives a message and no copy.
    static Result<Prepared> prepareRestore(const QString &backupPath, const QString &dbPath,
                                           const QString &passphrase = {});
    // Replaces the closed database file at dbPath with the prepared copy; the current file
    // (and its -wal) are kept aside as <file>.before-restore-<time>. Returns that path
    // (empty when there was no database yet).
    static Result<QString> replaceFile(Prepared &prepared, const QString &dbPath,
                                       const QDateTime &now);
    // The same for an open database: closes it, replaces the file, reopens it (checks and
    // upgrades run again). On failure the current file is put back and reopened.
    static Result<QString> restore(Database &db, Prepared &prepared, const QDateTime &now);
};

} // namespace enc
