// The regular meeting pattern, and the bank holidays that cancel meetings.

#include "domain/MeetingSchedule.h"

#include <QTest>

using namespace enc;

namespace {

// "2026-04-03 11:00-12:00 review skipped(Bank holiday: Good Friday)": one line per meeting.
QStringList describe(const QList<ScheduledMeeting> &meetings)
{
    QStringList lines;
    for (const ScheduledMeeting &m : meetings) {
        QString line = m.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                       m.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
                       m.end.toString(QStringLiteral("HH:mm"));
        if (m.trackingReview)
            line += QStringLiteral(" review");
        if (m.skipped)
            line += QStringLiteral(" skipped(%1)").arg(m.skipReason);
        else if (!m.skipReason.isEmpty())
            line += QStringLiteral(" reason without skip!");
        lines << line;
    }
    return lines;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void normalWeek();
    void easterWeek2026();
    void christmas2027();
    void customConfig();
    void emptyAndInvalid();
    void next_data();
    void next();
    void previous_data();
    void previous();
    void nextAndPreviousUseConfig();
};

void TestSchedule::normalWeek()
{
    const auto meetings = MeetingSchedule::between(QDate(2026, 3, 9), QDate(2026, 3, 15));
    QCOMPARE(describe(meetings), (QStringList{
                                     QStringLiteral("2026-03-09 11:00-12:00"),
                                     QStringLiteral("2026-03-11 11:00-12:00"),
                                     QStringLiteral("2026-03-13 11:00-12:00 review"),
                                 }));
    // Both ends are inclusive.
    QCOMPARE(MeetingSchedule::between(QDate(2026, 3, 11), QDate(2026, 3, 11)).size(), 1);
    QCOMPARE(MeetingSchedule::between(QDate(2026, 3, 10), QDate(2026, 3, 10)).size(), 0);
}

void TestSchedule::easterWeek2026()
{
    const auto meetings = MeetingSchedule::between(QDate(2026, 3, 30), QDate(2026, 4, 10));
    QCOMPARE(describe(meetings),
             (QStringList{
                 QStringLiteral("2026-03-30 11:00-12:00"),
                 QStringLiteral("2026-04-01 11:00-12:00"),
                 QStringLiteral("2026-04-03 11:00-12:00 review skipped(Bank holiday: Good Friday)"),
                 QStringLiteral("2026-04-06 11:00-12:00 skipped(Bank holiday: Easter Monday)"),
                 QStringLiteral("2026-04-08 11:00-12:00"),
                 QStringLiteral("2026-04-10 11:00-12:00 review"),
             }));
}

void TestSchedule::christmas2027()
{
    const auto meetings = MeetingSchedule::between(QDate(2027, 12, 24), QDate(2028, 1, 3));
    QCOMPARE(
        describe(meetings),
        (QStringList{
            QStringLiteral("2027-12-24 11:00-12:00 review"),
            QStringLiteral(
                "2027-12-27 11:00-12:00 skipped(Bank holiday: Christmas Day (substitute day))"),
            QStringLiteral("2027-12-29 11:00-12:00"),
            QStringLiteral("2027-12-31 11:00-12:00 review"),
            QStringLiteral("2028-01-03 11:00-12:00 skipped(Bank holiday: New Year's Day "
                           "(substitute day))"),
        }));
}

void TestSchedule::customConfig()
{
    ScheduleConfig cfg;
    cfg.days = {4, 2}; // Thursday and Tuesday, in any order
    cfg.start = QTime(9, 30);
    cfg.end = QTime(10, 15);
    cfg.reviewDay = Qt::Thursday;

    const auto meetings = MeetingSchedule::between(QDate(2026, 3, 30), QDate(2026, 4, 12), cfg);
    QCOMPARE(describe(meetings), (QStringList{
                                     QStringLiteral("2026-03-31 09:30-10:15"),
                                     QStringLiteral("2026-04-02 09:30-10:15 review"),
                                     QStringLiteral("2026-04-07 09:30-10:15"),
                                     QStringLiteral("2026-04-09 09:30-10:15 review"),
                                 }));

    // A weekly Monday meeting with no review day loses the Easter Monday and Early May ones.
    ScheduleConfig mondays;
    mondays.days = {Qt::Monday};
    mondays.reviewDay = 0;
    const auto spring = MeetingSchedule::between(QDate(2026, 4, 1), QDate(2026, 5, 31), mondays);
    QCOMPARE(spring.size(), 8);
    int skipped = 0;
    for (const ScheduledMeeting &m : spring) {
        QVERIFY(!m.trackingReview);
        QCOMPARE(m.date.dayOfWeek(), int(Qt::Monday));
        skipped += m.skipped ? 1 : 0;
    }
    QCOMPARE(skipped, 3); // 6 April, 4 May, 25 May
}

void TestSchedule::emptyAndInvalid()
{
    QVERIFY(MeetingSchedule::between(QDate(2026, 3, 15), QDate(2026, 3, 9)).isEmpty());
    QVERIFY(MeetingSchedule::between(QDate(), QDate(2026, 3, 9)).isEmpty());
    QVERIFY(!MeetingSchedule::next(QDate()).date.isValid());
    QVERIFY(!MeetingSchedule::previous(QDate()).date.isValid());

    ScheduleConfig none;
    none.days = {};
    QVERIFY(MeetingSchedule::between(QDate(2026, 3, 9), QDate(2026, 3, 15), none).isEmpty());
    QVERIFY(!MeetingSchedule::next(QDate(2026, 3, 9), none).date.isValid());
    QVERIFY(!MeetingSchedule::previous(QDate(2026, 3, 9), none).date.isValid());

    ScheduleConfig nonsense;
    nonsense.days = {0, 8};
    QVERIFY(!MeetingSchedule::next(QDate(2026, 3, 9), nonsense).date.isValid());
}

void TestSchedule::next_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("review");
    QTest::newRow("meeting day itself") << QDate(2026, 3, 11) << QDate(2026, 3, 11) << false;
    QTest::newRow("Tuesday -> Wednesday") << QDate(2026, 3, 10) << QDate(2026, 3, 11) << false;
    QTest::newRow("Saturday -> Monday") << QDate(2026, 3, 14) << QDate(2026, 3, 16) << false;
    QTest::newRow("Thursday -> Friday review") << QDate(2026, 3, 12) << QDate(2026, 3, 13) << true;
    QTest::newRow("Maundy Thursday -> after Easter")
        << QDate(2026, 4, 2) << QDate(2026, 4, 8) << false;
    QTest::newRow("Good Friday -> Wednesday") << QDate(2026, 4, 3) << QDate(2026, 4, 8) << false;
    QTest::newRow("Christmas Eve 2026 -> 30 December")
        << QDate(2026, 12, 24) << QDate(2026, 12, 30) << false;
}

void TestSchedule::next()
{
    QFETCH(QDate, from);
    QFETCH(QDate, expected);
    QFETCH(bool, review);
    const ScheduledMeeting m = MeetingSchedule::next(from);
    QCOMPARE(m.date, expected);
    QVERIFY(!m.skipped);
    QVERIFY(m.skipReason.isEmpty());
    QCOMPARE(m.trackingReview, review);
    QCOMPARE(m.start, QTime(11, 0));
    QCOMPARE(m.end, QTime(12, 0));
}

void TestSchedule::previous_data()
{
    QTest::addColumn<QDate>("before");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("strictly before a meeting day") << QDate(2026, 3, 11) << QDate(2026, 3, 9);
    QTest::newRow("Thursday -> Wednesday") << QDate(2026, 3, 12) << QDate(2026, 3, 11);
    QTest::newRow("Monday -> last Friday") << QDate(2026, 3, 16) << QDate(2026, 3, 13);
    QTest::newRow("Tuesday after Easter -> Wednesday before")
        << QDate(2026, 4, 7) << QDate(2026, 4, 1);
    QTest::newRow("New Year's Day 2027 -> 30 December") << QDate(2027, 1, 1) << QDate(2026, 12, 30);
}

void TestSchedule::previous()
{
    QFETCH(QDate, before);
    QFETCH(QDate, expected);
    const ScheduledMeeting m = MeetingSchedule::previous(before);
    QCOMPARE(m.date, expected);
    QVERIFY(!m.skipped);
}

void TestSchedule::nextAndPreviousUseConfig()
{
    ScheduleConfig cfg;
    cfg.days = {Qt::Monday};
    cfg.start = QTime(14, 0);
    cfg.end = QTime(15, 30);
    cfg.reviewDay = Qt::Monday;
    // Easter Monday and the Early May bank holiday are both skipped.
    const ScheduledMeeting after = MeetingSchedule::next(QDate(2026, 4, 1), cfg);
    QCOMPARE(after.date, QDate(2026, 4, 13));
    QCOMPARE(after.start, QTime(14, 0));
    QCOMPARE(after.end, QTime(15, 30));
    QVERIFY(after.trackingReview);
    QCOMPARE(MeetingSchedule::previous(QDate(2026, 5, 5), cfg).date, QDate(2026, 4, 27));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "test_schedule.moc"
