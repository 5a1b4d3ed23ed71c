// The Reports page builds its charts from a fixture database, offscreen, and saves them.

#include "TestSupport.h"
#include "test_reports_fixture.h"

#include "FileDialog.h"
#include "reports/ReportChartView.h"
#include "reports/ReportsPage.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>

using namespace enc;
using namespace enc::ui;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.db);
        test::fillReportFixture(*m_db);
    }

    void buildsChartsForThePeriod()
    {
        ReportsPage page;
        page.resize(1200, 900);
        page.setDatabase(m_db.db.get());
        QSignalSpy ready(&page, &ReportsPage::reportReady);
        page.setPeriod(test::ReportFrom, test::ReportTo);
        // The counting runs on a worker thread: the page says so until it is done.
        auto *status = page.findChild<QLabel *>(QLatin1String(ReportsPage::StatusName));
        QCOMPARE(status->text(), QStringLiteral("Counting…"));
        QVERIFY(!page.report().has_value());
        QTRY_VERIFY(!page.isBuilding());
        QVERIFY(ready.count() >= 1);
        QVERIFY(status->text() != QStringLiteral("Counting…"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.report().has_value());
        QCOMPARE(page.report()->ppns, 5);
        auto *from = page.findChild<QDateEdit *>(QLatin1String(ReportsPage::FromName));
        QVERIFY(from);
        QCOMPARE(from->displayFormat(), QStringLiteral("dd/MM/yyyy"));
        QVERIFY(page.charts().size() >= 8);
        ReportChartView *months = page.chart(QStringLiteral("ppns_per_month"));
        QVERIFY(months);
        QCOMPARE(months->valueCount(), 3);
        QCOMPARE(months->chart()->title(), QStringLiteral("PPNs per month"));
        QVERIFY(page.chart(QStringLiteral("areas")));
        QVERIFY(page.chart(QStringLiteral("timeliness")));
        QVERIFY(page.chart(QStringLiteral("attendance")));
    }

    void savesChartsAndExports()
    {
        ReportsPage page;
        page.resize(1200, 900);
        page.setDatabase(m_db.db.get());
        page.setPeriod(test::ReportFrom, test::ReportTo);
        QTRY_VERIFY(!page.isBuilding());
        page.setSuppressed(true);
        auto *status = page.findChild<QLabel *>(QLatin1String(ReportsPage::StatusName));
        QVERIFY(status->text().contains(QStringLiteral("<5")));
        ReportChartView *months = page.chart(QStringLiteral("ppns_per_month"));
        QVERIFY(months);
        const QString png = m_db.dir.filePath(QStringLiteral("months.png"));
        const QString svg = m_db.dir.filePath(QStringLiteral("months.svg"));
        QCOMPARE(months->savePng(png), QString());
        QCOMPARE(months->saveSvg(svg), QString());
        QImage image(png);
        QVERIFY(!image.isNull());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        const QString xlsx = m_db.dir.filePath(QStringLiteral("page.xlsx"));
        QCOMPARE(page.exportXlsx(xlsx), QString());
        QCOMPARE(page.exportPdf(m_db.dir.filePath(QStringLiteral("page.pdf"))), QString());
        QCOMPARE(page.exportCsv(m_db.dir.filePath(QStringLiteral("page.csv"))), QString());
        QVERIFY(QFileInfo(xlsx).size() > 1000);
    }

    // Found from outside: a year of months side by side ran together ("Mar 26Apr 26") and
    // Qt hid the labels that overlapped (January and December had none); the attendance
    // axis ran to 150%.
    void monthsAreTurnedAndSharesStopAt100()
    {
        ReportTable months;
        months.key = QStringLiteral("ppns_per_month");
        months.columns = {{QStringLiteral("Month"), CellKind::Month},
                          {QStringLiteral("PPNs"), CellKind::Count}};
        for (int m = 1; m <= 12; ++m)
            months.rows.append({QDate(2026, m, 1), 100 + m});
        months.chart = {ReportChart::Kind::Bar, 0, {1}, QStringLiteral("PPNs")};
        ReportChartView monthChart(months);
        auto axes = monthChart.chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *monthAxis = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(monthAxis);
        QCOMPARE(monthAxis->count(), 12);
        QCOMPARE(monthAxis->labelsAngle(), -90);

        // Twenty settings: a line of text for each name, or Qt hides every other one.
        ReportTable settings;
        settings.key = QStringLiteral("settings");
        settings.columns = {{QStringLiteral("Setting"), CellKind::Text},
                            {QStringLiteral("PPNs"), CellKind::Count}};
        for (int i = 0; i < 20; ++i)
            settings.rows.append({QStringLiteral("Setting %1").arg(i), 20 - i});
        settings.chart = {ReportChart::Kind::HorizontalBar, 0, {1}, QStringLiteral("PPNs")};
        ReportChartView settingChart(settings);
        QVERIFY(settingChart.minimumHeight() >=
                20 * QFontMetrics(settingChart.chart()->axes(Qt::Vertical).value(0)->labelsFont())
                         .height());

        ReportTable attendance;
        attendance.key = QStringLiteral("attendance");
        attendance.columns = {{QStringLiteral("Month"), CellKind::Month},
                              {QStringLiteral("Attendance (%)"), CellKind::Percent}};
        for (int m = 1; m <= 4; ++m)
            attendance.rows.append({QDate(2026, m, 1), m == 2 ? 100.0 : 90.0});
        attendance.chart = {ReportChart::Kind::Line, 0, {1}, QStringLiteral("%")};
        ReportChartView share(attendance);
        auto *value = qobject_cast<QValueAxis *>(share.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(value);
        QCOMPARE(value->max(), 100.0);
    }

    void showsAnErrorForAReversedPeriod()
    {
        ReportsPage page;
        page.setDatabase(m_db.db.get());
        page.setPeriod(test::ReportTo, test::ReportFrom);
        QTRY_VERIFY(!page.isBuilding());
        QVERIFY(!page.report().has_value());
        QVERIFY(page.charts().isEmpty());
        auto *status = page.findChild<QLabel *>(QLatin1String(ReportsPage::StatusName));
        QVERIFY(status->text().contains(QStringLiteral("starts after it ends")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "test_reportspage.moc"
