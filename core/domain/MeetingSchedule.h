#pragma once

// The regular triage meetings: which days they fall on, and which a bank holiday cancels.

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <utility>

namespace enc {

struct ScheduleConfig
{
    QList<int> days{1, 3, 5}; // Qt::DayOfWeek values (1 = Monday ... 7 = Sunday)
    QTime start{11, 0};
    QTime end{12, 0};
    int reviewDay = 5; // the meeting day that also reviews the tracker (Qt::DayOfWeek)
    // Days whose meeting keeps other hours (a longer Friday review): day -> start, end.
    QMap<int, std::pair<QTime, QTime>> dayTimes;

    QTime startOn(int day) const { return dayTimes.contains(day) ? dayTimes[day].first : start; }
    QTime endOn(int day) const { return dayTimes.contains(day) ? dayTimes[day].second : end; }
};

struct ScheduledMeeting
{
    QDate date; // invalid when no meeting was found
    QTime start;
    QTime end;
    bool trackingReview = false; // kept on a skipped meeting: the review it would have held
    bool skipped = false;        // the day is a bank holiday; the meeting is not moved
    QString skipReason;          // e.g. "Bank holiday: Easter Monday"
};

// Meetings fall on the configured weekdays; a meeting day that is a bank holiday is
// skipped, not moved.
class MeetingSchedule
{
public:
    MeetingSchedule() = delete;

    // Every meeting day from..to inclusive, in date order, bank holidays listed as skipped.
    static QList<ScheduledMeeting> between(QDate from, QDate to, const ScheduleConfig &cfg = {});
    // The first meeting on or after onOrAfter that is not skipped; date invalid if none.
    static ScheduledMeeting next(QDate onOrAfter, const ScheduleConfig &cfg = {});
    // The last meeting strictly before before that is not skipped; date invalid if none.
    static ScheduledMeeting previous(QDate before, const ScheduleConfig &cfg = {});
    // The meeting on d, skipped or not; date invalid when d is not a meeting day.
    static ScheduledMeeting on(QDate d, const ScheduleConfig &cfg = {});
};

} // namespace enc
