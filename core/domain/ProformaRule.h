#pragma once

// When a proforma is due back from the setting and when it is overdue (DOMAIN.md, "Proforma").

#include "domain/Records.h"

#include <QDate>

namespace enc {

// A proforma is due back a number of working days (an office option) after it was requested;
// one not returned by then is overdue and the coordinator chases it.
class ProformaRule
{
public:
    static constexpr int DefaultDueDays = 10;
    static constexpr int MinDueDays = 1;
    static constexpr int MaxDueDays = 60;
    // The option's key in the office's settings.
    static QString optionKey();

    // Days out of range are the default.
    explicit ProformaRule(int dueDays = DefaultDueDays);

    int dueDays() const { return m_dueDays; }
    // The day it is due back: dueDays working days after the request (weekends and England and
    // Wales bank holidays not counted); invalid when requestedOn is.
    QDate dueOn(QDate requestedOn) const;
    // The due date stored with the proforma, else the rule's from the day it was sent.
    QDate dueOf(const Proforma &proforma) const;
    // Not returned, not withdrawn, and today is after the day it was due.
    bool isOverdue(const Proforma &proforma, QDate today) const;
    // Calendar days past the due date (0 when not overdue).
    int daysOverdue(const Proforma &proforma, QDate today) const;

private:
    int m_dueDays;
};

} // namespace enc
