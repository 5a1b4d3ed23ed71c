#include "BackupRotation.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace enc {

namespace {

const QString Prefix = QStringLiteral("encompass-");
const QString Suffix = QStringLiteral(".sqlite");

struct Dated
{
    QString name;
    QDateTime at;
};

// Keeps the newest backup of each of the first `count` periods (newest first) that have one.
void keepNewestPerPeriod(const QList<Dated> &newestFirst, int count,
                         const std::function<qint64(const QDate &)> &period, QSet<QString> &keep)
{
    QSet<qint64> seen;
    for (const Dated &d : newestFirst) {
        if (int(seen.size()) >= count)
            return;
        const qint64 key = period(d.at.date());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        keep.insert(d.name);
    }
}

// Keeps every backup of the first `count` days (newest first) that have one: a second
// Back Up Now on a day does not take the place of the first.
void keepAllOfRecentDays(const QList<Dated> &newestFirst, int count, QSet<QString> &keep)
{
    QSet<qint64> days;
    for (const Dated &d : newestFirst) {
        const qint64 day = d.at.date().toJulianDay();
        if (!days.contains(day)) {
            if (int(days.size()) >= count)
                return;
            days.insert(day);
        }
        keep.insert(d.name);
    }
}

} // namespace

QDateTime BackupRotation::parse(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^encompass-(\d{4})-(\d{2})-(\d{2})(?:-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?)?\.sqlite$)"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // The daily backup counts as the start of its day: a manual one that day is newer.
    QTime time(0, 0);
    // A second backup within the same second carries a number, ordered as milliseconds.
    if (m.hasCaptured(4))
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.hasCaptured(7) ? m.captured(7).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

QString BackupRotation::dailyName(QDate date)
{
    return Prefix + date.toString(QStringLiteral("yyyy-MM-dd")) + Suffix;
}

QString BackupRotation::manualName(const QDateTime &at, int number)
{
    const QString time = at.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    return Prefix + (number > 1 ? time + QStringLiteral("-%1").arg(number) : time) + Suffix;
}

QString BackupRotation::preUpgradeName(const QDateTime &at, int fromVersion)
{
    return Prefix + at.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) +
           QStringLiteral("-before-schema%1").arg(fromVersion) + Suffix;
}

QStringList BackupRotation::toDelete(const QStringList &fileNames, const Policy &policy)
{
    QList<Dated> dated;
    for (const QString &name : fileNames) {
        const QDateTime at = parse(name);
        if (at.isValid())
            dated.append({name, at});
    }
    // Newest first; equal times (impossible with distinct names) ordered by name for stability.
    std::sort(dated.begin(), dated.end(), [](const Dated &a, const Dated &b) {
        return a.at != b.at ? a.at > b.at : a.name > b.name;
    });

    QSet<QString> keep;
    keepAllOfRecentDays(dated, policy.daily, keep);
    keepNewestPerPeriod(
        dated, policy.weekly,
        [](const QDate &d) {
            // ISO weeks: 29/12/2025 belongs to week 1 of 2026.
            int isoYear = 0;
            const int week = d.weekNumber(&isoYear);
            return qint64(isoYear) * 100 + week;
        },
        keep);
    keepNewestPerPeriod(
        dated, policy.monthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); },
        keep);

    QStringList out;
    for (const Dated &d : dated) {
        if (!keep.contains(d.name))
            out.append(d.name);
    }
    return out;
}

} // namespace enc
