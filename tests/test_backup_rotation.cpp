// Backup rotation: 7 daily, 4 weekly, 12 monthly, across week, month and year boundaries,
// and never touching files that are not backups.

#include "BackupTestSupport.h"
#include "TestSupport.h"

#include <QTest>

using namespace enc;
using namespace enc::test::backup;

class TestBackupRotation : public QObject
{
    Q_OBJECT

private slots:
    // ---- rotation (pure) ------------------------------------------------------------------

    void namesCarryTheDate()
    {
        QCOMPARE(BackupRotation::dailyName(QDate(2026, 11, 22)),
                 QStringLiteral("encompass-2026-11-22.sqlite"));
        QCOMPARE(BackupRotation::manualName(QDateTime(QDate(2026, 11, 22), QTime(9, 5, 7))),
                 QStringLiteral("encompass-2026-11-22-090507.sqlite"));
        // A second one within the same second is numbered, and counts as the newer.
        QCOMPARE(BackupRotation::manualName(QDateTime(QDate(2026, 11, 22), QTime(9, 5, 7)), 2),
                 QStringLiteral("encompass-2026-11-22-090507-2.sqlite"));
        QVERIFY(BackupRotation::parse(QStringLiteral("encompass-2026-11-22-090507-2.sqlite")) >
                BackupRotation::parse(QStringLiteral("encompass-2026-11-22-090507.sqlite")));
        QCOMPARE(BackupRotation::parse(QStringLiteral("encompass-2026-11-22.sqlite")),
                 QDateTime(QDate(2026, 11, 22), QTime(0, 0)));
        QCOMPARE(BackupRotation::parse(QStringLiteral("encompass-2026-11-22-235959.sqlite")),
                 QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59)));
        for (const char *bad :
             {"encompass-2026-02-30.sqlite", "encompass-2026-11-22-246000.sqlite",
              "encompass-2026-11-22.sqlite.partial-0000abcd", "other-2026-11-22.sqlite",
              "encompass-2026-11-22-090507-before-schema5.sqlite", "encompass-26-11-22.sqlite"})
            QVERIFY2(!BackupRotation::parse(QString::fromLatin1(bad)).isValid(), bad);
    }

    void rotationKeepsSevenDailyFourWeeklyTwelveMonthly()
    {
        // A backup every day for more than a year, the last on Sunday 22/11/2026.
        const QDate last(2026, 11, 22);
        QList<QDate> all;
        for (QDate d = last.addDays(-500); d <= last; d = d.addDays(1))
            all << d;
        const QStringList deleted = BackupRotation::toDelete(names(all));
        QStringList kept = names(all);
        for (const QString &n : deleted)
            kept.removeOne(n);
        const QList<QDate> expected = {
            // daily: the last seven days
            QDate(2026, 11, 16), QDate(2026, 11, 17), QDate(2026, 11, 18), QDate(2026, 11, 19),
            QDate(2026, 11, 20), QDate(2026, 11, 21), QDate(2026, 11, 22),
            // weekly: the Sunday ending each of the three ISO weeks before
            QDate(2026, 11, 1), QDate(2026, 11, 8), QDate(2026, 11, 15),
            // monthly: the last day of each of the eleven months before
            QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
            QDate(2026, 4, 30), QDate(2026, 5, 31), QDate(2026, 6, 30), QDate(2026, 7, 31),
            QDate(2026, 8, 31), QDate(2026, 9, 30), QDate(2026, 10, 31)};
        QStringList want = names(expected);
        std::sort(want.begin(), want.end());
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, want);
        QCOMPARE(deleted.size(), all.size() - expected.size());
    }

    void rotationIsoWeekAcrossTheNewYear()
    {
        // Monday 29/12/2025 and Friday 02/01/2026 are both in ISO week 1 of 2026.
        const QStringList files =
            names({QDate(2025, 12, 29), QDate(2026, 1, 2), QDate(2025, 12, 26)});
        BackupRotation::Policy weeksOnly{0, 2, 0};
        QCOMPARE(BackupRotation::toDelete(files, weeksOnly),
                 QStringList{BackupRotation::dailyName(QDate(2025, 12, 29))});
        // By month they are different: December keeps its newest (29th), January its own.
        BackupRotation::Policy monthsOnly{0, 0, 2};
        QCOMPARE(BackupRotation::toDelete(files, monthsOnly),
                 QStringList{BackupRotation::dailyName(QDate(2025, 12, 26))});
    }

    void rotationMonthAndYearBoundaries()
    {
        // 31/01 and 01/02; 31/12/2025 and 01/01/2026: one per month is kept on each side.
        const QStringList files =
            names({QDate(2026, 1, 30), QDate(2026, 1, 31), QDate(2026, 2, 1), QDate(2025, 12, 30),
                   QDate(2025, 12, 31), QDate(2026, 1, 1)});
        BackupRotation::Policy monthsOnly{0, 0, 12};
        QStringList deleted = BackupRotation::toDelete(files, monthsOnly);
        std::sort(deleted.begin(), deleted.end());
        QCOMPARE(deleted, names({QDate(2025, 12, 30), QDate(2026, 1, 1), QDate(2026, 1, 30)}));
    }

    void rotationCountsOnlyDaysWithBackups()
    {
        // The office closed for a fortnight: the seven dailies reach back past the gap.
        QList<QDate> dates;
        for (int d = 1; d <= 5; ++d)
            dates << QDate(2026, 12, d + 13); // 14-18 December
        dates << QDate(2027, 1, 4) << QDate(2027, 1, 5);
        dates << QDate(2026, 12, 11); // an older one the dailies no longer need
        const QStringList deleted = BackupRotation::toDelete(names(dates), {7, 0, 0});
        QCOMPARE(deleted, names({QDate(2026, 12, 11)}));
        // With the full policy the week and month keep it.
        QVERIFY(BackupRotation::toDelete(names(dates)).isEmpty());
    }

    void rotationKeepsEveryBackupOfRecentDays()
    {
        // Two Back Up Nows and the day's own backup on 22/11: while that day is among the
        // last seven with a backup, none takes the place of another.
        QStringList files = {
            QStringLiteral("encompass-2026-11-22.sqlite"),
            QStringLiteral("encompass-2026-11-22-101500.sqlite"),
            QStringLiteral("encompass-2026-11-22-163000.sqlite"),
            QStringLiteral("encompass-2026-11-22-163000-2.sqlite"),
            QStringLiteral("encompass-2026-11-21.sqlite"),
        };
        QCOMPARE(BackupRotation::toDelete(files), QStringList());
        // Seven later days push it out of the dailies: its week keeps its newest only.
        for (int d = 23; d <= 29; ++d)
            files << BackupRotation::dailyName(QDate(2026, 11, d));
        QStringList deleted = BackupRotation::toDelete(files, {7, 4, 0});
        std::sort(deleted.begin(), deleted.end());
        QCOMPARE(deleted, (QStringList{QStringLiteral("encompass-2026-11-21.sqlite"),
                                       QStringLiteral("encompass-2026-11-22-101500.sqlite"),
                                       QStringLiteral("encompass-2026-11-22-163000.sqlite"),
                                       QStringLiteral("encompass-2026-11-22.sqlite")}));
    }

    void rotationLeavesOtherFilesAlone()
    {
        QList<QDate> dates;
        for (int i = 0; i < 60; ++i)
            dates << QDate(2026, 1, 1).addDays(i * 7);
        QStringList files = names(dates);
        const QStringList others = {
            QStringLiteral("encompass-2020-01-01-120000-before-schema1.sqlite"),
            QStringLiteral("notes.txt"), QStringLiteral("encompass-2020-02-30.sqlite"),
            QStringLiteral("encompass-2020-01-01.sqlite.partial-00c0ffee")};
        files += others;
        const QStringList deleted = BackupRotation::toDelete(files);
        QVERIFY(!deleted.isEmpty());
        for (const QString &o : others)
            QVERIFY2(!deleted.contains(o), qPrintable(o));
    }

    void rotationWithFewFilesDeletesNothing()
    {
        QVERIFY(BackupRotation::toDelete(QStringList()).isEmpty());
        QVERIFY(BackupRotation::toDelete(names({QDate(2026, 11, 22)})).isEmpty());
        QVERIFY(BackupRotation::toDelete(
                    names({QDate(2024, 1, 1), QDate(2025, 6, 1), QDate(2026, 11, 22)}))
                    .isEmpty());
        // Nothing kept at all only when the policy keeps nothing.
        QCOMPARE(BackupRotation::toDelete(names({QDate(2026, 11, 22)}), {0, 0, 0}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "test_backup_rotation.moc"
