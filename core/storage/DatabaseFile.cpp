#include "DatabaseFile.h"

#include "Sql.h"
#include "SqliteRaw.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace enc::DatabaseFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Database", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// SQLite's notices of recovery ("recovered N frames from WAL file PATH-wal", "recovered N
// pages from PATH-journal") not yet claimed by the open that caused them.
QMutex s_recoveredMutex;
QStringList s_recovered;
std::atomic<bool> s_listening{false};

void onSqliteLog(void *, int code, const char *message)
{
    // Called by SQLite with its own mutexes held: no SQLite calls here.
    if (code != SQLITE_NOTICE_RECOVER_WAL && code != SQLITE_NOTICE_RECOVER_ROLLBACK)
        return;
    QMutexLocker lock(&s_recoveredMutex);
    s_recovered << QString::fromUtf8(message);
}

} // namespace

QString fieldOf(Database::Refusal why)
{
    switch (why) {
    case Database::Refusal::NotTracker:
        return QStringLiteral("database:not-tracker");
    case Database::Refusal::Empty:
        return QStringLiteral("database:empty");
    case Database::Refusal::Busy:
        return QStringLiteral("database:busy");
    case Database::Refusal::ReadOnly:
        return QStringLiteral("database:read-only");
    case Database::Refusal::Damaged:
        return QStringLiteral("database:damaged");
    case Database::Refusal::None:
    case Database::Refusal::Other:
        break;
    }
    return {};
}

Error refused(Database::Refusal why, const QString &message)
{
    return Error{message, fieldOf(why)};
}

Status checkBeforeOpen(const QString &path)
{
    const QFileInfo info(path);
    const QString name = shown(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return Status::failure(
            tr("Cannot open %1: it is a folder, not a database file.").arg(name));
    // The size alone (stat): opening and closing the file here would drop the locks another
    // connection of this process holds on it. SQLite itself says when it is not an SQLite file.
    // A tracker another desk has only just created may still be all in its write-ahead log.
    if (info.size() == 0 && !hasPendingLog(path)) {
        return refused(Database::Refusal::Empty,
                       tr("%1 is empty (0 bytes), so it is not an Encompass Tracker database; it "
                          "has been left as it was. To start a new tracker, give the name of a "
                          "file that does not exist yet.")
                           .arg(name));
    }
    return {};
}

Error failure(const QString &path, const QSqlQuery &failed)
{
    const QString name = shown(path);
    const QString why = Sql::errorText(failed);
    bool ok = false;
    const int code = failed.lastError().nativeErrorCode().toInt(&ok) & 0xFF;
    if (ok && code == SQLITE_BUSY) {
        return refused(
            Database::Refusal::Busy,
            tr("Another program is using %1 (%2); try again in a moment.").arg(name, why));
    }
    if (ok &&
        (code == SQLITE_READONLY || code == SQLITE_PERM ||
         (code == SQLITE_CANTOPEN && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()))) {
        return refused(Database::Refusal::ReadOnly,
                       tr("%1 is read-only (the file or its folder cannot be written to: %2). "
                          "Copy it somewhere you can write to, or ask for write access.")
                           .arg(name, why));
    }
    if (ok && code == SQLITE_NOTADB) {
        return refused(Database::Refusal::NotTracker,
                       tr("%1 is not an Encompass Tracker database (it is not an SQLite file): "
                          "choose another file.")
                           .arg(name));
    }
    if (ok && code == SQLITE_CORRUPT) {
        return refused(
            Database::Refusal::Damaged,
            tr("%1 is damaged and cannot be read (%2). Restore it from a backup.").arg(name, why));
    }
    return Error{tr("Cannot read %1: %2").arg(name, why), QString()};
}

Status identify(const QSqlDatabase &db, const QString &path, bool createdNow)
{
    const QString name = shown(path);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return failure(path, q);
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return failure(path, q);
    const qint64 objects = q.value(0).toLongLong();
    if (appId == Database::ApplicationId)
        return {};
    if (appId != 0) {
        return refused(Database::Refusal::NotTracker,
                       tr("%1 is not an Encompass Tracker database (it belongs to another "
                          "program): choose another file.")
                           .arg(name));
    }
    if (objects > 0) {
        return refused(Database::Refusal::NotTracker,
                       tr("%1 is not an Encompass Tracker database (it holds other tables): "
                          "choose another file.")
                           .arg(name));
    }
    if (createdNow)
        return {};
    return refused(Database::Refusal::Empty,
                   tr("%1 is an empty SQLite database, not an Encompass Tracker database; it has "
                      "been left as it was. To start a new tracker, give the name of a file that "
                      "does not exist yet.")
                       .arg(name));
}

bool connectionIsReadOnly(const QSqlDatabase &db)
{
    sqlite3 *handle = sqlite::handle(db);
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

bool hasPendingLog(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

bool listenForRecovery()
{
    static const bool listening = [] {
        // SQLite accepts a log only before its first use in the process (SQLITE_MISUSE after).
        const bool ok = sqlite3_config(SQLITE_CONFIG_LOG, &onSqliteLog, nullptr) == SQLITE_OK;
        s_listening = ok;
        return ok;
    }();
    return listening;
}

bool recoveredAfterStop(const QString &path, bool logLeftBefore)
{
    if (!s_listening)
        return logLeftBefore;
    const QFileInfo info(path);
    QStringList names;
    for (const QString &file : {info.absoluteFilePath(), info.canonicalFilePath()}) {
        if (!file.isEmpty())
            names << file + QStringLiteral("-wal") << file + QStringLiteral("-journal");
    }
    QMutexLocker lock(&s_recoveredMutex);
    bool found = false;
    for (auto it = s_recovered.begin(); it != s_recovered.end();) {
        const bool ours = std::any_of(names.cbegin(), names.cend(),
                                      [&](const QString &name) { return it->endsWith(name); });
        found = found || ours;
        it = ours ? s_recovered.erase(it) : it + 1;
    }
    return found;
}

void leaveAsItIsOnClose(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqlite::handle(db))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

QString immutableUri(const QString &path)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("immutable=1"));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace enc::DatabaseFile

namespace enc {

Database::Refusal Database::refusalOf(const Error &error)
{
    for (const Refusal why : {Refusal::NotTracker, Refusal::Empty, Refusal::Busy, Refusal::ReadOnly,
                              Refusal::Damaged}) {
        if (error.field == DatabaseFile::fieldOf(why))
            return why;
    }
    return Refusal::Other;
}

} // namespace enc
