#pragma once

// Dates as people type and read them: dd/MM/yyyy in forms, "25 July 2024" in letters.

#include "Result.h"

#include <QDate>
#include <QString>

namespace enc {

class DateInput
{
public:
    DateInput() = delete;

    // Reads dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd (surrounding spaces ignored); errors name the
    // field and the value. Empty text is an error when required, else an invalid QDate.
    static Result<QDate> parse(const QString &text, const QString &fieldLabel,
                               bool required = true);
    // dd/MM/yyyy, or an empty string for an invalid date.
    static QString format(QDate date);
    // "25 July 2024" in UK English, or an empty string for an invalid date.
    static QString longFormat(QDate date);
    // Completed years of age on a day (29 February birthdays fall on 1 March in other
    // years); -1 when either date is invalid or on is before dob.
    static int ageInYears(QDate dob, QDate on);
    // True when the age on a day is minYears..maxYears inclusive (0..5: before the 6th birthday).
    static bool inAgeBand(QDate dob, QDate on, int minYears = 0, int maxYears = 5);
};

} // namespace enc
