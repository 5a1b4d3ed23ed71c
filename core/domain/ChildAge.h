#pragma once

// A young child's age as people say it: "7 months" for a baby, "3 years" later on.

#include <QDate>
#include <QString>

namespace enc::ChildAge {

// Completed calendar months of age on a day (born 31 January: one month on 28 February);
// -1 when either date is invalid or on is before dob.
int months(QDate dob, QDate on);
// "2 weeks", "7 months" under two years, "3 years" from then; "age not known" (translated).
QString text(QDate dob, QDate on);

} // namespace enc::ChildAge
