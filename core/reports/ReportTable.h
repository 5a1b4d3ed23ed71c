#pragma once

// One table of the report as exported and charted: typed columns and rows of values.
// A cell holds a qint64 (count), a double (rate, percentage, days), a QDate (a day, or a
// month's first day), or a QString (a label, or a suppression marker such as "<5").

#include <QList>
#include <QString>
#include <QVariant>

namespace enc {

enum class CellKind
{
    Text,
    Count,
    Rate,    // one decimal place
    Percent, // 0-100, one decimal place
    Days,    // one decimal place
    Month,   // a QDate on the first of the month, shown "Jan 2025"
    Date     // a QDate shown dd/MM/yyyy
};

struct ReportColumn
{
    QString title;
    CellKind kind = CellKind::Text;
};

// How the Reports page draws a table: bars or a line of some columns against a label column.
struct ReportChart
{
    enum class Kind
    {
        None,
        Bar,
        HorizontalBar,
        Line
    };
    Kind kind = Kind::None;
    int labelColumn = 0;
    QList<int> valueColumns;
    QString valueAxis;
};

struct ReportTable
{
    QString key;       // stable name for files: "ppns_per_month"
    QString title;     // a heading for people
    QString sheetName; // at most 31 characters (Excel's limit)
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    ReportChart chart;
    QString note; // how the figure is counted, shown under the table
};

} // namespace enc
