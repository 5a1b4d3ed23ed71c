#include "domain/DateInput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace enc {

namespace {

const char *const context = "enc::DateInput";

} // namespace

Result<QDate> DateInput::parse(const QString &text, const QString &fieldLabel, bool required)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        if (!required)
            return QDate();
        return Result<QDate>::failure(
            QCoreApplication::translate(context, "%1 is required").arg(fieldLabel), fieldLabel);
    }

    static const QRegularExpression ukForm(
        QStringLiteral("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"));
    static const QRegularExpression isoForm(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));

    int year = 0;
    int month = 0;
    int day = 0;
    if (const QRegularExpressionMatch m = ukForm.match(value); m.hasMatch()) {
        day = m.capturedView(1).toInt();
        month = m.capturedView(2).toInt();
        year = m.capturedView(3).toInt();
    } else if (const QRegularExpressionMatch iso = isoForm.match(value); iso.hasMatch()) {
        year = iso.capturedView(1).toInt();
        month = iso.capturedView(2).toInt();
        day = iso.capturedView(3).toInt();
    } else {
        return Result<QDate>::failure(
            QCoreApplication::translate(context, "%1 \"%2\" is not a date: use dd/mm/yyyy")
                .arg(fieldLabel, value),
            fieldLabel);
    }

    const QDate date(year, month, day);
    if (!date.isValid()) {
        return Result<QDate>::failure(
            QCoreApplication::translate(context, "%1 %2 is not a date").arg(fieldLabel, value),
            fieldLabel);
    }
    return date;
}

QString DateInput::format(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    // Written directly: QDate::toString reads its format string on every call, and an
    // import of 10,000 rows names a date in most of its messages.
    auto digit = [](int n) {
        return QChar(char16_t(u'0' + n));
    };
    const QChar text[10] = {digit(day / 10),    digit(day % 10),        QLatin1Char('/'),
                            digit(month / 10),  digit(month % 10),      QLatin1Char('/'),
                            digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10),
                            digit(year % 10)};
    return QString(text, 10);
}

QString DateInput::longFormat(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

int DateInput::ageInYears(QDate dob, QDate on)
{
    if (!dob.isValid() || !on.isValid() || on < dob)
        return -1;
    int age = on.year() - dob.year();
    if (on.month() < dob.month() || (on.month() == dob.month() && on.day() < dob.day()))
        --age;
    return age;
}

bool DateInput::inAgeBand(QDate dob, QDate on, int minYears, int maxYears)
{
    const int age = ageInYears(dob, on);
    return age >= 0 && age >= minYears && age <= maxYears;
}

} // namespace enc
