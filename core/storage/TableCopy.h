#pragma once

// Every row of the tracker's tables between an SQLite file and a PostgreSQL server, at the
// speed of the databases' own bulk paths: the server's COPY (through the driver's libpq
// handle, as RowInsert uses SQLite's own handle) on one side, prepared statements in the
// caller's transaction on the other. Ids and every value are kept as they are. For a backup
// of a server (BackupServer.cpp) and for moving a file onto a server (ServerMove.cpp). Not for
// use outside core/storage.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;
struct pg_conn;

namespace enc::TableCopy {

struct Column
{
    QByteArray name;
    // How a value is carried: 'i' integer, 'r' real, 'b' bytes, 't' text.
    char kind = 't';
    bool identity = false; // the server numbers it (an id column)
};

struct Table
{
    QByteArray name;
    QList<Column> columns;
};

// True when the connection is idle, in no transaction of its own.
bool idle(pg_conn *server);
// Runs one statement on the server (no rows wanted); the server's message on failure. The
// values are bound to $1, $2, ... as text (never written into the statement).
Status exec(pg_conn *server, const QByteArray &sql, const QList<QByteArray> &values = {});
// The first column of the first row of a statement on the server.
Result<QByteArray> scalar(pg_conn *server, const QByteArray &sql);
// The tracker's tables on the server (the version table left out), with their columns in
// order, read from the server's own catalogue: names are never taken from a file. A table
// comes after the tables it refers to.
Result<QList<Table>> serverTables(pg_conn *server);
// "name" quoted as an SQL identifier.
QByteArray quoted(const QByteArray &name);
// Rows of one table on each side.
Result<qint64> countOnServer(pg_conn *server, const Table &table);
Result<qint64> countInFile(sqlite3 *file, const Table &table);

// Called every so many rows with the rows copied of this table; false cancels.
using Rows = std::function<bool(qint64 rows)>;
// COPY table TO STDOUT on the server, each row inserted into the file's table of that name.
// The caller holds both transactions (the server's a snapshot).
Result<qint64> serverToFile(pg_conn *server, sqlite3 *file, const Table &table,
                            const Rows &rows = {});
// Every row of the file's table sent by COPY table FROM STDIN.
Result<qint64> fileToServer(sqlite3 *file, pg_conn *server, const Table &table,
                            const Rows &rows = {});

} // namespace enc::TableCopy
