#pragma once

#include "Result.h"
#include "reports/Report.h"

namespace enc {

// The report as one CSV file (UTF-8): each table under its title, tables apart by a
// blank line. Numbers are plain (no thousands separator), dates dd/MM/yyyy, months yyyy-MM.
class ReportCsv
{
public:
    ReportCsv() = delete;

    // The CSV text of every table, suppressed as asked.
    static QByteArray render(const Report &report, bool suppress);
    // Writes render() to path safely (the old file is kept if writing fails).
    static Status write(const QString &path, const Report &report, bool suppress);
};

} // namespace enc
