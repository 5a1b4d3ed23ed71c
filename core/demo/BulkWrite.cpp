#include "demo/BulkWrite.h"

#include "storage/Dialect.h"
#include "storage/RowInsert.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace enc::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::DemoGenerator", text);
}

} // namespace

BulkWrite::BulkWrite(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                     int batch)
    : m_query(db), m_batch(batch)
{
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2)").arg(table, columns.join(QStringLiteral(", ")));
    if (Dialect::of(db) == Backend::PostgreSQL) {
        m_sql = head;
        m_copy = std::make_unique<BulkInsert>(db, head, int(columns.size()));
        return;
    }
    QStringList reads;
    for (int i = 0; i < columns.size(); ++i)
        reads << QStringLiteral("value->>%1").arg(i);
    prepare(
        head +
        QStringLiteral(" SELECT %1 FROM json_each(:rows)").arg(reads.join(QStringLiteral(", "))));
}

BulkWrite::BulkWrite(const QSqlDatabase &db, const QString &sql, int batch)
    : m_query(db), m_batch(batch)
{
    prepare(sql);
}

BulkWrite::~BulkWrite() = default;

void BulkWrite::prepare(const QString &sql)
{
    m_sql = sql;
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_status = Status::failure(tr("The demo data could not be prepared: %1 (in: %2)")
                                       .arg(Sql::errorText(m_query), sql.left(60)));
    }
    m_json.reserve(m_batch * 160);
}

void BulkWrite::append(const QVariant &v)
{
    const bool isInteger =
        !v.isNull() && (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
                        v.typeId() == QMetaType::UInt || v.typeId() == QMetaType::ULongLong ||
                        v.typeId() == QMetaType::Bool);
    if (m_copy) {
        if (v.isNull())
            m_copy->addNull();
        else if (isInteger)
            m_copy->add(v.toLongLong());
        else if (const QString text = v.toString(); text.isNull())
            m_copy->add(QStringLiteral("")); // as the JSON's "" is on SQLite
        else
            m_copy->add(text);
        return;
    }
    if (v.isNull()) {
        m_json += QLatin1String("null");
        return;
    }
    if (isInteger) {
        m_json += QString::number(v.toLongLong());
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
    if (m_copy) {
        for (const QVariant &v : values)
            append(v);
        if (++m_pending >= m_batch)
            return flush();
        return {};
    }
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
    if (m_copy) {
        const Status copied = m_copy->flush();
        m_rows += m_pending;
        m_pending = 0;
        if (!copied) {
            return Status::failure(tr("The demo data could not be written: %1 (in: %2)")
                                       .arg(copied.errorText(), m_sql.left(60)));
        }
        return {};
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
