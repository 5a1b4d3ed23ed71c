#include "RowInsert.h"

#include "ServerConnection.h"

#include "Sql.h"
#include "SqliteRaw.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <algorithm>

namespace enc {

namespace {

QString serverError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

Result<NewIds> NewIds::reserve(const QSqlDatabase &db, const QString &table, qsizetype count)
{
    NewIds ids;
    ids.m_db = db;
    ids.m_table = table;
    ids.m_block = std::max<qsizetype>(count, 64);
    ids.m_server = ServerConnection::handle(db) != nullptr;
    if (!ids.m_server) {
        // table is a constant of the caller's, never user text.
        auto next =
            Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
        if (!next)
            return next.error();
        ids.m_next = next->toLongLong();
        return ids;
    }
    if (count > 0) {
        if (Status s = ids.refill(); !s)
            return s.error();
    }
    return ids;
}

Status NewIds::refill()
{
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM "
                                     "generate_series(1, CAST(:count AS integer))"),
                      {{QStringLiteral("table"), m_table}, {QStringLiteral("count"), m_block}});
    if (!q)
        return q.error();
    m_ids.clear();
    m_ids.reserve(size_t(m_block));
    m_taken = 0;
    while (q->next())
        m_ids.push_back(q->value(0).toLongLong());
    std::sort(m_ids.begin(), m_ids.end());
    if (m_ids.empty())
        return Status::failure(
            QCoreApplication::translate("enc::RowInsert", "No new id could be had for %1.")
                .arg(m_table));
    return {};
}

Result<qint64> NewIds::take()
{
    if (!m_server)
        return m_next++;
    if (m_taken >= m_ids.size()) {
        if (Status s = refill(); !s)
            return s.error();
    }
    return m_ids[m_taken++];
}

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
    : m_db(db), m_handle(sqlite::handle(db)), m_server(ServerConnection::handle(db)), m_head(head),
      m_columns(columns), m_rowsPerStatement(std::max(1, rowsPerStatement))
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
    if (m_server)
        return copy();
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

Status BulkInsert::copy()
{
    // COPY's text format: a row a line, tab between values, \N for NULL; a backslash, tab,
    // newline or carriage return inside a text escaped with a backslash.
    static const QLatin1String insertInto("INSERT INTO ");
    Q_ASSERT(m_head.startsWith(insertInto));
    const QByteArray sql =
        (QStringLiteral("COPY ") + m_head.mid(insertInto.size()) + QStringLiteral(" FROM STDIN"))
            .toUtf8();
    QByteArray data;
    data.reserve(m_text.size() + qsizetype(m_values.size()) * 4);
    for (size_t i = 0; i < m_values.size(); ++i) {
        const Value &v = m_values[i];
        switch (v.type) {
        case Value::Type::Null:
            data += "\\N";
            break;
        case Value::Type::Int:
            data += QByteArray::number(v.integer);
            break;
        case Value::Type::Text:
            for (const char c : QByteArrayView(m_text.constData() + v.integer, v.size)) {
                switch (c) {
                case '\\':
                    data += "\\\\";
                    break;
                case '\t':
                    data += "\\t";
                    break;
                case '\n':
                    data += "\\n";
                    break;
                case '\r':
                    data += "\\r";
                    break;
                default:
                    data += c;
                }
            }
            break;
        }
        data += (i + 1) % size_t(m_columns) == 0 ? '\n' : '\t';
    }
    m_values.clear();
    m_text.resize(0);
    // The statement, the rows and the end of the copy in one go; then every result is read,
    // so that the connection is idle again for Qt.
    PGresult *start = PQexec(m_server, sql.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    PQclear(start);
    if (!copying)
        return Status::failure(serverError(m_server));
    bool sent = PQputCopyData(m_server, data.constData(), int(data.size())) == 1;
    sent = PQputCopyEnd(m_server, sent ? nullptr : "not all rows could be sent") == 1 && sent;
    QString error;
    while (PGresult *result = PQgetResult(m_server)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!sent && error.isEmpty())
        error = serverError(m_server);
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

} // namespace enc
