#pragma once

#include "import/ImportReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace enc::cli {

// The report of "import --json": the whole report with `extra` (the timings) added, as
// QJsonDocument::Indented writes it, byte for byte. A 10,000-row day's rows are most of it:
// they are written straight to text, not built as 10,000 QJsonObjects and then serialized
// (nearly 100 ms of the command's CPU).
QByteArray importReportJson(const ImportReport &report, bool dryRun, const QJsonObject &extra);

} // namespace enc::cli
