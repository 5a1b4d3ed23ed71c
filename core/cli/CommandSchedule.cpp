// schedule: the regular meetings between two dates, bank holidays skipped.

#include "cli/Commands.h"

#include "domain/MeetingSchedule.h"
#include "repo/Meetings.h"
#include "repo/Options.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace enc::cli {

namespace {

const QLocale &ukEnglish()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QJsonObject toJson(const ScheduledMeeting &m)
{
    QJsonObject o{{QStringLiteral("date"), jsonDate(m.date)},
                  {QStringLiteral("weekday"), ukEnglish().dayName(m.date.dayOfWeek())},
                  {QStringLiteral("start"), hhmm(m.start)},
                  {QStringLiteral("end"), hhmm(m.end)},
                  {QStringLiteral("kind"), m.trackingReview
                                               ? QStringLiteral("triage + tracking review")
                                               : QStringLiteral("triage")},
                  {QStringLiteral("tracking_review"), m.trackingReview},
                  {QStringLiteral("skipped"), m.skipped}};
    if (m.skipped)
        o.insert(QStringLiteral("skip_reason"), m.skipReason);
    return o;
}

// The meeting recorded on a day of the schedule (one not cancelled first, if there are two).
struct Recorded
{
    Meeting meeting;
    bool cancelled = false;
    QString reason;
};

// A meeting recorded ahead of its day (apologies sent in advance) is still to come.
bool open(const Recorded &r)
{
    return r.meeting.id && r.meeting.date <= QDate::currentDate();
}

// Its state: scheduled (no record, or recorded for a day to come), open, held or cancelled.
QString state(const Recorded &r)
{
    return r.cancelled        ? QStringLiteral("cancelled")
           : r.meeting.closed ? QStringLiteral("held")
           : open(r)          ? QStringLiteral("open")
                              : QStringLiteral("scheduled");
}

QString note(const Recorded &r)
{
    if (r.cancelled)
        return QCoreApplication::translate("enc::cli", "Cancelled: %1").arg(r.reason);
    if (r.meeting.closed)
        return QCoreApplication::translate("enc::cli", "Held");
    return open(r) ? QCoreApplication::translate("enc::cli", "Open") : QString();
}

} // namespace

int runSchedule(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("schedule"),
        QCoreApplication::translate(
            "enc::cli",
            "List the regular meetings from a date, with the bank holidays (England and Wales) "
            "that cancel them. The meeting days and times are the office's settings in the "
            "database; when the database file does not exist the default schedule is shown "
            "(Monday, Wednesday and Friday 11:00-12:00, tracking review on Friday)."),
        true);
    auto &p = command.parser();
    p.addOption(
        QCommandLineOption(QStringLiteral("from"),
                           QCoreApplication::translate(
                               "enc::cli", "First day, yyyy-mm-dd or dd/mm/yyyy (default today)."),
                           QCoreApplication::translate("enc::cli", "date")));
    p.addOption(QCommandLineOption(
        QStringLiteral("weeks"),
        QCoreApplication::translate("enc::cli", "How many weeks to show (default 2)."),
        QStringLiteral("N")));
    if (auto done = command.parse(args, context))
        return *done;
    auto from = dateOption(command, QStringLiteral("from"), QDate::currentDate());
    if (!from) {
        printError(from.errorText());
        return Usage;
    }
    auto weeks = numberOption(command, QStringLiteral("weeks"), 2, 1, 520);
    if (!weeks) {
        printError(weeks.errorText());
        return Usage;
    }

    ScheduleConfig config;
    bool fromDatabase = false;
    const QDate to = from->addDays(7 * *weeks - 1);
    QHash<QDate, Recorded> recorded; // the meetings recorded, one a day
    // The schedule is useful before any database exists: fall back to the default then. A
    // server's database is always read (it exists, or opening says why not).
    if (Database::isServerAddress(context.dbPath) || QFileInfo::exists(context.dbPath)) {
        auto db = openForReading(context);
        if (!db)
            return Usage;
        config = Options(db->sql()).schedule();
        fromDatabase = true;
        auto held = Meetings(*db).between(*from, to);
        if (!held) {
            printError(held.errorText());
            return Problems;
        }
        auto cancelled = Meetings(*db).cancellations(*from, to);
        if (!cancelled) {
            printError(cancelled.errorText());
            return Problems;
        }
        for (const Meeting &m : *held)
            if (!recorded.contains(m.date) || recorded[m.date].cancelled)
                recorded.insert(m.date, {m, cancelled->contains(m.id), cancelled->value(m.id)});
    }
    QList<ScheduledMeeting> meetings = MeetingSchedule::between(*from, to, config);
    // Ad-hoc meetings (on days off the schedule) among them, in date order.
    QSet<QDate> adHoc;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        if (!MeetingSchedule::on(it.key(), config).date.isValid()) {
            ScheduledMeeting m;
            m.date = it.key();
            m.start = it->meeting.starts;
            m.end = it->meeting.ends;
            meetings.append(m);
            adHoc.insert(m.date);
        }
    std::sort(meetings.begin(), meetings.end(),
              [](const ScheduledMeeting &a, const ScheduledMeeting &b) { return a.date < b.date; });

    if (command.json()) {
        QJsonArray list;
        for (const ScheduledMeeting &m : meetings) {
            QJsonObject o = toJson(m);
            if (adHoc.contains(m.date))
                o.insert(QStringLiteral("kind"), QStringLiteral("ad-hoc"));
            const Recorded held = recorded.value(m.date);
            o.insert(QStringLiteral("state"), state(held));
            if (held.cancelled)
                o.insert(QStringLiteral("cancel_reason"), held.reason);
            list.append(o);
        }
        printJson(QJsonObject{
            {QStringLiteral("from"), jsonDate(*from)},
            {QStringLiteral("to"), jsonDate(to)},
            {QStringLiteral("settings"),
             fromDatabase ? QDir::toNativeSeparators(QFileInfo(context.dbPath).absoluteFilePath())
                          : QStringLiteral("default")},
            {QStringLiteral("meetings"), list}});
        return Ok;
    }
    Table t({QCoreApplication::translate("enc::cli", "Date"),
             QCoreApplication::translate("enc::cli", "Time"),
             QCoreApplication::translate("enc::cli", "Meeting"),
             QCoreApplication::translate("enc::cli", "Note")});
    for (const ScheduledMeeting &m : meetings) {
        t.addRow({ukEnglish().dayName(m.date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                      textDate(m.date),
                  hhmm(m.start) + QLatin1Char('-') + hhmm(m.end),
                  adHoc.contains(m.date) ? QCoreApplication::translate("enc::cli", "ad-hoc")
                  : m.trackingReview
                      ? QCoreApplication::translate("enc::cli", "triage + tracking review")
                      : QCoreApplication::translate("enc::cli", "triage"),
                  m.skipped
                      ? QCoreApplication::translate("enc::cli", "Skipped: %1").arg(m.skipReason)
                      : note(recorded.value(m.date))});
    }
    QString text = t.render();
    if (meetings.isEmpty())
        text = QCoreApplication::translate("enc::cli", "No meetings from %1 to %2.")
                   .arg(textDate(*from), textDate(to)) +
               QLatin1Char('\n');
    if (!fromDatabase)
        text += QCoreApplication::translate("enc::cli",
                                            "(No database at %1: the default schedule is shown.)")
                    .arg(QDir::toNativeSeparators(context.dbPath));
    printOut(text);
    return Ok;
}

} // namespace enc::cli
