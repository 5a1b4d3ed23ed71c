#include "domain/MeetingSchedule.h"

#include "domain/BankHolidays.h"

#include <QCoreApplication>

namespace enc {

namespace {

// A year and a bit: far enough to step over any run of bank holidays for any valid config.
constexpr int searchLimitDays = 400;

bool hasMeetingDays(const ScheduleConfig &cfg)
{
    for (int day : cfg.days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            return true;
    }
    return false;
}

} // namespace

ScheduledMeeting MeetingSchedule::on(QDate d, const ScheduleConfig &cfg)
{
    ScheduledMeeting meeting;
    if (!d.isValid() || !cfg.days.contains(d.dayOfWeek()))
        return meeting;
    meeting.date = d;
    meeting.start = cfg.startOn(d.dayOfWeek());
    meeting.end = cfg.endOn(d.dayOfWeek());
    meeting.trackingReview = d.dayOfWeek() == cfg.reviewDay;
    const QString holiday = BankHolidays::nameOf(d);
    if (!holiday.isEmpty()) {
        meeting.skipped = true;
        meeting.skipReason =
            QCoreApplication::translate("enc::MeetingSchedule", "Bank holiday: %1").arg(holiday);
    }
    return meeting;
}

QList<ScheduledMeeting> MeetingSchedule::between(QDate from, QDate to, const ScheduleConfig &cfg)
{
    QList<ScheduledMeeting> meetings;
    if (!from.isValid() || !to.isValid() || to < from || !hasMeetingDays(cfg))
        return meetings;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (cfg.days.contains(d.dayOfWeek()))
            meetings.append(on(d, cfg));
    }
    return meetings;
}

ScheduledMeeting MeetingSchedule::next(QDate onOrAfter, const ScheduleConfig &cfg)
{
    if (!onOrAfter.isValid() || !hasMeetingDays(cfg))
        return {};
    QDate d = onOrAfter;
    for (int i = 0; i < searchLimitDays && d.isValid(); ++i, d = d.addDays(1)) {
        if (cfg.days.contains(d.dayOfWeek()) && !BankHolidays::isBankHoliday(d))
            return on(d, cfg);
    }
    return {};
}

ScheduledMeeting MeetingSchedule::previous(QDate before, const ScheduleConfig &cfg)
{
    if (!before.isValid() || !hasMeetingDays(cfg))
        return {};
    QDate d = before.addDays(-1);
    for (int i = 0; i < searchLimitDays && d.isValid(); ++i, d = d.addDays(-1)) {
        if (cfg.days.contains(d.dayOfWeek()) && !BankHolidays::isBankHoliday(d))
            return on(d, cfg);
    }
    return {};
}

} // namespace enc
