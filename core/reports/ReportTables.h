#pragma once

#include "reports/Report.h"
#include "reports/ReportTable.h"

namespace enc {

// Turns the report's figures into the tables every export and chart shares, applying
// small-number suppression when asked.
class ReportTables
{
public:
    ReportTables() = delete;

    // The marker that replaces a count of 1 to 4 when suppressing.
    static QString smallMarker();
    // The marker that replaces a rate, share or average that could reveal a suppressed count.
    static QString hiddenMarker();

    // Every table, in the order of the page. With suppress, counts of 1 to 4 (never 0)
    // become smallMarker(), figures derived from them hiddenMarker(), and totals that would
    // let a reader subtract back to a suppressed count are left out.
    static QList<ReportTable> build(const Report &report, bool suppress);
    // A line describing the period and suppression, for titles of exports.
    static QString subtitle(const Report &report, bool suppress);
    // True when value is a suppression marker rather than a figure.
    static bool isMarker(const QVariant &value);
    // A cell as people read it: "1,234", "12.5", "Jan 2025", "25/07/2024", or the text.
    static QString display(const QVariant &value, CellKind kind);
};

} // namespace enc
