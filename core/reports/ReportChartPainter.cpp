#include "reports/ReportChartPainter.h"

#include "reports/ReportTables.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace enc {

namespace {

// Distinct, print-safe colours (Okabe-Ito), readable in greyscale by their order.
QColor seriesColour(int i)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    return colours[i % 6];
}

// A round axis maximum and step: 1, 2 or 5 times a power of ten.
std::pair<double, double> niceScale(double maximum)
{
    if (maximum <= 0)
        return {1, 1};
    const double rough = maximum / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    return {std::ceil(maximum / step) * step, step};
}

QString axisNumber(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

} // namespace

std::optional<double> ReportChartPainter::value(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return v.toDouble();
    default:
        return std::nullopt;
    }
}

bool ReportChartPainter::hasChart(const ReportTable &table)
{
    if (table.chart.kind == ReportChart::Kind::None || table.rows.isEmpty())
        return false;
    for (const QVariantList &row : table.rows)
        for (int c : table.chart.valueColumns)
            if (value(row.value(c)))
                return true;
    return false;
}

void ReportChartPainter::paint(QPainter &p, const QRectF &area, const ReportTable &table)
{
    const ReportChart &spec = table.chart;
    const bool horizontal = spec.kind == ReportChart::Kind::HorizontalBar;
    const bool line = spec.kind == ReportChart::Kind::Line;
    const int series = int(spec.valueColumns.size());
    const qsizetype n = table.rows.size();
    if (n == 0 || series == 0)
        return;

    QStringList labels;
    double maximum = 0;
    for (const QVariantList &row : table.rows) {
        labels << ReportTables::display(row.value(spec.labelColumn),
                                        table.columns.value(spec.labelColumn).kind);
        for (int c : spec.valueColumns)
            maximum = std::max(maximum, value(row.value(c)).value_or(0));
    }
    const auto [top, step] = niceScale(maximum);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    const double unit = area.height() / 40; // type and spacing scale with the chart
    font.setPixelSize(std::max(8, int(unit * 1.3)));
    p.setFont(font);
    const QFontMetricsF fm(font);

    // Legend along the bottom when there is more than one series.
    QRectF plot = area.adjusted(unit, unit, -unit, -unit);
    if (series > 1) {
        double x = plot.left();
        const double y = plot.bottom() - fm.height();
        for (int s = 0; s < series; ++s) {
            const QString name = table.columns.value(spec.valueColumns[s]).title;
            p.fillRect(QRectF(x, y + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6),
                       seriesColour(s));
            x += fm.height();
            p.setPen(Qt::black);
            p.drawText(QPointF(x, y + fm.ascent()), name);
            x += fm.horizontalAdvance(name) + fm.height();
        }
        plot.setBottom(y - unit);
    }

    // Category labels: left of horizontal bars, under vertical bars and lines.
    double labelSpace = 0;
    for (const QString &l : labels)
        labelSpace = std::max(labelSpace, fm.horizontalAdvance(l));
    const double valueLabel = fm.horizontalAdvance(axisNumber(top)) + unit;
    const int labelEvery =
        horizontal ? 1
                   : std::max<int>(
                         1, int(std::ceil(n * (fm.height() * 1.2) / std::max(1.0, plot.width()))));
    QRectF inner;
    if (horizontal) {
        labelSpace = std::min(labelSpace + unit, plot.width() * 0.4);
        inner = plot.adjusted(labelSpace, 0, -unit, -fm.height() - unit);
    } else {
        // Labels under the axis, turned when they would collide.
        const bool turned = labelSpace + unit > plot.width() / double(n) * labelEvery;
        const double below = turned ? std::min(labelSpace, plot.height() * 0.35) : fm.height();
        inner = plot.adjusted(valueLabel, 0, 0, -below - unit);
        p.setPen(Qt::black);
        for (qsizetype i = 0; i < n; i += labelEvery) {
            const double slot = inner.width() / double(n);
            const double cx = inner.left() + slot * (double(i) + 0.5);
            if (turned) {
                p.save();
                p.translate(cx + fm.ascent() / 2, inner.bottom() + unit / 2);
                p.rotate(-90);
                p.drawText(QRectF(-below, -fm.ascent(), below, fm.height()),
                           Qt::AlignRight | Qt::AlignVCenter,
                           fm.elidedText(labels[i], Qt::ElideRight, below));
                p.restore();
            } else {
                p.drawText(QRectF(cx - slot * labelEvery / 2, inner.bottom() + unit / 2,
                                  slot * labelEvery, fm.height()),
                           Qt::AlignHCenter | Qt::AlignTop, labels[i]);
            }
        }
    }

    // Grid and value axis.
    p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double f = v / top;
        p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0));
        if (horizontal) {
            const double x = inner.left() + f * inner.width();
            p.drawLine(QPointF(x, inner.top()), QPointF(x, inner.bottom()));
            p.setPen(Qt::black);
            p.drawText(
                QRectF(x - valueLabel, inner.bottom() + unit / 2, valueLabel * 2, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, axisNumber(v));
        } else {
            const double y = inner.bottom() - f * inner.height();
            p.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
            p.setPen(Qt::black);
            p.drawText(QRectF(plot.left(), y - fm.height() / 2, valueLabel - unit / 2, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, axisNumber(v));
        }
    }

    const double slot = (horizontal ? inner.height() : inner.width()) / double(n);
    if (line) {
        for (int s = 0; s < series; ++s) {
            QPainterPath path;
            bool drawing = false;
            for (qsizetype i = 0; i < n; ++i) {
                const auto v = value(table.rows[i].value(spec.valueColumns[s]));
                if (!v) {
                    drawing = false;
                    continue;
                }
                const QPointF pt(inner.left() + slot * (double(i) + 0.5),
                                 inner.bottom() - *v / top * inner.height());
                if (drawing)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                drawing = true;
            }
            p.setPen(QPen(seriesColour(s), std::max(1.0, unit / 4)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    } else {
        const double bar = slot * 0.8 / series;
        for (qsizetype i = 0; i < n; ++i) {
            if (horizontal) {
                p.setPen(Qt::black);
                p.drawText(QRectF(plot.left(), inner.top() + slot * double(i),
                                  labelSpace - unit / 2, slot),
                           Qt::AlignRight | Qt::AlignVCenter,
                           fm.elidedText(labels[i], Qt::ElideRight, labelSpace - unit / 2));
            }
            for (int s = 0; s < series; ++s) {
                const auto v = value(table.rows[i].value(spec.valueColumns[s]));
                if (!v)
                    continue;
                const double length = *v / top * (horizontal ? inner.width() : inner.height());
                const double offset = slot * double(i) + slot * 0.1 + bar * s;
                const QRectF r =
                    horizontal
                        ? QRectF(inner.left(), inner.top() + offset, length, bar)
                        : QRectF(inner.left() + offset, inner.bottom() - length, bar, length);
                p.fillRect(r, seriesColour(s));
            }
        }
    }
    p.setPen(QPen(Qt::black, 0));
    p.drawLine(inner.bottomLeft(), horizontal ? inner.bottomRight() : inner.bottomLeft());
    p.drawLine(inner.bottomLeft(), horizontal ? inner.topLeft() : inner.bottomRight());
    if (!spec.valueAxis.isEmpty()) {
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QRectF(inner.left(), area.top(), inner.width(), unit * 1.5),
                   Qt::AlignRight | Qt::AlignTop, spec.valueAxis);
    }
    p.restore();
}

QImage ReportChartPainter::image(const ReportTable &table, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), table);
    p.end();
    return image;
}

} // namespace enc
