#pragma once

// Bank holidays in England and Wales (DOMAIN.md, "Deadlines").

#include <QDate>
#include <QList>
#include <QString>

namespace enc {

struct BankHoliday
{
    QDate date;
    QString name; // translated, e.g. "Easter Monday", "Boxing Day (substitute day)"
};

// Computes the bank holidays of England and Wales from the standing rules (Easter by the
// Gregorian computus, substitute days for weekends) plus the known one-off changes
// (1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023). Supported for firstYear..lastYear;
// other years get the standing rules only. Pure and thread-safe: nothing is cached.
class BankHolidays
{
public:
    static constexpr int firstYear = 1995;
    static constexpr int lastYear = 2100;

    BankHolidays() = delete;

    // The bank holidays of a year in date order; empty for a year before 1 AD.
    static QList<BankHoliday> forYear(int year);
    // True when d is a bank holiday; false for an invalid date.
    static bool isBankHoliday(QDate d);
    // The translated name of the bank holiday on d, or an empty string when d is not one.
    static QString nameOf(QDate d);
    // Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
};

} // namespace enc
