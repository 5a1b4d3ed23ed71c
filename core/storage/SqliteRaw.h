#pragma once

// Small helpers for the few places in core/storage that talk to SQLite directly (scans too
// large for Qt Sql's per-value cost, the online backup API, checking a file before it is
// opened). Not for use outside core/storage.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace enc::sqlite {

// The connection's own handle, or nullptr when the driver is not SQLite.
inline sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// A connection of our own, closed however the function returns.
struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

// The first column of the first row of a statement with no parameters; false when it
// fails or has no row.
inline bool scalar(sqlite3 *db, const char *sql, QString *out)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        *out = QString::fromUtf8(text ? text : "");
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW;
}

} // namespace enc::sqlite
