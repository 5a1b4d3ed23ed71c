#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace enc {

// Which database a connection talks to: a file through SQLite (one desk, the default) or a
// PostgreSQL server (several desks). SQL is written once, to run on both; the few statements
// that must differ ask Dialect. Not for use outside core/storage.
enum class Backend
{
    SQLite,
    PostgreSQL
};

namespace Dialect {

// Where a PostgreSQL database is, read from what --db was given. The password (when the
// address holds one) is used to connect and never shown.
struct ServerAddress
{
    QString host;
    int port = -1;
    QString databaseName;
    QString user;
    QString password;
    // libpq's other keywords (sslmode=require, ...), as "key=value;key=value" for QPSQL.
    QString options;
    // The address for messages and the window's title, and to open further connections
    // (openWorker): a libpq conninfo without the password.
    QString shown;
};

// True when text names a PostgreSQL database rather than a file: a URI (postgresql://,
// postgres://) or a libpq conninfo (host=... dbname=...).
bool isServerAddress(const QString &text);
// The address's parts (libpq's own parser); a message naming the address when it cannot be read.
Result<ServerAddress> parseServerAddress(const QString &text);

// The connection's database, by its Qt driver.
Backend of(const QSqlDatabase &db);
// Qt's driver name for the backend (QSQLITE, QPSQL).
QString driverName(Backend backend);

// A statement of a schema step, written for SQLite, as the backend takes it: one statement
// or more (a trigger is two on the server), none when the step means nothing there (an
// ANALYZE of one index). On PostgreSQL: INTEGER is bigint, an
// INTEGER PRIMARY KEY id a bigint identity column, REAL double precision, BLOB bytea; a
// TEXT column declared COLLATE NOCASE is citext (case-insensitive in comparisons, unique
// constraints and indexes alike, so queries need no lower()); WITHOUT ROWID goes; a trigger
// becomes a PL/pgSQL function and a row trigger calling it.
QStringList schemaStatements(Backend backend, const QString &sqliteStatement);
// What the server needs before the first schema step (the citext extension), in order.
QStringList serverPrelude();

// The statement listing the names of the database's own tables (SQLite's catalogue, or the
// server's for the connection's schema), one per row.
QString tableNamesQuery(Backend backend);
// The type of an autoincrementing id column, with its PRIMARY KEY.
QString idColumnType(Backend backend);
// The type of a column of bytes.
QString bytesType(Backend backend);
// An SQL expression for the current time, UTC, as ISO 8601 text ('2026-12-07T20:57:25Z').
// Prefer binding QDateTime::currentDateTimeUtc() from C++ (the same on both, and testable).
QString nowExpression(Backend backend);
// Booleans are integer columns holding 0 or 1 on both databases (no boolean type on the
// server either), so "escalated = 1" and binding an int read and write the same on both.

// The server's version table (SQLite keeps the version in PRAGMA user_version).
QString versionTable();

// --- Bulk reads and writes of the import and the demo (issue 21) ---

// A subquery listing the values of a bound JSON array (the same JSON text on both databases),
// for "x IN (...)": jsonIds gives integers (for id columns), jsonTexts text. parameter is the
// bound name with its colon (":ids").
QString jsonIds(Backend backend, const QString &parameter);
QString jsonTexts(Backend backend, const QString &parameter);
// A bound JSON array of rows (arrays) as a table named alias, for FROM or JOIN: alias.value is
// a row, alias.value->>N its column N as text (CAST it for an integer column).
QString jsonRows(Backend backend, const QString &parameter, const QString &alias);
// A bound JSON array of texts as a table named alias, for FROM or JOIN: alias.value is text.
QString jsonTextTable(Backend backend, const QString &parameter, const QString &alias);
// SQLite's planner hint " INDEXED BY index" after a table in FROM; nothing on the server,
// whose planner takes no hints.
QString indexedBy(Backend backend, const QString &index);

// --- Reading: the agenda, escalations, reports (core/storage/SqlParts.h reaches these) ---

// A subquery giving the ids in a bound JSON array ('[1,2,3]', the same text on both), for
// "x IN (...)": jsonIds with the parameter named without its colon ("ids").
QString idListRows(Backend backend, const QString &parameter);
// A join whose tables are read in the order written: SQLite's CROSS JOIN (its planner keeps
// the order); a plain JOIN on the server (whose CROSS JOIN takes no ON).
QString joinInOrder(Backend backend);
// The local date (yyyy-MM-dd text) of an expression holding a UTC time as ISO 8601 text
// ('2026-12-07T20:57:25Z'), in this computer's time zone (SQLite's 'localtime').
QString localDate(Backend backend, const QString &utcText);

} // namespace Dialect

} // namespace enc
