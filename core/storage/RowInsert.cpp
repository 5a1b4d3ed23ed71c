#include "RowInsert.h"

#include "Sql.h"
#include "SqliteRaw.h"

#include <algorithm>

namespace enc {

RowInsert::RowInsert(const QSqlDatabase &db) : m_db(db), m_handle(sqlite::handle(db)), m_query(db)
{}

RowInsert::~RowInsert()
{
    sqlite3_finalize(m_stmt);
}

Status RowInsert::prepare(const QString &sql)
{
    if (!m_handle) {
        if (!m_query.prepare(sql))
            return Status::failure(Sql::errorText(m_query));
        return {};
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr) !=
        SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return {};
}

void RowInsert::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void RowInsert::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else {
        m_query.bindValue(index, text);
    }
}

void RowInsert::bind(int index, QDate date)
{
    if (!date.isValid())
        bindNull(index);
    else
        bind(index, Sql::isoDate(date));
}

void RowInsert::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

Status RowInsert::insert()
{
    if (!m_stmt) {
        if (!m_query.exec())
            return Status::failure(Sql::errorText(m_query));
        return {};
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return {};
}

qint64 RowInsert::lastId() const
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query.lastInsertId().toLongLong();
}

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &head, int columns,
                       int rowsPerStatement)
    : m_db(db), m_handle(sqlite::handle(db)), m_head(head), m_columns(columns),
      m_rowsPerStatement(std::max(1, rowsPerStatement))
{}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_full);
}

void BulkInsert::add(qint64 value)
{
    Value v;
    v.type = Value::Type::Int;
    v.integer = value;
    m_values.push_back(std::move(v));
}

void BulkInsert::add(const QString &text)
{
    if (text.isNull()) {
        addNull();
        return;
    }
    Value v;
    v.type = Value::Type::Text;
    v.integer = m_text.size();
    // Plain ASCII (nearly all of a police file) is copied as it is; anything else is encoded.
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype ascii = 0;
    while (ascii < n && p[ascii] < 0x80)
        ++ascii;
    if (ascii == n) {
        m_text.resize(v.integer + n);
        char *dst = m_text.data() + v.integer;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(p[i]);
    } else {
        m_text.append(text.toUtf8());
    }
    v.size = m_text.size() - v.integer;
    m_values.push_back(v);
}

void BulkInsert::add(QDate date)
{
    if (!date.isValid()) {
        addNull();
        return;
    }
    Value v;
    v.type = Value::Type::Text;
    v.integer = m_text.size();
    m_text.append(Sql::isoDateUtf8(date));
    v.size = m_text.size() - v.integer;
    m_values.push_back(v);
}

void BulkInsert::addNull()
{
    m_values.push_back(Value{});
}

QString BulkInsert::statement(int rows) const
{
    QString row = QStringLiteral("(");
    for (int c = 0; c < m_columns; ++c)
        row += c == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = m_head + QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

Status BulkInsert::run(sqlite3_stmt *stmt, qsizetype first, int rows)
{
    const qsizetype begin = first * m_columns;
    const qsizetype end = begin + qsizetype(rows) * m_columns;
    for (qsizetype i = begin; i < end; ++i) {
        const Value &v = m_values[size_t(i)];
        const int index = int(i - begin) + 1;
        switch (v.type) {
        case Value::Type::Null:
            sqlite3_bind_null(stmt, index);
            break;
        case Value::Type::Int:
            sqlite3_bind_int64(stmt, index, v.integer);
            break;
        case Value::Type::Text:
            // The buffer outlives the step (nothing is added during a flush): no copy.
            sqlite3_bind_text(stmt, index, m_text.constData() + v.integer, int(v.size),
                              SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return {};
}

Status BulkInsert::flush()
{
    const qsizetype rows = pending();
    Q_ASSERT(qsizetype(m_values.size()) == rows * m_columns);
    if (rows == 0)
        return {};
    if (!m_handle) {
        QSqlQuery q(m_db);
        if (!q.prepare(statement(1)))
            return Status::failure(Sql::errorText(q));
        for (qsizetype r = 0; r < rows; ++r) {
            for (int c = 0; c < m_columns; ++c) {
                const Value &v = m_values[size_t(r * m_columns + c)];
                q.bindValue(
                    c, v.type == Value::Type::Int ? QVariant(v.integer)
                       : v.type == Value::Type::Text
                           ? QVariant(QString::fromUtf8(m_text.constData() + v.integer, v.size))
                           : QVariant());
            }
            if (!q.exec())
                return Status::failure(Sql::errorText(q));
        }
        m_values.clear();
        m_text.resize(0); // keeps its capacity for the next rows
        return {};
    }
    auto prepare = [this](int count, sqlite3_stmt **stmt) -> Status {
        const QByteArray text = statement(count).toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), stmt, nullptr) !=
            SQLITE_OK)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return {};
    };
    qsizetype done = 0;
    Status result;
    if (rows >= m_rowsPerStatement && !m_full)
        result = prepare(m_rowsPerStatement, &m_full);
    while (result && rows - done >= m_rowsPerStatement) {
        result = run(m_full, done, m_rowsPerStatement);
        done += m_rowsPerStatement;
    }
    if (result && done < rows) {
        sqlite3_stmt *tail = nullptr;
        result = prepare(int(rows - done), &tail);
        if (result)
            result = run(tail, done, int(rows - done));
        sqlite3_finalize(tail);
    }
    m_values.clear();
    m_text.resize(0);
    return result;
}

} // namespace enc
