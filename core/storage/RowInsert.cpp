#include "RowInsert.h"

#include "Sql.h"
#include "SqliteRaw.h"

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
        bind(index, date.toString(Qt::ISODate));
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

} // namespace enc
