#include "ChildAge.h"

#include <QCoreApplication>

namespace enc::ChildAge {

int months(QDate dob, QDate on)
{
    if (!dob.isValid() || !on.isValid() || on < dob)
        return -1;
    int m = (on.year() - dob.year()) * 12 + on.month() - dob.month();
    // A birthday on a day the month lacks (31st) falls on the month's last day.
    if (on.day() < dob.day() && on.day() < on.daysInMonth())
        --m;
    return m;
}

QString text(QDate dob, QDate on)
{
    const int m = months(dob, on);
    if (m < 0)
        return QCoreApplication::translate("ChildAge", "age not known");
    if (m == 0) {
        const int weeks = int(dob.daysTo(on) / 7);
        return weeks == 1 ? QCoreApplication::translate("ChildAge", "1 week")
                          : QCoreApplication::translate("ChildAge", "%1 weeks").arg(weeks);
    }
    // Health visitors and settings count a child's age in months until two.
    if (m < 24)
        return m == 1 ? QCoreApplication::translate("ChildAge", "1 month")
                      : QCoreApplication::translate("ChildAge", "%1 months").arg(m);
    return QCoreApplication::translate("ChildAge", "%1 years").arg(m / 12);
}

} // namespace enc::ChildAge
