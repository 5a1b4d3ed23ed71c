#include "AuditLog.h"

#include "Sql.h"

#include <QCoreApplication>

namespace enc {

namespace {

// The WHERE clause from constant pieces; every value is bound.
QString where(const AuditLog::Filter &f, QVariantMap &values)
{
    QStringList parts;
    if (f.childId) {
        parts << QStringLiteral("a.child_id = :child");
        values.insert(QStringLiteral("child"), f.childId);
    } else if (f.noChild) {
        parts << QStringLiteral("1 = 0");
    } else if (!f.childIds.isEmpty()) {
        // One value bound per child (a name typed matches a few hundred at most): the same
        // SQL on both databases, where a JSON array's values are text on the server.
        QStringList ids;
        for (int i = 0; i < f.childIds.size(); ++i) {
            ids << QStringLiteral(":c%1").arg(i);
            values.insert(QStringLiteral("c%1").arg(i), f.childIds[i]);
        }
        parts << QStringLiteral("a.child_id IN (%1)").arg(ids.join(QStringLiteral(", ")));
    }
    if (!f.user.trimmed().isEmpty()) {
        // Either case, on both databases (the server has no NOCASE).
        parts << QStringLiteral("lower(a.user_name) = lower(:user)");
        values.insert(QStringLiteral("user"), f.user.trimmed());
    }
    // Stored times are UTC ISO text; the bounds are local midnights, as text without the
    // zone so that they compare as prefixes.
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    if (f.from.isValid()) {
        parts << QStringLiteral("a.at >= :from");
        values.insert(QStringLiteral("from"), f.from.startOfDay().toUTC().toString(format));
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("a.at < :to");
        values.insert(QStringLiteral("to"), f.to.addDays(1).startOfDay().toUTC().toString(format));
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" AND ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<AuditLog::Entry>> AuditLog::page(const QSqlDatabase &db, const Filter &filter,
                                              Id beforeId, int limit)
{
    QVariantMap values{
        {QStringLiteral("before"), beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()},
        {QStringLiteral("limit"), limit}};
    const QString sql =
        QStringLiteral("SELECT a.id, a.at, a.user_name, a.action, a.entity, a.entity_id, "
                       "a.child_id, c.forename || ' ' || c.surname, a.before, a.after "
                       "FROM audit a LEFT JOIN child c ON c.id = a.child_id WHERE a.id < :before") +
        where(filter, values) + QStringLiteral(" ORDER BY a.id DESC LIMIT :limit");
    auto q = Sql::run(db, sql, values);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        Entry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        e.entityId = q->value(5).toLongLong();
        e.childId = q->value(6).toLongLong();
        e.childName = q->value(7).toString();
        e.before = q->value(8).toString();
        e.after = q->value(9).toString();
        out.append(e);
    }
    return out;
}

Result<qint64> AuditLog::count(const QSqlDatabase &db, const Filter &filter)
{
    QVariantMap values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM audit a WHERE 1 = 1") + where(filter, values);
    auto n = Sql::scalar(db, sql, values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace enc
