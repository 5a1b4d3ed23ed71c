#include "Audit.h"

#include "Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace enc {

QString Audit::currentUser()
{
    for (const char *name : {"ENCOMPASS_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

Status Audit::record(const QSqlDatabase &db, const QString &action, const QString &entity,
                     Id entityId, Id childId, const QJsonObject &before, const QJsonObject &after)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                   ? QVariant(QMetaType(QMetaType::QString))
                   : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    return Sql::exec(
        db,
        QStringLiteral("INSERT INTO audit (at, user_name, action, entity, entity_id, "
                       "child_id, before, after) VALUES (:at, :user, :action, "
                       ":entity, :entity_id, :child_id, :before, :after)"),
        {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("user"), currentUser()},
         {QStringLiteral("action"), action},
         {QStringLiteral("entity"), entity},
         {QStringLiteral("entity_id"), Sql::id(entityId)},
         {QStringLiteral("child_id"), Sql::id(childId)},
         {QStringLiteral("before"), json(before)},
         {QStringLiteral("after"), json(after)}});
}

QJsonObject Audit::snapshot(const QSqlDatabase &db, const QString &table, Id id)
{
    QSqlQuery q(db);
    // table is one of the schema's names, passed as a constant by core code.
    const QString sql = QStringLiteral("SELECT * FROM \"%1\" WHERE id = :id");
    q.prepare(sql.arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    QJsonObject out;
    if (!q.exec() || !q.next())
        return out;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QString field = rec.fieldName(i);
        if (field.endsWith(QLatin1String("_key")))
            continue;
        out.insert(field, QJsonValue::fromVariant(q.value(i)));
    }
    return out;
}

} // namespace enc
