#include "domain/BankHolidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace enc {

namespace {

const char *const context = "enc::BankHolidays";

// A holiday before translation: the name is a source text for QCoreApplication::translate.
struct RawHoliday
{
    QDate date;
    const char *name = nullptr;
};

// At most 11 holidays fall in one year (2022 has 10), so no allocation is needed.
struct RawYear
{
    std::array<RawHoliday, 12> items{};
    int count = 0;

    void add(QDate date, const char *name) { items[static_cast<size_t>(count++)] = {date, name}; }
};

QDate firstWeekdayOfMonth(int year, int month, int dayOfWeek)
{
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7);
}

QDate lastWeekdayOfMonth(int year, int month, int dayOfWeek)
{
    const QDate first(year, month, 1);
    const QDate last = first.addDays(first.daysInMonth() - 1);
    return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
}

void addNewYear(RawYear &out, int year)
{
    const QDate day(year, 1, 1);
    if (day.dayOfWeek() == Qt::Saturday)
        out.add(day.addDays(2),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "New Year's Day (substitute day)"));
    else if (day.dayOfWeek() == Qt::Sunday)
        out.add(day.addDays(1),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "New Year's Day (substitute day)"));
    else
        out.add(day, QT_TRANSLATE_NOOP("enc::BankHolidays", "New Year's Day"));
}

void addChristmas(RawYear &out, int year)
{
    const QDate christmas(year, 12, 25);
    const char *christmasName = QT_TRANSLATE_NOOP("enc::BankHolidays", "Christmas Day");
    const char *christmasSub =
        QT_TRANSLATE_NOOP("enc::BankHolidays", "Christmas Day (substitute day)");
    const char *boxingName = QT_TRANSLATE_NOOP("enc::BankHolidays", "Boxing Day");
    const char *boxingSub = QT_TRANSLATE_NOOP("enc::BankHolidays", "Boxing Day (substitute day)");
    switch (christmas.dayOfWeek()) {
    case Qt::Friday: // Boxing Day on Saturday moves to Monday 28th
        out.add(christmas, christmasName);
        out.add(QDate(year, 12, 28), boxingSub);
        break;
    case Qt::Saturday: // both move: Monday 27th and Tuesday 28th
        out.add(QDate(year, 12, 27), christmasSub);
        out.add(QDate(year, 12, 28), boxingSub);
        break;
    case Qt::Sunday: // Boxing Day stays on Monday 26th; Christmas moves to Tuesday 27th
        out.add(QDate(year, 12, 26), boxingName);
        out.add(QDate(year, 12, 27), christmasSub);
        break;
    default:
        out.add(christmas, christmasName);
        out.add(QDate(year, 12, 26), boxingName);
        break;
    }
}

RawYear computeYear(int year)
{
    RawYear out;
    if (year < 1)
        return out;

    addNewYear(out, year);

    const QDate easter = BankHolidays::easterSunday(year);
    out.add(easter.addDays(-2), QT_TRANSLATE_NOOP("enc::BankHolidays", "Good Friday"));
    out.add(easter.addDays(1), QT_TRANSLATE_NOOP("enc::BankHolidays", "Easter Monday"));

    // Early May bank holiday: first Monday of May, moved for VE Day anniversaries.
    if (year == 1995)
        out.add(QDate(1995, 5, 8),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Early May bank holiday (VE Day)"));
    else if (year == 2020)
        out.add(QDate(2020, 5, 8),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Early May bank holiday (VE Day)"));
    else
        out.add(firstWeekdayOfMonth(year, 5, Qt::Monday),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Early May bank holiday"));

    if (year == 2011)
        out.add(QDate(2011, 4, 29),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Royal wedding bank holiday"));
    if (year == 2023)
        out.add(QDate(2023, 5, 8),
                QT_TRANSLATE_NOOP("enc::BankHolidays",
                                  "Bank holiday for the coronation of King Charles III"));

    // Spring bank holiday: last Monday of May, moved for the jubilees.
    const char *spring = QT_TRANSLATE_NOOP("enc::BankHolidays", "Spring bank holiday");
    if (year == 2002) {
        out.add(QDate(2002, 6, 3),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Golden Jubilee bank holiday"));
        out.add(QDate(2002, 6, 4), spring);
    } else if (year == 2012) {
        out.add(QDate(2012, 6, 4), spring);
        out.add(QDate(2012, 6, 5),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Diamond Jubilee bank holiday"));
    } else if (year == 2022) {
        out.add(QDate(2022, 6, 2), spring);
        out.add(QDate(2022, 6, 3),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Platinum Jubilee bank holiday"));
    } else {
        out.add(lastWeekdayOfMonth(year, 5, Qt::Monday), spring);
    }

    out.add(lastWeekdayOfMonth(year, 8, Qt::Monday),
            QT_TRANSLATE_NOOP("enc::BankHolidays", "Summer bank holiday"));

    if (year == 2022)
        out.add(QDate(2022, 9, 19),
                QT_TRANSLATE_NOOP("enc::BankHolidays",
                                  "Bank holiday for the State Funeral of Queen Elizabeth II"));

    addChristmas(out, year);

    if (year == 1999)
        out.add(QDate(1999, 12, 31),
                QT_TRANSLATE_NOOP("enc::BankHolidays", "Millennium Day bank holiday"));

    std::sort(out.items.begin(), out.items.begin() + out.count,
              [](const RawHoliday &a, const RawHoliday &b) { return a.date < b.date; });
    return out;
}

const RawHoliday *findRaw(const RawYear &year, QDate d)
{
    for (int i = 0; i < year.count; ++i) {
        if (year.items[static_cast<size_t>(i)].date == d)
            return &year.items[static_cast<size_t>(i)];
    }
    return nullptr;
}

} // namespace

QDate BankHolidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<BankHoliday> BankHolidays::forYear(int year)
{
    const RawYear raw = computeYear(year);
    QList<BankHoliday> result;
    result.reserve(raw.count);
    for (int i = 0; i < raw.count; ++i) {
        const RawHoliday &h = raw.items[static_cast<size_t>(i)];
        result.append({h.date, QCoreApplication::translate(context, h.name)});
    }
    return result;
}

bool BankHolidays::isBankHoliday(QDate d)
{
    if (!d.isValid())
        return false;
    // Every England and Wales bank holiday falls on a weekday.
    if (d.dayOfWeek() >= Qt::Saturday)
        return false;
    return findRaw(computeYear(d.year()), d) != nullptr;
}

QString BankHolidays::nameOf(QDate d)
{
    if (!d.isValid())
        return {};
    const RawYear year = computeYear(d.year());
    const RawHoliday *h = findRaw(year, d);
    return h ? QCoreApplication::translate(context, h->name) : QString();
}

} // namespace enc
