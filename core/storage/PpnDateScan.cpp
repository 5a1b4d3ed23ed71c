#include "PpnDateScan.h"

#include "Sql.h"
#include "SqlParts.h"
#include "SqliteRaw.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace enc {

namespace {

const char Query[] = "SELECT child_id, incident_on, ppn_id FROM ppn_child WHERE archived = 0 "
                     "ORDER BY child_id, incident_on";

// yyyy-MM-dd without allocating.
QDate isoDate(const unsigned char *c, int size)
{
    if (!c || size < 10)
        return {};
    auto digits = [c](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (c[i] - '0');
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    return sqlite::handle(db);
}

} // namespace

Status PpnDateScan::run(const QSqlDatabase &db, const Visit &visit)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, Query, -1, &stmt, nullptr) != SQLITE_OK)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            visit(sqlite3_column_int64(stmt, 0),
                  isoDate(sqlite3_column_text(stmt, 1), sqlite3_column_bytes(stmt, 1)),
                  sqlite3_column_int64(stmt, 2));
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
        return {};
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(Query)))
        return Status::failure(Sql::errorText(q));
    while (q.next()) {
        const QByteArray date = q.value(1).toString().toLatin1();
        visit(q.value(0).toLongLong(),
              isoDate(reinterpret_cast<const unsigned char *>(date.constData()), int(date.size())),
              q.value(2).toLongLong());
    }
    return {};
}

Status PpnDateScan::fillReferences(const QSqlDatabase &db, const QList<PpnDate *> &ppns)
{
    if (ppns.isEmpty())
        return {};
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT police_ref FROM ppn WHERE id = ?", -1, &stmt,
                               nullptr) != SQLITE_OK)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
        for (PpnDate *p : ppns) {
            sqlite3_reset(stmt);
            sqlite3_bind_int64(stmt, 1, p->ppnId);
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                p->reference =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                      sqlite3_column_bytes(stmt, 0));
            } else if (rc != SQLITE_DONE) {
                const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_finalize(stmt);
                return Status::failure(error);
            }
        }
        sqlite3_finalize(stmt);
        return {};
    }
    // On a server each statement is a round trip: one statement for them all, not one per PPN.
    QList<qint64> ids;
    ids.reserve(ppns.size());
    for (const PpnDate *p : ppns)
        ids.append(p->ppnId);
    auto q = Sql::run(db,
                      QStringLiteral("SELECT id, police_ref FROM ppn WHERE id IN (%1)")
                          .arg(SqlParts::idListRows(db)),
                      {{QStringLiteral("ids"), SqlParts::idList(ids)}});
    if (!q)
        return q.error();
    QHash<Id, QString> references;
    while (q->next())
        references.insert(q->value(0).toLongLong(), q->value(1).toString());
    for (PpnDate *p : ppns) {
        if (const auto it = references.constFind(p->ppnId); it != references.cend())
            p->reference = *it;
    }
    return {};
}

} // namespace enc
