#include "RowScan.h"

#include "Sql.h"
#include "SqliteRaw.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace enc {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    return sqlite::handle(db);
}

int bind(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QDate: {
        const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

qint64 RowScan::Row::integer(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    return m_query->value(column).toLongLong();
}

bool RowScan::Row::isNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return m_query->value(column).isNull();
}

QByteArrayView RowScan::Row::text(int column) const
{
    if (m_stmt) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }
    m_buffer = m_query->value(column).toString().toUtf8();
    return m_buffer;
}

QDate RowScan::Row::date(int column) const
{
    const QByteArrayView t = text(column);
    if (t.size() < 10 || t[4] != '-' || t[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char c = t[i];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

Status RowScan::run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values,
                    const Visit &visit)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        auto q = Sql::run(db, sql, values);
        if (!q)
            return q.error();
        Row row;
        row.m_query = &*q;
        while (q->next())
            visit(row);
        return {};
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    const auto fail = [&]() {
        const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return Status::failure(error);
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QByteArray name = QByteArray(":") + it.key().toUtf8();
        const int index = sqlite3_bind_parameter_index(stmt, name.constData());
        if (index > 0 && bind(stmt, index, it.value()) != SQLITE_OK)
            return fail();
    }
    Row row;
    row.m_stmt = stmt;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        visit(row);
    if (rc != SQLITE_DONE)
        return fail();
    sqlite3_finalize(stmt);
    return {};
}

} // namespace enc
