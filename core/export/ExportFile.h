#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;
struct lxw_workbook;

namespace enc {

// An export holding children's details (CSV, .xlsx), written so that no one else can read it
// and a failure leaves nothing behind: a new file, owner-only from its creation, under a
// private name in the target's folder, flushed to disk and renamed over the target only when
// complete (an older file of that name stays as it was until then). On any failure the
// private file is removed.
class ExportFile
{
public:
    ExportFile() = delete;

    // Writes bytes to path.
    static Status write(const QString &path, const QByteArray &bytes);
    // Writes to path what write puts into the file, a part at a time (a list too long to hold
    // in memory); a failure it returns leaves nothing behind.
    static Status writeStream(const QString &path, const std::function<Status(QIODevice &)> &write);
    // Writes an Excel workbook to path: build adds the sheets to the workbook libxlsxwriter
    // made on the private file (write its text through WorkbookText).
    static Status writeWorkbook(const QString &path,
                                const std::function<void(lxw_workbook *)> &build);
};

} // namespace enc
