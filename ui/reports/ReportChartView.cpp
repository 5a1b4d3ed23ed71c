#include "reports/ReportChartView.h"

#include "reports/ReportTables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLineSeries>
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
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return v.toDouble();
    default:
        return 0.0;
    }
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
    for (const QVariantList &row : rows) {
        categories << ReportTables::display(row.value(spec.labelColumn),
                                            table.columns.value(spec.labelColumn).kind);
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
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(spec.valueAxis);
    if (categories.size() > 12 && !horizontal)
        categoryAxis->setLabelsAngle(-90);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(categoryAxis);
        s->attachAxis(valueAxis);
    }
    setChart(chart);
}

QString ReportChartView::savePng(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !grab().save(&file, "PNG") || !file.commit()) {
        return tr("Cannot write the picture %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

QString ReportChartView::saveSvg(const QString &path)
{
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
