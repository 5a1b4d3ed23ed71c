// The report's exports: the .xlsx holds numbers and dates (read back from its XML), the CSV
// and PDF are written, suppression reaches the files, and `encompass-cli report` works.

#include "ExportCheck.h"
#include "TestSupport.h"
#include "test_reports_fixture.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportChartPainter.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPdf.h"
#include "reports/ReportTables.h"
#include "reports/ReportXlsx.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace enc;
using enc::test::exports::unzip;

namespace {

// One cell of a worksheet as stored: its style index, type attribute and raw value.
struct XlsxCell
{
    int style = 0;
    QString type; // "s" shared string, "" or "n" number
    QString value;
};

QHash<QString, XlsxCell> cells(const QByteArray &sheetXml)
{
    QHash<QString, XlsxCell> out;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            XlsxCell &c = out[ref];
            c.style = xml.attributes().value(QLatin1String("s")).toInt();
            c.type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            out[ref].value = xml.readElementText();
        }
    }
    return out;
}

// The number format code of each cell style (index into cellXfs).
QStringList styleFormats(const QByteArray &stylesXml)
{
    QHash<int, QString> codes{{0, QStringLiteral("General")}, {14, QStringLiteral("builtin-date")}};
    QStringList out;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            out << codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
    }
    return out;
}

} // namespace

class TestReportsExport : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase m_db;
    Report m_report;

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.db);
        test::fillReportFixture(*m_db);
        auto r = ReportBuilder::build(m_db->sql(), test::ReportFrom, test::ReportTo);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        m_report = *r;
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed (apt-get install unzip)");
    }

    void xlsxHoldsNumbersAndDates()
    {
        const QString path = m_db.dir.filePath(QStringLiteral("report.xlsx"));
        const Status s = ReportXlsx::write(path, m_report, false);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
        QVERIFY(unzip(path, QStringLiteral("xl/workbook.xml")).contains("PPNs per month"));
        const QStringList formats = styleFormats(unzip(path, QStringLiteral("xl/styles.xml")));
        // Sheet 2 is PPNs per month: headers on row 4, January 2025 on row 5.
        const auto sheet = cells(unzip(path, QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.value(QStringLiteral("A4")).type, QStringLiteral("s")); // header text
        const XlsxCell month = sheet.value(QStringLiteral("A5"));
        QVERIFY(month.type.isEmpty() || month.type == QLatin1String("n"));
        QCOMPARE(month.value, QStringLiteral("45658")); // Excel's serial of 01/01/2025
        QCOMPARE(formats.value(month.style), QStringLiteral("mmm yyyy"));
        const XlsxCell count = sheet.value(QStringLiteral("B5"));
        QVERIFY(count.type.isEmpty() || count.type == QLatin1String("n"));
        QCOMPARE(count.value, QStringLiteral("2"));
        QCOMPARE(sheet.value(QStringLiteral("B6")).value, QStringLiteral("1"));
        // Sheet 3 is by area: the rate is a decimal number.
        const auto areas = cells(unzip(path, QStringLiteral("xl/worksheets/sheet3.xml")));
        const XlsxCell rate = areas.value(QStringLiteral("E5"));
        QVERIFY(rate.type.isEmpty() || rate.type == QLatin1String("n"));
        QCOMPARE(rate.value.toDouble(), 1.0);
        QCOMPARE(formats.value(rate.style), QStringLiteral("0.0"));
        // One sheet per table.
        const QByteArray workbook = unzip(path, QStringLiteral("xl/workbook.xml"));
        QCOMPARE(int(workbook.count("<sheet ")), int(ReportTables::build(m_report, false).size()));
    }

    void xlsxSuppressedCellsAreText()
    {
        const QString path = m_db.dir.filePath(QStringLiteral("suppressed.xlsx"));
        QVERIFY(ReportXlsx::write(path, m_report, true).ok());
        const auto sheet = cells(unzip(path, QStringLiteral("xl/worksheets/sheet2.xml")));
        QCOMPARE(sheet.value(QStringLiteral("B5")).type, QStringLiteral("s")); // "<5"
        QVERIFY(unzip(path, QStringLiteral("xl/sharedStrings.xml")).contains("&lt;5"));
        // A zero stays a number.
        const auto escalations = cells(unzip(path, QStringLiteral("xl/worksheets/sheet7.xml")));
        QCOMPARE(escalations.value(QStringLiteral("B6")).value, QStringLiteral("0"));
        QVERIFY(escalations.value(QStringLiteral("B6")).type.isEmpty());
    }

    void csvSectionsAndSuppression()
    {
        const QString plain = QString::fromUtf8(ReportCsv::render(m_report, false));
        QVERIFY(plain.contains(QStringLiteral("PPNs per month\r\nMonth,PPNs\r\n2025-01,2\r\n")));
        QVERIFY(plain.contains(QStringLiteral("Northfield,4,2,2000,1.0\r\n")));
        const QString suppressed = QString::fromUtf8(ReportCsv::render(m_report, true));
        QVERIFY(suppressed.contains(QStringLiteral("2025-01,<5\r\n")));
        QVERIFY(suppressed.contains(QStringLiteral("Northfield,<5,<5,2000,[c]\r\n")));
        QVERIFY(!suppressed.contains(QStringLiteral("2025-01,2\r\n")));
        const QString path = m_db.dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(ReportCsv::write(path, m_report, false).ok());
        QVERIFY(QFileInfo(path).size() > 100);
    }

    void pdfIsWritten()
    {
        const QString path = m_db.dir.filePath(QStringLiteral("report.pdf"));
        const Status s = ReportPdf::write(path, m_report, true);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
        QVERIFY(ReportPdf::html(m_report, true).contains(QStringLiteral("&lt;5")));
        // The charts are in it, as images above their tables.
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.count("/Subtype /Image") >= 3);
        QVERIFY(ReportPdf::html(m_report, false, true)
                    .contains(QStringLiteral("<img src=\"chart:ppns_per_month\"")));
        QVERIFY(!ReportPdf::html(m_report, true, false).contains(QStringLiteral("chart:")));
    }

    // The PDF's bar chart: taller bars for larger values, nothing for a suppressed value.
    void chartBarsFollowTheValues()
    {
        ReportTable t;
        t.key = QStringLiteral("test");
        t.columns = {{QStringLiteral("Month"), CellKind::Text},
                     {QStringLiteral("PPNs"), CellKind::Count}};
        t.rows = {{QStringLiteral("A"), qint64(10)},
                  {QStringLiteral("B"), qint64(40)},
                  {QStringLiteral("C"), QStringLiteral("<5")}};
        t.chart.kind = ReportChart::Kind::Bar;
        t.chart.labelColumn = 0;
        t.chart.valueColumns = {1};
        QVERIFY(ReportChartPainter::hasChart(t));
        const QImage image = ReportChartPainter::image(t, QSize(600, 400));
        // Count the bar colour's pixels in each third of the plot (one slot per row).
        const QColor bar(0x00, 0x72, 0xB2);
        QList<int> filled(3, 0);
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (image.pixelColor(x, y) == bar)
                    ++filled[std::min(2, x * 3 / image.width())];
        QVERIFY2(filled[1] > filled[0] * 3,
                 qPrintable(QStringLiteral("%1 %2").arg(filled[0]).arg(filled[1])));
        QVERIFY(filled[0] > 0);
        QCOMPARE(filled[2], 0);

        // Every value suppressed: no chart at all.
        t.rows = {{QStringLiteral("A"), QStringLiteral("<5")}};
        QVERIFY(!ReportChartPainter::hasChart(t));
    }

    void cliPrintsJsonAndWritesFiles()
    {
        const QString xlsx = m_db.dir.filePath(QStringLiteral("cli.xlsx"));
        const QString csv = m_db.dir.filePath(QStringLiteral("cli.csv"));
        QProcess p;
        p.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), m_db.path(), QStringLiteral("report"),
                 QStringLiteral("--from"), QStringLiteral("01/01/2025"), QStringLiteral("--to"),
                 QStringLiteral("2025-03-31"), QStringLiteral("--json"), QStringLiteral("--xlsx"),
                 xlsx, QStringLiteral("--csv"), csv, QStringLiteral("--suppress-small")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2025-01-01"));
        QVERIFY(o.value(QStringLiteral("suppressed")).toBool());
        const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QVERIFY(tables.size() > 5);
        const QJsonObject months = tables.at(1).toObject();
        QCOMPARE(months.value(QStringLiteral("key")).toString(), QStringLiteral("ppns_per_month"));
        QCOMPARE(months.value(QStringLiteral("rows")).toArray().at(1).toArray().at(0).toString(),
                 QStringLiteral("2025-02"));
        QCOMPARE(months.value(QStringLiteral("rows")).toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("<5"));
        QVERIFY(QFileInfo::exists(xlsx));
        QVERIFY(QFileInfo::exists(csv));
    }

    void cliRefusesAReversedPeriod()
    {
        QProcess p;
        p.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), m_db.path(), QStringLiteral("report"),
                 QStringLiteral("--from"), QStringLiteral("2025-03-31"), QStringLiteral("--to"),
                 QStringLiteral("2025-01-01")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("starts after it ends"));
    }
};

QTEST_MAIN(TestReportsExport)
#include "test_reports_export.moc"
