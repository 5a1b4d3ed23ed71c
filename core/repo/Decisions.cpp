#include "Decisions.h"

#include "ChildSummary.h"
#include "Stamp.h"
#include "domain/DateInput.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Decisions", text);
}

const QString DecisionTable = QStringLiteral("decision");
const QString ActionTable = QStringLiteral("action");

Action actionFrom(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(QStringLiteral("id")).toLongLong();
    a.childId = q.value(QStringLiteral("child_id")).toLongLong();
    a.decisionId = q.value(QStringLiteral("decision_id")).toLongLong();
    a.description = q.value(QStringLiteral("description")).toString();
    a.ownerMemberId = q.value(QStringLiteral("owner_member_id")).toLongLong();
    a.ownerText = q.value(QStringLiteral("owner_text")).toString();
    a.dueOn = Sql::toDate(q.value(QStringLiteral("due_on")));
    a.completedOn = Sql::toDate(q.value(QStringLiteral("completed_on")));
    a.completedBy = q.value(QStringLiteral("completed_by")).toString();
    a.version = q.value(QStringLiteral("version")).toInt();
    return a;
}

} // namespace

Result<QList<Outcome>> Decisions::outcomes(bool activeOnly) const
{
    auto q = Sql::run(m_db.sql(),
                      activeOnly ? QStringLiteral("SELECT * FROM outcome WHERE active = 1 ORDER BY "
                                                  "sort_order, id")
                                 : QStringLiteral("SELECT * FROM outcome ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QList<Outcome> out;
    while (q->next()) {
        Outcome o;
        o.id = q->value(QStringLiteral("id")).toLongLong();
        o.code = q->value(QStringLiteral("code")).toString();
        o.label = q->value(QStringLiteral("label")).toString();
        o.sortOrder = q->value(QStringLiteral("sort_order")).toInt();
        o.active = q->value(QStringLiteral("active")).toBool();
        o.warnAboveStandardRisk = q->value(QStringLiteral("warn_above_standard")).toBool();
        o.highRiskRoute = q->value(QStringLiteral("high_risk_route")).toBool();
        out.append(o);
    }
    return out;
}

Result<Saved> Decisions::saveOutcome(const Outcome &o)
{
    if (o.label.trimmed().isEmpty())
        return Result<Saved>::failure(tr("Outcome label is required."), QStringLiteral("label"));
    Saved saved{o.id, {}};
    Status s = m_db.transaction([&]() -> Status {
        const QString table = QStringLiteral("outcome");
        const QJsonObject before = o.id ? Audit::snapshot(m_db.sql(), table, o.id) : QJsonObject();
        const QVariantMap v{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("code"), o.code.isEmpty() ? o.label.simplified() : o.code},
            {QStringLiteral("label"), o.label.simplified()},
            {QStringLiteral("sort"), o.sortOrder},
            {QStringLiteral("active"), o.active ? 1 : 0},
            {QStringLiteral("warn"), o.warnAboveStandardRisk ? 1 : 0},
            {QStringLiteral("high"), o.highRiskRoute ? 1 : 0}};
        auto q = Sql::run(
            m_db.sql(),
            o.id ? QStringLiteral("UPDATE outcome SET label = :label, sort_order = "
                                  ":sort, active = :active, warn_above_standard = "
                                  ":warn, high_risk_route = :high WHERE id = :id")
                 : QStringLiteral(
                       "INSERT INTO outcome (code, label, sort_order, "
                       "active, warn_above_standard, high_risk_route) "
                       "VALUES (:code, :label, :sort, :active, :warn, :high) RETURNING id"),
            v);
        if (!q)
            return q.error();
        if (!o.id)
            saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), o.id ? QStringLiteral("edit") : QStringLiteral("add"),
                             table, saved.id, 0, before,
                             Audit::snapshot(m_db.sql(), table, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<QList<Decision>> Decisions::forChild(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, child_id, meeting_id, outcome_id, rationale, "
                                     "decided_by, decided_on, quorate FROM decision WHERE child_id "
                                     "= :id AND archived_at IS NULL ORDER BY decided_on DESC, id "
                                     "DESC"),
                      {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Decision> out;
    while (q->next()) {
        Decision d;
        d.id = q->value(0).toLongLong();
        d.childId = q->value(1).toLongLong();
        d.meetingId = q->value(2).toLongLong();
        d.outcomeId = q->value(3).toLongLong();
        d.rationale = q->value(4).toString();
        d.decidedBy = q->value(5).toString();
        d.decidedOn = Sql::toDate(q->value(6));
        d.quorate = q->value(7).toBool();
        out.append(d);
    }
    return out;
}

Result<QStringList> Decisions::warningsFor(Id childId, Id outcomeId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT o.label, o.warn_above_standard, (SELECT p.risk FROM "
                                     "ppn p JOIN ppn_child pc ON pc.ppn_id = p.id WHERE "
                                     "pc.child_id = :child AND pc.archived = 0 ORDER BY "
                                     "p.incident_on DESC, p.id DESC LIMIT 1) FROM outcome o "
                                     "WHERE o.id = :outcome"),
                      {{QStringLiteral("child"), childId}, {QStringLiteral("outcome"), outcomeId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<QStringList>::failure(tr("Choose an outcome from the list."),
                                            QStringLiteral("outcome"));
    QStringList warnings;
    const QString risk = q->value(2).toString();
    if (q->value(1).toBool() &&
        (risk == QLatin1String("medium") || risk == QLatin1String("high"))) {
        warnings << tr("%1 is for conflict below the threshold of abuse, but this child's latest "
                       "PPN is graded %2 risk.")
                        .arg(q->value(0).toString(), risk);
    }
    return warnings;
}

Result<Saved> Decisions::record(const Decision &d)
{
    if (d.childId <= 0)
        return Result<Saved>::failure(tr("Choose the child the decision is about."),
                                      QStringLiteral("child"));
    auto warnings = warningsFor(d.childId, d.outcomeId);
    if (!warnings)
        return warnings.error();
    if (!d.decidedOn.isValid())
        return Result<Saved>::failure(tr("Decision date is required."),
                                      QStringLiteral("decided_on"));
    Saved saved{0, *warnings};
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO decision (child_id, meeting_id, outcome_id, "
                                         "rationale, decided_by, decided_on, quorate, created_at) "
                                         "VALUES (:child, :meeting, :outcome, :rationale, :by, "
                                         ":on, :quorate, :now) RETURNING id"),
                          {{QStringLiteral("child"), d.childId},
                           {QStringLiteral("meeting"), Sql::id(d.meetingId)},
                           {QStringLiteral("outcome"), d.outcomeId},
                           {QStringLiteral("rationale"), d.rationale.trimmed()},
                           {QStringLiteral("by"), d.decidedBy.trimmed()},
                           {QStringLiteral("on"), Sql::date(d.decidedOn)},
                           {QStringLiteral("quorate"), d.quorate ? 1 : 0},
                           {QStringLiteral("now"), Stamp::now()}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), DecisionTable, saved.id, d.childId,
                             {}, Audit::snapshot(m_db.sql(), DecisionTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Status Decisions::archiveDecision(Id decisionId, bool archived)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), DecisionTable, decisionId);
        if (before.isEmpty())
            return Status::failure(tr("There is no decision with id %1.").arg(decisionId));
        if (Status s = Sql::exec(
                m_db.sql(), QStringLiteral("UPDATE decision SET archived_at = :at WHERE id = :id"),
                {{QStringLiteral("at"), archived ? QVariant(Stamp::now()) : QVariant()},
                 {QStringLiteral("id"), decisionId}});
            !s)
            return s;
        return Audit::record(
            m_db.sql(), archived ? QStringLiteral("archive") : QStringLiteral("unarchive"),
            DecisionTable, decisionId, before.value(QStringLiteral("child_id")).toInteger(), before,
            Audit::snapshot(m_db.sql(), DecisionTable, decisionId));
    });
}

Result<Action> Decisions::action(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM action WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Action>::failure(tr("There is no action with id %1.").arg(id));
    return actionFrom(*q);
}

Result<QList<Action>> Decisions::actionsFor(Id childId) const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT * FROM action WHERE child_id = :id AND archived_at "
                       "IS NULL ORDER BY completed_on IS NOT NULL, due_on NULLS FIRST, id"),
        {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Action> out;
    while (q->next())
        out.append(actionFrom(*q));
    return out;
}

Result<Saved> Decisions::addAction(const Action &a)
{
    if (a.description.trimmed().isEmpty())
        return Result<Saved>::failure(tr("Describe the action."), QStringLiteral("description"));
    if (a.ownerMemberId <= 0 && a.ownerText.trimmed().isEmpty())
        return Result<Saved>::failure(tr("Say who owns the action."), QStringLiteral("owner"));
    if (!a.dueOn.isValid())
        return Result<Saved>::failure(tr("Due date is required."), QStringLiteral("due_on"));
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO action (child_id, decision_id, description, "
                                         "owner_member_id, owner_text, due_on, created_at) VALUES "
                                         "(:child, :decision, :description, :owner, :ownertext, "
                                         ":due, :now) RETURNING id"),
                          {{QStringLiteral("child"), a.childId},
                           {QStringLiteral("decision"), Sql::id(a.decisionId)},
                           {QStringLiteral("description"), a.description.trimmed()},
                           {QStringLiteral("owner"), Sql::id(a.ownerMemberId)},
                           {QStringLiteral("ownertext"), a.ownerText.trimmed()},
                           {QStringLiteral("due"), Sql::date(a.dueOn)},
                           {QStringLiteral("now"), Stamp::now()}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        if (Status st =
                Audit::record(m_db.sql(), QStringLiteral("add"), ActionTable, saved.id, a.childId,
                              {}, Audit::snapshot(m_db.sql(), ActionTable, saved.id));
            !st)
            return st;
        return ChildSummary::refresh(m_db.sql(), a.childId);
    });
    if (!s)
        return s.error();
    return saved;
}

Status Decisions::complete(Id actionId, QDate on, const QString &by)
{
    if (!on.isValid())
        return Status::failure(tr("Completion date is required."), QStringLiteral("completed_on"));
    return setCompletion(actionId, on, by, QStringLiteral("complete"));
}

Status Decisions::uncomplete(Id actionId)
{
    return setCompletion(actionId, QDate(), QString(), QStringLiteral("uncomplete"));
}

Status Decisions::setCompletion(Id actionId, QDate on, const QString &by,
                                const QString &auditAction)
{
    return m_db.transaction([&]() -> Status {
        auto a = action(actionId);
        if (!a)
            return a.error();
        const QJsonObject before = Audit::snapshot(m_db.sql(), ActionTable, actionId);
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE action SET completed_on = :on, "
                                                "completed_by = :by, version = version + 1 "
                                                "WHERE id = :id"),
                                 {{QStringLiteral("on"), Sql::date(on)},
                                  {QStringLiteral("by"), by.trimmed()},
                                  {QStringLiteral("id"), actionId}});
            !s)
            return s;
        if (Status s = Audit::record(m_db.sql(), auditAction, ActionTable, actionId, a->childId,
                                     before, Audit::snapshot(m_db.sql(), ActionTable, actionId));
            !s)
            return s;
        return ChildSummary::refresh(m_db.sql(), a->childId);
    });
}

Status Decisions::archiveAction(Id actionId, bool archived)
{
    return m_db.transaction([&]() -> Status {
        auto a = action(actionId);
        if (!a)
            return a.error();
        const QJsonObject before = Audit::snapshot(m_db.sql(), ActionTable, actionId);
        if (Status s = Sql::exec(
                m_db.sql(),
                QStringLiteral("UPDATE action SET archived_at = :at, version = version + 1 WHERE "
                               "id = :id"),
                {{QStringLiteral("at"), archived ? QVariant(Stamp::now()) : QVariant()},
                 {QStringLiteral("id"), actionId}});
            !s)
            return s;
        if (Status s = Audit::record(
                m_db.sql(), archived ? QStringLiteral("archive") : QStringLiteral("unarchive"),
                ActionTable, actionId, a->childId, before,
                Audit::snapshot(m_db.sql(), ActionTable, actionId));
            !s)
            return s;
        return ChildSummary::refresh(m_db.sql(), a->childId);
    });
}

} // namespace enc
