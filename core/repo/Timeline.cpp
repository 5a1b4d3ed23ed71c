#include "Timeline.h"

#include "domain/DateInput.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Timeline", text);
}

QString riskLabel(const QString &risk)
{
    if (risk == QLatin1String("high"))
        return tr("high risk");
    if (risk == QLatin1String("medium"))
        return tr("medium risk");
    if (risk == QLatin1String("standard"))
        return tr("standard risk");
    return tr("risk not graded");
}

QString presenceLabel(const QString &p)
{
    if (p == QLatin1String("present"))
        return tr("present");
    if (p == QLatin1String("witnessed"))
        return tr("witnessed");
    if (p == QLatin1String("resident_not_present"))
        return tr("resident, not present");
    return tr("presence unknown");
}

using Event = TimelineEvent;
using Add = std::function<void(Event)>;

Status ppns(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q =
        Sql::run(db,
                 QStringLiteral("SELECT p.id, p.police_ref, p.incident_on, p.incident_time, "
                                "p.received_on, p.risk, p.crime, pc.presence, p.source FROM ppn "
                                "p JOIN ppn_child pc ON pc.ppn_id = p.id WHERE pc.child_id = "
                                ":c AND p.archived_at IS NULL"),
                 {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Ppn;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(2));
        e.time = QTime::fromString(q->value(3).toString(), QStringLiteral("HH:mm"));
        e.title = tr("PPN %1 (%2)").arg(q->value(1).toString(), riskLabel(q->value(5).toString()));
        e.detail = tr("Child %1. Received %2. %3. Source: %4.")
                       .arg(presenceLabel(q->value(7).toString()),
                            DateInput::format(Sql::toDate(q->value(4))),
                            q->value(6).toString() == QLatin1String("crime")
                                ? tr("Crime")
                                : (q->value(6).toString() == QLatin1String("non_crime")
                                       ? tr("Non-crime")
                                       : tr("Crime or non-crime not known")),
                            q->value(8).toString());
        add(e);
    }
    return {};
}

Status decisions(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q =
        Sql::run(db,
                 QStringLiteral("SELECT d.id, d.decided_on, o.label, d.rationale, "
                                "d.decided_by, d.quorate, m.date FROM decision d JOIN outcome "
                                "o ON o.id = d.outcome_id LEFT JOIN meeting m ON m.id = "
                                "d.meeting_id WHERE d.child_id = :c AND d.archived_at IS NULL"),
                 {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Decision;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(1));
        e.title = tr("Decision: %1").arg(q->value(2).toString());
        QStringList detail;
        if (!q->value(3).toString().isEmpty())
            detail << q->value(3).toString();
        if (!q->value(4).toString().isEmpty())
            detail << tr("Decided by %1").arg(q->value(4).toString());
        if (!q->value(6).isNull())
            detail << tr("at the meeting of %1").arg(DateInput::format(Sql::toDate(q->value(6))));
        if (!q->value(5).toBool())
            detail << tr("Taken while the meeting was not quorate.");
        e.detail = detail.join(QStringLiteral(". "));
        add(e);
    }
    return {};
}

Status actions(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT a.id, a.description, a.created_at, a.due_on, "
                                     "a.completed_on, a.completed_by, coalesce(m.name, "
                                     "a.owner_text) FROM action a LEFT JOIN member m ON m.id = "
                                     "a.owner_member_id WHERE a.child_id = :c AND a.archived_at "
                                     "IS NULL"),
                      {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Action;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(2));
        e.title = tr("Action: %1").arg(q->value(1).toString());
        e.detail = tr("Owner %1, due %2.")
                       .arg(q->value(6).toString(), DateInput::format(Sql::toDate(q->value(3))));
        add(e);
        if (!q->value(4).isNull()) {
            Event done = e;
            done.kind = Event::Kind::ActionDone;
            done.date = Sql::toDate(q->value(4));
            done.title = tr("Completed: %1").arg(q->value(1).toString());
            done.detail = q->value(5).toString().isEmpty()
                              ? QString()
                              : tr("By %1.").arg(q->value(5).toString());
            add(done);
        }
    }
    return {};
}

Status proformas(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT p.id, p.sent_on, p.due_on, p.returned_on, p.summary, "
                                     "p.voice_of_child, s.name FROM proforma p LEFT JOIN setting s "
                                     "ON s.id = p.setting_id WHERE p.child_id = :c"),
                      {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Proforma;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(1));
        e.title = tr("Proforma sent to %1").arg(q->value(6).toString());
        e.detail = tr("Due back %1.").arg(DateInput::format(Sql::toDate(q->value(2))));
        add(e);
        if (!q->value(3).isNull()) {
            Event back = e;
            back.kind = Event::Kind::ProformaReturned;
            back.date = Sql::toDate(q->value(3));
            back.title = tr("Proforma returned by %1").arg(q->value(6).toString());
            QStringList detail{q->value(4).toString()};
            if (!q->value(5).toString().isEmpty())
                detail << tr("Voice of the child: %1").arg(q->value(5).toString());
            back.detail = detail.join(QLatin1Char(' '));
            add(back);
        }
    }
    return {};
}

Status letters(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q =
        Sql::run(db,
                 QStringLiteral("SELECT d.id, d.at, d.kind, d.recipient, d.fields, d.user_name "
                                "FROM disclosure d JOIN disclosure_child dc ON "
                                "dc.disclosure_id = d.id WHERE dc.child_id = :c"),
                 {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Letter;
        e.recordId = q->value(0).toLongLong();
        const QDateTime at =
            QDateTime::fromString(q->value(1).toString(), Qt::ISODate).toLocalTime();
        e.date = at.date();
        e.time = at.time();
        e.title = tr("Sent: %1 to %2").arg(q->value(2).toString(), q->value(3).toString());
        e.detail = tr("Fields shared: %1. By %2.")
                       .arg(q->value(4).toString().replace(QLatin1Char(','), QStringLiteral(", ")),
                            q->value(5).toString());
        add(e);
    }
    return {};
}

Status escalations(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT id, triggered_on, ppn_ids, liaison_with, feedback, "
                                     "closed_on, close_reason FROM escalation WHERE child_id = "
                                     ":c"),
                      {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Escalation;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(1));
        e.title = tr("Escalation triggered");
        QStringList refs;
        const QJsonArray ids = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).array();
        for (const QJsonValue &id : ids) {
            auto ref = Sql::scalar(db, QStringLiteral("SELECT police_ref FROM ppn WHERE id = :id"),
                                   {{QStringLiteral("id"), id.toInteger()}});
            if (ref && !ref->isNull())
                refs << ref->toString();
        }
        e.detail = tr("By PPNs %1. %2")
                       .arg(refs.join(QStringLiteral(", ")),
                            q->value(3).toString().isEmpty()
                                ? tr("Awaiting discussion.")
                                : tr("Liaison with %1.").arg(q->value(3).toString()));
        add(e);
        if (!q->value(5).isNull()) {
            Event closed = e;
            closed.kind = Event::Kind::EscalationClosed;
            closed.date = Sql::toDate(q->value(5));
            closed.title = tr("Escalation closed");
            closed.detail =
                q->value(6).toString().isEmpty() ? q->value(4).toString() : q->value(6).toString();
            add(closed);
        }
    }
    return {};
}

} // namespace

Result<QList<TimelineEvent>> Timeline::forChild(const QSqlDatabase &db, Id childId)
{
    QList<TimelineEvent> out;
    const Add add = [&out](Event e) {
        out.append(std::move(e));
    };
    for (const auto &part : {ppns, decisions, actions, proformas, letters, escalations}) {
        if (Status s = part(db, childId, add); !s)
            return s.error();
    }
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.time > b.time;
    });
    return out;
}

} // namespace enc
