#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

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
    // The rowid of the row the last insert() added.
    qint64 lastId() const;

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query;
};

// Ids for new rows of one table, taken before the rows are written (so that rows of the same
// batch can refer to them) from the database itself: on SQLite the ids after the largest,
// which is safe only inside a write transaction (it holds SQLite's one writer lock until the
// rows are in); on the server values of the id column's identity sequence, in one statement,
// so two desks writing at once never take the same id and a later insert without an id does
// not collide. The ids count up; on the server they need not follow on from each other.
class NewIds
{
public:
    // count: how many ids the caller expects to take (the server's are reserved in blocks of
    // that many, another block when they run out).
    static Result<NewIds> reserve(const QSqlDatabase &db, const QString &table, qsizetype count);
    // The next id.
    Result<qint64> take();

private:
    Status refill();

    QSqlDatabase m_db;
    QString m_table;
    qsizetype m_block = 0;
    bool m_server = false;
    qint64 m_next = 0;         // SQLite's
    std::vector<qint64> m_ids; // the server's, in order
    size_t m_taken = 0;
};

// Many rows of one table, sent to SQLite as multi-row INSERTs ("VALUES (...), (...), ...") of
// up to rowsPerStatement rows: each statement opens the table's and its indexes' cursors once
// for all its rows, where a statement per row does it per row. (Not so a CHECK's IN list of
// three or more values: SQLite 3.40 builds it again for every row, which is why schema 9
// writes those CHECKs as comparisons.)
// Values are added column by column, row after row; nothing reaches SQLite before flush().
// On the server the rows go as one COPY per flush through libpq (the head must be a plain
// "INSERT INTO table (column, ...)"): a prepared INSERT per row is 13-30 times slower there.
class BulkInsert
{
public:
    // head: "INSERT [OR ...] INTO table (column, ...)", without VALUES.
    BulkInsert(const QSqlDatabase &db, const QString &head, int columns, int rowsPerStatement = 64);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    void add(qint64 value);
    void add(const QString &text); // a null QString adds NULL
    void add(QDate date);          // ISO text; NULL when invalid
    void addNull();
    // Rows added and not yet written.
    qsizetype pending() const { return qsizetype(m_values.size()) / m_columns; }
    // Writes every row added so far (a row must be complete).
    Status flush();

private:
    struct Value
    {
        enum class Type
        {
            Null,
            Int,
            Text
        } type = Type::Null;
        qint64 integer = 0; // Int: the value; Text: where the text starts in m_text
        qsizetype size = 0; // Text: its length in bytes
    };
    QString statement(int rows) const;
    Status run(sqlite3_stmt *stmt, qsizetype first, int rows);
    Status copy();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    pg_conn *m_server = nullptr;
    QString m_head;
    int m_columns = 0;
    int m_rowsPerStatement = 0;
    sqlite3_stmt *m_full = nullptr; // rowsPerStatement rows, prepared on first use
    std::vector<Value> m_values;
    // The texts of the values not yet written, end to end as UTF-8: one buffer instead of an
    // allocation per value (a county import adds over 100,000 of them).
    QByteArray m_text;
};

} // namespace enc
