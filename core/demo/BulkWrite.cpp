#include "demo/BulkWrite.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace enc::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::DemoGenerator", text);
}

} // namespace

BulkWrite::BulkWrite(const QSqlDatabase &db, const QString &sql, int batch)
    : m_query(db), m_sql(sql), m_batch(batch)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_status = Status::failure(tr("The demo data could not be prepared: %1 (in: %2)")
                                       .arg(Sql::errorText(m_query), sql.left(60)));
    }
    m_json.reserve(batch * 160);
}

QString BulkWrite::insertSql(const QString &table, const QStringList &columns)
{
    QStringList reads;
    for (int i = 0; i < columns.size(); ++i)
        reads << QStringLiteral("value->>%1").arg(i);
    // table and columns are constants of the demo code, never user text.
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(:rows)")
        .arg(table, columns.join(QStringLiteral(", ")), reads.join(QStringLiteral(", ")));
}

Result<Id> BulkWrite::firstFreeId(const QSqlDatabase &db, const QString &table)
{
    auto max =
        Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (!max)
        return max.error();
    return max->toLongLong();
}

void BulkWrite::append(const QVariant &v)
{
    if (v.isNull() && v.typeId() != QMetaType::QString) {
        m_json += QLatin1String("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        m_json += QString::number(v.toLongLong());
        return;
    case QMetaType::Bool:
        m_json += v.toBool() ? QLatin1Char('1') : QLatin1Char('0');
        return;
    default:
        break;
    }
    if (v.isNull()) {
        m_json += QLatin1String("null");
        return;
    }
    const QString text = v.toString();
    m_json += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            m_json += QLatin1Char('\\');
            m_json += c;
        } else if (u < 0x20) {
            m_json += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            m_json += c;
        }
    }
    m_json += QLatin1Char('"');
}

Status BulkWrite::add(std::initializer_list<QVariant> values)
{
    m_json += m_pending == 0 ? QLatin1Char('[') : QLatin1Char(',');
    m_json += QLatin1Char('[');
    bool first = true;
    for (const QVariant &v : values) {
        if (!first)
            m_json += QLatin1Char(',');
        first = false;
        append(v);
    }
    m_json += QLatin1Char(']');
    if (++m_pending >= m_batch)
        return flush();
    return {};
}

Status BulkWrite::flush()
{
    if (m_pending == 0)
        return {};
    if (m_parent) {
        if (Status s = m_parent->flush(); !s)
            return s;
    }
    m_json += QLatin1Char(']');
    m_query.bindValue(QStringLiteral(":rows"), m_json);
    const bool ok = m_query.exec();
    m_rows += m_pending;
    m_pending = 0;
    m_json.clear();
    if (!ok) {
        return Status::failure(tr("The demo data could not be written: %1 (in: %2)")
                                   .arg(Sql::errorText(m_query), m_sql.left(60)));
    }
    m_query.finish();
    return {};
}

} // namespace enc::demo
