#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QString>

namespace enc {

// The whole report as an A4 PDF: title, period, and every table with its chart and note.
// Needs a QGuiApplication (fonts), as the window app and the tests have.
class ReportPdf
{
public:
    ReportPdf() = delete;

    // The report as HTML, as laid out in the PDF. With charts, each charted table is
    // preceded by <img src="chart:KEY">, a resource write() adds to the document.
    static QString html(const Report &report, bool suppress, bool charts = false);
    // Writes the PDF to path (the old file is kept if writing fails).
    static Status write(const QString &path, const Report &report, bool suppress);
};

} // namespace enc
