#include "reports/ReportChartView.h"

#include "reports/ReportChartPainter.h"
#include "reports/ReportTables.h"
#include "storage/OpenDatabases.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

namespace enc::ui {

namespace {

// A suppressed or missing value is drawn as nothing.
double number(const QVariant &v)
{
    return ReportChartPainter::value(v).value_or(0.0);
}

} // namespace

ReportChartView::ReportChartView(const ReportTable &table, QWidget *parent)
    : QChartView(parent), m_key(table.key), m_title(table.title)
{
    auto *chart = new QChart;
    chart->setTitle(table.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(table.chart.valueColumns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 300);

    const ReportChart &spec = table.chart;
    const bool horizontal = spec.kind == ReportChart::Kind::HorizontalBar;
    // Horizontal bars list the largest at the top: Qt draws the first category at the bottom.
    QList<QVariantList> rows = table.rows;
    if (horizontal)
        std::reverse(rows.begin(), rows.end());
    QStringList categories;
    // Labels short enough for the axis: months as "Nov 24", long names cut (the table and
    // the exports keep them whole). Categories must stay distinct.
    const CellKind labelKind = table.columns.value(spec.labelColumn).kind;
    for (const QVariantList &row : rows) {
        const QVariant v = row.value(spec.labelColumn);
        QString label = labelKind == CellKind::Month && v.typeId() == QMetaType::QDate
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                  .toString(v.toDate(), QStringLiteral("MMM yy"))
                            : ReportTables::display(v, labelKind);
        if (label.size() > 26)
            label = label.left(25).trimmed() + QChar(0x2026);
        for (int n = 2; categories.contains(label); ++n)
            label = label.section(QStringLiteral(" ("), 0, 0) + QStringLiteral(" (%1)").arg(n);
        categories << label;
    }

    double maximum = 0;
    if (spec.kind == ReportChart::Kind::Line) {
        for (int column : spec.valueColumns) {
            auto *line = new QLineSeries;
            line->setName(table.columns.value(column).title);
            for (int i = 0; i < rows.size(); ++i) {
                const double v = number(rows[i].value(column));
                line->append(i, v);
                maximum = std::max(maximum, v);
                ++m_values;
            }
            chart->addSeries(line);
        }
    } else {
        QAbstractBarSeries *bars = horizontal
                                       ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                       : new QBarSeries;
        for (int column : spec.valueColumns) {
            auto *set = new QBarSet(table.columns.value(column).title);
            for (const QVariantList &row : rows) {
                const double v = number(row.value(column));
                set->append(v);
                maximum = std::max(maximum, v);
                ++m_values;
            }
            bars->append(set);
        }
        chart->addSeries(bars);
    }

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // Qt would elide them to "..." in a small card
    auto *valueAxis = new QValueAxis;
    bool percent = !spec.valueColumns.isEmpty();
    for (int column : spec.valueColumns)
        percent = percent && table.columns.value(column).kind == CellKind::Percent;
    if (percent && maximum <= 100) {
        // A share never runs past 100%: nice numbers would take 105 to 150.
        valueAxis->setRange(0, 100);
        valueAxis->setTickCount(6);
    } else {
        valueAxis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
        valueAxis->applyNiceNumbers(); // ticks on round numbers: 0, 50, 100...
    }
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(spec.valueAxis);
    // Labels side by side must fit the narrowest the card gets (its minimum width less the
    // value axis): Qt hides a label that overlaps its neighbour, so the first and last
    // months went missing and the rest ran together. Turned, each needs only a line's height.
    const QFontMetrics metrics(categoryAxis->labelsFont());
    int across = 0;
    for (const QString &label : std::as_const(categories))
        across += metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 2;
    if (!horizontal && (categories.size() > 12 || across > minimumWidth() - 100)) {
        categoryAxis->setLabelsAngle(-90);
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        categoryAxis->setLabelsFont(small);
        setMinimumHeight(360);
    }
    // Horizontal bars: a line of text per bar, or Qt hides every other name.
    if (horizontal)
        setMinimumHeight(
            std::max(minimumHeight(), int(categories.size()) * (metrics.height() + 6) + 140));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(categoryAxis);
        s->attachAxis(valueAxis);
    }
    // QChartView(parent) made an empty chart of its own; setChart() hands that back.
    QChart *placeholder = this->chart();
    setChart(chart);
    delete placeholder;
}

QString ReportChartView::savePng(const QString &path)
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.errorText();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !grab().save(&file, "PNG") || !file.commit()) {
        return tr("Cannot write the picture %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

QString ReportChartView::saveSvg(const QString &path)
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.errorText();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the picture %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size());
        svg.setViewBox(rect());
        svg.setTitle(m_title);
        QPainter painter(&svg);
        render(&painter);
    }
    if (!file.commit())
        return tr("Cannot write the picture %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace enc::ui
