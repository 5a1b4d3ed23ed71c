#include "Audit.h"

#include "Access.h"
#include "AuditChain.h"
#include "Dialect.h"
#include "RowInsert.h"
#include "RowScan.h"
#include "ServerConnection.h"
#include "ServerRoles.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

#include <sqlite3.h>

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

QString Audit::currentUser(const QSqlDatabase &db)
{
    return Dialect::of(db) == Backend::PostgreSQL ? ServerRoles::login(db) : currentUser();
}

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QVariant jsonText(const QJsonObject &o)
{
    return o.isEmpty()
               ? QVariant(QMetaType(QMetaType::QString))
               : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status append(const QSqlDatabase &db, AuditChain::Content c)
{
    auto tail = AuditChain::tail(db);
    if (!tail)
        return tail.error();
    c.id = tail->second;
    const QString hash = AuditChain::hash(tail->first, c);
    return Sql::exec(db,
                     QStringLiteral("INSERT INTO audit (id, at, user_name, action, entity, "
                                    "entity_id, child_id, before, after, hash) VALUES (:id, :at, "
                                    ":user, :action, :entity, :entity_id, :child_id, :before, "
                                    ":after, :hash)"),
                     {{QStringLiteral("id"), c.id},
                      {QStringLiteral("at"), c.at},
                      {QStringLiteral("user"), c.user},
                      {QStringLiteral("action"), c.action},
                      {QStringLiteral("entity"), c.entity},
                      {QStringLiteral("entity_id"), c.entityId},
                      {QStringLiteral("child_id"), c.childId},
                      {QStringLiteral("before"), c.before},
                      {QStringLiteral("after"), c.after},
                      {QStringLiteral("hash"), hash}});
}

// The server's counterpart of atomically(): a transaction of its own unless one is open. The
// chain's tail is read under the writers' lock (AuditChain::tail), so two desks appending at
// once take turns; the lock ends with the transaction.
Status atomicallyOnServer(const QSqlDatabase &db, const std::function<Status()> &work)
{
    if (ServerConnection::inTransaction(db))
        return work();
    if (Status s = Sql::exec(db, QStringLiteral("BEGIN")); !s)
        return s;
    Status s = work();
    if (s) {
        s = Sql::exec(db, QStringLiteral("COMMIT"));
        if (s)
            return s;
    }
    Sql::exec(db, QStringLiteral("ROLLBACK")).ok(); // nothing to do when the connection is gone
    return s;
}

// Runs work in the caller's transaction, or in its own when there is none: reading the
// chain's tail and appending must not interleave with another desk's entry.
Status atomically(const QSqlDatabase &db, const std::function<Status()> &work)
{
    if (Dialect::of(db) == Backend::PostgreSQL)
        return atomicallyOnServer(db, work);
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || !sqlite3_get_autocommit(handle))
        return work();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Status::failure(QCoreApplication::translate("enc::Audit",
                                                           "The audit trail is busy (another desk "
                                                           "is saving). Try again. (%1)")
                                   .arg(Sql::errorText(begin)));
    }
    Status s = work();
    QSqlQuery end(db);
    if (s && end.exec(QStringLiteral("COMMIT")))
        return s;
    if (s)
        s = Status::failure(Sql::errorText(end));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return s;
}

} // namespace

Status Audit::record(const QSqlDatabase &db, const QString &action, const QString &entity,
                     Id entityId, Id childId, const QJsonObject &before, const QJsonObject &after)
{
    // The safety net: a write whose role does not allow it is refused here, inside its
    // transaction, even when the write path forgot to ask Access first.
    if (Status s =
            Access::require(db, Access::rightFor(action, entity), Access::doingFor(action, entity));
        !s)
        return s;
    AuditChain::Content c;
    c.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    c.user = currentUser(db);
    c.action = action;
    c.entity = entity;
    c.entityId = Sql::id(entityId);
    c.childId = Sql::id(childId);
    c.before = jsonText(before);
    c.after = jsonText(after);

    return atomically(db, [&] { return append(db, c); });
}

Status Audit::recordMany(const QSqlDatabase &db, const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    QSet<QString> checked;
    for (const Entry &e : entries) {
        const QString kind = e.action + QLatin1Char('|') + e.entity;
        if (checked.contains(kind))
            continue;
        checked.insert(kind);
        if (Status s = Access::require(db, Access::rightFor(e.action, e.entity),
                                       Access::doingFor(e.action, e.entity));
            !s)
            return s;
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString user = currentUser(db);
    auto jsonOrNull = [](const QString &text) {
        return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    return atomically(db, [&]() -> Status {
        auto tail = AuditChain::tail(db);
        if (!tail)
            return tail.error();
        QString previous = tail->first;
        Id next = tail->second;
        RowInsert insert(db);
        if (Status s = insert.prepare(QStringLiteral(
                "INSERT INTO audit (id, at, user_name, action, entity, entity_id, child_id, "
                "before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        for (const Entry &e : entries) {
            AuditChain::Content c;
            c.id = next++;
            c.at = at;
            c.user = user;
            c.action = e.action;
            c.entity = e.entity;
            c.entityId = Sql::id(e.entityId);
            c.childId = Sql::id(e.childId);
            c.before = jsonOrNull(e.before);
            c.after = jsonOrNull(e.after);
            previous = AuditChain::hash(previous, c);
            insert.bind(0, qint64(c.id));
            insert.bind(1, c.at);
            insert.bind(2, c.user);
            insert.bind(3, c.action);
            insert.bind(4, c.entity);
            if (e.entityId != 0)
                insert.bind(5, qint64(e.entityId));
            else
                insert.bindNull(5);
            if (e.childId != 0)
                insert.bind(6, qint64(e.childId));
            else
                insert.bindNull(6);
            insert.bind(7, e.before);
            insert.bind(8, e.after);
            insert.bind(9, previous);
            if (Status s = insert.insert(); !s)
                return s;
        }
        return {};
    });
}

Status Audit::recordView(const QSqlDatabase &db, Id childId)
{
    return record(db, QStringLiteral("view"), QStringLiteral("child"), childId, childId, {}, {});
}

Status Audit::recordExport(const QSqlDatabase &db, const QString &what, const QString &where,
                           const QList<Id> &childIds, const QJsonObject &details)
{
    QJsonObject after = details;
    after.insert(QStringLiteral("what"), what);
    after.insert(QStringLiteral("file"), where);
    if (childIds.isEmpty())
        return record(db, QStringLiteral("export"), what, 0, 0, {}, after);
    if (childIds.size() > 1)
        after.insert(QStringLiteral("children"), int(childIds.size()));
    return atomically(db, [&]() -> Status {
        for (Id child : childIds) {
            if (Status s = record(db, QStringLiteral("export"), what, 0, child, {}, after); !s)
                return s;
        }
        return {};
    });
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
        {QStringLiteral("no_longer_attends"),
         QStringLiteral("SELECT * FROM no_longer_attends WHERE id = :id")},
        {QStringLiteral("outcome"), QStringLiteral("SELECT * FROM outcome WHERE id = :id")},
        {QStringLiteral("partner_info"),
         QStringLiteral("SELECT * FROM partner_info WHERE id = :id")},
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

Result<QHash<Id, QString>> Audit::snapshotsJson(const QSqlDatabase &db, const QString &table,
                                                const QList<Id> &ids)
{
    // Two constant tables only: the statement is built from their column names as the schema
    // gives them, never from user text.
    if (table != QLatin1String("child") && table != QLatin1String("escalation"))
        return Result<QHash<Id, QString>>::failure(
            QStringLiteral("Audit::snapshotsJson: no statement for table %1").arg(table));
    QHash<Id, QString> out;
    if (ids.isEmpty())
        return out;
    if (Dialect::of(db) == Backend::PostgreSQL) {
        // The server has neither PRAGMA table_info nor json_object: one snapshot() per row,
        // the same keys and values (a round trip each: the import's matched children).
        for (Id id : ids) {
            QJsonObject row = snapshot(db, table, id);
            for (auto it = row.begin(); it != row.end();)
                it = it.key().endsWith(QLatin1String("_key")) ? row.erase(it) : std::next(it);
            out.insert(id, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        }
        return out;
    }
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return Result<QHash<Id, QString>>::failure(Sql::errorText(info));
    QStringList columns;
    while (info.next()) {
        const QString name = info.value(1).toString();
        if (!name.endsWith(QLatin1String("_key")))
            columns << name;
    }
    columns.sort(); // QJsonObject's order
    QStringList pairs;
    for (const QString &c : std::as_const(columns))
        pairs << QStringLiteral("'%1', coalesce(\"%1\", '')").arg(c);
    QJsonArray idArray;
    for (Id id : ids)
        idArray.append(id);
    const QString sql = QStringLiteral("SELECT id, json_object(%1) FROM %2 WHERE id IN (SELECT "
                                       "value FROM json_each(:ids))")
                            .arg(pairs.join(QStringLiteral(", ")), table);
    if (Status s = RowScan::run(
            db, sql,
            {{QStringLiteral("ids"),
              QString::fromUtf8(QJsonDocument(idArray).toJson(QJsonDocument::Compact))}},
            [&out](const RowScan::Row &row) {
                out.insert(row.integer(0), QString::fromUtf8(row.text(1)));
            });
        !s)
        return s.error();
    return out;
}

} // namespace enc
