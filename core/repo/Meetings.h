#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Quorum.h"
#include "domain/Records.h"

#include <QHash>

namespace enc {

class Database;

// Meetings and their attendance.
class Meetings
{
public:
    explicit Meetings(Database &db) : m_db(db) {}

    Result<Meeting> get(Id id) const;
    // The meeting held on date (the first, if several), or id 0.
    Result<Meeting> onDate(QDate date) const;
    Result<QList<Meeting>> between(QDate from, QDate to) const;
    // Creates a meeting with every active member expected (police members only monthly).
    Result<Saved> create(const Meeting &meeting);
    Status setAttendance(Id meetingId, const Attendance &attendance);
    Result<QuorumResult> quorum(Id meetingId) const;
    Status close(Id meetingId, const QString &notes);
    // Marks the meeting cancelled, with a reason (required); refused once it was closed.
    // Its items are on the next meeting's agenda: nothing else changes.
    Status cancel(Id meetingId, const QString &reason);
    // Cancels the meeting on date, recording it first when it has no record (a scheduled
    // meeting that was never opened); returns its id.
    Result<Id> cancelOn(QDate date, const QString &reason);
    // The meetings from..to that were cancelled, by id, with the reason of each.
    Result<QHash<Id, QString>> cancellations(QDate from, QDate to) const;

private:
    Database &m_db;
};

QString toString(MeetingKind k);
MeetingKind meetingKindFromString(const QString &s);
QString toString(AttendanceStatus s);
AttendanceStatus attendanceFromString(const QString &s);

} // namespace enc
