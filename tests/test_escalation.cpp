// The escalation rule: repeated PPNs for a child within a rolling window of calendar months.

#include "domain/EscalationRule.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace enc;

namespace {

PpnDate ppn(Id id, QDate date)
{
    return {id, date, QStringLiteral("PPN-%1").arg(id)};
}

QList<Id> idsOf(const QList<PpnDate> &ppns)
{
    QList<Id> ids;
    for (const PpnDate &p : ppns)
        ids << p.ppnId;
    return ids;
}

// The rule restated the slow way, to check the fast one against random histories.
EscalationResult naive(QList<PpnDate> ppns, QDate asOf, int threshold, int months)
{
    EscalationResult r;
    QList<PpnDate> kept;
    std::sort(ppns.begin(), ppns.end(), [](const PpnDate &a, const PpnDate &b) {
        return a.date != b.date ? a.date < b.date : a.ppnId < b.ppnId;
    });
    for (const PpnDate &p : ppns) {
        if (p.date > asOf)
            continue;
        const bool seen =
            p.ppnId != 0 && std::any_of(kept.begin(), kept.end(),
                                        [&](const PpnDate &k) { return k.ppnId == p.ppnId; });
        if (!seen)
            kept << p;
    }
    QList<QDate> dates;
    QList<int> counts;
    for (const PpnDate &p : kept) {
        if (!dates.isEmpty() && dates.last() == p.date)
            continue;
        int c = 0;
        for (const PpnDate &q : kept)
            c += (q.date >= p.date.addMonths(-months) && q.date <= p.date) ? 1 : 0;
        dates << p.date;
        counts << c;
        r.maxInWindow = std::max(r.maxInWindow, c);
    }
    qsizetype last = counts.size() - 1;
    while (last >= 0 && counts[last] < threshold)
        --last;
    r.triggered = last >= 0;
    const QDate currentStart = asOf.addMonths(-months);
    for (const PpnDate &p : kept)
        r.inCurrentWindow += p.date >= currentStart ? 1 : 0;
    if (r.triggered) {
        qsizetype first = last;
        while (first > 0 && counts[first - 1] >= threshold)
            --first;
        r.triggeredOn = dates[first];
        for (const PpnDate &p : kept) {
            if (p.date >= dates[last].addMonths(-months) && p.date <= dates[last])
                r.triggering << p;
        }
        r.active = dates[last] >= currentStart;
    }
    r.nearMiss = !r.active && threshold >= 2 && r.inCurrentWindow == threshold - 1;
    return r;
}

} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

private slots:
    void exactlyThreeMonthsApartTriggers();
    void oneDayBeyondIsANearMiss_data();
    void oneDayBeyondIsANearMiss();
    void windowStart_data();
    void windowStart();
    void leapDayWindows_data();
    void leapDayWindows();
    void britishSummerTimeDates();
    void britishSummerTimeInstants();
    void unsortedInput();
    void ppnsAfterAsOfAreIgnored();
    void duplicatesCountOnce();
    void severalOnOneDateCountSeparately();
    void settings_data();
    void settings();
    void activeAndHistorical_data();
    void activeAndHistorical();
    void triggeringNamesLatestWindow();
    void episodeEndsWhenCountDrops();
    void nearMissAfterHistoricalTrigger();
    void nothingToCount();
    void matchesSlowVersion();
};

void TestEscalation::exactlyThreeMonthsApartTriggers()
{
    const auto r = EscalationRule::evaluate(
        {ppn(1, QDate(2025, 1, 1)), ppn(2, QDate(2025, 2, 15)), ppn(3, QDate(2025, 4, 1))},
        QDate(2025, 4, 1));
    QVERIFY(r.triggered);
    QVERIFY(r.active);
    QVERIFY(!r.nearMiss);
    QCOMPARE(r.maxInWindow, 3);
    QCOMPARE(r.inCurrentWindow, 3);
    QCOMPARE(r.triggeredOn, QDate(2025, 4, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{1, 2, 3}));
    QCOMPARE(r.triggering.first().reference, QStringLiteral("PPN-1"));
}

void TestEscalation::oneDayBeyondIsANearMiss_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("inCurrentWindow");
    QTest::addColumn<bool>("nearMiss");
    // Window [asOf - 3 months, asOf]; 15 Feb and 2 Apr are the two latest PPNs.
    QTest::newRow("on the third PPN") << QDate(2025, 4, 2) << 2 << true;
    QTest::newRow("window starts on 15 Feb") << QDate(2025, 5, 15) << 2 << true;
    QTest::newRow("window starts on 16 Feb") << QDate(2025, 5, 16) << 1 << false;
    QTest::newRow("months later") << QDate(2025, 8, 1) << 0 << false;
}

void TestEscalation::oneDayBeyondIsANearMiss()
{
    QFETCH(QDate, asOf);
    QFETCH(int, inCurrentWindow);
    QFETCH(bool, nearMiss);
    const auto r = EscalationRule::evaluate(
        {ppn(1, QDate(2025, 1, 1)), ppn(2, QDate(2025, 2, 15)), ppn(3, QDate(2025, 4, 2))}, asOf);
    QVERIFY(!r.triggered);
    QVERIFY(!r.active);
    QCOMPARE(r.maxInWindow, 2);
    QCOMPARE(r.inCurrentWindow, inCurrentWindow);
    QCOMPARE(r.nearMiss, nearMiss);
    QVERIFY(!r.triggeredOn.isValid());
    QVERIFY(r.triggering.isEmpty());
}

void TestEscalation::windowStart_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("firstInWindow");
    QTest::addColumn<int>("months");
    QTest::newRow("31 May 2024 -> 29 Feb 2024") << QDate(2024, 5, 31) << QDate(2024, 2, 29) << 3;
    QTest::newRow("30 May 2024 -> 29 Feb 2024") << QDate(2024, 5, 30) << QDate(2024, 2, 29) << 3;
    QTest::newRow("29 May 2024 -> 29 Feb 2024") << QDate(2024, 5, 29) << QDate(2024, 2, 29) << 3;
    QTest::newRow("28 May 2024 -> 28 Feb 2024") << QDate(2024, 5, 28) << QDate(2024, 2, 28) << 3;
    QTest::newRow("31 May 2023 -> 28 Feb 2023") << QDate(2023, 5, 31) << QDate(2023, 2, 28) << 3;
    QTest::newRow("29 May 2023 -> 28 Feb 2023") << QDate(2023, 5, 29) << QDate(2023, 2, 28) << 3;
    QTest::newRow("28 May 2023 -> 28 Feb 2023") << QDate(2023, 5, 28) << QDate(2023, 2, 28) << 3;
    QTest::newRow("31 Dec -> 30 Sep") << QDate(2024, 12, 31) << QDate(2024, 9, 30) << 3;
    QTest::newRow("across New Year") << QDate(2025, 2, 10) << QDate(2024, 11, 10) << 3;
    QTest::newRow("12 months from 28 Feb 2025") << QDate(2025, 2, 28) << QDate(2024, 2, 28) << 12;
    QTest::newRow("12 months from 29 Feb 2028") << QDate(2028, 2, 29) << QDate(2027, 2, 28) << 12;
    QTest::newRow("0 months is one day") << QDate(2025, 2, 10) << QDate(2025, 2, 10) << 0;
}

// Two PPNs with threshold 2 show exactly where a window starts.
void TestEscalation::windowStart()
{
    QFETCH(QDate, end);
    QFETCH(QDate, firstInWindow);
    QFETCH(int, months);
    EscalationConfig cfg;
    cfg.threshold = 2;
    cfg.windowMonths = months;

    const auto in = EscalationRule::evaluate({ppn(1, firstInWindow), ppn(2, end)}, end, cfg);
    QVERIFY(in.triggered);
    QCOMPARE(in.inCurrentWindow, 2);
    const auto out =
        EscalationRule::evaluate({ppn(1, firstInWindow.addDays(-1)), ppn(2, end)}, end, cfg);
    QVERIFY(!out.triggered);
    QCOMPARE(out.inCurrentWindow, 1);
    QVERIFY(out.nearMiss);
}

void TestEscalation::leapDayWindows_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("triggered");
    QTest::newRow("29 Feb 2024 .. 31 May 2024") << QDate(2024, 2, 29) << QDate(2024, 5, 31) << true;
    QTest::newRow("28 Feb 2024 .. 31 May 2024")
        << QDate(2024, 2, 28) << QDate(2024, 5, 31) << false;
    QTest::newRow("28 Feb 2023 .. 31 May 2023") << QDate(2023, 2, 28) << QDate(2023, 5, 31) << true;
    QTest::newRow("27 Feb 2023 .. 31 May 2023")
        << QDate(2023, 2, 27) << QDate(2023, 5, 31) << false;
    QTest::newRow("29 Nov 2023 .. 29 Feb 2024")
        << QDate(2023, 11, 29) << QDate(2024, 2, 29) << true;
    QTest::newRow("28 Nov 2023 .. 29 Feb 2024")
        << QDate(2023, 11, 28) << QDate(2024, 2, 29) << false;
    QTest::newRow("27 Nov 2022 .. 28 Feb 2023")
        << QDate(2022, 11, 27) << QDate(2023, 2, 28) << false;
    QTest::newRow("28 Nov 2022 .. 28 Feb 2023")
        << QDate(2022, 11, 28) << QDate(2023, 2, 28) << true;
}

void TestEscalation::leapDayWindows()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, triggered);
    const QDate middle = first.addDays(first.daysTo(last) / 2);
    const auto r = EscalationRule::evaluate({ppn(1, first), ppn(2, middle), ppn(3, last)}, last);
    QCOMPARE(r.triggered, triggered);
    QCOMPARE(r.active, triggered);
    QCOMPARE(r.nearMiss, !triggered);
    QCOMPARE(r.maxInWindow, triggered ? 3 : 2);
}

void TestEscalation::britishSummerTimeDates()
{
    // Clocks go forward on 26 March 2023 and back on 29 October 2023: dates are whole days.
    auto r = EscalationRule::evaluate(
        {ppn(1, QDate(2023, 3, 26)), ppn(2, QDate(2023, 5, 1)), ppn(3, QDate(2023, 6, 26))},
        QDate(2023, 6, 26));
    QVERIFY(r.triggered);
    QCOMPARE(r.triggeredOn, QDate(2023, 6, 26));

    r = EscalationRule::evaluate(
        {ppn(1, QDate(2023, 3, 25)), ppn(2, QDate(2023, 5, 1)), ppn(3, QDate(2023, 6, 26))},
        QDate(2023, 6, 26));
    QVERIFY(!r.triggered);

    r = EscalationRule::evaluate(
        {ppn(1, QDate(2023, 7, 29)), ppn(2, QDate(2023, 9, 15)), ppn(3, QDate(2023, 10, 29))},
        QDate(2023, 10, 29));
    QVERIFY(r.triggered);
    QVERIFY(r.active);

    r = EscalationRule::evaluate(
        {ppn(1, QDate(2023, 7, 29)), ppn(2, QDate(2023, 9, 15)), ppn(3, QDate(2023, 10, 30))},
        QDate(2023, 10, 30));
    QVERIFY(!r.triggered);
}

void TestEscalation::britishSummerTimeInstants()
{
    const QTimeZone london("Europe/London");
    if (!london.isValid())
        QSKIP("No time zone data for Europe/London");

    // 00:30 on the morning the clocks go forward is still GMT: the date is 26 March.
    const QDateTime spring(QDate(2023, 3, 26), QTime(0, 30), london);
    QCOMPARE(spring.date(), QDate(2023, 3, 26));
    QCOMPARE(spring.toUTC().date(), QDate(2023, 3, 26));

    // 23:30 UTC on 28 October is 00:30 BST on 29 October in London.
    const QDateTime autumnUtc(QDate(2023, 10, 28), QTime(23, 30), Qt::UTC);
    const QDateTime autumn = autumnUtc.toTimeZone(london);
    QCOMPARE(autumn.date(), QDate(2023, 10, 29));
    QCOMPARE(autumn.time(), QTime(0, 30));

    // Taken in London, the window of 29 October starts on 29 July, leaving 28 July out.
    const QList<PpnDate> ppns{ppn(1, QDate(2023, 7, 28)), ppn(2, QDate(2023, 9, 15)),
                              ppn(3, autumn.date())};
    const auto local = EscalationRule::evaluate(ppns, autumn.date());
    QVERIFY(!local.triggered);
    QVERIFY(local.nearMiss);
    // The UTC date would have wrongly escalated.
    const auto utc =
        EscalationRule::evaluate({ppns[0], ppns[1], ppn(3, autumnUtc.date())}, autumnUtc.date());
    QVERIFY(utc.triggered);
}

void TestEscalation::unsortedInput()
{
    const QList<PpnDate> ppns{ppn(30, QDate(2025, 4, 1)), ppn(10, QDate(2025, 1, 1)),
                              ppn(40, QDate(2024, 6, 1)), ppn(20, QDate(2025, 2, 15))};
    const auto r = EscalationRule::evaluate(ppns, QDate(2025, 4, 10));
    QVERIFY(r.triggered);
    QCOMPARE(idsOf(r.triggering), (QList<Id>{10, 20, 30}));
    QCOMPARE(r.triggeredOn, QDate(2025, 4, 1));
    QList<PpnDate> reversed = ppns;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(idsOf(EscalationRule::evaluate(reversed, QDate(2025, 4, 10)).triggering),
             (QList<Id>{10, 20, 30}));
}

void TestEscalation::ppnsAfterAsOfAreIgnored()
{
    const QList<PpnDate> ppns{ppn(1, QDate(2025, 1, 1)), ppn(2, QDate(2025, 2, 15)),
                              ppn(3, QDate(2025, 4, 1))};
    const auto before = EscalationRule::evaluate(ppns, QDate(2025, 3, 31));
    QVERIFY(!before.triggered);
    QCOMPARE(before.maxInWindow, 2);
    QCOMPARE(before.inCurrentWindow, 2);
    QVERIFY(before.nearMiss);
    QVERIFY(EscalationRule::evaluate(ppns, QDate(2025, 4, 1)).triggered);
}

void TestEscalation::duplicatesCountOnce()
{
    // A household list names PPN 1 twice, once for each sibling.
    auto r = EscalationRule::evaluate(
        {ppn(1, QDate(2025, 1, 1)), ppn(1, QDate(2025, 1, 1)), ppn(2, QDate(2025, 2, 15))},
        QDate(2025, 3, 1));
    QVERIFY(!r.triggered);
    QCOMPARE(r.maxInWindow, 2);
    QCOMPARE(r.inCurrentWindow, 2);
    QVERIFY(r.nearMiss);

    // The same id on two dates (an amended record) counts once, at the earlier date.
    r = EscalationRule::evaluate({ppn(5, QDate(2025, 3, 1)), ppn(6, QDate(2025, 2, 1)),
                                  ppn(5, QDate(2025, 1, 1)), ppn(7, QDate(2025, 4, 1))},
                                 QDate(2025, 4, 1));
    QVERIFY(r.triggered);
    QCOMPARE(idsOf(r.triggering), (QList<Id>{5, 6, 7}));
    QCOMPARE(r.triggering.first().date, QDate(2025, 1, 1));
    QCOMPARE(r.maxInWindow, 3);

    // Id 0 is a PPN not saved yet: never merged.
    r = EscalationRule::evaluate(
        {ppn(0, QDate(2025, 1, 1)), ppn(0, QDate(2025, 1, 1)), ppn(0, QDate(2025, 1, 2))},
        QDate(2025, 1, 2));
    QVERIFY(r.triggered);
    QCOMPARE(r.triggering.size(), 3);
}

void TestEscalation::severalOnOneDateCountSeparately()
{
    const auto r = EscalationRule::evaluate(
        {ppn(3, QDate(2025, 6, 1)), ppn(1, QDate(2025, 6, 1)), ppn(2, QDate(2025, 6, 1))},
        QDate(2025, 6, 1));
    QVERIFY(r.triggered);
    QCOMPARE(r.maxInWindow, 3);
    QCOMPARE(r.triggeredOn, QDate(2025, 6, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{1, 2, 3}));
}

void TestEscalation::settings_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("months");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<bool>("triggered");
    QTest::addColumn<int>("maxInWindow");

    const QList<QDate> bimonthly{QDate(2025, 1, 1), QDate(2025, 3, 1), QDate(2025, 5, 1),
                                 QDate(2025, 7, 1)};
    QTest::newRow("4 in 6 months: 4 two months apart") << 4 << 6 << bimonthly << true << 4;
    QTest::newRow("default 3 in 3 months: same dates") << 3 << 3 << bimonthly << false << 2;
    QTest::newRow("4 in 6 months: last one day late")
        << 4 << 6
        << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 3, 1), QDate(2025, 5, 1), QDate(2025, 7, 2)}
        << false << 3;
    QTest::newRow("2 in 1 month") << 2 << 1 << QList<QDate>{QDate(2025, 1, 31), QDate(2025, 2, 28)}
                                  << true << 2;
    QTest::newRow("2 in 1 month: 31 Jan and 1 Mar")
        << 2 << 1 << QList<QDate>{QDate(2025, 1, 31), QDate(2025, 3, 1)} << false << 1;
    QTest::newRow("threshold 1: any PPN")
        << 1 << 3 << QList<QDate>{QDate(2025, 1, 31)} << true << 1;
    QTest::newRow("threshold 0 counts as 1")
        << 0 << 3 << QList<QDate>{QDate(2025, 1, 31)} << true << 1;
    QTest::newRow("5 in 12 months")
        << 5 << 12
        << QList<QDate>{QDate(2024, 3, 1), QDate(2024, 6, 1), QDate(2024, 9, 1), QDate(2024, 12, 1),
                        QDate(2025, 3, 1)}
        << true << 5;
}

void TestEscalation::settings()
{
    QFETCH(int, threshold);
    QFETCH(int, months);
    QFETCH(QList<QDate>, dates);
    QFETCH(bool, triggered);
    QFETCH(int, maxInWindow);

    EscalationConfig cfg;
    cfg.threshold = threshold;
    cfg.windowMonths = months;
    QList<PpnDate> ppns;
    for (const QDate &d : dates)
        ppns << ppn(ppns.size() + 1, d);
    const auto r = EscalationRule::evaluate(ppns, dates.last(), cfg);
    QCOMPARE(r.triggered, triggered);
    QCOMPARE(r.active, triggered);
    QCOMPARE(r.maxInWindow, maxInWindow);
    if (triggered)
        QCOMPARE(r.triggering.size(), maxInWindow);
}

void TestEscalation::activeAndHistorical_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("inCurrentWindow");
    // PPNs on 1 Jan, 1 Feb and 1 Mar 2024 triggered on 1 Mar.
    QTest::newRow("the day it triggered") << QDate(2024, 3, 1) << true << 3;
    QTest::newRow("weeks later") << QDate(2024, 4, 15) << true << 2;
    QTest::newRow("three months after the trigger") << QDate(2024, 6, 1) << true << 1;
    QTest::newRow("one day more: historical") << QDate(2024, 6, 2) << false << 0;
    QTest::newRow("next year") << QDate(2025, 3, 1) << false << 0;
}

void TestEscalation::activeAndHistorical()
{
    QFETCH(QDate, asOf);
    QFETCH(bool, active);
    QFETCH(int, inCurrentWindow);
    const auto r = EscalationRule::evaluate(
        {ppn(1, QDate(2024, 1, 1)), ppn(2, QDate(2024, 2, 1)), ppn(3, QDate(2024, 3, 1))}, asOf);
    QVERIFY(r.triggered);
    QCOMPARE(r.active, active);
    QCOMPARE(r.inCurrentWindow, inCurrentWindow);
    QCOMPARE(r.triggeredOn, QDate(2024, 3, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{1, 2, 3}));
    QVERIFY(!r.nearMiss || inCurrentWindow == 2);
}

void TestEscalation::triggeringNamesLatestWindow()
{
    // Two separate episodes: the latest is reported, with all four PPNs of its window.
    const QList<PpnDate> ppns{
        ppn(1, QDate(2024, 1, 1)),   ppn(2, QDate(2024, 2, 1)),  ppn(3, QDate(2024, 3, 1)),
        ppn(4, QDate(2024, 9, 1)),   ppn(5, QDate(2024, 10, 1)), ppn(6, QDate(2024, 11, 1)),
        ppn(7, QDate(2024, 11, 15)),
    };
    auto r = EscalationRule::evaluate(ppns, QDate(2024, 12, 1));
    QVERIFY(r.triggered);
    QVERIFY(r.active);
    QCOMPARE(r.maxInWindow, 4);
    QCOMPARE(r.inCurrentWindow, 4);
    QCOMPARE(r.triggeredOn, QDate(2024, 11, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{4, 5, 6, 7}));

    // Before the second episode, the first is the latest.
    r = EscalationRule::evaluate(ppns, QDate(2024, 10, 15));
    QVERIFY(!r.active);
    QCOMPARE(r.triggeredOn, QDate(2024, 3, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{1, 2, 3}));
    QVERIFY(r.nearMiss); // 1 Sep and 1 Oct are in the current window

    // A fourth PPN keeping the count at 3 continues the first episode.
    r = EscalationRule::evaluate({ppn(1, QDate(2024, 1, 1)), ppn(2, QDate(2024, 2, 1)),
                                  ppn(3, QDate(2024, 3, 1)), ppn(4, QDate(2024, 4, 15))},
                                 QDate(2024, 4, 15));
    QCOMPARE(r.triggeredOn, QDate(2024, 3, 1));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{2, 3, 4}));
}

void TestEscalation::episodeEndsWhenCountDrops()
{
    // On 15 May the window [15 Feb, 15 May] holds 2: a new episode begins on 20 May.
    const auto r = EscalationRule::evaluate({ppn(1, QDate(2024, 1, 1)), ppn(2, QDate(2024, 2, 1)),
                                             ppn(3, QDate(2024, 3, 1)), ppn(4, QDate(2024, 5, 15)),
                                             ppn(5, QDate(2024, 5, 20))},
                                            QDate(2024, 5, 20));
    QVERIFY(r.active);
    QCOMPARE(r.triggeredOn, QDate(2024, 5, 20));
    QCOMPARE(idsOf(r.triggering), (QList<Id>{3, 4, 5}));
}

void TestEscalation::nearMissAfterHistoricalTrigger()
{
    const auto r = EscalationRule::evaluate({ppn(1, QDate(2023, 1, 1)), ppn(2, QDate(2023, 2, 1)),
                                             ppn(3, QDate(2023, 3, 1)), ppn(4, QDate(2025, 5, 1)),
                                             ppn(5, QDate(2025, 6, 1))},
                                            QDate(2025, 6, 10));
    QVERIFY(r.triggered);
    QVERIFY(!r.active);
    QVERIFY(r.nearMiss);
    QCOMPARE(r.inCurrentWindow, 2);
    QCOMPARE(r.triggeredOn, QDate(2023, 3, 1));
}

void TestEscalation::nothingToCount()
{
    auto r = EscalationRule::evaluate({}, QDate(2025, 1, 1));
    QVERIFY(!r.triggered);
    QVERIFY(!r.nearMiss);
    QCOMPARE(r.maxInWindow, 0);

    r = EscalationRule::evaluate({ppn(1, QDate(2025, 1, 1))}, QDate());
    QVERIFY(!r.triggered);
    QCOMPARE(r.inCurrentWindow, 0);

    // Undated PPNs are not counted.
    r = EscalationRule::evaluate({ppn(1, QDate()), ppn(2, QDate()), ppn(3, QDate(2025, 1, 1))},
                                 QDate(2025, 1, 1));
    QCOMPARE(r.maxInWindow, 1);
    QVERIFY(!r.triggered);
}

void TestEscalation::matchesSlowVersion()
{
    QRandomGenerator rng(20240229);
    const QDate base(2023, 1, 1);
    for (int round = 0; round < 3000; ++round) {
        const int threshold = rng.bounded(1, 5);
        const int months = rng.bounded(0, 7);
        const int n = rng.bounded(0, 12);
        QList<PpnDate> ppns;
        for (int i = 0; i < n; ++i)
            ppns << ppn(rng.bounded(0, 15), base.addDays(rng.bounded(0, 800)));
        const QDate asOf = base.addDays(rng.bounded(0, 900));
        EscalationConfig cfg;
        cfg.threshold = threshold;
        cfg.windowMonths = months;

        const EscalationResult fast = EscalationRule::evaluate(ppns, asOf, cfg);
        const EscalationResult slow = naive(ppns, asOf, threshold, months);
        const QByteArray where = QByteArray("round ") + QByteArray::number(round);
        QVERIFY2(fast.triggered == slow.triggered, where);
        QVERIFY2(fast.active == slow.active, where);
        QVERIFY2(fast.nearMiss == slow.nearMiss, where);
        QVERIFY2(fast.maxInWindow == slow.maxInWindow, where);
        QVERIFY2(fast.inCurrentWindow == slow.inCurrentWindow, where);
        QVERIFY2(fast.triggeredOn == slow.triggeredOn, where);
        QVERIFY2(idsOf(fast.triggering) == idsOf(slow.triggering), where);
    }
}

QTEST_GUILESS_MAIN(TestEscalation)
#include "test_escalation.moc"
