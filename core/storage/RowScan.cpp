#include "RowScan.h"

#include "Sql.h"
#include "SqliteRaw.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlField>
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

// The statement with its values written in as literals, quoted by the driver as QPSQL quotes
// them in its own EXECUTE: one round trip to a server, where prepare, execute and deallocate
// were three. Placeholders are ":name" outside quotes (not a "::" cast); dates go as ISO text
// and booleans as 0 or 1, as on SQLite.
QString withValues(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    const auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_');
    };
    QString out;
    out.reserve(sql.size() + 64);
    QChar quote; // inside '...' or "..." when set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
            continue;
        }
        const bool placeholder = c == QLatin1Char(':') && i + 1 < sql.size() &&
                                 isNameChar(sql.at(i + 1)) &&
                                 (i == 0 || sql.at(i - 1) != QLatin1Char(':'));
        if (!placeholder) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && isNameChar(sql.at(end)))
            ++end;
        const QString name = sql.mid(i + 1, end - i - 1);
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            out += c; // left for the server to refuse
            continue;
        }
        QVariant v = it.value();
        if (v.typeId() == QMetaType::QDate)
            v = Sql::date(v.toDate());
        else if (v.typeId() == QMetaType::Bool)
            v = v.toInt(); // the schema's flags are integers (the driver would write TRUE)
        QSqlField field(QString(), v.isNull() ? QMetaType(QMetaType::QString) : v.metaType());
        field.setValue(v);
        out += db.driver()->formatValue(field);
        i = end - 1;
    }
    return out;
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
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(withValues(db, sql, values)))
            return Status::failure(Sql::errorText(q));
        Row row;
        row.m_query = &q;
        while (q.next())
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
