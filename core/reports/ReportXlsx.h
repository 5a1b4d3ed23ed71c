#pragma once

#include "Result.h"
#include "reports/Report.h"

namespace enc {

// The report as an Excel workbook: one sheet per table, numbers as numbers and days and
// months as Excel dates with a date format, so they sort and chart in Excel.
class ReportXlsx
{
public:
    ReportXlsx() = delete;

    // Writes the workbook to path (the old file is kept if writing fails).
    static Status write(const QString &path, const Report &report, bool suppress);
};

} // namespace enc
