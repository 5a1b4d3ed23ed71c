#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
struct pg_conn;

namespace enc {

// A connection to a PostgreSQL server, through the QPSQL driver's libpq handle: whether it is
// still there, whether a transaction is open on it, and what its failures mean for a person.
// Each function answers false or nothing for a SQLite connection. Not for use outside
// core/storage.
namespace ServerConnection {

// Every writer on the server takes this transaction-level advisory lock before it reads what
// it will write after (the audit chain's tail, the count of administrators, a version): the
// server's counterpart of SQLite's BEGIN IMMEDIATE. Released at COMMIT or ROLLBACK, and by the
// server itself when the connection is lost. Migrations take it too.
QString writerLockStatement();

// The QPSQL driver's libpq connection (Qt names its type pg_conn*, older Qt PGconn*); null on
// SQLite and when the connection is closed. For COPY and the other calls Qt has no API for.
pg_conn *handle(const QSqlDatabase &db);

// True when the connection was to a server and libpq found it gone (the server stopped or
// restarted, the administrator ended it, the network dropped): every statement fails until
// it is opened again. Asks libpq only; sends nothing.
bool lost(const QSqlDatabase &db);
// True when a transaction is open on the server connection (begun, or failed and not yet
// rolled back). False on SQLite and when the connection is lost.
bool inTransaction(const QSqlDatabase &db);

// True when a statement of the open transaction failed: the server keeps none of it.
bool inFailedTransaction(const QSqlDatabase &db);

// The message for a failed statement on the server, when its cause is one a person can act on
// (the connection lost, another desk holding the records, a deadlock); empty otherwise.
// The connection-lost message carries ConnectionField as its field.
Error explain(const QSqlDatabase &db, const QSqlQuery &failed);
// The connection-lost message: nothing of the change was saved; the tracker reconnects.
Error lostMessage(const QSqlDatabase &db);
// Error::field of a failure caused by a lost connection (as "version" marks a stale edit).
inline const QString ConnectionField = QStringLiteral("connection");

} // namespace ServerConnection

} // namespace enc
