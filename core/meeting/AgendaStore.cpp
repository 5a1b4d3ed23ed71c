#include "AgendaStore.h"

#include "domain/DateInput.h"
#include "repo/Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/RowInsert.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AgendaStore", text);
}

} // namespace

namespace {

const QString Table = QStringLiteral("agenda_item");

} // namespace

Result<QList<AgendaItem>> AgendaStore::items(Id meetingId) const
{
    QList<AgendaItem> out;
    const Status read = RowScan::run(
        m_db.sql(),
        QStringLiteral("SELECT id, section, coalesce(child_id, 0), coalesce(household_id, 0), "
                       "position, status, reason FROM agenda_item WHERE meeting_id = :m "
                       "ORDER BY position, id"),
        {{QStringLiteral("m"), meetingId}}, [&](const RowScan::Row &row) {
            AgendaItem &i = out.emplaceBack();
            i.id = row.integer(0);
            i.section = agendaSectionFromString(QString::fromUtf8(row.text(1)));
            i.childId = row.integer(2);
            i.householdId = row.integer(3);
            i.position = int(row.integer(4));
            i.status = agendaStatusFromString(QString::fromUtf8(row.text(5)));
            i.setReason(QString::fromUtf8(row.text(6)));
        });
    if (!read)
        return read.error();
    return out;
}

Status AgendaStore::open(Id meetingId, Id itemId) const
{
    // A closed meeting's agenda is the record of what was heard (its minutes are written):
    // nothing changes it, not even an undo of a move made before the meeting closed.
    auto closed = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT m.date FROM meeting m WHERE m.closed_at IS NOT NULL AND m.id = "
                       "coalesce(:m, (SELECT meeting_id FROM agenda_item WHERE id = :i))"),
        {{QStringLiteral("m"), meetingId ? QVariant(meetingId) : QVariant()},
         {QStringLiteral("i"), itemId}});
    if (!closed)
        return closed.error();
    if (closed->next())
        return Status::failure(tr("The meeting of %1 is closed: its agenda is the record of what "
                                  "was heard, and is not changed.")
                                   .arg(DateInput::format(Sql::toDate(closed->value(0)))));
    return {};
}

Status AgendaStore::save(Id meetingId, QList<AgendaItem> &items)
{
    if (Status s = open(meetingId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        // Only what changed is written: the screen saves on each reload, and the positions
        // of a county agenda's tens of thousands of items rarely change.
        QHash<Id, qint64> stored;
        if (Status s = RowScan::run(
                m_db.sql(),
                QStringLiteral("SELECT id, position FROM agenda_item "
                               "WHERE meeting_id = :m"),
                {{QStringLiteral("m"), meetingId}},
                [&](const RowScan::Row &row) { stored.insert(row.integer(0), row.integer(1)); });
            !s)
            return s;
        // Two statements prepared once.
        RowInsert move(m_db.sql());
        RowInsert insert(m_db.sql());
        if (Status s = move.prepare(QStringLiteral(
                "UPDATE agenda_item SET position = ? WHERE id = ? AND meeting_id = ?"));
            !s)
            return s;
        if (Status s = insert.prepare(QStringLiteral(
                "INSERT INTO agenda_item (meeting_id, child_id, household_id, section, position, "
                "status, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        const QString now = Stamp::now();
        for (int pos = 0; pos < items.size(); ++pos) {
            AgendaItem &i = items[pos];
            i.position = pos;
            if (i.id) {
                if (stored.value(i.id, -1) == pos)
                    continue;
                move.bind(0, pos);
                move.bind(1, i.id);
                move.bind(2, meetingId);
                if (Status s = move.insert(); !s)
                    return s;
                continue;
            }
            insert.bind(0, meetingId);
            if (i.childId)
                insert.bind(1, i.childId);
            else
                insert.bindNull(1);
            if (i.householdId)
                insert.bind(2, i.householdId);
            else
                insert.bindNull(2);
            insert.bind(3, toString(i.section));
            insert.bind(4, pos);
            insert.bind(5, toString(i.status));
            const QString reason = i.reason(); // a null string would bind as NULL
            insert.bind(6, reason.isNull() ? QStringLiteral("") : reason);
            insert.bind(7, now);
            if (Status s = insert.insert(); !s)
                return s;
            i.id = insert.lastId();
        }
        return Status();
    });
}

Status AgendaStore::remove(Id itemId)
{
    if (Status s = open(0, itemId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        return Sql::exec(m_db.sql(), QStringLiteral("DELETE FROM agenda_item WHERE id = :id"),
                         {{QStringLiteral("id"), itemId}});
    });
}

Status AgendaStore::setStatus(Id itemId, AgendaStatus status)
{
    if (Status s = open(0, itemId); !s)
        return s;
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

Result<Id> AgendaStore::addChild(Id meetingId, Id childId, const QString &reason)
{
    if (Status s = open(meetingId); !s)
        return s.error();
    Id id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO agenda_item (meeting_id, child_id, household_id, section, "
                           "position, status, reason, created_at) SELECT :m, c.id, c.household_id, "
                           "'added', (SELECT coalesce(max(position), -1) + 1 FROM agenda_item "
                           "WHERE meeting_id = :m), 'open', :reason, :now FROM child c "
                           "WHERE c.id = :c RETURNING id"),
            {{QStringLiteral("m"), meetingId},
             {QStringLiteral("c"), childId},
             {QStringLiteral("reason"), reason},
             {QStringLiteral("now"), Stamp::now()}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(
                QCoreApplication::translate("enc::AgendaStore", "There is no child with id %1.")
                    .arg(childId));
        id = q->value(0).toLongLong();
        return Audit::record(m_db.sql(), QStringLiteral("add"), Table, id, childId, {},
                             Audit::snapshot(m_db.sql(), Table, id));
    });
    if (!s)
        return s.error();
    return id;
}

Result<QHash<Id, AgendaChild>> AgendaStore::children(const QList<Id> &childIds) const
{
    // The areas apart (a few dozen names), so that 25,000 children share their strings.
    QHash<Id, QString> areas;
    auto a = Sql::run(m_db.sql(), QStringLiteral("SELECT id, name FROM area"));
    if (!a)
        return a.error();
    while (a->next())
        areas.insert(a->value(0).toLongLong(), a->value(1).toString());
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, forename || ' ' || surname, date_of_birth, "
                                     "coalesce(area_id, 0) FROM child WHERE id IN (%1)")
                          .arg(SqlParts::idListRows(m_db.sql())),
                      {{QStringLiteral("ids"), SqlParts::idList(childIds)}});
    if (!q)
        return q.error();
    QHash<Id, AgendaChild> out;
    out.reserve(childIds.size());
    while (q->next()) {
        const Id area = q->value(3).toLongLong();
        out.insert(q->value(0).toLongLong(),
                   {q->value(1).toString(), QDate::fromString(q->value(2).toString(), Qt::ISODate),
                    area, areas.value(area)});
    }
    return out;
}

} // namespace enc
