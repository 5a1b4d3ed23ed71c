#pragma once

// The office's options a person may change (Tools > Office options..., "encompass-cli
// options"): each with its label, what it means, its default and the values it takes.
// Options::set checks a value here, and against the options it depends on, before storing it.

#include "Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <utility>

namespace enc {

struct OptionSpec
{
    enum class Kind
    {
        Integer,  // whole number from min to max
        Boolean,  // "1" or "0" (yes/no, true/false, on/off taken)
        Text,     // free text, one line unless multiLine
        Email,    // an e-mail address, or empty
        Time,     // HH:mm
        Weekday,  // 1 (Monday) to 7 (Sunday); names taken
        Weekdays, // a set of weekdays, "1,3,5"; names taken ("mon,wed,fri")
        DayTimes, // hours that differ by day, "5=10:00-11:30"; "Fri 10:00-11:30" taken
    };
    QString key;
    QString label;
    QString help;
    Kind kind = Kind::Text;
    QString fallback;
    int min = 0;
    int max = 0;
    bool multiLine = false;
};

class OptionCatalog
{
public:
    OptionCatalog() = delete;

    static const QList<OptionSpec> &all();
    static const OptionSpec *find(const QString &key);
    // The value as stored ("yes" as "1", "mon, wed" as "1,3"), or why it cannot be: the
    // message names the option; the error's field is its key.
    static Result<QString> normalise(const OptionSpec &spec, const QString &value);
    // Rules between options, on the values they would have together (stored values with
    // the changes laid over them): the meeting ends after it starts, the review day is a
    // meeting day, the age band runs upwards. The error's field is the key to change.
    static Status consistent(const QHash<QString, QString> &values);
    // A stored value as a person reads it ("Monday, Wednesday, Friday"; "yes").
    static QString display(const OptionSpec &spec, const QString &stored);
    // A stored DayTimes value: weekday -> start, end.
    static QMap<int, std::pair<QTime, QTime>> dayTimes(const QString &stored);
};

} // namespace enc
