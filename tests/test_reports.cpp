// The report's figures against a hand-counted fixture (test_reports_fixture.h), and
// small-number suppression of the tables.

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "test_reports_fixture.h"

#include "demo/DemoGenerator.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"

#include <QtTest>

#include <map>

using namespace enc;

namespace {

const ReportTable &table(const QList<ReportTable> &tables, const QString &key)
{
    for (const ReportTable &t : tables) {
        if (t.key == key)
            return t;
    }
    qFatal("no table %s", qPrintable(key));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    // The fixture and its report, once per backend (the tests only read them).
    struct Fixture
    {
        std::unique_ptr<test::BackendDatabase> db;
        Report report;
        bool ready = false;
    };
    std::map<QString, Fixture> m_fixtures;
    Database *m_db = nullptr;
    Report m_report;

private slots:
    // Every test on SQLite and on a PostgreSQL server (skipped when there is none).
    void initTestCase_data() { test::backendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        Fixture &f = m_fixtures[backend];
        if (!f.db) {
            f.db = std::make_unique<test::BackendDatabase>(backend);
            ENC_SKIP_WITHOUT(*f.db);
            QVERIFY(f.db->db);
            test::fillReportFixture(**f.db);
            auto r = ReportBuilder::build((*f.db)->sql(), test::ReportFrom, test::ReportTo);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            f.report = *r;
            f.ready = true;
        }
        ENC_SKIP_WITHOUT(*f.db);
        QVERIFY2(f.ready, "the fixture's report failed");
        m_db = f.db->db.get();
        m_report = f.report;
    }

    void refusesABadPeriod()
    {
        QVERIFY(!ReportBuilder::build(m_db->sql(), test::ReportTo, test::ReportFrom).ok());
        QVERIFY(!ReportBuilder::build(m_db->sql(), QDate(), test::ReportTo).ok());
    }

    void ppnsPerMonthCountsBothEdges()
    {
        QCOMPARE(m_report.ppns, 5);
        QCOMPARE(m_report.ppnsPerMonth.size(), 3);
        QCOMPARE(m_report.ppnsPerMonth[0].month, QDate(2025, 1, 1));
        QCOMPARE(m_report.ppnsPerMonth[0].count, 2); // on `from`, and 15 Jan
        QCOMPARE(m_report.ppnsPerMonth[1].count, 1); // the archived PPN left out
        QCOMPARE(m_report.ppnsPerMonth[2].count, 2); // on `to`
        // One day each side of the period moves the edge PPNs in and out.
        auto narrower = ReportBuilder::build(m_db->sql(), QDate(2025, 1, 2), QDate(2025, 3, 30));
        QVERIFY(narrower.ok());
        QCOMPARE(narrower->ppns, 3);
        auto wider = ReportBuilder::build(m_db->sql(), QDate(2024, 12, 31), QDate(2025, 4, 1));
        QVERIFY(wider.ok());
        QCOMPARE(wider->ppns, 7);
        QCOMPARE(wider->ppnsPerMonth.size(), 5);
    }

    void byAreaWithRates()
    {
        QCOMPARE(m_report.areas.size(), 3);
        const PlaceCount &north = m_report.areas[0];
        QCOMPARE(north.name, QStringLiteral("Northfield"));
        QCOMPARE(north.ppns, 4); // c1: p2, p4, p8; c2: p2
        QCOMPARE(north.children, 2);
        QVERIFY(north.hasRate());
        QCOMPARE(north.ratePer1000(), 1.0); // 2 children of 2,000
        QCOMPARE(m_report.areas[1].name, QStringLiteral("Southby"));
        QCOMPARE(m_report.areas[1].ppns, 2);
        QVERIFY(!m_report.areas[1].hasRate());
        QCOMPARE(m_report.areas[2].id, 0); // the child with no area
        QCOMPARE(m_report.areas[2].ppns, 1);
        auto top1 = ReportBuilder::build(m_db->sql(), test::ReportFrom, test::ReportTo, 1);
        QVERIFY(top1.ok());
        QCOMPARE(top1->areas.size(), 1);
    }

    void bySetting()
    {
        QCOMPARE(m_report.settings.size(), 2);
        QCOMPARE(m_report.settings[0].name, QStringLiteral("Acorn Nursery"));
        QCOMPARE(m_report.settings[0].area, QStringLiteral("Northfield"));
        QCOMPARE(m_report.settings[0].ppns, 4);
        QCOMPARE(m_report.settings[0].children, 2);
        QCOMPARE(m_report.settings[1].name, QStringLiteral("Birch School"));
        QCOMPARE(m_report.settings[1].ppns, 1);
        QCOMPARE(m_report.noSetting.size(), 2);
        for (const PlaceCount &p : m_report.noSetting) {
            QCOMPARE(p.ppns, 1);
            QCOMPARE(p.children, 1);
        }
    }

    void repeatsAndEscalations()
    {
        const RepeatFigures &r = m_report.repeats;
        QCOMPARE(r.children, 5);
        QCOMPARE(r.once, 4);
        QCOMPARE(r.twice, 0);
        QCOMPARE(r.threeTimes, 1); // c1: p2, p4, p8 (p1 is before the period)
        QCOMPARE(r.fourOrMore, 0);
        QCOMPARE(r.repeat(), 1);
        QCOMPARE(m_report.escalations, 2);
        QCOMPARE(m_report.escalationsPerMonth.size(), 3);
        QCOMPARE(m_report.escalationsPerMonth[0].count, 1);
        QCOMPARE(m_report.escalationsPerMonth[1].count, 0);
        QCOMPARE(m_report.escalationsPerMonth[2].count, 1);
    }

    void triageOutcomes()
    {
        QCOMPARE(m_report.outcomes.size(), 11); // every outcome on the list, zeros too
        QHash<QString, qint64> byCode;
        for (const OutcomeCount &o : m_report.outcomes)
            byCode.insert(o.code, o.count);
        QCOMPARE(byCode.value(QStringLiteral("nfa")), 2);
        QCOMPARE(byCode.value(QStringLiteral("proforma")), 1);
        QCOMPARE(byCode.value(QStringLiteral("mash")), 1);
        QCOMPARE(byCode.value(QStringLiteral("eha")), 0);
        QCOMPARE(m_report.outcomes.first().code, QStringLiteral("nfa"));
    }

    void proformaReturns()
    {
        const ProformaFigures &p = m_report.proformas;
        QCOMPARE(p.sent, 4);
        QCOMPARE(p.returned, 3);
        QCOMPARE(p.meanDays, 5.0);
        QCOMPARE(p.medianDays, 4.0);
    }

    void notificationTimeliness()
    {
        const Timeliness &t = m_report.timeliness;
        QCOMPARE(t.sameDay, 1);
        QCOMPARE(t.nextWorkingDay, 2);
        QCOMPARE(t.later, 1);
        QCOMPARE(t.notYet, 3);
        QCOMPARE(t.total(), 7);
    }

    void meetingsAndAttendance()
    {
        const MeetingFigures &m = m_report.meetings;
        QCOMPARE(m.held, 3);
        QCOMPARE(m.quorate, 2);
        QCOMPARE(m.months.size(), 3);
        QCOMPARE(m.months[0].held, 2);
        QCOMPARE(m.months[0].quorate, 1);
        QCOMPARE(m.months[0].policeExpected, 1);
        QCOMPARE(m.months[0].policeAttended, 1);
        QCOMPARE(m.months[1].held, 0);
        QCOMPARE(m.months[2].policeAttended, 1); // by deputy
        QCOMPARE(m.agencies.size(), 3);
        QCOMPARE(m.agencies[0].agency, QStringLiteral("Early Help"));
        QCOMPARE(m.agencies[0].expected, 3);
        QCOMPARE(m.agencies[0].attended, 2);
        QCOMPARE(m.agencies[1].agency, QStringLiteral("Health"));
        QCOMPARE(m.agencies[1].expected, 6);
        QCOMPARE(m.agencies[1].attended, 4);
        QCOMPARE(m.agencies[2].agency, QStringLiteral("Police"));
        QVERIFY(m.agencies[2].police);
        QCOMPARE(m.agencies[2].expected, 2);
        QCOMPARE(m.agencies[2].attended, 2);
    }

    void tablesWithoutSuppressionHoldNumbers()
    {
        const auto tables = ReportTables::build(m_report, false);
        const ReportTable &months = table(tables, QStringLiteral("ppns_per_month"));
        QCOMPARE(months.rows[0][0].toDate(), QDate(2025, 1, 1));
        QCOMPARE(months.rows[0][1], QVariant(qint64(2)));
        const ReportTable &areas = table(tables, QStringLiteral("areas"));
        QCOMPARE(areas.rows[0][4], QVariant(1.0));
        QVERIFY(areas.rows[1][4].isNull()); // no population entered: no rate
        const ReportTable &summary = table(tables, QStringLiteral("summary"));
        QCOMPARE(summary.rows[0][1], QVariant(qint64(5)));
    }

    void suppressionHidesSmallCountsAndWhatRevealsThem()
    {
        const QString small = ReportTables::smallMarker();
        const QString hidden = ReportTables::hiddenMarker();
        const auto tables = ReportTables::build(m_report, true);
        const ReportTable &months = table(tables, QStringLiteral("ppns_per_month"));
        QCOMPARE(months.rows[0][1], QVariant(small));
        const ReportTable &areas = table(tables, QStringLiteral("areas"));
        QCOMPARE(areas.rows[0][1], QVariant(small));
        QCOMPARE(areas.rows[0][3], QVariant(qint64(2000))); // the population is not about children
        QCOMPARE(areas.rows[0][4], QVariant(hidden));       // the rate would give 2 back
        const ReportTable &summary = table(tables, QStringLiteral("summary"));
        QCOMPARE(summary.rows[0][1], QVariant(hidden)); // 5, but months hold suppressed parts
        const ReportTable &proformas = table(tables, QStringLiteral("proformas"));
        QCOMPARE(proformas.rows[3][1], QVariant(hidden)); // return rate
        QCOMPARE(proformas.rows[4][1], QVariant(hidden)); // mean days of 3 proformas
        const ReportTable &timeliness = table(tables, QStringLiteral("timeliness"));
        QCOMPARE(timeliness.rows[0][2], QVariant(hidden));
        // Meetings are about partners, not children: never suppressed.
        const ReportTable &meetings = table(tables, QStringLiteral("meetings"));
        QCOMPARE(meetings.rows[0][1], QVariant(qint64(2)));
    }

    void suppressionKeepsZeroAndFive()
    {
        Report r;
        r.from = test::ReportFrom;
        r.to = QDate(2025, 1, 31);
        r.ppnsPerMonth = {{QDate(2025, 1, 1), 0}};
        r.areas = {{1, QStringLiteral("A"), {}, 5, 5, 1000},
                   {2, QStringLiteral("B"), {}, 4, 4, 1000},
                   {3, QStringLiteral("C"), {}, 1, 1, 0},
                   {4, QStringLiteral("D"), {}, 0, 0, 0}};
        r.outcomes = {{QStringLiteral("a"), QStringLiteral("A"), 10},
                      {QStringLiteral("b"), QStringLiteral("B"), 20}};
        const auto tables = ReportTables::build(r, true);
        QCOMPARE(table(tables, QStringLiteral("ppns_per_month")).rows[0][1], QVariant(qint64(0)));
        const ReportTable &areas = table(tables, QStringLiteral("areas"));
        QCOMPARE(areas.rows[0][1], QVariant(qint64(5)));
        QCOMPARE(areas.rows[0][4], QVariant(5.0)); // 5 children of 1,000
        QCOMPARE(areas.rows[1][1], QVariant(ReportTables::smallMarker()));
        QCOMPARE(areas.rows[2][1], QVariant(ReportTables::smallMarker()));
        QCOMPARE(areas.rows[3][1], QVariant(qint64(0)));
        // No outcome is suppressed, so the shares stay.
        const ReportTable &outcomes = table(tables, QStringLiteral("outcomes"));
        QCOMPARE(outcomes.rows[0][2].toDouble(), 33.3);
    }

    // Smoke: the demo's data goes through every query.
    void demoDataSmoke()
    {
        if (m_db->onServer())
            QSKIP("The demo generator on a server is another part of issue 21");
        test::TempDatabase demo;
        DemoOptions options;
        options.children = 300;
        options.today = QDate(2025, 6, 30);
        auto stats = DemoGenerator::generate(*demo, options);
        QVERIFY2(stats.ok(), qPrintable(stats.errorText()));
        auto r = ReportBuilder::build(demo->sql(), QDate(2024, 7, 1), QDate(2025, 6, 30));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r->ppns > 0);
        QCOMPARE(r->ppnsPerMonth.size(), 12);
        QVERIFY(r->meetings.held > 0);
        QVERIFY(!r->areas.isEmpty());
        // Every child's PPN is counted once in the timeliness figures.
        QVERIFY(r->timeliness.total() >= r->repeats.children);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "test_reports.moc"
