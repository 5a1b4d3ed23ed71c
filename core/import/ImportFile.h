#pragma once

#include "Result.h"
#include "import/ImportTable.h"

#include <QDate>

#include <QStringList>

namespace enc {

// A police spreadsheet as read from disk, CSV or .xlsx chosen by its content and name.
struct ImportFile
{
    QString path;
    QString fileName;
    QString sha256;     // of the file's bytes, hex
    QStringList sheets; // workbook sheet names (empty for CSV)
    ImportTable table;

    // Reads the file (sheet: the workbook sheet to use; when empty, the sheet holding the
    // police data), its heading row found below any title rows. Errors name the file:
    // unreadable, empty, binary, not a workbook, an old .xls, no such sheet.
    // The date a police file's name carries ("ppn-2026-12-04.xlsx", "Daily 04.12.2026.csv",
    // "PPN_20261204"), when it is a real day within the year before today; else invalid.
    static QDate dateInName(const QString &fileName, QDate today);

    // headerRow: the file's row that holds the headings (1-based); 0 finds it.
    static Result<ImportFile> read(const QString &path, const QString &sheet = {},
                                   int headerRow = 0);
};

} // namespace enc
