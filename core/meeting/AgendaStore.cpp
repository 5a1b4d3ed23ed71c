#include "AgendaStore.h"

#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc {

namespace {

const QString Table = QStringLiteral("agenda_item");

} // namespace

Result<QList<AgendaItem>> AgendaStore::items(Id meetingId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, section, coalesce(child_id, 0), "
                                     "coalesce(household_id, 0), position, status, reason FROM "
                                     "agenda_item WHERE meeting_id = :m ORDER BY position, id"),
                      {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QList<AgendaItem> out;
    while (q->next()) {
        AgendaItem i;
        i.id = q->value(0).toLongLong();
        i.section = agendaSectionFromString(q->value(1).toString());
        i.childId = q->value(2).toLongLong();
        i.householdId = q->value(3).toLongLong();
        i.position = q->value(4).toInt();
        i.status = agendaStatusFromString(q->value(5).toString());
        i.setReason(q->value(6).toString());
        out.append(i);
    }
    return out;
}

Status AgendaStore::save(Id meetingId, QList<AgendaItem> &items)
{
    return m_db.transaction([&]() -> Status {
        // Two statements prepared once: a county agenda has tens of thousands of items.
        QSqlQuery move(m_db.sql());
        QSqlQuery insert(m_db.sql());
        if (!move.prepare(QStringLiteral("UPDATE agenda_item SET position = :p WHERE id = :id "
                                         "AND meeting_id = :m")))
            return Status::failure(Sql::errorText(move));
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO agenda_item (meeting_id, child_id, household_id, section, position, "
                "status, reason, created_at) VALUES (:m, :child, :household, :section, :p, "
                ":status, :reason, datetime('now'))")))
            return Status::failure(Sql::errorText(insert));
        for (int pos = 0; pos < items.size(); ++pos) {
            AgendaItem &i = items[pos];
            i.position = pos;
            QSqlQuery &q = i.id ? move : insert;
            q.bindValue(QStringLiteral(":m"), meetingId);
            q.bindValue(QStringLiteral(":p"), pos);
            if (i.id) {
                q.bindValue(QStringLiteral(":id"), i.id);
            } else {
                q.bindValue(QStringLiteral(":child"), Sql::id(i.childId));
                q.bindValue(QStringLiteral(":household"), Sql::id(i.householdId));
                q.bindValue(QStringLiteral(":section"), toString(i.section));
                q.bindValue(QStringLiteral(":status"), toString(i.status));
                const QString reason = i.reason(); // a null string would bind as NULL
                q.bindValue(QStringLiteral(":reason"),
                            reason.isNull() ? QStringLiteral("") : reason);
            }
            if (!q.exec())
                return Status::failure(Sql::errorText(q));
            if (!i.id)
                i.id = q.lastInsertId().toLongLong();
        }
        return Status();
    });
}

Status AgendaStore::remove(Id itemId)
{
    return m_db.transaction([&]() -> Status {
        return Sql::exec(m_db.sql(), QStringLiteral("DELETE FROM agenda_item WHERE id = :id"),
                         {{QStringLiteral("id"), itemId}});
    });
}

Status AgendaStore::setStatus(Id itemId, AgendaStatus status)
{
    return m_db.transaction([&]() -> Status {
        auto child = Sql::scalar(m_db.sql(),
                                 QStringLiteral("SELECT child_id FROM agenda_item WHERE id = :id"),
                                 {{QStringLiteral("id"), itemId}});
        if (!child)
            return child.error();
        const QJsonObject before = Audit::snapshot(m_db.sql(), Table, itemId);
        if (Status s = Sql::exec(
                m_db.sql(), QStringLiteral("UPDATE agenda_item SET status = :s WHERE id = :id"),
                {{QStringLiteral("s"), toString(status)}, {QStringLiteral("id"), itemId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("update"), Table, itemId,
                             child->toLongLong(), before,
                             Audit::snapshot(m_db.sql(), Table, itemId));
    });
}

Status AgendaStore::markHeard(Id meetingId, Id childId)
{
    return Sql::exec(m_db.sql(),
                     QStringLiteral("UPDATE agenda_item SET status = 'heard' WHERE meeting_id = "
                                    ":m AND child_id = :c AND status = 'open'"),
                     {{QStringLiteral("m"), meetingId}, {QStringLiteral("c"), childId}});
}

Result<Id> AgendaStore::addChild(Id meetingId, Id childId, const QString &reason)
{
    Id id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO agenda_item (meeting_id, child_id, household_id, section, "
                           "position, status, reason, created_at) SELECT :m, c.id, c.household_id, "
                           "'added', (SELECT coalesce(max(position), -1) + 1 FROM agenda_item "
                           "WHERE meeting_id = :m), 'open', :reason, datetime('now') FROM child c "
                           "WHERE c.id = :c"),
            {{QStringLiteral("m"), meetingId},
             {QStringLiteral("c"), childId},
             {QStringLiteral("reason"), reason}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Status::failure(
                QCoreApplication::translate("enc::AgendaStore", "There is no child with id %1.")
                    .arg(childId));
        id = q->lastInsertId().toLongLong();
        return Audit::record(m_db.sql(), QStringLiteral("add"), Table, id, childId, {},
                             Audit::snapshot(m_db.sql(), Table, id));
    });
    if (!s)
        return s.error();
    return id;
}

Result<QHash<Id, QString>> AgendaStore::childNames(const QList<Id> &childIds) const
{
    QJsonArray ids;
    for (Id id : childIds)
        ids.append(id);
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, forename || ' ' || surname FROM child WHERE id IN "
                                     "(SELECT value FROM json_each(:ids))"),
                      {{QStringLiteral("ids"),
                        QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}});
    if (!q)
        return q.error();
    QHash<Id, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

} // namespace enc
