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
    // The meeting's privacy flag (initials instead of names on screen and in the minutes).
    static bool privacy(Database &db, qint64 meetingId);
    static Status setPrivacy(Database &db, qint64 meetingId, bool on);
};

} // namespace enc
