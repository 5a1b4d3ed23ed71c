// The demo's escalations: every time the rule triggered in the demo's history, as the office
// would have recorded it then, so that the reports and "escalations --as-of" agree on any
// month. Older escalations were liaised, fed back and closed at a meeting after their last
// PPN; recent ones are at every stage.

#include "demo/DemoModel.h"

#include "domain/EscalationRule.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace enc::demo {

namespace {

struct ChildPpns
{
    Id childId = 0;
    QString worker; // the allocated social worker, when open to social care
    QList<PpnDate> ppns;
    QHash<Id, QDate> received;
};

struct Episode
{
    QDate triggeredOn;
    QList<Id> ppnIds;
    QDate lastReceived; // the latest receipt of a PPN in the episode
};

// Every episode of the rule in the child's history: evaluated as of each incident date, as
// the office saw it then.
QList<Episode> episodesOf(const ChildPpns &child, const EscalationConfig &config)
{
    QList<Episode> out;
    QList<QDate> dates;
    for (const PpnDate &p : child.ppns)
        dates.append(p.date);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    for (QDate d : std::as_const(dates)) {
        const EscalationResult r = EscalationRule::evaluate(child.ppns, d, config);
        if (!r.triggered || !r.active)
            continue;
        if (out.isEmpty() || out.last().triggeredOn != r.triggeredOn) {
            Episode e{r.triggeredOn, {}, {}};
            for (const PpnDate &p : r.triggering)
                e.ppnIds.append(p.ppnId);
            out.append(e);
        }
        for (const PpnDate &p : r.triggering)
            out.last().lastReceived =
                std::max(out.last().lastReceived, child.received.value(p.ppnId));
    }
    return out;
}

// The next Monday, Wednesday or Friday on or after d: the meeting that hears it.
QDate meetingDay(QDate d)
{
    while (d.dayOfWeek() != 1 && d.dayOfWeek() != 3 && d.dayOfWeek() != 5)
        d = d.addDays(1);
    return d;
}

Result<QList<ChildPpns>> readPpns(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QStringLiteral("SELECT pc.child_id, pc.ppn_id, pc.incident_on, "
                                         "p.received_on, c.social_care_open, c.social_worker, "
                                         "p.type = 'missing_child' "
                                         "FROM ppn_child pc JOIN ppn p ON p.id = pc.ppn_id "
                                         "JOIN child c ON c.id = pc.child_id "
                                         "WHERE pc.archived = 0 ORDER BY pc.child_id, "
                                         "pc.incident_on, pc.ppn_id"));
    if (!q)
        return q.error();
    QList<ChildPpns> out;
    while (q->next()) {
        const Id child = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().childId != child)
            out.append({child, q->value(4).toBool() ? q->value(5).toString() : QString(), {}, {}});
        const Id ppn = q->value(1).toLongLong();
        out.last().ppns.append({ppn, Sql::toDate(q->value(2)), {}, q->value(6).toBool()});
        out.last().received.insert(ppn, Sql::toDate(q->value(3)));
    }
    return out;
}

} // namespace

Status writeEscalations(const QSqlDatabase &db, QDate today, Random &rng)
{
    const EscalationConfig config;
    auto children = readPpns(db);
    if (!children)
        return children.error();
    const QStringList outcomes = {
        tr("Threshold for statutory intervention not met; Early Help support continues."),
        tr("The allocated social worker will consider the notifications in the child's plan."),
        tr("Strategy discussion held; family offered an Early Help Assessment."),
        tr("MASH reviewed the notifications and took no further action.")};
    const QStringList feedback = {
        tr("Chair fed back the liaison: the group will keep the family under review."),
        tr("Chair fed back: the setting will report any new concerns to the group."),
        tr("Chair fed back: the parent accepted the Early Help Assessment.")};
    const QStringList reasons = {tr("Liaison complete; no further escalation needed."),
                                 tr("Family supported through the Early Help Assessment."),
                                 tr("Open to social care; the allocated worker leads.")};
    Statement insert(
        db, QStringLiteral("INSERT INTO escalation (child_id, triggered_on, ppn_ids, "
                           "feedback_on, feedback_meeting_id, feedback, closed_on, "
                           "close_reason, liaison_with, created_at) VALUES (?, ?, ?, ?, "
                           "(SELECT id FROM meeting WHERE date = ? AND cancelled_at IS NULL "
                           "ORDER BY id LIMIT 1), ?, ?, ?, ?, ?)"));
    Statement liaise(db, QStringLiteral("INSERT INTO escalation_liaison (escalation_id, "
                                        "liaised_on, with_whom, outcome, recorded_by, "
                                        "created_at) VALUES (?, ?, ?, ?, 'demo', ?)"));
    if (!insert.status())
        return insert.status();
    if (!liaise.status())
        return liaise.status();
    const QString mash = QStringLiteral("MASH");
    const QVariant none;
    for (const ChildPpns &child : std::as_const(*children)) {
        if (child.ppns.size() < config.threshold)
            continue;
        for (const Episode &e : episodesOf(child, config)) {
            QJsonArray ids;
            for (Id id : e.ppnIds)
                ids.append(id);
            const QString with = child.worker.isEmpty() ? mash : child.worker;
            const QDate closeOn = meetingDay(e.lastReceived.addDays(rng.between(7, 20)));
            const bool closed = closeOn < today;
            // Recent ones: 1 in 3 not yet taken up, 1 in 3 liaised, 1 in 3 fed back too.
            const int stage = closed ? 3 : rng.between(0, 2);
            const QDate liaisedOn =
                std::min(e.triggeredOn.addDays(rng.between(1, 5)), today.addDays(-1));
            const QDate fedBackOn =
                closed ? closeOn : meetingDay(liaisedOn.addDays(rng.between(1, 4)));
            const bool liaised = stage >= 1 && liaisedOn > e.triggeredOn;
            const bool fedBack = liaised && stage >= 2 && fedBackOn < today;
            auto id = insert.run(
                {child.childId, isoDate(e.triggeredOn),
                 QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)),
                 fedBack ? isoDate(fedBackOn) : none, isoDate(fedBackOn),
                 fedBack ? rng.pick(feedback) : QString(), closed ? isoDate(closeOn) : none,
                 closed ? rng.pick(reasons) : QString(), liaised ? with : QString(),
                 stamp(e.triggeredOn, 9 * 60)});
            if (!id)
                return id.error();
            if (liaised) {
                auto done = liaise.run(
                    {*id, isoDate(liaisedOn), with, rng.pick(outcomes), stamp(liaisedOn, 15 * 60)});
                if (!done)
                    return done.error();
            }
        }
    }
    if (Status s = Sql::exec(db, QStringLiteral("UPDATE child SET escalated = CASE WHEN EXISTS "
                                                "(SELECT 1 FROM escalation e WHERE e.child_id = "
                                                "child.id AND e.closed_on IS NULL) THEN 1 ELSE 0 "
                                                "END"));
        !s)
        return s;
    // An open escalation keeps the child's record open.
    return Sql::exec(db, QStringLiteral("UPDATE child SET status = 'open' WHERE escalated = 1 "
                                        "AND status = 'greened_off'"));
}

} // namespace enc::demo
