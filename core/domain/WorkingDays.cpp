#include "domain/WorkingDays.h"

#include "domain/BankHolidays.h"

namespace enc {

bool WorkingDays::isWorkingDay(QDate d)
{
    return d.isValid() && d.dayOfWeek() <= Qt::Friday && !BankHolidays::isBankHoliday(d);
}

QDate WorkingDays::nextWorkingDay(QDate d)
{
    if (!d.isValid())
        return {};
    QDate day = d.addDays(1);
    // Christmas and New Year give the longest run of non-working days (at most 5).
    while (day.isValid() && !isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate WorkingDays::notificationDeadline(QDate incidentDate)
{
    return nextWorkingDay(incidentDate);
}

} // namespace enc
