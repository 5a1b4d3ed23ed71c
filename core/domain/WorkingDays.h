#pragma once

// Working days and notification deadlines (DOMAIN.md, "Deadlines").

#include <QDate>

namespace enc {

// A working day is Monday to Friday and not an England and Wales bank holiday.
class WorkingDays
{
public:
    WorkingDays() = delete;

    // True when d is Monday to Friday and not a bank holiday; false for an invalid date.
    static bool isWorkingDay(QDate d);
    // The first working day strictly after d; an invalid date when d is invalid.
    static QDate nextWorkingDay(QDate d);
    // The day by which a setting should hear of an incident on incidentDate: the next working day.
    static QDate notificationDeadline(QDate incidentDate);
};

} // namespace enc
