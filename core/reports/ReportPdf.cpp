#include "reports/ReportPdf.h"

#include "domain/DateInput.h"
#include "reports/ReportChartPainter.h"
#include "reports/ReportTables.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ReportPdf", text);
}

// Charts are drawn at three times the size they are laid out at, for print.
constexpr QSize ChartSize(1800, 750);

bool rightAligned(CellKind kind)
{
    return kind != CellKind::Text;
}

} // namespace

QString ReportPdf::html(const Report &report, bool suppress, bool charts)
{
    QString h = QStringLiteral(
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 9pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "th { background: #e8e8e8; text-align: left; }"
        "td.n, th.n { text-align: right; } p.note { font-style: italic; color: #444; }"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
             .arg(tr("Encompass Tracker report").toHtmlEscaped(),
                  ReportTables::subtitle(report, suppress).toHtmlEscaped(),
                  tr("Produced %1.")
                      .arg(DateInput::format(report.generatedAt.date()) + QLatin1Char(' ') +
                           report.generatedAt.time().toString(QStringLiteral("HH:mm")))
                      .toHtmlEscaped());
    for (const ReportTable &t : ReportTables::build(report, suppress)) {
        h += QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
        if (charts && ReportChartPainter::hasChart(t))
            h += QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"/></p>")
                     .arg(t.key)
                     .arg(ChartSize.width() / 3)
                     .arg(ChartSize.height() / 3);
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "width=\"100%\"><tr>");
        for (const ReportColumn &c : t.columns) {
            h += QStringLiteral("<th%1>%2</th>")
                     .arg(rightAligned(c.kind) ? QStringLiteral(" class=\"n\"") : QString(),
                          c.title.toHtmlEscaped());
        }
        h += QStringLiteral("</tr>");
        for (const QVariantList &row : t.rows) {
            h += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i) {
                const CellKind kind = t.columns.value(i).kind;
                h += QStringLiteral("<td%1>%2</td>")
                         .arg(rightAligned(kind) ? QStringLiteral(" class=\"n\" align=\"right\"")
                                                 : QString(),
                              ReportTables::display(row[i], kind).toHtmlEscaped());
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        if (!t.note.isEmpty())
            h += QStringLiteral("<p class=\"note\">%1</p>").arg(t.note.toHtmlEscaped());
    }
    return h + QStringLiteral("</body></html>");
}

Status ReportPdf::write(const QString &path, const Report &report, bool suppress)
{
    const auto failed = [&path](const QString &why) {
        return Status::failure(
            tr("Cannot write the PDF file %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (Status s = OpenDatabases::refuse(path); !s)
        return s;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failed(tr("PDF needs the graphical libraries; use the Reports page, or export "
                         "to Excel or CSV."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Encompass Tracker report"));
        writer.setCreator(QStringLiteral("Encompass Tracker"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        for (const ReportTable &t : ReportTables::build(report, suppress)) {
            if (ReportChartPainter::hasChart(t))
                doc.addResource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("chart:") + t.key),
                                ReportChartPainter::image(t, ChartSize));
        }
        doc.setHtml(html(report, suppress, true));
        doc.print(&writer);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace enc
