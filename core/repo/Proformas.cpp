#include "Proformas.h"

#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

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
const QString EscalationTable = QStringLiteral("escalation");
} // namespace

Result<QList<Proforma>> Proformas::forChild(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, child_id, setting_id, sent_on, due_on, "
                                     "returned_on, summary, voice_of_child, reviewed_meeting_id "
                                     "FROM proforma WHERE child_id = :id ORDER BY sent_on DESC"),
                      {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Proforma> out;
    while (q->next()) {
        Proforma p;
        p.id = q->value(0).toLongLong();
        p.childId = q->value(1).toLongLong();
        p.settingId = q->value(2).toLongLong();
        p.sentOn = Sql::toDate(q->value(3));
        p.dueOn = Sql::toDate(q->value(4));
        p.returnedOn = Sql::toDate(q->value(5));
        p.summary = q->value(6).toString();
        p.voiceOfChild = q->value(7).toString();
        p.reviewedMeetingId = q->value(8).toLongLong();
        out.append(p);
    }
    return out;
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
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO proforma (child_id, setting_id, sent_on, "
                                         "due_on) VALUES (:child, :setting, :sent, :due)"),
                          {{QStringLiteral("child"), p.childId},
                           {QStringLiteral("setting"), Sql::id(p.settingId)},
                           {QStringLiteral("sent"), Sql::date(p.sentOn)},
                           {QStringLiteral("due"), Sql::date(p.dueOn)}});
        if (!q)
            return q.error();
        saved.id = q->lastInsertId().toLongLong();
        return Audit::record(m_db.sql(), QStringLiteral("add"), ProformaTable, saved.id, p.childId,
                             {}, Audit::snapshot(m_db.sql(), ProformaTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Status Proformas::markReturned(Id id, QDate on, const QString &summary, const QString &voice)
{
    if (!on.isValid())
        return Status::failure(tr("Date returned is required."), QStringLiteral("returned_on"));
    return update(id, QStringLiteral("returned"),
                  QStringLiteral("UPDATE proforma SET returned_on = :on, summary = :summary, "
                                 "voice_of_child = :voice WHERE id = :id"),
                  {{QStringLiteral("on"), Sql::date(on)},
                   {QStringLiteral("summary"), summary.trimmed()},
                   {QStringLiteral("voice"), voice.trimmed()}});
}

Status Proformas::markReviewed(Id id, Id meetingId)
{
    return update(
        id, QStringLiteral("reviewed"),
        QStringLiteral("UPDATE proforma SET reviewed_meeting_id = :meeting WHERE id = :id"),
        {{QStringLiteral("meeting"), Sql::id(meetingId)}});
}

Status Proformas::update(Id id, const QString &action, const QString &sql,
                         const QVariantMap &values)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ProformaTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no proforma with id %1.").arg(id));
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

Status Escalations::update(Id id, const QString &liaisonWith, const QString &feedback,
                           QDate closedOn)
{
    if (closedOn.isValid() && feedback.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("enc::Escalations",
                                        "Record the feedback to the group before closing the "
                                        "escalation."),
            QStringLiteral("feedback"));
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), EscalationTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no escalation with id %1.").arg(id));
        const Id child = before.value(QStringLiteral("child_id")).toInteger();
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE escalation SET liaison_with = :with, "
                                                "feedback = :feedback, closed_on = :closed WHERE "
                                                "id = :id"),
                                 {{QStringLiteral("with"), liaisonWith.trimmed()},
                                  {QStringLiteral("feedback"), feedback.trimmed()},
                                  {QStringLiteral("closed"), Sql::date(closedOn)},
                                  {QStringLiteral("id"), id}});
            !s)
            return s;
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE child SET escalated = EXISTS (SELECT 1 "
                                                "FROM escalation e WHERE e.child_id = child.id "
                                                "AND e.closed_on IS NULL) WHERE id = :id"),
                                 {{QStringLiteral("id"), child}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("edit"), EscalationTable, id, child, before,
                             Audit::snapshot(m_db.sql(), EscalationTable, id));
    });
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
                                    ":sha, :template)"),
                     {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("user"), Audit::currentUser()},
                      {QStringLiteral("kind"), d.kind},
                      {QStringLiteral("recipient"), d.recipient},
                      {QStringLiteral("setting"), Sql::id(d.settingId)},
                      {QStringLiteral("fields"), d.fields.join(QLatin1Char(','))},
                      {QStringLiteral("file"), d.fileName},
                      {QStringLiteral("sha"), d.sha256},
                      {QStringLiteral("template"), Sql::id(d.templateId)}});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        for (Id child : d.childIds) {
            if (Status st = Sql::exec(m_db.sql(),
                                      QStringLiteral("INSERT OR IGNORE INTO disclosure_child "
                                                     "(disclosure_id, child_id) VALUES (:d, :c)"),
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
