#pragma once

#include "import/ImportTable.h"

namespace enc {

// Finds the heading row of a police sheet instead of assuming it is the first: title rows,
// blank rows and a banner ("OFFICIAL - SENSITIVE") above the headings are skipped.
class HeadingFinder
{
public:
    HeadingFinder() = delete;

    // How many rows from the top are looked at for the heading row.
    static constexpr int RowsLooked = 30;

    // Makes table's heading row the row among its first rows whose cells name the most import
    // fields (ColumnMapping's headings); when none names two, the first row more than half as
    // wide as the widest row near the top. The rows above it are dropped.
    static void apply(ImportTable &table);
    // Makes the file's row (1-based, as a spreadsheet numbers it) the heading row, whether it is
    // above or below the one found; false when no row of that number has text.
    static bool useRow(ImportTable &table, int row);
    // How many import fields the table's heading row names (to choose a workbook's sheet).
    static int fieldsNamed(const QStringList &header);
};

} // namespace enc
