#include "EscalationService.h"

#include "Stamp.h"
#include "storage/Audit.h"
#include "storage/PpnDateScan.h"
#include "storage/RowInsert.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace enc {

namespace {

// Fills in the police references of the PPNs that triggered.
Status fillReferences(const QSqlDatabase &db, QList<PpnDate> &ppns)
{
    QList<PpnDate *> all;
    all.reserve(ppns.size());
    for (PpnDate &p : ppns)
        all.append(&p);
    return PpnDateScan::fillReferences(db, all);
}

Result<QList<PpnDate>> ppnsOf(const QSqlDatabase &db, Id childId, bool perHousehold)
{
    const QString sql =
        perHousehold
            ? QStringLiteral("SELECT DISTINCT pc.ppn_id, pc.incident_on, p.type = "
                             "'missing_child' FROM ppn_child pc JOIN ppn p ON p.id = pc.ppn_id "
                             "JOIN child c ON c.id = pc.child_id WHERE pc.archived = 0 AND "
                             "(c.id = :child OR c.household_id = "
                             "(SELECT household_id FROM child WHERE id = :child))")
            : QStringLiteral("SELECT pc.ppn_id, pc.incident_on, p.type = 'missing_child' "
                             "FROM ppn_child pc JOIN ppn p ON p.id = pc.ppn_id "
                             "WHERE pc.child_id = :child AND pc.archived = 0");
    auto q = Sql::run(db, sql, {{QStringLiteral("child"), childId}});
    if (!q)
        return q.error();
    QList<PpnDate> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), Sql::toDate(q->value(1)), {}, q->value(2).toBool()});
    return out;
}

// Marks the missing-child notifications among ppns, by id: the rule passes over them unless
// the office counts them.
Status markMissing(const QSqlDatabase &db, const QList<PpnDate *> &ppns)
{
    QList<Id> ids;
    ids.reserve(ppns.size());
    for (const PpnDate *p : ppns)
        ids.append(p->ppnId);
    auto q =
        Sql::run(db,
                 QStringLiteral("SELECT id FROM ppn WHERE type = 'missing_child' AND id IN (%1)")
                     .arg(SqlParts::idListRows(db)),
                 {{QStringLiteral("ids"), SqlParts::idList(ids)}});
    if (!q)
        return q.error();
    QSet<Id> missing;
    while (q->next())
        missing.insert(q->value(0).toLongLong());
    for (PpnDate *p : ppns)
        p->missingChild = missing.contains(p->ppnId);
    return {};
}

} // namespace

Result<QList<EscalationService::ChildEscalation>>
EscalationService::evaluateAll(const QSqlDatabase &db, QDate asOf, const EscalationConfig &config)
{
    QList<ChildEscalation> out;
    if (config.perHousehold) {
        // Household counting is per child, over the household's PPNs: children are few
        // per household, so this stays linear.
        auto ids = Sql::run(
            db, QStringLiteral("SELECT DISTINCT child_id FROM ppn_child ORDER BY child_id"));
        if (!ids)
            return ids.error();
        QList<Id> children;
        while (ids->next())
            children.append(ids->value(0).toLongLong());
        for (Id child : children) {
            auto r = evaluateChild(db, child, asOf, config);
            if (!r)
                return r.error();
            if (r->triggered || r->nearMiss)
                out.append({child, *r});
        }
        return out;
    }

    // Every PPN counted first, whatever its type: a child who neither triggers nor nearly does
    // then cannot once missing-child notifications are passed over (they only take PPNs away),
    // so only the few who do have their PPNs' types read, not every PPN of the county.
    QList<PpnDate> ppns;
    QList<QList<PpnDate>> candidates; // each listed child's PPNs, when types are to be read
    Id current = 0;
    auto flush = [&]() {
        if (current == 0 || ppns.size() < config.threshold - 1)
            return;
        EscalationResult r = EscalationRule::evaluate(ppns, asOf, config);
        if (!r.triggered && !r.nearMiss)
            return;
        out.append({current, std::move(r)});
        if (!config.countMissing)
            candidates.append(ppns);
    };
    // Reads the covering index ppn_child_child only.
    Status scanned = PpnDateScan::run(db, [&](Id child, QDate incident, Id ppn) {
        if (child != current) {
            flush();
            ppns.clear();
            current = child;
        }
        ppns.append({ppn, incident, {}});
    });
    if (!scanned)
        return scanned.error();
    flush();
    if (!candidates.isEmpty()) {
        QList<PpnDate *> all;
        for (QList<PpnDate> &list : candidates)
            for (PpnDate &p : list)
                all.append(&p);
        if (Status s = markMissing(db, all); !s)
            return s.error();
        QList<ChildEscalation> counted;
        for (qsizetype i = 0; i < out.size(); ++i) {
            EscalationResult r = EscalationRule::evaluate(candidates.at(i), asOf, config);
            if (r.triggered || r.nearMiss)
                counted.append({out.at(i).childId, std::move(r)});
        }
        out = std::move(counted);
    }
    QList<PpnDate *> triggering;
    for (ChildEscalation &c : out) {
        for (PpnDate &p : c.result.triggering)
            triggering.append(&p);
    }
    if (Status s = PpnDateScan::fillReferences(db, triggering); !s)
        return s.error();
    return out;
}

Result<EscalationResult> EscalationService::evaluateChild(const QSqlDatabase &db, Id childId,
                                                          QDate asOf,
                                                          const EscalationConfig &config)
{
    auto ppns = ppnsOf(db, childId, config.perHousehold);
    if (!ppns)
        return ppns.error();
    EscalationResult r = EscalationRule::evaluate(*ppns, asOf, config);
    if (Status s = fillReferences(db, r.triggering); !s)
        return s.error();
    return r;
}

namespace {

struct StoredRecord
{
    Id id = 0;
    QDate triggeredOn;
    QDate closedOn;
    bool untouched = false; // nobody has liaised or fed back
};

Result<QList<StoredRecord>> recordsOf(const QSqlDatabase &db, Id childId)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT id, triggered_on, closed_on, liaison_with = '' AND "
                                     "feedback = '' FROM escalation WHERE child_id = :child "
                                     "ORDER BY triggered_on, id"),
                      {{QStringLiteral("child"), childId}});
    if (!q)
        return q.error();
    QList<StoredRecord> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), Sql::toDate(q->value(1)), Sql::toDate(q->value(2)),
                    q->value(3).toBool()});
    return out;
}

// The PPNs among ppns received after a date: new since an escalation was closed.
Result<QList<PpnDate>> receivedAfter(const QSqlDatabase &db, const QList<PpnDate> &ppns,
                                     QDate after)
{
    QList<Id> ids;
    for (const PpnDate &p : ppns)
        ids.append(p.ppnId);
    auto q = Sql::run(db,
                      QStringLiteral("SELECT id FROM ppn WHERE received_on > :after AND id IN (%1)")
                          .arg(SqlParts::idListRows(db)),
                      {{QStringLiteral("after"), Sql::date(after)},
                       {QStringLiteral("ids"), SqlParts::idList(ids)}});
    if (!q)
        return q.error();
    QSet<Id> fresh;
    while (q->next())
        fresh.insert(q->value(0).toLongLong());
    QList<PpnDate> out;
    for (const PpnDate &p : ppns) {
        if (fresh.contains(p.ppnId))
            out.append(p);
    }
    return out;
}

Status openRecord(const QSqlDatabase &db, Id childId, QDate on, const QList<PpnDate> &triggering)
{
    QJsonArray ids;
    for (const PpnDate &p : triggering)
        ids.append(p.ppnId);
    const QString idsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    auto ins = Sql::run(db,
                        QStringLiteral("INSERT INTO escalation (child_id, triggered_on, ppn_ids, "
                                       "created_at) VALUES (:child, :on, :ids, :now) RETURNING id"),
                        {{QStringLiteral("child"), childId},
                         {QStringLiteral("on"), Sql::date(on)},
                         {QStringLiteral("ids"), idsJson},
                         {QStringLiteral("now"), Stamp::now()}});
    if (!ins)
        return ins.error();
    const Id id = (ins->next() ? ins->value(0).toLongLong() : 0);
    return Audit::record(db, QStringLiteral("escalation-triggered"), QStringLiteral("escalation"),
                         id, childId, {}, Audit::snapshot(db, QStringLiteral("escalation"), id));
}

// Withdraws the records of episodes that no longer exist, opens one for a trigger not yet
// recorded, then sets the child's flag. An episode's escalation, once closed, is opened again
// only when the rule triggers again on a new PPN: one received after it was closed, in the
// latest window that holds the count (that record is dated by the new PPN's incident).
Status applyResult(const QSqlDatabase &db, Id childId, const EscalationResult &r)
{
    auto records = recordsOf(db, childId);
    if (!records)
        return records.error();
    auto inEpisode = [&r](const StoredRecord &k) {
        return r.triggered && k.triggeredOn >= r.triggeredOn;
    };
    QDate lastClose;
    for (const StoredRecord &k : *records) {
        if (inEpisode(k) && k.closedOn.isValid() && k.closedOn > lastClose)
            lastClose = k.closedOn;
    }
    QList<PpnDate> fresh;
    if (lastClose.isValid()) {
        auto found = receivedAfter(db, r.triggering, lastClose);
        if (!found)
            return found.error();
        fresh = *found;
    }
    // A record the rule opened, that nobody has worked on, whose episode no longer exists
    // (its PPN withdrawn, or the add undone, or an earlier PPN moved the trigger back), or
    // whose new PPN since the close is gone, goes, audited. Records of earlier episodes stay
    // until the chair closes them.
    bool recorded = false;
    bool open = false;
    for (const StoredRecord &k : *records) {
        const bool stale = !k.closedOn.isValid() && k.untouched &&
                           (!r.triggered || (k.triggeredOn > r.triggeredOn &&
                                             (!lastClose.isValid() || fresh.isEmpty())));
        if (!stale) {
            if (inEpisode(k)) {
                recorded = true;
                open = open || !k.closedOn.isValid();
            }
            continue;
        }
        const QJsonObject before = Audit::snapshot(db, QStringLiteral("escalation"), k.id);
        if (Status s = Sql::exec(db, QStringLiteral("DELETE FROM escalation WHERE id = :id"),
                                 {{QStringLiteral("id"), k.id}});
            !s)
            return s;
        if (Status s = Audit::record(db, QStringLiteral("escalation-withdrawn"),
                                     QStringLiteral("escalation"), k.id, childId, before, {});
            !s)
            return s;
    }
    if (r.triggered && r.active) {
        if (!recorded) {
            if (Status s = openRecord(db, childId, r.triggeredOn, r.triggering); !s)
                return s;
        } else if (!open && !fresh.isEmpty()) {
            QDate on = fresh.first().date;
            for (const PpnDate &p : std::as_const(fresh))
                on = std::min(on, p.date);
            if (Status s = openRecord(db, childId, std::max(on, r.triggeredOn), r.triggering); !s)
                return s;
        }
    }
    return Sql::exec(db,
                     QStringLiteral("UPDATE child SET escalated = CASE WHEN EXISTS (SELECT 1 "
                                    "FROM escalation e WHERE e.child_id = child.id AND "
                                    "e.closed_on IS NULL) THEN 1 ELSE 0 END WHERE id = :child"),
                     {{QStringLiteral("child"), childId}});
}

} // namespace

Status EscalationService::refreshChild(const QSqlDatabase &db, Id childId, QDate asOf,
                                       const EscalationConfig &config)
{
    auto r = evaluateChild(db, childId, asOf, config);
    if (!r)
        return r.error();
    return applyResult(db, childId, *r);
}

namespace {

// What applyResult does for a new trigger with nothing to withdraw, for many children at
// once: each record inserted with one prepared statement, audited as applyResult audits it
// (the record's row as Audit::snapshot gives it), the children's flags set in one update.
Status openRecords(const QSqlDatabase &db,
                   const QList<EscalationService::ChildEscalation> &triggered)
{
    if (triggered.isEmpty())
        return {};
    RowInsert insert(db);
    if (Status s = insert.prepare(QStringLiteral("INSERT INTO escalation (child_id, triggered_on, "
                                                 "ppn_ids, created_at) VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    QList<Id> children;
    QList<Id> records;
    QHash<Id, Id> childOf;
    const QString now = Stamp::now();
    for (const EscalationService::ChildEscalation &c : triggered) {
        QJsonArray ppnIds;
        for (const PpnDate &p : c.result.triggering)
            ppnIds.append(p.ppnId);
        insert.bind(0, qint64(c.childId));
        insert.bind(1, c.result.triggeredOn);
        insert.bind(2, QString::fromUtf8(QJsonDocument(ppnIds).toJson(QJsonDocument::Compact)));
        insert.bind(3, now);
        if (Status s = insert.insert(); !s)
            return s;
        const Id id = insert.lastId();
        childOf.insert(id, c.childId);
        records.append(id);
        children.append(c.childId);
    }
    // Audited as applyResult audits it (the record's row), chained in one bulk append.
    auto rows = Audit::snapshotsJson(db, QStringLiteral("escalation"), records);
    if (!rows)
        return rows.error();
    QList<Audit::Entry> entries;
    entries.reserve(records.size());
    for (Id id : std::as_const(records)) {
        entries.append({QStringLiteral("escalation-triggered"), QStringLiteral("escalation"), id,
                        childOf.value(id), QString(), rows->value(id)});
    }
    if (Status s = Audit::recordMany(db, entries); !s)
        return s;
    return Sql::exec(db,
                     QStringLiteral("UPDATE child SET escalated = 1 WHERE id IN (%1)")
                         .arg(SqlParts::idListRows(db)),
                     {{QStringLiteral("ids"), SqlParts::idList(children)}});
}

} // namespace

Status EscalationService::refreshChildren(const QSqlDatabase &db, const QList<Id> &childIds,
                                          QDate asOf, const EscalationConfig &config)
{
    if (childIds.isEmpty())
        return {};
    if (config.perHousehold) {
        // Household counting reads each household's PPNs; kept per child.
        for (Id id : childIds) {
            if (Status s = refreshChild(db, id, asOf, config); !s)
                return s;
        }
        return {};
    }
    const QString idsJson = SqlParts::idList(childIds);
    // Their escalation records and flags, so that applyResult (a handful of statements) runs
    // only for the children where it would change something.
    struct Record
    {
        QDate triggeredOn;
        bool open = false;
        bool untouched = false; // nobody has liaised or fed back
    };
    // Read through RowScan: at thousands of children, Qt Sql's value per cell was most of it.
    const QVariantMap idsValue{{QStringLiteral("ids"), idsJson}};
    QHash<Id, QList<Record>> records;
    if (Status s = RowScan::run(
            db,
            QStringLiteral("SELECT child_id, triggered_on, CASE WHEN closed_on IS NULL THEN 1 "
                           "ELSE 0 END, CASE WHEN liaison_with = '' AND feedback = '' THEN 1 "
                           "ELSE 0 END FROM escalation WHERE child_id IN (%1)")
                .arg(SqlParts::idListRows(db)),
            idsValue,
            [&records](const RowScan::Row &row) {
                records[row.integer(0)].append(
                    {row.date(1), row.integer(2) != 0, row.integer(3) != 0});
            });
        !s)
        return s;
    // Every flagged child, read from the small partial index of them (child_escalated), not
    // one look-up in the child table per child asked about.
    QSet<Id> flagged;
    if (Status s =
            RowScan::run(db, QStringLiteral("SELECT id FROM child WHERE escalated = 1"), {},
                         [&flagged](const RowScan::Row &row) { flagged.insert(row.integer(0)); });
        !s)
        return s;
    // Their PPNs' dates from the covering index ppn_child_child alone, every PPN counted
    // whatever its type, as evaluateAll counts them first: missing-child notifications only
    // take PPNs away, so a child who does not trigger with all of them counted cannot when
    // they are passed over, and only the PPNs of those who do are looked up in the ppn table.
    QHash<Id, QList<PpnDate>> ppns;
    ppns.reserve(childIds.size());
    if (Status s = RowScan::run(
            db,
            QStringLiteral("SELECT child_id, ppn_id, incident_on FROM ppn_child WHERE archived = "
                           "0 AND child_id IN (%1)")
                .arg(SqlParts::idListRows(db)),
            idsValue,
            [&ppns](const RowScan::Row &row) {
                ppns[row.integer(0)].append({row.integer(1), row.date(2), {}, false});
            });
        !s)
        return s;
    struct Evaluated
    {
        Id id = 0;
        EscalationResult result;
    };
    QList<Evaluated> evaluated;
    QList<PpnDate *> toType;
    for (Id id : childIds) {
        const auto list = ppns.find(id);
        const qsizetype count = list == ppns.end() ? 0 : list->size();
        if (count < std::max(1, config.threshold) && !records.contains(id))
            continue; // too few PPNs to trigger, and no record to withdraw
        evaluated.append({id, list == ppns.end() ? EscalationRule::evaluate({}, asOf, config)
                                                 : EscalationRule::evaluate(*list, asOf, config)});
        if (!config.countMissing && evaluated.last().result.triggered) {
            for (PpnDate &p : *list)
                toType.append(&p);
        }
    }
    if (!toType.isEmpty()) {
        if (Status s = markMissing(db, toType); !s)
            return s;
        for (Evaluated &e : evaluated) {
            if (e.result.triggered)
                e.result = EscalationRule::evaluate(ppns.value(e.id), asOf, config);
        }
    }
    QList<ChildEscalation> newRecords;
    for (Evaluated &e : evaluated) {
        const Id id = e.id;
        const QList<Record> &known = records[id];
        EscalationResult &r = e.result;
        // What applyResult would do: open a record for a new trigger, withdraw records of
        // episodes that no longer exist, set the flag.
        bool recorded = false;
        bool stale = false;
        bool open = false;
        bool closedInEpisode = false; // may trigger again on a new PPN: applyResult decides
        for (const Record &k : known) {
            if (r.triggered && k.triggeredOn.isValid() && k.triggeredOn >= r.triggeredOn) {
                recorded = true;
                closedInEpisode = closedInEpisode || !k.open;
            }
            if (k.open && k.untouched && (!r.triggered || k.triggeredOn > r.triggeredOn))
                stale = true;
            if (k.open)
                open = true;
        }
        const bool opens = r.triggered && r.active && !recorded;
        if (!opens && !stale && !(closedInEpisode && r.active) && open == flagged.contains(id))
            continue;
        if (opens && !stale) {
            // Only a new record to open (the common case in a daily file): done together below.
            newRecords.append({id, std::move(r)});
            continue;
        }
        // applyResult records the triggering PPNs by id: their references are not needed.
        if (Status s = applyResult(db, id, r); !s)
            return s;
    }
    return openRecords(db, newRecords);
}

Status EscalationService::refreshAll(const QSqlDatabase &db, QDate asOf,
                                     const EscalationConfig &config)
{
    auto all = evaluateAll(db, asOf, config);
    if (!all)
        return all.error();
    // Only triggers open records; near misses change nothing stored.
    for (const ChildEscalation &c : *all) {
        if (!c.result.triggered)
            continue;
        if (Status s = applyResult(db, c.childId, c.result); !s)
            return s;
    }
    return Sql::exec(db, QStringLiteral("UPDATE child SET escalated = CASE WHEN EXISTS (SELECT 1 "
                                        "FROM escalation e WHERE e.child_id = child.id AND "
                                        "e.closed_on IS NULL) THEN 1 ELSE 0 END"));
}

} // namespace enc
