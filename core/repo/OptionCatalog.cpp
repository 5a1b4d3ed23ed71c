#include "OptionCatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::OptionCatalog", text);
}

using Kind = OptionSpec::Kind;

OptionSpec spec(const char *key, QString label, QString help, Kind kind, const char *fallback,
                int min = 0, int max = 0)
{
    OptionSpec s;
    s.key = QString::fromLatin1(key);
    s.label = std::move(label);
    s.help = std::move(help);
    s.kind = kind;
    s.fallback = QString::fromLatin1(fallback);
    s.min = min;
    s.max = max;
    return s;
}

QList<OptionSpec> makeAll()
{
    QList<OptionSpec> all{
        spec("office.name", tr("Office name"), tr("Printed at the head of every letter."),
             Kind::Text, "Early Help Office"),
        spec("office.address", tr("Office address"), tr("Printed under the office's name."),
             Kind::Text, ""),
        spec("office.phone", tr("Office telephone"),
             tr("For settings to call the office about a letter."), Kind::Text, ""),
        spec("office.email", tr("Office e-mail"),
             tr("The reply address of e-mail drafts and letters."), Kind::Email, ""),
        spec("schedule.days", tr("Meeting days"),
             tr("The weekdays the meeting is held (a daily triage: Monday to Friday)."),
             Kind::Weekdays, "1,3,5"),
        spec("schedule.start", tr("Meeting starts"), tr("The time the meeting starts."), Kind::Time,
             "11:00"),
        spec("schedule.end", tr("Meeting ends"), tr("The time the meeting ends."), Kind::Time,
             "12:00"),
        spec("schedule.day_times", tr("Other hours on a day"),
             tr("A meeting day with other hours than the above, e.g. \"Fri 10:00-12:00\" "
                "(several: \"Mon 09:30-10:00; Fri 10:00-12:00\")."),
             Kind::DayTimes, ""),
        spec("schedule.review_day", tr("Tracking review day"),
             tr("The meeting day that also reviews proformas and the tracker."), Kind::Weekday,
             "5"),
        spec("age.min", tr("Youngest age (years)"), tr("Children from this age are tracked."),
             Kind::Integer, "0", 0, 25),
        spec("age.max", tr("Oldest age (years)"), tr("Children up to this age are tracked."),
             Kind::Integer, "5", 0, 25),
        spec("escalation.threshold", tr("PPNs that escalate"),
             tr("This many PPNs within the window escalate a child."), Kind::Integer, "3", 2, 20),
        spec("escalation.window_months", tr("Escalation window (months)"),
             tr("The months within which the PPNs are counted."), Kind::Integer, "3", 1, 24),
        spec("escalation.per_household", tr("Count PPNs per household"),
             tr("Count a household's PPNs together rather than each child's."), Kind::Boolean, "0"),
        spec("escalation.count_missing", tr("Missing-child notifications count towards escalation"),
             tr("Otherwise only domestic abuse notifications are counted."), Kind::Boolean, "0"),
        spec("quorum.percent", tr("Quorum (%)"),
             tr("The share of expected members present for the meeting to be quorate."),
             Kind::Integer, "75", 1, 100),
        spec("proforma.due_working_days", tr("Proforma due back (working days)"),
             tr("Working days after the request by which a proforma is due; later, it is "
                "overdue and chased."),
             Kind::Integer, "10", 1, 60),
        spec("import.risk_words", tr("The police's risk words"),
             tr("The force's own risk words and the grade each means, e.g. \"Amber=medium; "
                "Red=high\" (Standard/Medium/High, S/M/H and Level 1/2/3 are known)."),
             Kind::Text, ""),
        spec("minutes.name_children", tr("Minutes name children in full"),
             tr("Otherwise the minutes give initials and the tracker's number."), Kind::Boolean,
             "0"),
        spec("lock.idle_minutes", tr("Lock after idle (minutes)"),
             tr("Minutes with no input before the window hides every record."), Kind::Integer, "10",
             1, 120),
    };
    // What a letter may show beyond the proportionate fields: the office's agreement decides.
    for (const auto &[key, label] :
         {std::pair{"letters.include_age", tr("Letters show the age")},
          std::pair{"letters.include_home_address", tr("Letters show the home address")},
          std::pair{"letters.include_incident_address", tr("Letters show the incident address")}})
        all.append(spec(key, label,
                        tr("Only if the office's information sharing agreement allows it."),
                        Kind::Boolean, "0"));
    all[1].multiLine = true;
    return all;
}

QStringList dayNames()
{
    QStringList names;
    for (int d = 1; d <= 7; ++d)
        names << QLocale(QLocale::English).dayName(d).toLower();
    return names;
}

// 1-7 from "1", "mon", "Monday"; 0 when none.
int weekday(const QString &text)
{
    const QString t = text.trimmed().toLower();
    bool number = false;
    const int n = t.toInt(&number);
    if (number)
        return n >= 1 && n <= 7 ? n : 0;
    if (t.size() < 2)
        return 0;
    const QStringList names = dayNames();
    for (int d = 0; d < names.size(); ++d)
        if (names.at(d).startsWith(t))
            return d + 1;
    return 0;
}

QList<int> weekdays(const QString &stored)
{
    QList<int> out;
    for (const QString &p : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int d = weekday(p))
            out << d;
    return out;
}

QTime hhmm(QString t)
{
    t.replace(QLatin1Char('.'), QLatin1Char(':'));
    return QTime::fromString(t.size() == 4 ? QLatin1Char('0') + t : t, QStringLiteral("HH:mm"));
}

QString dayName(int d)
{
    return QLocale(QLocale::English).dayName(std::clamp(d, 1, 7));
}

Result<QString> failure(const OptionSpec &s, const QString &why)
{
    return Result<QString>::failure(tr("%1 (%2): %3").arg(s.label, s.key, why), s.key);
}

} // namespace

const QList<OptionSpec> &OptionCatalog::all()
{
    static const QList<OptionSpec> specs = makeAll();
    return specs;
}

const OptionSpec *OptionCatalog::find(const QString &key)
{
    const auto &specs = all();
    auto it = std::find_if(specs.begin(), specs.end(),
                           [&](const OptionSpec &s) { return s.key == key.trimmed(); });
    return it == specs.end() ? nullptr : &*it;
}

Result<QString> OptionCatalog::normalise(const OptionSpec &s, const QString &value)
{
    const QString v = value.trimmed();
    switch (s.kind) {
    case Kind::Integer: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < s.min || n > s.max)
            return failure(s, tr("give a whole number from %1 to %2.").arg(s.min).arg(s.max));
        return QString::number(n);
    }
    case Kind::Boolean: {
        const QString l = v.toLower();
        if (QStringList{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                        QStringLiteral("on")}
                .contains(l))
            return QStringLiteral("1");
        if (QStringList{QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                        QStringLiteral("off")}
                .contains(l))
            return QStringLiteral("0");
        return failure(s, tr("give yes or no."));
    }
    case Kind::Text:
        if (!s.multiLine && v.contains(QLatin1Char('\n')))
            return failure(s, tr("give one line."));
        if (v.size() > 500)
            return failure(s, tr("give at most 500 characters."));
        return v;
    case Kind::Email: {
        static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        if (!v.isEmpty() && !email.match(v).hasMatch())
            return failure(s, tr("\"%1\" is not an e-mail address.").arg(v));
        return v;
    }
    case Kind::Time: {
        const QTime t = hhmm(v);
        if (!t.isValid())
            return failure(s, tr("give a time as HH:MM, e.g. 11:00."));
        return t.toString(QStringLiteral("HH:mm"));
    }
    case Kind::Weekday: {
        const int d = weekday(v);
        if (!d)
            return failure(s, tr("give a weekday, e.g. Friday."));
        return QString::number(d);
    }
    case Kind::Weekdays: {
        QList<int> days;
        for (const QString &p :
             v.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            const int d = weekday(p);
            if (!d)
                return failure(s, tr("\"%1\" is not a weekday.").arg(p));
            if (!days.contains(d))
                days << d;
        }
        if (days.isEmpty())
            return failure(s, tr("choose at least one day."));
        std::sort(days.begin(), days.end());
        QStringList out;
        for (int d : days)
            out << QString::number(d);
        return out.join(QLatin1Char(','));
    }
    case Kind::DayTimes: {
        static const QRegularExpression entry(QStringLiteral(
            R"(^([A-Za-z]+|\d)\s*[=:]?\s*(\d{1,2}[:.]\d{2})\s*(?:-|–|to)\s*(\d{1,2}[:.]\d{2})$)"));
        QMap<int, QString> byDay;
        for (const QString &p :
             v.split(QRegularExpression(QStringLiteral("[;,\n]+")), Qt::SkipEmptyParts)) {
            const auto m = entry.match(p.trimmed());
            if (!m.hasMatch())
                return failure(s, tr("\"%1\" is not a day and its hours, e.g. Fri 10:00-12:00.")
                                      .arg(p.trimmed()));
            const int d = weekday(m.captured(1));
            if (!d)
                return failure(s, tr("\"%1\" is not a weekday.").arg(m.captured(1)));
            const QTime from = hhmm(m.captured(2));
            const QTime to = hhmm(m.captured(3));
            if (!from.isValid() || !to.isValid())
                return failure(s, tr("give times as HH:MM in \"%1\".").arg(p.trimmed()));
            if (to <= from)
                return failure(s,
                               tr("on %1 the meeting must end after it starts.").arg(dayName(d)));
            if (byDay.contains(d))
                return failure(s, tr("%1 is given twice.").arg(dayName(d)));
            byDay.insert(d, QStringLiteral("%1=%2-%3")
                                .arg(d)
                                .arg(from.toString(QStringLiteral("HH:mm")),
                                     to.toString(QStringLiteral("HH:mm"))));
        }
        return QStringList(byDay.values()).join(QLatin1Char(';'));
    }
    }
    return v;
}

QMap<int, std::pair<QTime, QTime>> OptionCatalog::dayTimes(const QString &stored)
{
    QMap<int, std::pair<QTime, QTime>> out;
    for (const QString &p : stored.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = p.indexOf(QLatin1Char('='));
        const QStringList hours = p.mid(eq + 1).split(QLatin1Char('-'));
        const int d = p.left(eq).toInt();
        if (eq < 1 || hours.size() != 2 || d < 1 || d > 7)
            continue;
        const QTime from = hhmm(hours.at(0));
        const QTime to = hhmm(hours.at(1));
        if (from.isValid() && to.isValid() && from < to)
            out.insert(d, {from, to});
    }
    return out;
}

Status OptionCatalog::consistent(const QHash<QString, QString> &values)
{
    auto get = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        return values.contains(k) ? values.value(k) : find(k)->fallback;
    };
    const QTime start = QTime::fromString(get("schedule.start"), QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(get("schedule.end"), QStringLiteral("HH:mm"));
    if (start.isValid() && end.isValid() && end <= start)
        return Status::failure(tr("The meeting must end after it starts (%1 to %2).")
                                   .arg(start.toString(QStringLiteral("HH:mm")),
                                        end.toString(QStringLiteral("HH:mm"))),
                               QStringLiteral("schedule.end"));
    const int review = get("schedule.review_day").toInt();
    if (!weekdays(get("schedule.days")).contains(review))
        return Status::failure(tr("The tracking review day (%1) must be one of the meeting days.")
                                   .arg(dayName(review)),
                               QStringLiteral("schedule.review_day"));
    const QList<int> meetingDays = weekdays(get("schedule.days"));
    for (int d : dayTimes(get("schedule.day_times")).keys())
        if (!meetingDays.contains(d))
            return Status::failure(
                tr("Other hours on a day (schedule.day_times): %1 is not a meeting day.")
                    .arg(dayName(d)),
                QStringLiteral("schedule.day_times"));
    if (get("age.min").toInt() > get("age.max").toInt())
        return Status::failure(tr("The youngest age is above the oldest age."),
                               QStringLiteral("age.max"));
    return {};
}

QString OptionCatalog::display(const OptionSpec &s, const QString &stored)
{
    switch (s.kind) {
    case Kind::Boolean:
        return stored == QLatin1String("1") ? tr("yes") : tr("no");
    case Kind::Weekday:
    case Kind::Weekdays: {
        QStringList names;
        for (int d : weekdays(stored))
            names << dayName(d);
        return names.join(QStringLiteral(", "));
    }
    case Kind::DayTimes: {
        QStringList out;
        const auto times = dayTimes(stored);
        for (auto it = times.begin(); it != times.end(); ++it)
            out << QStringLiteral("%1 %2-%3")
                       .arg(dayName(it.key()), it->first.toString(QStringLiteral("HH:mm")),
                            it->second.toString(QStringLiteral("HH:mm")));
        return out.join(QStringLiteral("; "));
    }
    default:
        return stored;
    }
}

} // namespace enc
