#include "Meetings.h"

#include "Directory.h"
#include "MeetingDetails.h"
#include "Options.h"
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
    return QCoreApplication::translate("enc::Meetings", text);
}

const QString MeetingTable = QStringLiteral("meeting");

Meeting meetingFrom(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(QStringLiteral("id")).toLongLong();
    m.date = Sql::toDate(q.value(QStringLiteral("date")));
    m.starts =
        QTime::fromString(q.value(QStringLiteral("starts")).toString(), QStringLiteral("HH:mm"));
    m.ends = QTime::fromString(q.value(QStringLiteral("ends")).toString(), QStringLiteral("HH:mm"));
    m.kind = meetingKindFromString(q.value(QStringLiteral("kind")).toString());
    m.chairMemberId = q.value(QStringLiteral("chair_member_id")).toLongLong();
    m.notes = q.value(QStringLiteral("notes")).toString();
    m.closed = !q.value(QStringLiteral("closed_at")).isNull();
    return m;
}

} // namespace

QString toString(MeetingKind k)
{
    switch (k) {
    case MeetingKind::TriageAndReview:
        return QStringLiteral("triage_review");
    case MeetingKind::AdHoc:
        return QStringLiteral("adhoc");
    case MeetingKind::Triage:
        break;
    }
    return QStringLiteral("triage");
}

MeetingKind meetingKindFromString(const QString &s)
{
    if (s == QLatin1String("triage_review"))
        return MeetingKind::TriageAndReview;
    if (s == QLatin1String("adhoc"))
        return MeetingKind::AdHoc;
    return MeetingKind::Triage;
}

QString toString(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Apologies:
        return QStringLiteral("apologies");
    case AttendanceStatus::Deputy:
        return QStringLiteral("deputy");
    case AttendanceStatus::Absent:
        break;
    }
    return QStringLiteral("absent");
}

AttendanceStatus attendanceFromString(const QString &s)
{
    if (s == QLatin1String("present"))
        return AttendanceStatus::Present;
    if (s == QLatin1String("apologies"))
        return AttendanceStatus::Apologies;
    if (s == QLatin1String("deputy"))
        return AttendanceStatus::Deputy;
    return AttendanceStatus::Absent;
}

Result<Meeting> Meetings::get(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM meeting WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Meeting>::failure(tr("There is no meeting with id %1.").arg(id));
    Meeting m = meetingFrom(*q);
    auto a = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT member_id, status, deputy_name, expected FROM "
                                     "attendance WHERE meeting_id = :id ORDER BY member_id"),
                      {{QStringLiteral("id"), id}});
    if (!a)
        return a.error();
    while (a->next())
        m.attendance.append({a->value(0).toLongLong(), attendanceFromString(a->value(1).toString()),
                             a->value(2).toString(), a->value(3).toBool()});
    return m;
}

Result<Meeting> Meetings::onDate(QDate date) const
{
    auto id = Sql::scalar(
        m_db.sql(), QStringLiteral("SELECT id FROM meeting WHERE date = :d ORDER BY id LIMIT 1"),
        {{QStringLiteral("d"), Sql::date(date)}});
    if (!id)
        return id.error();
    if (id->isNull())
        return Meeting{};
    return get(id->toLongLong());
}

Result<QList<Meeting>> Meetings::between(QDate from, QDate to) const
{
    auto q =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT * FROM meeting WHERE date >= :f AND date <= :t "
                                "ORDER BY date, starts"),
                 {{QStringLiteral("f"), Sql::date(from)}, {QStringLiteral("t"), Sql::date(to)}});
    if (!q)
        return q.error();
    QList<Meeting> out;
    while (q->next())
        out.append(meetingFrom(*q));
    return out;
}

Result<Saved> Meetings::create(const Meeting &m)
{
    if (!m.date.isValid())
        return Result<Saved>::failure(tr("Meeting date is required."), QStringLiteral("date"));
    if (m.starts.isValid() && m.ends.isValid() && m.ends <= m.starts)
        return Result<Saved>::failure(tr("The meeting must end after it starts."),
                                      QStringLiteral("ends"));
    const ScheduleConfig schedule = Options(m_db.sql()).schedule();
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO meeting (date, starts, ends, kind, "
                                         "chair_member_id, notes) VALUES (:date, :starts, :ends, "
                                         ":kind, :chair, :notes) RETURNING id"),
                          {{QStringLiteral("date"), Sql::date(m.date)},
                           {QStringLiteral("starts"),
                            (m.starts.isValid() ? m.starts : schedule.startOn(m.date.dayOfWeek()))
                                .toString(QStringLiteral("HH:mm"))},
                           {QStringLiteral("ends"),
                            (m.ends.isValid() ? m.ends : schedule.endOn(m.date.dayOfWeek()))
                                .toString(QStringLiteral("HH:mm"))},
                           {QStringLiteral("kind"), toString(m.kind)},
                           {QStringLiteral("chair"), Sql::id(m.chairMemberId)},
                           {QStringLiteral("notes"), m.notes}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        // Members who attend monthly (police) are not expected at every meeting.
        if (Status st =
                Sql::exec(m_db.sql(),
                          QStringLiteral("INSERT INTO attendance (meeting_id, member_id, "
                                         "status, expected) SELECT :m, id, 'absent', CASE WHEN "
                                         "commitment = 'always' THEN 1 ELSE 0 END FROM member "
                                         "WHERE active = 1"),
                          {{QStringLiteral("m"), saved.id}});
            !st)
            return st;
        for (const Attendance &a : m.attendance) {
            if (Status st = setAttendance(saved.id, a); !st)
                return st;
        }
        return Audit::record(m_db.sql(), QStringLiteral("add"), MeetingTable, saved.id, 0, {},
                             Audit::snapshot(m_db.sql(), MeetingTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Status Meetings::setAttendance(Id meetingId, const Attendance &a)
{
    return m_db.transaction([&]() -> Status {
        if (Status s =
                Sql::exec(m_db.sql(),
                          QStringLiteral("INSERT INTO attendance (meeting_id, member_id, "
                                         "status, deputy_name, expected) VALUES (:m, "
                                         ":member, :status, :deputy, :expected) ON "
                                         "CONFLICT(meeting_id, member_id) DO UPDATE SET "
                                         "status = excluded.status, deputy_name = "
                                         "excluded.deputy_name, expected = excluded.expected"),
                          {{QStringLiteral("m"), meetingId},
                           {QStringLiteral("member"), a.memberId},
                           {QStringLiteral("status"), toString(a.status)},
                           {QStringLiteral("deputy"), a.deputyName.trimmed()},
                           {QStringLiteral("expected"), a.expected ? 1 : 0}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("attendance"), MeetingTable, meetingId, 0,
                             {},
                             {{QStringLiteral("member_id"), a.memberId},
                              {QStringLiteral("status"), toString(a.status)},
                              {QStringLiteral("expected"), a.expected}});
    });
}

Result<QuorumResult> Meetings::quorum(Id meetingId) const
{
    auto m = get(meetingId);
    if (!m)
        return m.error();
    return Quorum::evaluate(m->attendance, Options(m_db.sql()).quorumPercent());
}

// Notes given replace the meeting's; null notes keep those typed during the meeting.
Status Meetings::close(Id meetingId, const QString &notes)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), MeetingTable, meetingId);
        if (before.isEmpty())
            return Status::failure(tr("There is no meeting with id %1.").arg(meetingId));
        auto cancelled = Sql::scalar(
            m_db.sql(),
            QStringLiteral("SELECT cancelled_at IS NOT NULL FROM meeting WHERE id = :id"),
            {{QStringLiteral("id"), meetingId}});
        if (!cancelled)
            return cancelled.error();
        if (cancelled->toBool())
            return Status::failure(tr("The meeting was cancelled: it cannot be closed."));
        if (Status s =
                Sql::exec(m_db.sql(),
                          QStringLiteral("UPDATE meeting SET notes = coalesce(:notes, notes), "
                                         "closed_at = :now WHERE id = :id"),
                          {{QStringLiteral("notes"), notes.isNull() ? QVariant() : notes},
                           {QStringLiteral("now"), Stamp::now()},
                           {QStringLiteral("id"), meetingId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("close"), MeetingTable, meetingId, 0,
                             before, Audit::snapshot(m_db.sql(), MeetingTable, meetingId));
    });
}

Status Meetings::cancel(Id meetingId, const QString &reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Status::failure(tr("Give the reason the meeting is cancelled."),
                               QStringLiteral("reason"));
    return m_db.transaction([&]() -> Status {
        auto m = get(meetingId);
        if (!m)
            return m.error();
        if (m->closed)
            return Status::failure(
                tr("The meeting of %1 was held and closed: it cannot be cancelled.")
                    .arg(DateInput::format(m->date)));
        const QJsonObject before = Audit::snapshot(m_db.sql(), MeetingTable, meetingId);
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE meeting SET cancelled_at = :now, "
                                                "cancel_reason = :r WHERE id = :id"),
                                 {{QStringLiteral("now"), Stamp::now()},
                                  {QStringLiteral("r"), why},
                                  {QStringLiteral("id"), meetingId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("cancel"), MeetingTable, meetingId, 0,
                             before, Audit::snapshot(m_db.sql(), MeetingTable, meetingId));
    });
}

Result<QHash<Id, QString>> Meetings::cancellations(QDate from, QDate to) const
{
    auto q =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT id, cancel_reason FROM meeting WHERE date >= :f AND "
                                "date <= :t AND cancelled_at IS NOT NULL"),
                 {{QStringLiteral("f"), Sql::date(from)}, {QStringLiteral("t"), Sql::date(to)}});
    if (!q)
        return q.error();
    QHash<Id, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Result<Id> Meetings::cancelOn(QDate date, const QString &reason)
{
    Id id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        auto recorded = MeetingDetails(m_db).recordOn(date);
        if (!recorded)
            return recorded.error();
        id = *recorded;
        return cancel(id, reason);
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace enc
