#pragma once

// Checks on a database file before and while Database opens it, so that a file which is not
// a tracker, is busy or is read-only is refused with the true reason and left exactly as it
// was: nothing here writes to the file. Not for use outside core/storage.

#include "Database.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace enc::DatabaseFile {

// The error field that carries why a file was refused (empty for None and Other).
QString fieldOf(Database::Refusal why);
// An error whose field tells Database::refusalOf why the file was refused.
Error refused(Database::Refusal why, const QString &message);

// Before any connection: an existing path must be a file, and not an empty one.
Status checkBeforeOpen(const QString &path);

// The error of a statement that failed while the file was being opened, with its true
// reason: busy, read-only, damaged (only when SQLite says so) or another failure.
Error failure(const QString &path, const QSqlQuery &failed);

// Reads the application id and the list of tables (reads only): refuses a file that is not
// a tracker. A file without tables is a tracker only when this open created it.
Status identify(const QSqlDatabase &db, const QString &path, bool createdNow);

// True when the connection can only read (the file or its folder cannot be written).
bool connectionIsReadOnly(const QSqlDatabase &db);

// True when path has a write-ahead log beside it that holds data not yet in the file.
bool hasPendingLog(const QString &path);

// Listens (from the first call on, for the whole process) for SQLite's notice that opening a
// file recovered the commits of a write-ahead log left behind, or rolled back a journal: the
// sign that the last program to use the file stopped without closing it (a crash, a kill, a
// power cut). False when SQLite was already in use, so that the notice cannot be heard.
bool listenForRecovery();
// Whether the connection just opened on path recovered a log left behind (the notice is
// consumed). Where listenForRecovery() failed: whether logLeftBefore (hasPendingLog() before
// the open), which also holds while another desk has the file open.
bool recoveredAfterStop(const QString &path, bool logLeftBefore);

// Closing the connection will leave the file and its log as they are (no checkpoint into the
// file): for a file that was refused.
void leaveAsItIsOnClose(const QSqlDatabase &db);

// The "file:" URI opening path immutable: for reading a file whose folder is read-only
// (SQLite cannot create the -shm it needs for a WAL database there).
QString immutableUri(const QString &path);

} // namespace enc::DatabaseFile
