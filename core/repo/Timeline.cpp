#include "Timeline.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "import/CellParser.h"
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

// The grade with the force's own words when they say more than the grade ("Level 2", "M");
// "Medium" or "MEDIUM RISK" for medium say nothing more.
QString riskTitle(const QString &risk, const QString &written)
{
    const QString folded = TextKey::name(written);
    if (folded.isEmpty() || folded == risk || folded == risk + QLatin1String("risk"))
        return riskLabel(risk);
    return tr("%1; the police wrote \"%2\"").arg(riskLabel(risk), written.simplified());
}

// The settings the police named that match none in the directory (by URN or name), so the
// officer can find or add the setting.
Result<QStringList> unknownSettings(const QSqlDatabase &db, const QString &written)
{
    QStringList unknown;
    for (const QString &part : written.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        if (CellParser::settingWord(part) != SettingKnown::Unknown)
            continue;
        auto found = Sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM setting WHERE archived_at "
                                                "IS NULL AND (upper(urn) = :urn OR name_key = "
                                                ":key)"),
                                 {{QStringLiteral("urn"), part.trimmed().toUpper()},
                                  {QStringLiteral("key"), TextKey::name(part)}});
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            unknown << part.trimmed();
    }
    return unknown;
}

using Event = TimelineEvent;
using Add = std::function<void(Event)>;

Status ppns(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT p.id, p.police_ref, p.incident_on, p.incident_time, "
                                     "p.received_on, p.risk, p.crime, pc.presence, p.source, "
                                     "p.risk_text, p.setting_text, p.type FROM ppn "
                                     "p JOIN ppn_child pc ON pc.ppn_id = p.id WHERE pc.child_id = "
                                     ":c AND p.archived_at IS NULL ORDER BY pc.incident_on, p.id"),
                      {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::Ppn;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(2));
        e.time = QTime::fromString(q->value(3).toString(), QStringLiteral("HH:mm"));
        const QString risk = riskTitle(q->value(5).toString(), q->value(9).toString());
        e.title = q->value(11).toString() == QLatin1String("missing_child")
                      ? tr("PPN %1: missing child (%2)").arg(q->value(1).toString(), risk)
                      : tr("PPN %1 (%2)").arg(q->value(1).toString(), risk);
        e.detail = tr("Child %1. Received %2. %3. Source: %4.")
                       .arg(presenceLabel(q->value(7).toString()),
                            DateInput::format(Sql::toDate(q->value(4))),
                            q->value(6).toString() == QLatin1String("crime")
                                ? tr("Crime")
                                : (q->value(6).toString() == QLatin1String("non_crime")
                                       ? tr("Non-crime")
                                       : tr("Crime or non-crime not known")),
                            q->value(8).toString());
        auto unknown = unknownSettings(db, q->value(10).toString());
        if (!unknown)
            return unknown.error();
        for (const QString &setting : std::as_const(*unknown)) {
            e.detail += QLatin1Char(' ') + tr("The police named the setting \"%1\", which is "
                                              "not in the settings directory: find or add it.")
                                               .arg(setting);
        }
        add(e);
    }
    return {};
}

Status decisions(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT d.id, d.decided_on, o.label, d.rationale, "
                                     "d.decided_by, d.quorate, m.date FROM decision d JOIN outcome "
                                     "o ON o.id = d.outcome_id LEFT JOIN meeting m ON m.id = "
                                     "d.meeting_id WHERE d.child_id = :c AND d.archived_at IS NULL "
                                     "ORDER BY d.decided_on, d.id"),
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
                                     "IS NULL ORDER BY a.id"),
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
                                     "p.voice_of_child, s.name, p.reviewed_on, p.review_outcome, "
                                     "p.chase_count, p.chased_on FROM proforma p LEFT JOIN "
                                     "setting s ON s.id = p.setting_id WHERE p.child_id = :c AND "
                                     "p.archived_at IS NULL ORDER BY p.id"),
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
        if (const int chases = q->value(9).toInt())
            e.detail += QLatin1Char(' ') + tr("Chases: %1, the last on %2.")
                                               .arg(chases)
                                               .arg(DateInput::format(Sql::toDate(q->value(10))));
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
        if (!q->value(7).isNull()) {
            Event reviewed = e;
            reviewed.date = Sql::toDate(q->value(7));
            reviewed.title = tr("Proforma reviewed");
            reviewed.detail = q->value(8).toString();
            add(reviewed);
        }
    }
    return {};
}

Status letters(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q =
        Sql::run(db,
                 QStringLiteral("SELECT d.id, d.at, d.kind, d.recipient, d.fields, d.user_name, "
                                "d.misdirected_on FROM disclosure d JOIN disclosure_child dc ON "
                                "dc.disclosure_id = d.id WHERE dc.child_id = :c ORDER BY d.id"),
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
        // A setting said the child no longer attends: the letter went to the wrong place.
        if (!q->value(6).isNull()) {
            e.title = tr("Sent (MISDIRECTED): %1 to %2")
                          .arg(q->value(2).toString(), q->value(3).toString());
            e.detail = tr("Misdirected: on %1 the setting said the child no longer attends.")
                           .arg(DateInput::format(Sql::toDate(q->value(6)))) +
                       QLatin1Char(' ') + e.detail;
        }
        add(e);
    }
    return {};
}

Status noLongerAttends(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT n.id, n.told_on, coalesce(s.name, ''), n.told_by, "
                                     "n.recorded_by FROM no_longer_attends n LEFT JOIN setting s "
                                     "ON s.id = n.setting_id WHERE n.child_id = :c ORDER BY n.id"),
                      {{QStringLiteral("c"), child}});
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.kind = Event::Kind::NoLongerAttends;
        e.recordId = q->value(0).toLongLong();
        e.date = Sql::toDate(q->value(1));
        e.title = tr("No longer attends %1").arg(q->value(2).toString());
        e.detail = tr("Told by %1; setting cleared (recorded by %2).")
                       .arg(q->value(3).toString(), q->value(4).toString());
        add(e);
    }
    return {};
}

Status escalations(const QSqlDatabase &db, Id child, const Add &add)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT id, triggered_on, ppn_ids, liaison_with, feedback, "
                                     "closed_on, close_reason FROM escalation WHERE child_id = "
                                     ":c ORDER BY id"),
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

Result<QStringList> Timeline::unknownPoliceSettings(const QSqlDatabase &db, Id childId)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT p.setting_text FROM ppn p JOIN ppn_child pc ON "
                                     "pc.ppn_id = p.id WHERE pc.child_id = :c AND p.archived_at "
                                     "IS NULL AND p.setting_text <> '' ORDER BY p.incident_on "
                                     "DESC, p.id DESC"),
                      {{QStringLiteral("c"), childId}});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next()) {
        auto unknown = unknownSettings(db, q->value(0).toString());
        if (!unknown)
            return unknown.error();
        for (const QString &name : std::as_const(*unknown)) {
            if (!out.contains(name, Qt::CaseInsensitive))
                out << name;
        }
    }
    return out;
}

Result<QList<TimelineEvent>> Timeline::forChild(const QSqlDatabase &db, Id childId)
{
    QList<TimelineEvent> out;
    const Add add = [&out](Event e) {
        out.append(std::move(e));
    };
    for (const auto &part :
         {ppns, decisions, actions, proformas, letters, escalations, noLongerAttends}) {
        if (Status s = part(db, childId, add); !s)
            return s.error();
    }
    // Events of one day and time keep the order each part reads them in (its ORDER BY, so
    // that SQLite and PostgreSQL agree).
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.time > b.time;
    });
    return out;
}

} // namespace enc
