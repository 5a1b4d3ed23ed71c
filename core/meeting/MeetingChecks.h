#pragma once

// Checks the meeting screen shows beside the attendance.

#include "Result.h"

#include <QDate>

namespace enc {

class Database;

class MeetingChecks
{
public:
    MeetingChecks() = delete;

    // True when a police member attended (in person or by deputy) a meeting in the calendar
    // month before date (from date minus one month, exclusive, to date inclusive).
    static Result<bool> policeAttendedInLastMonth(Database &db, QDate date);
    // Writes to the audit trail that the chair agreed to show children's names, dates of
    // birth and addresses on the projector at the meeting. (The projector's choice is not
    // kept on the meeting: the minutes name children as the office chose, Options.)
    static Status recordNamesShown(Database &db, qint64 meetingId);
};

} // namespace enc
