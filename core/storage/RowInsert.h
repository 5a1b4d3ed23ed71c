#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace enc {

// One INSERT (positional "?" parameters) run for many rows through the SQLite connection's own
// handle: bound values go straight to SQLite, without a QVariant per value. On any other
// driver it falls back to QSqlQuery, so callers stay portable.
class RowInsert
{
public:
    explicit RowInsert(const QSqlDatabase &db);
    ~RowInsert();
    RowInsert(const RowInsert &) = delete;
    RowInsert &operator=(const RowInsert &) = delete;

    Status prepare(const QString &sql);
    // Parameters count from 0.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bind(int index, QDate date);          // ISO text; NULL when invalid
    void bindNull(int index);
    // Runs the statement with the bound values, then clears them.
    Status insert();

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query;
};

} // namespace enc
