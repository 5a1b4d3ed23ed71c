// The Reports page builds its charts from a fixture database, offscreen, and saves them.

#include "TestSupport.h"
#include "test_reports_fixture.h"

#include "FileDialog.h"
#include "reports/ReportChartView.h"
#include "reports/ReportsPage.h"

#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
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
