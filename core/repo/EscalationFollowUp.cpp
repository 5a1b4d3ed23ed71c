#include "EscalationFollowUp.h"

#include "Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::EscalationFollowUp", text);
}

const QString Table = QStringLiteral("escalation");
constexpr int MaxText = 2000;

QString dateText(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// The text of a field, trimmed, or a failure naming the field.
Result<QString> required(const QString &value, const QString &field, const QString &missing)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Result<QString>::failure(missing, field);
    if (text.size() > MaxText)
        return Result<QString>::failure(
            tr("%1 characters is too long: keep it to %2.").arg(text.size()).arg(MaxText), field);
    return text;
}

// Keeps the child's escalated flag true while any of its escalations is not closed.
Status refreshFlag(const QSqlDatabase &db, Id childId)
{
    return Sql::exec(db,
                     QStringLiteral("UPDATE child SET escalated = CASE WHEN EXISTS (SELECT 1 "
                                    "FROM escalation e WHERE e.child_id = child.id AND "
                                    "e.closed_on IS NULL) THEN 1 ELSE 0 END WHERE id = :id"),
                     {{QStringLiteral("id"), childId}});
}

// escalation.liaison_with keeps the latest liaison's "with" (the rule's record keeper reads it
// to tell an escalation somebody has worked on from one it may withdraw).
const char LatestLiaison[] =
    "UPDATE escalation SET liaison_with = coalesce((SELECT with_whom FROM escalation_liaison l "
    "WHERE l.escalation_id = escalation.id ORDER BY l.liaised_on DESC, l.id DESC LIMIT 1), ''), "
    "version = version + 1 WHERE id = :id";

QJsonObject liaisonJson(QDate on, const QString &with, const QString &outcome)
{
    return {{QStringLiteral("liaised_on"), Sql::isoDate(on)},
            {QStringLiteral("with_whom"), with},
            {QStringLiteral("outcome"), outcome}};
}

} // namespace

EscalationState EscalationRecord::state(QDate asOf) const
{
    auto by = [asOf](QDate d) {
        return d.isValid() && (!asOf.isValid() || d <= asOf);
    };
    if (by(closedOn))
        return EscalationState::Closed;
    if (by(feedbackOn))
        return EscalationState::FeedbackGiven;
    for (const EscalationLiaison &l : liaisons) {
        if (by(l.on))
            return EscalationState::Liaised;
    }
    return EscalationState::Open;
}

QString toToken(EscalationState state)
{
    switch (state) {
    case EscalationState::Open:
        return QStringLiteral("open");
    case EscalationState::Liaised:
        return QStringLiteral("liaised");
    case EscalationState::FeedbackGiven:
        return QStringLiteral("feedback-given");
    case EscalationState::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QString toText(EscalationState state)
{
    switch (state) {
    case EscalationState::Open:
        return tr("Open");
    case EscalationState::Liaised:
        return tr("Liaised");
    case EscalationState::FeedbackGiven:
        return tr("Feedback given");
    case EscalationState::Closed:
        break;
    }
    return tr("Closed");
}

Result<QList<EscalationRecord>> EscalationFollowUp::load(Id childId) const
{
    // childId 0: every child's.
    const QVariantMap values{{QStringLiteral("id"), childId}};
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, child_id, triggered_on, ppn_ids, feedback_on, "
                                     "feedback_meeting_id, feedback, closed_on, close_reason, "
                                     "version FROM escalation WHERE child_id = :id OR :id = 0 "
                                     "ORDER BY child_id, triggered_on DESC, id DESC"),
                      values);
    if (!q)
        return q.error();
    QList<EscalationRecord> out;
    QHash<Id, qsizetype> index;
    while (q->next()) {
        EscalationRecord e;
        e.id = q->value(0).toLongLong();
        e.childId = q->value(1).toLongLong();
        e.triggeredOn = Sql::toDate(q->value(2));
        const QJsonArray ids = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array();
        for (const QJsonValue &v : ids)
            e.ppnIds.append(v.toInteger());
        e.feedbackOn = Sql::toDate(q->value(4));
        e.feedbackMeetingId = q->value(5).toLongLong();
        e.feedback = q->value(6).toString();
        e.closedOn = Sql::toDate(q->value(7));
        e.closeReason = q->value(8).toString();
        e.version = q->value(9).toInt();
        index.insert(e.id, out.size());
        out.append(e);
    }
    auto l = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT l.escalation_id, l.id, l.liaised_on, l.with_whom, "
                                     "l.outcome, l.recorded_by FROM escalation_liaison l JOIN "
                                     "escalation e ON e.id = l.escalation_id WHERE e.child_id = "
                                     ":id OR :id = 0 ORDER BY l.liaised_on, l.id"),
                      values);
    if (!l)
        return l.error();
    while (l->next()) {
        const auto at = index.constFind(l->value(0).toLongLong());
        if (at != index.constEnd())
            out[*at].liaisons.append({l->value(1).toLongLong(), Sql::toDate(l->value(2)),
                                      l->value(3).toString(), l->value(4).toString(),
                                      l->value(5).toString()});
    }
    return out;
}

Result<QList<EscalationRecord>> EscalationFollowUp::forChild(Id childId) const
{
    if (childId == 0)
        return QList<EscalationRecord>();
    return load(childId);
}

Result<QHash<Id, QList<EscalationRecord>>> EscalationFollowUp::byChild() const
{
    auto all = load(0);
    if (!all)
        return all.error();
    QHash<Id, QList<EscalationRecord>> out;
    for (EscalationRecord &e : *all)
        out[e.childId].append(std::move(e));
    return out;
}

Result<EscalationRecord> EscalationFollowUp::get(Id id) const
{
    auto child =
        Sql::scalar(m_db.sql(), QStringLiteral("SELECT child_id FROM escalation WHERE id = :id"),
                    {{QStringLiteral("id"), id}});
    if (!child)
        return child.error();
    if (child->isNull())
        return Result<EscalationRecord>::failure(tr("There is no escalation with id %1.").arg(id));
    auto all = forChild(child->toLongLong());
    if (!all)
        return all.error();
    for (const EscalationRecord &e : *all) {
        if (e.id == id)
            return e;
    }
    return Result<EscalationRecord>::failure(tr("There is no escalation with id %1.").arg(id));
}

Result<EscalationRecord> EscalationFollowUp::openFor(Id childId) const
{
    auto all = forChild(childId);
    if (!all)
        return all.error();
    for (const EscalationRecord &e : *all) {
        if (!e.closedOn.isValid())
            return e;
    }
    auto known =
        Sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM child WHERE id = :id"),
                    {{QStringLiteral("id"), childId}});
    if (known && known->toInt() == 0)
        return Result<EscalationRecord>::failure(tr("There is no child with id %1.").arg(childId),
                                                 QStringLiteral("child"));
    return Result<EscalationRecord>::failure(
        all->isEmpty() ? tr("Child %1 has never been escalated.").arg(childId)
                       : tr("Child %1 has no open escalation: the last was closed on %2.")
                             .arg(childId)
                             .arg(dateText(all->first().closedOn)),
        QStringLiteral("child"));
}

Result<EscalationRecord> EscalationFollowUp::changeable(Id id, int version, QDate on) const
{
    using R = Result<EscalationRecord>;
    auto e = get(id);
    if (!e)
        return e;
    if (e->version != version)
        return StaleEdit::refuse(m_db.sql(), Table, id).error();
    if (e->closedOn.isValid())
        return R::failure(tr("This escalation was closed on %1: nothing more can be recorded on "
                             "it.")
                              .arg(dateText(e->closedOn)));
    if (!on.isValid())
        return R::failure(tr("Give the date."), QStringLiteral("on"));
    if (on < e->triggeredOn)
        return R::failure(tr("%1 is before the escalation was triggered (%2).")
                              .arg(dateText(on), dateText(e->triggeredOn)),
                          QStringLiteral("on"));
    if (on > QDate::currentDate())
        return R::failure(tr("%1 is in the future.").arg(dateText(on)), QStringLiteral("on"));
    return e;
}

Status EscalationFollowUp::write(Id id, const QString &action, const QString &sql,
                                 const QVariantMap &values, const QJsonObject &extra)
{
    const QSqlDatabase db = m_db.sql();
    const QJsonObject before = Audit::snapshot(db, Table, id);
    if (before.isEmpty())
        return Status::failure(tr("There is no escalation with id %1.").arg(id));
    QVariantMap v = values;
    v.insert(QStringLiteral("id"), id);
    auto q = Sql::run(db, sql, v);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return StaleEdit::refuse(db, Table, id);
    const Id child = before.value(QStringLiteral("child_id")).toInteger();
    if (Status s = refreshFlag(db, child); !s)
        return s;
    QJsonObject after = Audit::snapshot(db, Table, id);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        after.insert(it.key(), it.value());
    return Audit::record(db, action, Table, id, child, before, after);
}

Result<Id> EscalationFollowUp::liaise(Id escalationId, int version, QDate on, const QString &with,
                                      const QString &outcome)
{
    auto e = changeable(escalationId, version, on);
    if (!e)
        return e.error();
    auto whom = required(with, QStringLiteral("with"),
                         tr("Say who the chair liaised with (the social worker or MASH)."));
    if (!whom)
        return whom.error();
    auto agreed = required(outcome, QStringLiteral("outcome"), tr("Say what was agreed."));
    if (!agreed)
        return agreed.error();
    Id liaison = 0;
    const Status done = m_db.transaction([&]() -> Status {
        auto ins = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO escalation_liaison (escalation_id, "
                           "liaised_on, with_whom, outcome, recorded_by, "
                           "created_at) VALUES (:e, :on, :with, :outcome, :by, :now) RETURNING id"),
            {{QStringLiteral("e"), escalationId},
             {QStringLiteral("on"), Sql::date(on)},
             {QStringLiteral("with"), *whom},
             {QStringLiteral("outcome"), *agreed},
             {QStringLiteral("by"), Audit::currentUser(m_db.sql())},
             {QStringLiteral("now"), Stamp::now()}});
        if (!ins)
            return ins.error();
        liaison = (ins->next() ? ins->value(0).toLongLong() : 0);
        return write(escalationId, QStringLiteral("escalation-liaison"),
                     QString::fromLatin1(LatestLiaison) + QStringLiteral(" AND version = :version"),
                     {{QStringLiteral("version"), version}},
                     {{QStringLiteral("liaison"), liaisonJson(on, *whom, *agreed)}});
    });
    if (!done)
        return done.error();
    return liaison;
}

Status EscalationFollowUp::removeLiaison(Id liaisonId)
{
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("SELECT escalation_id, liaised_on, with_whom, outcome "
                                         "FROM escalation_liaison WHERE id = :id"),
                          {{QStringLiteral("id"), liaisonId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(tr("That liaison has already been removed."));
        const Id id = q->value(0).toLongLong();
        const QJsonObject removed =
            liaisonJson(Sql::toDate(q->value(1)), q->value(2).toString(), q->value(3).toString());
        q->finish();
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("DELETE FROM escalation_liaison WHERE id = :id"),
                                 {{QStringLiteral("id"), liaisonId}});
            !s)
            return s;
        return write(id, QStringLiteral("escalation-liaison-removed"),
                     QString::fromLatin1(LatestLiaison), {},
                     {{QStringLiteral("liaison"), removed}});
    });
}

Status EscalationFollowUp::feedback(Id escalationId, int version, QDate on, const QString &text)
{
    auto e = changeable(escalationId, version, on);
    if (!e)
        return e.error();
    auto given =
        required(text, QStringLiteral("feedback"), tr("Write the feedback given to the group."));
    if (!given)
        return given.error();
    return m_db.transaction([&]() -> Status {
        auto meeting = Sql::scalar(m_db.sql(),
                                   QStringLiteral("SELECT id FROM meeting WHERE date = :on AND "
                                                  "cancelled_at IS NULL ORDER BY id LIMIT 1"),
                                   {{QStringLiteral("on"), Sql::date(on)}});
        if (!meeting)
            return meeting.error();
        return write(escalationId, QStringLiteral("escalation-feedback"),
                     QStringLiteral("UPDATE escalation SET feedback_on = :on, feedback = :text, "
                                    "feedback_meeting_id = :meeting, version = version + 1 WHERE "
                                    "id = :id AND version = :version"),
                     {{QStringLiteral("on"), Sql::date(on)},
                      {QStringLiteral("text"), *given},
                      {QStringLiteral("meeting"), Sql::id(meeting->toLongLong())},
                      {QStringLiteral("version"), version}});
    });
}

Status EscalationFollowUp::close(Id escalationId, int version, QDate on, const QString &reason)
{
    auto e = changeable(escalationId, version, on);
    if (!e)
        return e.error();
    auto why = required(reason, QStringLiteral("reason"), tr("Give the reason for closing it."));
    if (!why)
        return why.error();
    return m_db.transaction([&]() -> Status {
        return write(escalationId, QStringLiteral("escalation-closed"),
                     QStringLiteral("UPDATE escalation SET closed_on = :on, close_reason = "
                                    ":reason, version = version + 1 WHERE id = :id AND version = "
                                    ":version"),
                     {{QStringLiteral("on"), Sql::date(on)},
                      {QStringLiteral("reason"), *why},
                      {QStringLiteral("version"), version}});
    });
}

Status EscalationFollowUp::restore(const EscalationRecord &values)
{
    return m_db.transaction([&]() -> Status {
        return write(values.id, QStringLiteral("escalation-restored"),
                     QStringLiteral("UPDATE escalation SET feedback_on = :fon, feedback = :text, "
                                    "feedback_meeting_id = :meeting, closed_on = :closed, "
                                    "close_reason = :reason, version = version + 1 WHERE id = :id"),
                     {{QStringLiteral("fon"), Sql::date(values.feedbackOn)},
                      {QStringLiteral("text"), values.feedback},
                      {QStringLiteral("meeting"), Sql::id(values.feedbackMeetingId)},
                      {QStringLiteral("closed"), Sql::date(values.closedOn)},
                      {QStringLiteral("reason"), values.closeReason}});
    });
}

} // namespace enc
