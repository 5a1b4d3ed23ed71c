#include "MeetingDetails.h"

#include "Directory.h"
#include "Meetings.h"
#include "Options.h"
#include "domain/DateInput.h"
#include "domain/MeetingSchedule.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::MeetingDetails", text);
}

const QString MeetingTable = QStringLiteral("meeting");
const QString ItemTable = QStringLiteral("agenda_item");

// Writes the notes of a meeting or an agenda item (table), audited before and after.
Status writeNotes(Database &db, const QString &table, Id id, Id child, const QString &notes)
{
    const QJsonObject before = Audit::snapshot(db.sql(), table, id);
    if (Status s = Sql::exec(
            db.sql(),
            table == ItemTable ? QStringLiteral("UPDATE agenda_item SET notes = :n WHERE id = :id")
                               : QStringLiteral("UPDATE meeting SET notes = :n WHERE id = :id"),
            {{QStringLiteral("n"), notes}, {QStringLiteral("id"), id}});
        !s)
        return s;
    return Audit::record(db.sql(), QStringLiteral("update"), table, id, child, before,
                         Audit::snapshot(db.sql(), table, id));
}

} // namespace

Status MeetingDetails::editable(const Meeting &meeting) const
{
    if (meeting.closed)
        return Status::failure(tr("The meeting of %1 is closed: its record is kept as it was.")
                                   .arg(DateInput::format(meeting.date)));
    auto cancelled = Meetings(m_db).cancellations(meeting.date, meeting.date);
    if (!cancelled)
        return cancelled.error();
    if (cancelled->contains(meeting.id))
        return Status::failure(tr("The meeting of %1 was cancelled: its record is kept as it was.")
                                   .arg(DateInput::format(meeting.date)));
    return {};
}

Result<Id> MeetingDetails::recordOn(QDate date)
{
    if (!date.isValid())
        return Result<Id>::failure(tr("Meeting date is required."), QStringLiteral("date"));
    Id id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        auto existing = Meetings(m_db).onDate(date);
        if (!existing)
            return existing.error();
        id = existing->id;
        if (id)
            return {};
        const ScheduleConfig cfg = Options(m_db.sql()).schedule();
        const ScheduledMeeting due = MeetingSchedule::on(date, cfg);
        if (!due.date.isValid() || due.skipped)
            return Status::failure(tr("There is no meeting on %1: it is not a meeting day.")
                                       .arg(DateInput::format(date)),
                                   QStringLiteral("date"));
        Meeting m;
        m.date = date;
        m.kind =
            date.dayOfWeek() == cfg.reviewDay ? MeetingKind::TriageAndReview : MeetingKind::Triage;
        auto created = Meetings(m_db).create(m);
        if (!created)
            return created.error();
        id = created->id;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<MeetingDetails::Chairs> MeetingDetails::chairs(Id meetingId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT coalesce(chair_member_id, 0), "
                                     "coalesce(deputy_chair_member_id, 0) FROM meeting WHERE id = "
                                     ":id"),
                      {{QStringLiteral("id"), meetingId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Chairs>::failure(tr("There is no meeting with id %1.").arg(meetingId));
    return Chairs{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Status MeetingDetails::setChairs(Id meetingId, Id chair, Id deputy, Id shownChair, Id shownDeputy)
{
    if (chair && chair == deputy)
        return Status::failure(tr("The chair and the deputy chair are one member: choose "
                                  "another deputy chair."),
                               QStringLiteral("deputy_chair"));
    return m_db.transaction([&]() -> Status {
        auto meeting = Meetings(m_db).get(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status s = editable(*meeting); !s)
            return s;
        for (const auto &[id, field] : {std::pair{chair, QStringLiteral("chair")},
                                        std::pair{deputy, QStringLiteral("deputy_chair")}}) {
            if (!id)
                continue;
            auto member = Directory(m_db).member(id);
            if (!member)
                return Status::failure(member.errorText(), field);
            if (!member->active)
                return Status::failure(
                    tr("%1 is no longer a member: choose another.").arg(member->name), field);
        }
        auto now = chairs(meetingId);
        if (!now)
            return now.error();
        if (now->chair != shownChair || now->deputy != shownDeputy)
            return Status::failure(tr("The chair of the meeting of %1 was changed on another "
                                      "desk: nothing was changed. Choose again.")
                                       .arg(DateInput::format(meeting->date)),
                                   QStringLiteral("chair"));
        const QJsonObject before = Audit::snapshot(m_db.sql(), MeetingTable, meetingId);
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE meeting SET chair_member_id = :c, "
                                                "deputy_chair_member_id = :d WHERE id = :id"),
                                 {{QStringLiteral("c"), Sql::id(chair)},
                                  {QStringLiteral("d"), Sql::id(deputy)},
                                  {QStringLiteral("id"), meetingId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("update"), MeetingTable, meetingId, 0,
                             before, Audit::snapshot(m_db.sql(), MeetingTable, meetingId));
    });
}

Status MeetingDetails::setNotes(Id meetingId, const QString &notes, const QString &shown)
{
    return m_db.transaction([&]() -> Status {
        auto meeting = Meetings(m_db).get(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status s = editable(*meeting); !s)
            return s;
        if (meeting->notes != shown)
            return Status::failure(tr("The notes of the meeting of %1 were changed on another "
                                      "desk: yours were not saved. Copy them, then reopen the "
                                      "meeting to see the other desk's.")
                                       .arg(DateInput::format(meeting->date)),
                                   QStringLiteral("notes"));
        if (meeting->notes == notes)
            return {};
        return writeNotes(m_db, MeetingTable, meetingId, 0, notes);
    });
}

Result<Saved> MeetingDetails::addAdHoc(const Meeting &meeting)
{
    if (!meeting.date.isValid())
        return Result<Saved>::failure(tr("Give the date of the ad-hoc meeting."),
                                      QStringLiteral("date"));
    Saved saved;
    const Status s = m_db.transaction([&]() -> Status {
        const QString day = DateInput::format(meeting.date);
        auto held = Meetings(m_db).between(meeting.date, meeting.date);
        if (!held)
            return held.error();
        auto cancelled = Meetings(m_db).cancellations(meeting.date, meeting.date);
        if (!cancelled)
            return cancelled.error();
        bool anyCancelled = false;
        for (const Meeting &m : *held) {
            if (cancelled->contains(m.id)) {
                anyCancelled = true;
                continue;
            }
            return Status::failure(tr("There is already a meeting on %1 (%2 to %3): open it "
                                      "instead of adding another.")
                                       .arg(day, m.starts.toString(QStringLiteral("HH:mm")),
                                            m.ends.toString(QStringLiteral("HH:mm"))),
                                   QStringLiteral("date"));
        }
        const ScheduledMeeting due =
            MeetingSchedule::on(meeting.date, Options(m_db.sql()).schedule());
        if (due.date.isValid() && !due.skipped && !anyCancelled)
            return Status::failure(tr("%1 is a meeting day (%2 to %3): open the scheduled "
                                      "meeting instead of adding another.")
                                       .arg(day, due.start.toString(QStringLiteral("HH:mm")),
                                            due.end.toString(QStringLiteral("HH:mm"))),
                                   QStringLiteral("date"));
        Meeting m = meeting;
        m.kind = MeetingKind::AdHoc;
        auto created = Meetings(m_db).create(m);
        if (!created)
            return created.error();
        saved = *created;
        return {};
    });
    if (!s)
        return s.error();
    return saved;
}

Result<MeetingDetails::Apologies> MeetingDetails::prepareApologies(QDate date, Id memberId,
                                                                   QDate today)
{
    if (!date.isValid())
        return Result<Apologies>::failure(tr("Give the date of the meeting."),
                                          QStringLiteral("date"));
    if (date < today)
        return Result<Apologies>::failure(
            tr("The meeting of %1 has passed: record attendance on the meeting's screen.")
                .arg(DateInput::format(date)),
            QStringLiteral("date"));
    Apologies out;
    const Status s = m_db.transaction([&]() -> Status {
        auto member = Directory(m_db).member(memberId);
        if (!member)
            return Status::failure(member.errorText(), QStringLiteral("member"));
        if (!member->active)
            return Status::failure(tr("%1 is no longer a member.").arg(member->name),
                                   QStringLiteral("member"));
        auto id = recordOn(date);
        if (!id)
            return id.error();
        auto meeting = Meetings(m_db).get(*id);
        if (!meeting)
            return meeting.error();
        if (Status st = editable(*meeting); !st)
            return st;
        out.meetingId = *id;
        // A member who joined after the meeting was recorded is expected as the rule says.
        out.before = {
            memberId, AttendanceStatus::Absent, {}, member->commitment == MemberCommitment::Always};
        for (const Attendance &a : meeting->attendance)
            if (a.memberId == memberId)
                out.before = a;
        return Status();
    });
    if (!s)
        return s.error();
    return out;
}

Result<MeetingDetails::Apologies> MeetingDetails::sendApologies(QDate date, Id memberId,
                                                                QDate today)
{
    Apologies out;
    const Status s = m_db.transaction([&]() -> Status {
        auto prepared = prepareApologies(date, memberId, today);
        if (!prepared)
            return prepared.error();
        out = *prepared;
        Attendance apologies = out.before;
        apologies.status = AttendanceStatus::Apologies;
        apologies.deputyName.clear();
        return Meetings(m_db).setAttendance(out.meetingId, apologies);
    });
    if (!s)
        return s.error();
    return out;
}

Result<QString> MeetingDetails::itemNotes(Id itemId) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT notes FROM agenda_item WHERE id = :id"),
                      {{QStringLiteral("id"), itemId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<QString>::failure(tr("There is no agenda item with id %1.").arg(itemId));
    return q->value(0).toString();
}

Status MeetingDetails::setItemNotes(Id itemId, const QString &notes, const QString &shown)
{
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("SELECT notes, coalesce(child_id, 0), meeting_id FROM "
                                         "agenda_item WHERE id = :id"),
                          {{QStringLiteral("id"), itemId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(tr("There is no agenda item with id %1.").arg(itemId));
        const QString stored = q->value(0).toString();
        const Id child = q->value(1).toLongLong();
        auto meeting = Meetings(m_db).get(q->value(2).toLongLong());
        if (!meeting)
            return meeting.error();
        if (Status s = editable(*meeting); !s)
            return s;
        if (stored != shown)
            return Status::failure(tr("The item's notes were changed on another desk: yours "
                                      "were not saved. Copy them, then choose the item again "
                                      "to see the other desk's."),
                                   QStringLiteral("notes"));
        if (stored == notes)
            return {};
        return writeNotes(m_db, ItemTable, itemId, child, notes);
    });
}

} // namespace enc
