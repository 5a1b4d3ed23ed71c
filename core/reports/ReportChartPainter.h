#pragma once

#include "reports/ReportTable.h"

#include <QImage>

#include <optional>

class QPainter;

namespace enc {

// Draws a table's chart (bars, horizontal bars or lines, as its ReportChart says) with
// QPainter, for the PDF report: core cannot use Qt Charts, which needs Qt Widgets. A
// suppressed or missing value draws nothing; the table printed under the chart says why.
class ReportChartPainter
{
public:
    ReportChartPainter() = delete;

    // A cell's value as drawn: a count or a figure; nothing for a suppressed ("<5") or
    // missing value (the screen's charts use it too).
    static std::optional<double> value(const QVariant &cell);
    // True when the table has a chart and at least one value to draw.
    static bool hasChart(const ReportTable &table);
    static void paint(QPainter &painter, const QRectF &area, const ReportTable &table);
    // The chart as an image of the given size in pixels (white background).
    static QImage image(const ReportTable &table, QSize size);
};

} // namespace enc
