#include "ServerConnection.h"

#include "Dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace enc::ServerConnection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ServerConnection", text);
}

// SQLSTATE classes and codes (PostgreSQL's appendix A).
bool isConnectionState(const QString &state)
{
    // 08: connection exception; 57P01-57P03: the administrator or a crash ended the
    // connection, or the server is starting or stopping.
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

} // namespace

PGconn *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by libpq's struct (pg_conn*); PGconn* is its typedef.
    if (v.isValid() &&
        (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(v.constData());
    return nullptr;
}

QString writerLockStatement()
{
    // The tracker's application id ("EncT"), as the schema's creation uses it.
    return QStringLiteral("SELECT pg_advisory_xact_lock(1164862292)");
}

bool lost(const QSqlDatabase &db)
{
    if (Dialect::of(db) != Backend::PostgreSQL)
        return false;
    PGconn *conn = db.isOpen() ? handle(db) : nullptr;
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

bool inTransaction(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool inFailedTransaction(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    return conn && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_INERROR;
}

Error lostMessage(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    QString why = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QString();
    why = why.section(QLatin1Char('\n'), 0, 0).remove(QLatin1String("FATAL:")).trimmed();
    const QString where = db.hostName().startsWith(QLatin1Char('/')) || db.hostName().isEmpty()
                              ? db.databaseName()
                              : db.databaseName() + QStringLiteral(" on ") + db.hostName();
    const QString text =
        why.isEmpty()
            ? tr("The connection to the database server (%1) was lost. Nothing of an unfinished "
                 "change was saved: the server undoes it. The tracker connects again by itself: "
                 "try again in a moment.")
                  .arg(where)
            : tr("The connection to the database server (%1) was lost (%2). Nothing of an "
                 "unfinished change was saved: the server undoes it. The tracker connects again "
                 "by itself: try again in a moment.")
                  .arg(where, why);
    return Error{text, ConnectionField};
}

Error explain(const QSqlDatabase &db, const QSqlQuery &failed)
{
    if (Dialect::of(db) != Backend::PostgreSQL)
        return {};
    const QString state = failed.lastError().nativeErrorCode();
    if (lost(db) || isConnectionState(state))
        return lostMessage(db);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return Error{tr("Another desk was saving the same records at the same moment, so the "
                        "server stopped this change: nothing of it was saved. Try again."),
                     {}};
    }
    if (state == QLatin1String("42501")) {
        // The login's group role has no grant for it: the tracker's own role check usually
        // says so first; this is what a change it let through meets on the server.
        return Error{tr("Your login's role on the server does not allow this change, so "
                        "nothing of it was saved. Ask the tracker's administrator if you need "
                        "to make it. (%1)")
                         .arg(failed.lastError().databaseText().trimmed()),
                     {}};
    }
    if (state == QLatin1String("55P03")) {
        return Error{tr("The database is busy (another desk is saving). Nothing of this change "
                        "was saved: try again in a moment."),
                     {}};
    }
    return {};
}

} // namespace enc::ServerConnection
