#include "ProformaRule.h"

#include "domain/WorkingDays.h"

namespace enc {

QString ProformaRule::optionKey()
{
    return QStringLiteral("proforma.due_working_days");
}

ProformaRule::ProformaRule(int dueDays)
    : m_dueDays(dueDays >= MinDueDays && dueDays <= MaxDueDays ? dueDays : DefaultDueDays)
{}

QDate ProformaRule::dueOn(QDate requestedOn) const
{
    if (!requestedOn.isValid())
        return {};
    QDate d = requestedOn;
    for (int n = m_dueDays; n > 0; --n)
        d = WorkingDays::nextWorkingDay(d);
    return d;
}

QDate ProformaRule::dueOf(const Proforma &proforma) const
{
    return proforma.dueOn.isValid() ? proforma.dueOn : dueOn(proforma.sentOn);
}

bool ProformaRule::isOverdue(const Proforma &proforma, QDate today) const
{
    if (proforma.returned() || proforma.archived || !today.isValid())
        return false;
    const QDate due = dueOf(proforma);
    return due.isValid() && today > due;
}

int ProformaRule::daysOverdue(const Proforma &proforma, QDate today) const
{
    return isOverdue(proforma, today) ? int(dueOf(proforma).daysTo(today)) : 0;
}

} // namespace enc
