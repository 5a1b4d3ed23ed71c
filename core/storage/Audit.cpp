#include "Audit.h"

#include "Sql.h"

#include <QDateTime>
#include <QHash>
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
    // One constant statement per table: nothing is assembled into SQL.
    static const QHash<QString, QString> statements = {
        {QStringLiteral("action"), QStringLiteral("SELECT * FROM action WHERE id = :id")},
        {QStringLiteral("agenda_item"), QStringLiteral("SELECT * FROM agenda_item WHERE id = :id")},
        {QStringLiteral("agency"), QStringLiteral("SELECT * FROM agency WHERE id = :id")},
        {QStringLiteral("area"), QStringLiteral("SELECT * FROM area WHERE id = :id")},
        {QStringLiteral("child"), QStringLiteral("SELECT * FROM child WHERE id = :id")},
        {QStringLiteral("decision"), QStringLiteral("SELECT * FROM decision WHERE id = :id")},
        {QStringLiteral("disclosure"), QStringLiteral("SELECT * FROM disclosure WHERE id = :id")},
        {QStringLiteral("escalation"), QStringLiteral("SELECT * FROM escalation WHERE id = :id")},
        {QStringLiteral("household"), QStringLiteral("SELECT * FROM household WHERE id = :id")},
        {QStringLiteral("import_batch"),
         QStringLiteral("SELECT * FROM import_batch WHERE id = :id")},
        {QStringLiteral("import_profile"),
         QStringLiteral("SELECT * FROM import_profile WHERE id = :id")},
        {QStringLiteral("import_review"),
         QStringLiteral("SELECT * FROM import_review WHERE id = :id")},
        {QStringLiteral("letter_template"),
         QStringLiteral("SELECT * FROM letter_template WHERE id = :id")},
        {QStringLiteral("meeting"), QStringLiteral("SELECT * FROM meeting WHERE id = :id")},
        {QStringLiteral("member"), QStringLiteral("SELECT * FROM member WHERE id = :id")},
        {QStringLiteral("outcome"), QStringLiteral("SELECT * FROM outcome WHERE id = :id")},
        {QStringLiteral("ppn"), QStringLiteral("SELECT * FROM ppn WHERE id = :id")},
        {QStringLiteral("proforma"), QStringLiteral("SELECT * FROM proforma WHERE id = :id")},
        {QStringLiteral("setting"), QStringLiteral("SELECT * FROM setting WHERE id = :id")},
    };
    const auto sql = statements.constFind(table);
    QJsonObject out;
    if (sql == statements.constEnd()) {
        qWarning("Audit::snapshot: no statement for table %s", qPrintable(table));
        return out;
    }
    QSqlQuery q(db);
    q.prepare(*sql);
    q.bindValue(QStringLiteral(":id"), id);
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
