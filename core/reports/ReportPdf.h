#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QString>

namespace enc {

// The whole report as an A4 PDF: title, period, and every table with its note.
// Needs a QGuiApplication (fonts), as the window app and the tests have.
class ReportPdf
{
public:
    ReportPdf() = delete;

    // The report as HTML, as laid out in the PDF.
    static QString html(const Report &report, bool suppress);
    // Writes the PDF to path (the old file is kept if writing fails).
    static Status write(const QString &path, const Report &report, bool suppress);
};

} // namespace enc
