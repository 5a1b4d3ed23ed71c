#include "AgendaBuilder.h"

#include "domain/MeetingSchedule.h"
#include "meeting/AgendaStore.h"
#include "repo/Options.h"
#include "storage/Database.h"
#include "storage/IdTable.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AgendaBuilder", text);
}

// The SQL of each section, bound with :d (the meeting's date) and :last (the last tracking
// review); AgendaBuilder::statements() lists them for the benchmark's floor.
QString sqlNewPpns(const QSqlDatabase &db)
{
    // Every PPN not yet heard, however long ago it came in (schema 10): the partial index
    // ppn_child_unheard holds only those links, and each PPN and child is read by id (the
    // child from the covering index child_live_household). CROSS JOIN keeps the links the
    // outer loop: otherwise the planner may walk every PPN received by the date and look
    // each up in the index. Unordered: the builder sorts (cheaper than SQLite's sorter).
    // The server takes neither hint: its planner chooses by its statistics.
    const QString join = SqlParts::joinInOrder(db);
    return QStringLiteral("SELECT pc.child_id, coalesce(c.household_id, 0), p.police_ref, "
                          "p.incident_on, p.id, p.received_on, p.type FROM ppn_child pc") +
           SqlParts::indexedBy(db, QStringLiteral("ppn_child_unheard")) +
           QStringLiteral(" %1 ppn p ON p.id = pc.ppn_id %1 child c ON c.id = pc.child_id "
                          "WHERE pc.heard = 0 AND pc.archived = 0 AND p.received_on <= :d "
                          "AND p.archived_at IS NULL AND c.archived_at IS NULL")
               .arg(join);
}

QString sqlEscalations(const QSqlDatabase &db)
{
    // Every escalation not closed, however far the chair has taken it (schema 11): the
    // partial index escalation_unclosed holds only those.
    return QStringLiteral("SELECT e.child_id, coalesce(c.household_id, 0), e.triggered_on, "
                          "e.ppn_ids, e.liaison_with, e.feedback_on FROM escalation e") +
           SqlParts::indexedBy(db, QStringLiteral("escalation_unclosed")) +
           QStringLiteral(" JOIN child c ON c.id = e.child_id "
                          "WHERE e.closed_on IS NULL AND e.triggered_on <= :d "
                          "AND c.archived_at IS NULL ORDER BY e.triggered_on, e.id");
}

QString sqlActionsDue()
{
    // Index-only on action_open_due_cover, already in order: no look-up of the child per
    // action (the households come from sqlChildrenDue).
    return QStringLiteral("SELECT a.child_id, a.due_on, a.description FROM action a "
                          "WHERE a.completed_on IS NULL AND a.due_on <= :d "
                          "AND a.archived_at IS NULL ORDER BY a.due_on, a.id");
}

QString sqlChildrenDue()
{
    // The live children with an action due by the meeting, and their households: one range
    // of the covering partial index child_next_due. The builder does not trust the stored
    // next_action_due for which children are on the agenda: that comes from the actions
    // themselves, and a child missing here is looked up by sqlLiveHouseholds.
    return QStringLiteral("SELECT id, coalesce(household_id, 0) FROM child "
                          "WHERE next_action_due <= :d AND archived_at IS NULL");
}

QString sqlLiveHouseholds(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT id, coalesce(household_id, 0) FROM child WHERE id IN (%1) "
                          "AND archived_at IS NULL")
        .arg(SqlParts::idListRows(db));
}

QString sqlTrackingReview()
{
    // Returned and not yet reviewed (whenever they came back: a review not reached keeps them
    // on the next review's agenda); then those overdue (not returned). Withdrawn requests are
    // not on it.
    return QStringLiteral(
        "SELECT pr.child_id, coalesce(c.household_id, 0), pr.returned_on, pr.due_on, "
        "pr.returned_on IS NOT NULL FROM proforma pr JOIN child c ON c.id = pr.child_id "
        "WHERE c.archived_at IS NULL AND pr.archived_at IS NULL AND ((pr.returned_on <= :d "
        "AND pr.reviewed_meeting_id IS NULL AND pr.reviewed_on IS NULL) OR "
        "(pr.returned_on IS NULL AND pr.due_on < :d)) "
        "ORDER BY pr.returned_on IS NULL, coalesce(pr.returned_on, pr.due_on), pr.id");
}

QString sqlCarriedOver()
{
    // Items deferred at an earlier meeting, and those the chair added that it did not reach
    // (closed or cancelled with them open): on every agenda until a decision for the child.
    // The other sections bring their own unreached items back (a PPN until it is heard, an
    // escalation until closed, an action until done).
    return QStringLiteral(
        "SELECT ai.child_id, coalesce(ai.household_id, c.household_id, 0), m.date, ai.reason, "
        "ai.status, m.cancelled_at IS NOT NULL FROM agenda_item ai "
        "JOIN meeting m ON m.id = ai.meeting_id "
        "JOIN child c ON c.id = ai.child_id WHERE (ai.status = 'deferred' OR (ai.status = "
        "'open' AND ai.section = 'added')) AND m.date < :d "
        "AND c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM decision dd WHERE "
        "dd.child_id = ai.child_id AND dd.decided_on >= m.date AND dd.archived_at IS NULL) "
        "ORDER BY m.date, ai.position, ai.id");
}

QString text(const RowScan::Row &row, int column)
{
    return QString::fromUtf8(row.text(column));
}

// How many meetings a PPN has waited: the schedule's meeting days (bank holidays skipped)
// from the day it was received to the day before the agenda's meeting, whether the meeting
// was held, cancelled, never opened or closed with it not reached. The days are looked at
// once, back to the oldest PPN, not once per item.
class MeetingDays
{
public:
    MeetingDays(QDate meeting, const QList<AgendaItem> &items, const ScheduleConfig &cfg)
        : m_meeting(meeting), m_first(meeting)
    {
        for (const AgendaItem &i : items)
            if (i.why.date.isValid())
                m_first = std::min(m_first, i.why.date);
        // m_after[k]: the meeting days from m_first + k to the day before the meeting.
        m_after.assign(size_t(m_first.daysTo(meeting)) + 1, 0);
        for (qint64 k = qint64(m_after.size()) - 2; k >= 0; --k) {
            const ScheduledMeeting m = MeetingSchedule::on(m_first.addDays(k), cfg);
            m_after[size_t(k)] = m_after[size_t(k) + 1] + (m.date.isValid() && !m.skipped);
        }
    }
    int since(QDate received) const
    {
        if (!received.isValid() || received >= m_meeting)
            return 0;
        return m_after[size_t(std::max<qint64>(0, m_first.daysTo(received)))];
    }

private:
    QDate m_meeting;
    QDate m_first;
    std::vector<int> m_after;
};

} // namespace

QDate AgendaBuilder::previousMeeting(QDate date) const
{
    const ScheduleConfig cfg = Options(m_db.sql()).schedule();
    QDate prev = MeetingSchedule::previous(date, cfg).date;
    auto held = Sql::scalar(m_db.sql(),
                            QStringLiteral("SELECT max(date) FROM meeting WHERE date < :d "
                                           "AND cancelled_at IS NULL"),
                            {{QStringLiteral("d"), Sql::date(date)}});
    if (held && !held->isNull()) {
        const QDate h = Sql::toDate(*held);
        if (!prev.isValid() || h > prev)
            prev = h;
    }
    return prev;
}

Result<Agenda> AgendaBuilder::build(QDate date, int referenceLimit) const
{
    if (!date.isValid())
        return Result<Agenda>::failure(tr("Meeting date is required."), QStringLiteral("date"));
    const ScheduleConfig cfg = Options(m_db.sql()).schedule();
    Agenda agenda;
    agenda.date = date;
    agenda.since = previousMeeting(date);
    agenda.trackingReview = date.dayOfWeek() == cfg.reviewDay;
    auto maxChild =
        Sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) FROM child"));
    if (!maxChild)
        return maxChild.error();
    if (Status s = addNewPpns(agenda, maxChild->toLongLong(), cfg); !s)
        return s.error();
    if (Status s = addEscalations(agenda); !s)
        return s.error();
    if (Status s = addActionsDue(agenda, maxChild->toLongLong()); !s)
        return s.error();
    if (agenda.trackingReview) {
        if (Status s = addTrackingReview(agenda); !s)
            return s.error();
    }
    if (Status s = addCarriedOver(agenda); !s)
        return s.error();
    if (Status s = fillReferences(agenda.items, referenceLimit); !s)
        return s.error();
    for (int i = 0; i < agenda.items.size(); ++i)
        agenda.items[i].position = i;
    return agenda;
}

Status AgendaBuilder::addNewPpns(Agenda &agenda, Id maxChild, const ScheduleConfig &cfg) const
{
    struct Row
    {
        Id child;
        Id household;
        QDate incident;
        Id ppn;
        QString reference;
        QDate received;
        bool missing; // a missing-child notification
    };
    QList<Row> rows;
    const Status scanned =
        RowScan::run(m_db.sql(), sqlNewPpns(m_db.sql()),
                     {{QStringLiteral("d"), Sql::date(agenda.date)}}, [&](const RowScan::Row &row) {
                         rows.append({row.integer(0), row.integer(1), row.date(3), row.integer(4),
                                      text(row, 2), row.date(5), row.text(6) == "missing_child"});
                     });
    if (!scanned)
        return scanned;
    // Oldest incident first; each child's references in that order.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.incident != b.incident)
            return a.incident < b.incident;
        return a.ppn != b.ppn ? a.ppn < b.ppn : a.child < b.child;
    });
    QList<AgendaItem> items;
    items.reserve(rows.size());
    IdTable<qint32> byChild(maxChild); // the child's item's index + 1
    for (Row &r : rows) {
        qint32 &slot = byChild.slot(r.child);
        if (!slot) {
            AgendaItem &item = items.emplaceBack();
            slot = qint32(items.size());
            item.section = AgendaSection::NewPpns;
            item.childId = r.child;
            item.householdId = r.household;
            item.firstIncident = r.incident;
            item.why.date = r.received;
        }
        AgendaItem &item = items[slot - 1];
        item.why.date = std::min(item.why.date, r.received);
        item.why.missing += r.missing ? 1 : 0;
        item.policeReferences.append(std::move(r.reference));
    }
    // Households together, the household with the oldest incident first (items are in
    // order of their first incident already).
    struct Place
    {
        QDate householdFirst;
        Id key;
        qsizetype index;
    };
    QHash<Id, QDate> householdFirst;
    QList<Place> order;
    order.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AgendaItem &item = items[i];
        const Id key = item.householdId ? item.householdId : -item.childId;
        if (!householdFirst.contains(key)) // the household's first item is its oldest
            householdFirst.insert(key, item.firstIncident);
        order.append({{}, key, i});
    }
    for (Place &p : order)
        p.householdFirst = householdFirst.value(p.key);
    std::stable_sort(order.begin(), order.end(), [](const Place &a, const Place &b) {
        if (a.householdFirst != b.householdFirst)
            return a.householdFirst < b.householdFirst;
        return a.key < b.key;
    });
    const MeetingDays days(agenda.date, items, cfg);
    agenda.items.reserve(agenda.items.size() + items.size());
    for (const Place &p : order) {
        AgendaItem &item = items[p.index];
        item.why.kind = AgendaReason::Kind::NewPpns;
        item.why.count = int(item.policeReferences.size());
        item.why.meetings = days.since(item.why.date);
        agenda.items.append(std::move(item));
    }
    return {};
}

Status AgendaBuilder::addEscalations(Agenda &agenda) const
{
    // The references are read by fillReferences (up to its limit), from the PPN ids.
    return RowScan::run(
        m_db.sql(), sqlEscalations(m_db.sql()), {{QStringLiteral("d"), Sql::date(agenda.date)}},
        [&](const RowScan::Row &row) {
            AgendaItem &item = agenda.items.emplaceBack();
            item.section = AgendaSection::Escalations;
            item.childId = row.integer(0);
            item.householdId = row.integer(1);
            item.firstIncident = row.date(2);
            const QJsonArray ids = QJsonDocument::fromJson(row.text(3).toByteArray()).array();
            item.ppnIds.reserve(ids.size());
            for (const auto &v : ids)
                item.ppnIds.append(v.toInteger());
            item.why.kind = AgendaReason::Kind::Escalation;
            item.why.date = item.firstIncident;
            item.why.count = int(item.ppnIds.size());
            // How far the chair has taken it, as the reason says it.
            const QDate feedbackOn = row.date(5);
            if (feedbackOn.isValid() && feedbackOn <= agenda.date)
                item.why.text = tr("feedback given on %1: to close")
                                    .arg(feedbackOn.toString(QStringLiteral("dd/MM/yyyy")));
            else if (!row.text(4).isEmpty())
                item.why.text = tr("liaised with %1: feedback to the group").arg(text(row, 4));
        });
}

Status AgendaBuilder::addActionsDue(Agenda &agenda, Id maxChild) const
{
    const QVariantMap values{{QStringLiteral("d"), Sql::date(agenda.date)}};
    // Each live child with an action due, and its household (0 for none).
    IdTable<Id> households(maxChild);
    qsizetype due = 0; // about how many items follow: room is made for them once
    const Status children =
        RowScan::run(m_db.sql(), sqlChildrenDue(), values, [&](const RowScan::Row &row) {
            households.insert(row.integer(0), row.integer(1));
            ++due;
        });
    if (!children)
        return children;
    agenda.items.reserve(agenda.items.size() + due);
    // One item per child, worded from the child's first action (by due date); the others
    // are only counted. Each child's slot holds its item's index + 1.
    // Items go straight onto the agenda (a county has some 17,000: no second list).
    QList<AgendaItem> &items = agenda.items;
    const qsizetype first = items.size();
    IdTable<qint32> byChild(maxChild);
    QList<Id> unknown; // children not in households: archived, or next_action_due behind
    const Status scanned =
        RowScan::run(m_db.sql(), sqlActionsDue(), values, [&](const RowScan::Row &row) {
            const Id child = row.integer(0);
            qint32 &slot = byChild.slot(child);
            if (!slot) {
                AgendaItem &item = items.emplaceBack();
                slot = qint32(items.size());
                item.section = AgendaSection::ActionsDue;
                item.childId = child;
                if (const Id *household = households.find(child))
                    item.householdId = *household;
                else
                    unknown.append(child);
                item.firstIncident = row.date(1);
                item.why.kind = item.firstIncident < agenda.date ? AgendaReason::Kind::ActionOverdue
                                                                 : AgendaReason::Kind::ActionDue;
                item.why.date = item.firstIncident;
                item.why.text = text(row, 2);
            }
            ++items[slot - 1].why.count;
        });
    if (!scanned)
        return scanned;
    if (!unknown.isEmpty()) {
        const Status looked = RowScan::run(
            m_db.sql(), sqlLiveHouseholds(m_db.sql()),
            {{QStringLiteral("ids"), SqlParts::idList(unknown)}},
            [&](const RowScan::Row &row) { households.insert(row.integer(0), row.integer(1)); });
        if (!looked)
            return looked;
        // Archived children's actions are not on the agenda.
        for (qsizetype i = first; i < items.size(); ++i)
            if (const Id *household = households.find(items[i].childId))
                items[i].householdId = *household;
        items.removeIf([&](const AgendaItem &item) {
            return item.section == AgendaSection::ActionsDue && !households.find(item.childId);
        });
    }
    return {};
}

Status AgendaBuilder::addTrackingReview(Agenda &agenda) const
{
    auto q =
        Sql::run(m_db.sql(), sqlTrackingReview(), {{QStringLiteral("d"), Sql::date(agenda.date)}});
    if (!q)
        return q.error();
    QSet<Id> seen;
    while (q->next()) {
        const Id child = q->value(0).toLongLong();
        if (seen.contains(child))
            continue;
        seen.insert(child);
        AgendaItem item;
        item.section = AgendaSection::TrackingReview;
        item.childId = child;
        item.householdId = q->value(1).toLongLong();
        const bool returned = q->value(4).toBool();
        item.firstIncident = Sql::toDate(q->value(returned ? 2 : 3));
        item.why.kind =
            returned ? AgendaReason::Kind::ProformaReturned : AgendaReason::Kind::ProformaOverdue;
        item.why.date = item.firstIncident;
        agenda.items.append(item);
    }
    return {};
}

Status AgendaBuilder::addCarriedOver(Agenda &agenda) const
{
    auto q =
        Sql::run(m_db.sql(), sqlCarriedOver(), {{QStringLiteral("d"), Sql::date(agenda.date)}});
    if (!q)
        return q.error();
    // A child with a new PPN is heard for it: not carried over as well.
    QSet<Id> seen;
    for (const AgendaItem &i : agenda.items)
        if (i.section == AgendaSection::NewPpns)
            seen.insert(i.childId);
    while (q->next()) {
        const Id child = q->value(0).toLongLong();
        if (seen.contains(child))
            continue;
        seen.insert(child);
        AgendaItem item;
        item.section = AgendaSection::CarriedOver;
        item.childId = child;
        item.householdId = q->value(1).toLongLong();
        item.firstIncident = Sql::toDate(q->value(2));
        const bool deferred = q->value(4).toString() == toString(AgendaStatus::Deferred);
        item.why.kind = deferred               ? AgendaReason::Kind::Deferred
                        : q->value(5).toBool() ? AgendaReason::Kind::Cancelled
                                               : AgendaReason::Kind::NotReached;
        item.why.date = item.firstIncident;
        item.why.text = q->value(3).toString();
        agenda.items.append(item);
    }
    return {};
}

Status AgendaBuilder::fillReferences(QList<AgendaItem> &items, int limit) const
{
    // The new-PPN items already carry theirs. An escalation names its PPNs; the others name
    // the child's latest PPNs (at most three). Up to limit items are filled (all for -1),
    // first to last; the PPNs are read last, once, by id.
    QList<qsizetype> toFill;
    QList<Id> children;
    for (qsizetype i = 0; i < items.size() && (limit < 0 || toFill.size() < limit); ++i) {
        const AgendaItem &item = items[i];
        if (!item.policeReferences.isEmpty() || (item.ppnIds.isEmpty() && !item.childId))
            continue;
        toFill.append(i);
        if (item.ppnIds.isEmpty())
            children.append(item.childId);
    }
    if (toFill.isEmpty())
        return {};
    QHash<Id, QList<Id>> latest; // each child's latest PPNs
    if (!children.isEmpty()) {
        const Status scanned = RowScan::run(
            m_db.sql(),
            QStringLiteral("SELECT child_id, ppn_id FROM ppn_child WHERE child_id IN "
                           "(%1) AND archived = 0 ORDER BY child_id, incident_on "
                           "DESC, ppn_id DESC")
                .arg(SqlParts::idListRows(m_db.sql())),
            {{QStringLiteral("ids"), SqlParts::idList(children)}}, [&](const RowScan::Row &row) {
                QList<Id> &list = latest[row.integer(0)];
                if (list.size() < 3)
                    list.append(row.integer(1));
            });
        if (!scanned)
            return scanned;
    }
    QList<Id> ppns;
    for (qsizetype i : toFill) {
        AgendaItem &item = items[i];
        if (item.ppnIds.isEmpty())
            item.ppnIds = latest.value(item.childId);
        ppns += item.ppnIds;
    }
    QHash<Id, QString> references;
    if (!ppns.isEmpty()) {
        const Status read = RowScan::run(
            m_db.sql(),
            QStringLiteral("SELECT id, police_ref FROM ppn WHERE id IN (%1)")
                .arg(SqlParts::idListRows(m_db.sql())),
            {{QStringLiteral("ids"), SqlParts::idList(ppns)}},
            [&](const RowScan::Row &row) { references.insert(row.integer(0), text(row, 1)); });
        if (!read)
            return read;
    }
    for (qsizetype i : toFill) {
        AgendaItem &item = items[i];
        for (Id ppn : std::as_const(item.ppnIds)) // a PPN since deleted is left out
            if (const auto it = references.constFind(ppn); it != references.cend())
                item.policeReferences.append(*it);
    }
    return {};
}

QStringList AgendaBuilder::statements(const QSqlDatabase &db)
{
    return {sqlNewPpns(db),      sqlEscalations(db), sqlActionsDue(),
            sqlTrackingReview(), sqlCarriedOver(),   sqlChildrenDue()};
}

Result<Agenda> AgendaBuilder::forMeeting(Id meetingId, int referenceLimit) const
{
    auto date = Sql::scalar(m_db.sql(), QStringLiteral("SELECT date FROM meeting WHERE id = :id"),
                            {{QStringLiteral("id"), meetingId}});
    if (!date)
        return date.error();
    if (date->isNull())
        return Result<Agenda>::failure(tr("There is no meeting with id %1.").arg(meetingId));
    // References are read once the order is known: for the first items as shown.
    auto built = build(Sql::toDate(*date), 0);
    if (!built)
        return built;
    auto stored = AgendaStore(m_db).items(meetingId);
    if (!stored)
        return stored.error();
    Agenda merged = std::move(*built);
    if (!stored->isEmpty()) {
        // The stored items in their stored order, with what the build knows of each; then
        // the built items not stored yet.
        QList<AgendaItem> fresh = std::move(merged.items);
        QHash<QPair<int, Id>, qsizetype> freshIndex;
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshIndex.insert({int(fresh[i].section), fresh[i].childId}, i);
        std::vector<bool> taken(size_t(fresh.size()), false);
        merged.items = std::move(*stored);
        for (AgendaItem &item : merged.items) {
            const auto it = freshIndex.constFind({int(item.section), item.childId});
            if (it == freshIndex.cend() || taken[size_t(*it)])
                continue;
            taken[size_t(*it)] = true;
            AgendaItem &f = fresh[*it];
            item.policeReferences = std::move(f.policeReferences);
            item.ppnIds = std::move(f.ppnIds);
            item.firstIncident = f.firstIncident;
        }
        for (qsizetype i = 0; i < fresh.size(); ++i)
            if (!taken[size_t(i)])
                merged.items.append(std::move(fresh[i]));
    }
    if (Status s = fillReferences(merged.items, referenceLimit); !s)
        return s.error();
    for (int i = 0; i < merged.items.size(); ++i)
        merged.items[i].position = i;
    return merged;
}

} // namespace enc
