#include "Proformas.h"

#include "domain/DateInput.h"
#include "repo/Children.h"
#include "repo/Options.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Proformas", text);
}
const QString ProformaTable = QStringLiteral("proforma");

const QString ProformaColumns = QStringLiteral(
    "p.id, p.child_id, p.setting_id, p.sent_on, p.due_on, p.returned_on, p.summary, "
    "p.voice_of_child, p.reviewed_meeting_id, p.reviewed_on, p.review_outcome, p.chased_on, "
    "p.chase_count, p.request_disclosure_id, p.archived_at, p.version");

Proforma proformaFrom(const QSqlQuery &q, int at)
{
    Proforma p;
    p.id = q.value(at + 0).toLongLong();
    p.childId = q.value(at + 1).toLongLong();
    p.settingId = q.value(at + 2).toLongLong();
    p.sentOn = Sql::toDate(q.value(at + 3));
    p.dueOn = Sql::toDate(q.value(at + 4));
    p.returnedOn = Sql::toDate(q.value(at + 5));
    p.summary = q.value(at + 6).toString();
    p.voiceOfChild = q.value(at + 7).toString();
    p.reviewedMeetingId = q.value(at + 8).toLongLong();
    p.reviewedOn = Sql::toDate(q.value(at + 9));
    p.reviewOutcome = q.value(at + 10).toString();
    p.chasedOn = Sql::toDate(q.value(at + 11));
    p.chaseCount = q.value(at + 12).toInt();
    p.requestDisclosureId = q.value(at + 13).toLongLong();
    p.archived = !q.value(at + 14).isNull();
    p.version = q.value(at + 15).toInt();
    return p;
}
} // namespace

ProformaRule Proformas::rule() const
{
    bool ok = false;
    const int days = Options(m_db.sql()).value(ProformaRule::optionKey()).toInt(&ok);
    return ProformaRule(ok ? days : ProformaRule::DefaultDueDays);
}

Result<QList<Proforma>> Proformas::forChild(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT %1 FROM proforma p WHERE p.child_id = :id AND "
                                     "p.archived_at IS NULL ORDER BY p.sent_on DESC, p.id DESC")
                          .arg(ProformaColumns),
                      {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Proforma> out;
    while (q->next())
        out.append(proformaFrom(*q, 0));
    return out;
}

Result<Proforma> Proformas::get(Id id) const
{
    auto q =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT %1 FROM proforma p WHERE p.id = :id").arg(ProformaColumns),
                 {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Proforma>::failure(tr("There is no proforma with id %1.").arg(id));
    return proformaFrom(*q, 0);
}

Result<Proforma> Proformas::awaitedFor(Id childId) const
{
    auto all = forChild(childId);
    if (!all)
        return all.error();
    for (const Proforma &p : *all)
        if (!p.returned())
            return p;
    return Proforma{};
}

Result<Proforma> Proformas::toReviewFor(Id childId) const
{
    auto all = forChild(childId);
    if (!all)
        return all.error();
    for (const Proforma &p : *all)
        if (p.returned() && !p.reviewed())
            return p;
    return Proforma{};
}

Result<Saved> Proformas::send(const Proforma &p)
{
    if (!p.sentOn.isValid())
        return Result<Saved>::failure(tr("Date sent is required."), QStringLiteral("sent_on"));
    if (p.dueOn.isValid() && p.dueOn < p.sentOn)
        return Result<Saved>::failure(tr("The proforma cannot be due before it is sent."),
                                      QStringLiteral("due_on"));
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO proforma (child_id, setting_id, sent_on, "
                           "due_on, created_at) VALUES (:child, :setting, :sent, "
                           ":due, :now) RETURNING id"),
            {{QStringLiteral("child"), p.childId},
             {QStringLiteral("setting"), Sql::id(p.settingId)},
             {QStringLiteral("sent"), Sql::date(p.sentOn)},
             {QStringLiteral("due"), Sql::date(p.dueOn)},
             {QStringLiteral("now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), ProformaTable, saved.id, p.childId,
                             {}, Audit::snapshot(m_db.sql(), ProformaTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Saved> Proformas::request(Id childId, QDate on, const ProformaRule &rule, Id settingId)
{
    if (!on.isValid())
        return Result<Saved>::failure(tr("Give the day the proforma was requested."),
                                      QStringLiteral("sent_on"));
    auto child = Children(m_db).get(childId);
    if (!child)
        return child.error();
    if (child->archived)
        return Result<Saved>::failure(tr("%1 (id %2) is archived: no proforma can be requested.")
                                          .arg(child->fullName())
                                          .arg(childId));
    if (settingId == 0 && child->settingKnown == SettingKnown::Known)
        settingId = child->settingId;
    if (settingId == 0)
        return Result<Saved>::failure(
            tr("%1 (id %2) has no known setting: record the child's setting first, then request "
               "the proforma.")
                .arg(child->fullName())
                .arg(childId),
            QStringLiteral("setting"));
    auto awaited = awaitedFor(childId);
    if (!awaited)
        return awaited.error();
    if (awaited->id != 0)
        return Result<Saved>::failure(
            tr("A proforma for %1 was requested on %2 and is still awaited (due back %3): "
               "record its return, or chase it.")
                .arg(child->fullName(), DateInput::format(awaited->sentOn),
                     DateInput::format(rule.dueOf(*awaited))),
            QStringLiteral("child"));
    Proforma p;
    p.childId = childId;
    p.settingId = settingId;
    p.sentOn = on;
    p.dueOn = rule.dueOn(on);
    return send(p);
}

Status Proformas::markReturned(Id id, QDate on, const QString &summary, const QString &voice,
                               int version)
{
    if (!on.isValid())
        return Status::failure(tr("Date returned is required."), QStringLiteral("returned_on"));
    if (summary.trimmed().isEmpty())
        return Status::failure(tr("Write a summary of what the setting said."),
                               QStringLiteral("summary"));
    auto p = get(id);
    if (!p)
        return p.error();
    if (p->archived)
        return Status::failure(tr("This proforma request was withdrawn."));
    if (on < p->sentOn)
        return Status::failure(tr("The proforma cannot come back (%1) before it was sent (%2).")
                                   .arg(DateInput::format(on), DateInput::format(p->sentOn)),
                               QStringLiteral("returned_on"));
    return update(id, version, QStringLiteral("returned"),
                  QStringLiteral("UPDATE proforma SET returned_on = :on, summary = :summary, "
                                 "voice_of_child = :voice, version = version + 1 WHERE id = :id"),
                  {{QStringLiteral("on"), Sql::date(on)},
                   {QStringLiteral("summary"), summary.trimmed()},
                   {QStringLiteral("voice"), voice.trimmed()}});
}

Status Proformas::markReviewed(Id id, Id meetingId, QDate on, const QString &outcome, int version)
{
    if (!on.isValid())
        return Status::failure(tr("Give the day of the review."), QStringLiteral("reviewed_on"));
    if (outcome.trimmed().isEmpty())
        return Status::failure(tr("Write what the review decided."),
                               QStringLiteral("review_outcome"));
    auto p = get(id);
    if (!p)
        return p.error();
    if (!p->returned())
        return Status::failure(
            tr("The proforma has not come back from the setting: record its return first."));
    if (on < p->returnedOn)
        return Status::failure(tr("The review (%1) cannot be before the proforma came back (%2).")
                                   .arg(DateInput::format(on), DateInput::format(p->returnedOn)),
                               QStringLiteral("reviewed_on"));
    return update(id, version, QStringLiteral("reviewed"),
                  QStringLiteral("UPDATE proforma SET reviewed_meeting_id = :meeting, reviewed_on "
                                 "= :on, review_outcome = :outcome, version = version + 1 WHERE "
                                 "id = :id"),
                  {{QStringLiteral("meeting"), Sql::id(meetingId)},
                   {QStringLiteral("on"), Sql::date(on)},
                   {QStringLiteral("outcome"), outcome.trimmed()}});
}

Status Proformas::clearReview(Id id)
{
    return update(id, 0, QStringLiteral("reviewed"),
                  QStringLiteral("UPDATE proforma SET reviewed_meeting_id = NULL, reviewed_on = "
                                 "NULL, review_outcome = '', version = version + 1 WHERE id = :id"),
                  {});
}

Status Proformas::recordChase(Id id, QDate on, int version)
{
    if (!on.isValid())
        return Status::failure(tr("Give the day the setting was chased."),
                               QStringLiteral("chased_on"));
    auto p = get(id);
    if (!p)
        return p.error();
    if (p->returned())
        return Status::failure(tr("The proforma came back on %1: there is nothing to chase.")
                                   .arg(DateInput::format(p->returnedOn)));
    if (p->archived)
        return Status::failure(tr("This proforma request was withdrawn."));
    if (p->dueOn.isValid() && on <= p->dueOn)
        return Status::failure(tr("The proforma is not due back until %1: chase it after that.")
                                   .arg(DateInput::format(p->dueOn)),
                               QStringLiteral("chased_on"));
    return update(id, version, QStringLiteral("chased"),
                  QStringLiteral("UPDATE proforma SET chased_on = :on, chase_count = chase_count "
                                 "+ 1, version = version + 1 WHERE id = :id"),
                  {{QStringLiteral("on"), Sql::date(on)}});
}

Status Proformas::noteLetters(bool chase, Id disclosureId, const QList<Id> &childIds, QDate on)
{
    return m_db.transaction([&]() -> Status {
        for (Id child : childIds) {
            auto p = awaitedFor(child);
            if (!p)
                return p.error();
            if (p->id == 0)
                continue;
            if (chase) {
                if (p->dueOn.isValid() && on <= p->dueOn)
                    continue;
                if (Status s = recordChase(p->id, on); !s)
                    return s;
            } else if (p->requestDisclosureId == 0) {
                if (Status s = update(p->id, 0, QStringLiteral("edit"),
                                      QStringLiteral("UPDATE proforma SET request_disclosure_id = "
                                                     ":d, version = version + 1 WHERE id = :id"),
                                      {{QStringLiteral("d"), disclosureId}});
                    !s)
                    return s;
            }
        }
        return {};
    });
}

Status Proformas::withdraw(Id id, bool withdrawn)
{
    return update(id, 0, withdrawn ? QStringLiteral("withdraw") : QStringLiteral("unwithdraw"),
                  QStringLiteral("UPDATE proforma SET archived_at = :at, version = version + 1 "
                                 "WHERE id = :id"),
                  {{QStringLiteral("at"),
                    Sql::text(withdrawn ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                        : QString())}});
}

Status Proformas::restore(const Proforma &v)
{
    return update(v.id, 0, QStringLiteral("edit"),
                  QStringLiteral("UPDATE proforma SET returned_on = :returned, summary = :summary, "
                                 "voice_of_child = :voice, reviewed_meeting_id = :meeting, "
                                 "reviewed_on = :reviewed, review_outcome = :outcome, chased_on = "
                                 ":chased, chase_count = :chases, version = version + 1 WHERE id "
                                 "= :id"),
                  {{QStringLiteral("returned"), Sql::date(v.returnedOn)},
                   {QStringLiteral("summary"), v.summary},
                   {QStringLiteral("voice"), v.voiceOfChild},
                   {QStringLiteral("meeting"), Sql::id(v.reviewedMeetingId)},
                   {QStringLiteral("reviewed"), Sql::date(v.reviewedOn)},
                   {QStringLiteral("outcome"), v.reviewOutcome},
                   {QStringLiteral("chased"), Sql::date(v.chasedOn)},
                   {QStringLiteral("chases"), v.chaseCount}});
}

Result<QList<ProformaListEntry>> Proformas::list(bool overdueOnly, QDate today,
                                                 const ProformaRule &rule) const
{
    // The overdue ones are among those not returned: a range of the partial index
    // proforma_open.
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT %1, c.forename, c.surname, s.name FROM proforma p "
                                     "JOIN child c ON c.id = p.child_id LEFT JOIN setting s ON "
                                     "s.id = p.setting_id WHERE p.archived_at IS NULL AND "
                                     "c.archived_at IS NULL %2 ORDER BY p.sent_on, p.id")
                          .arg(ProformaColumns, overdueOnly ? QStringLiteral("AND p.returned_on "
                                                                             "IS NULL")
                                                            : QString()));
    if (!q)
        return q.error();
    QList<ProformaListEntry> out;
    while (q->next()) {
        ProformaListEntry e;
        e.proforma = proformaFrom(*q, 0);
        e.daysOverdue = rule.daysOverdue(e.proforma, today);
        if (overdueOnly && e.daysOverdue == 0)
            continue;
        e.childName = q->value(16).toString() + QLatin1Char(' ') + q->value(17).toString();
        e.settingName = q->value(18).toString();
        e.dueOn = rule.dueOf(e.proforma);
        out.append(e);
    }
    return out;
}

Status Proformas::update(Id id, int version, const QString &action, const QString &sql,
                         const QVariantMap &values)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ProformaTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no proforma with id %1.").arg(id));
        if (version != 0 && before.value(QStringLiteral("version")).toInt() != version)
            return StaleEdit::refuse(m_db.sql(), ProformaTable, id);
        QVariantMap v = values;
        v.insert(QStringLiteral("id"), id);
        if (Status s = Sql::exec(m_db.sql(), sql, v); !s)
            return s;
        return Audit::record(m_db.sql(), action, ProformaTable, id,
                             before.value(QStringLiteral("child_id")).toInteger(), before,
                             Audit::snapshot(m_db.sql(), ProformaTable, id));
    });
}

Result<QList<Escalation>> Escalations::list(const QString &sql, const QVariantMap &values) const
{
    auto q = Sql::run(m_db.sql(), sql, values);
    if (!q)
        return q.error();
    QList<Escalation> out;
    while (q->next()) {
        Escalation e;
        e.id = q->value(QStringLiteral("id")).toLongLong();
        e.childId = q->value(QStringLiteral("child_id")).toLongLong();
        e.triggeredOn = Sql::toDate(q->value(QStringLiteral("triggered_on")));
        const QJsonArray ids =
            QJsonDocument::fromJson(q->value(QStringLiteral("ppn_ids")).toString().toUtf8())
                .array();
        for (const QJsonValue &v : ids)
            e.ppnIds.append(v.toInteger());
        e.liaisonWith = q->value(QStringLiteral("liaison_with")).toString();
        e.feedback = q->value(QStringLiteral("feedback")).toString();
        e.closedOn = Sql::toDate(q->value(QStringLiteral("closed_on")));
        out.append(e);
    }
    return out;
}

Result<QList<Escalation>> Escalations::forChild(Id childId) const
{
    return list(QStringLiteral("SELECT * FROM escalation WHERE child_id = :id ORDER BY "
                               "triggered_on DESC"),
                {{QStringLiteral("id"), childId}});
}

Result<QList<Escalation>> Escalations::open() const
{
    return list(QStringLiteral("SELECT * FROM escalation WHERE closed_on IS NULL ORDER BY "
                               "triggered_on"),
                {});
}

Result<Id> Disclosures::record(const Disclosure &d)
{
    Id id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto q =
            Sql::run(m_db.sql(),
                     QStringLiteral("INSERT INTO disclosure (at, user_name, kind, recipient, "
                                    "setting_id, fields, file_name, sha256, template_id) VALUES "
                                    "(:at, :user, :kind, :recipient, :setting, :fields, :file, "
                                    ":sha, :template) RETURNING id"),
                     {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("user"), Audit::currentUser(m_db.sql())},
                      {QStringLiteral("kind"), d.kind},
                      {QStringLiteral("recipient"), d.recipient},
                      {QStringLiteral("setting"), Sql::id(d.settingId)},
                      {QStringLiteral("fields"), d.fields.join(QLatin1Char(','))},
                      {QStringLiteral("file"), d.fileName},
                      {QStringLiteral("sha"), d.sha256},
                      {QStringLiteral("template"), Sql::id(d.templateId)}});
        if (!q)
            return q.error();
        id = (q->next() ? q->value(0).toLongLong() : 0);
        for (Id child : d.childIds) {
            if (Status st = Sql::exec(m_db.sql(),
                                      QStringLiteral("INSERT INTO disclosure_child "
                                                     "(disclosure_id, child_id) VALUES (:d, :c) "
                                                     "ON CONFLICT (disclosure_id, child_id) DO "
                                                     "NOTHING"),
                                      {{QStringLiteral("d"), id}, {QStringLiteral("c"), child}});
                !st)
                return st;
        }
        if (Status st =
                Audit::record(m_db.sql(), QStringLiteral("disclose"), QStringLiteral("disclosure"),
                              id, d.childIds.size() == 1 ? d.childIds.first() : 0, {},
                              Audit::snapshot(m_db.sql(), QStringLiteral("disclosure"), id));
            !st)
            return st;
        // Every export is in the audit trail too, under each child it names.
        return Audit::recordExport(
            m_db.sql(), d.kind, d.fileName, d.childIds,
            {{QStringLiteral("recipient"), d.recipient}, {QStringLiteral("disclosure_id"), id}});
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<Disclosure>> Disclosures::forChild(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT d.id, d.at, d.user_name, d.kind, d.recipient, "
                                     "d.setting_id, d.fields, d.file_name, d.sha256 FROM "
                                     "disclosure d JOIN disclosure_child dc ON dc.disclosure_id = "
                                     "d.id WHERE dc.child_id = :id ORDER BY d.at DESC"),
                      {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Disclosure> out;
    while (q->next()) {
        Disclosure d;
        d.id = q->value(0).toLongLong();
        d.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        d.user = q->value(2).toString();
        d.kind = q->value(3).toString();
        d.recipient = q->value(4).toString();
        d.settingId = q->value(5).toLongLong();
        d.fields = q->value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.fileName = q->value(7).toString();
        d.sha256 = q->value(8).toString();
        d.childIds = {childId};
        out.append(d);
    }
    return out;
}

} // namespace enc
