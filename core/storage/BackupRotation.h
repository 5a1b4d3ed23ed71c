#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace enc {

// Names and rotation of the backups in the backup folder. Pure functions: no files are read.
//
// A rotated backup is named encompass-YYYY-MM-DD.sqlite (the daily one) or
// encompass-YYYY-MM-DD-HHMMSS.sqlite (a manual one; encompass-YYYY-MM-DD-HHMMSS-N.sqlite for
// the Nth within one second). The copy taken before a schema upgrade,
// encompass-YYYY-MM-DD-HHMMSS-before-schemaN.sqlite, and any other file are never rotated.
class BackupRotation
{
public:
    // Grandfather-father-son: how many days, ISO weeks and months keep their newest backup.
    struct Policy
    {
        int daily = 7;
        int weekly = 4;
        int monthly = 12;
    };

    // The time a rotated backup's name carries; invalid when the name is not one.
    static QDateTime parse(const QString &fileName);
    // The daily backup's name for a date.
    static QString dailyName(QDate date);
    // A manual backup's name for a moment (to the second); number 2 and up for a further one
    // within the same second.
    static QString manualName(const QDateTime &at, int number = 1);
    // The name of the copy kept before an upgrade from schema `fromVersion`.
    static QString preUpgradeName(const QDateTime &at, int fromVersion);

    // The names to delete so that, counting only days (weeks, months) that have a backup,
    // every backup of the last `daily` days (several on one day are all kept) and the newest
    // backup of each of the last `weekly` weeks and `monthly` months are kept. Names that are
    // not rotated backups are never returned.
    static QStringList toDelete(const QStringList &fileNames, const Policy &policy);
    static QStringList toDelete(const QStringList &fileNames) { return toDelete(fileNames, {}); }
};

} // namespace enc
