#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace enc {

// A sheet as read from a file: a header row and the data rows under it, every cell as text.
// Numbers from spreadsheets are written without trailing zeros ("45123", "45123.5"); blank
// rows are dropped but each row keeps the row number a person sees in the file.
struct ImportTable
{
    QString fileName; // the file's name, for messages
    QString sheet;    // the sheet's name (empty for CSV)
    QStringList header;
    int headerRow = 1;        // the heading row's number in the file (1-based)
    bool sheetChosen = false; // the sheet was chosen by its contents, not the workbook's first
    QList<QStringList> rows;
    QList<int> rowNumbers; // rowNumbers[i] is the file's row number of rows[i] (1-based)
    // The rows above the heading row that HeadingFinder passed over (titles, banners), top
    // first, with their row numbers: a person may still choose one (--header-row).
    QList<QStringList> skipped;
    QList<int> skippedNumbers;

    // The cell, or empty text when the row is shorter.
    QString cell(qsizetype row, qsizetype column) const
    {
        const QStringList &r = rows.at(row);
        return column >= 0 && column < r.size() ? r.at(column) : QString();
    }
};

} // namespace enc
