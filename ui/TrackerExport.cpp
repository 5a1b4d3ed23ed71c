#include "TrackerExport.h"

#include "ChildTableModel.h"
#include "export/ExportFile.h"
#include "export/SheetText.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

namespace enc::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ui::TrackerExport", text);
}

// A row's cells as the list shows them, numbers (age, PPNs) as numbers; the header when -1.
QVariantList cells(const ChildTableModel &model, int row)
{
    QVariantList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << (row < 0 ? model.headerData(c, Qt::Horizontal) : model.index(row, c).data());
    return cells;
}

// Why the rows could not be written; Qt says "Unknown error" when the disk is full.
Status writeFailed(const QIODevice &out)
{
    if (errno == ENOSPC)
        return Status::failure(tr("The disk is full: free some space or choose another drive."));
    return Status::failure(out.errorString());
}

} // namespace

Result<int> TrackerExport::run(const Job &job, const std::atomic<bool> &cancel,
                               const Progress &progress)
{
    auto opened = Database::openWorker(job.database);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    // One read transaction: the count and every block see the list as it was when the export
    // began, whatever other desks save meanwhile; no write lock is held while rows are read.
    if (Status s = db.beginSnapshot(); !s)
        return s.error();
    // The window's own model, on this thread: the file holds the cells the list shows.
    ChildTableModel model;
    QString failed;
    QObject::connect(&model, &ChildTableModel::loadFailed, &model,
                     [&failed](const QString &message) { failed = message; });
    model.setFilter(job.filter);
    model.sort(job.sortColumn, job.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    model.setDatabase(&db);
    model.countNow();
    const int rows = model.rowCount();
    if (!failed.isEmpty()) {
        Sql::exec(db.sql(), QStringLiteral("ROLLBACK")).ok();
        return Result<int>::failure(failed);
    }
    const QString file = QFileInfo(job.path).absoluteFilePath();
    QJsonObject after{{QStringLiteral("what"), QStringLiteral("tracker-csv")},
                      {QStringLiteral("file"), file}};
    if (rows > 1)
        after.insert(QStringLiteral("children"), rows);
    const QString afterText =
        QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    bool writing = false; // the write transaction holding the audit entries is open
    const auto write = [&](QIODevice &out) -> Status {
        QList<QVariantList> lines{cells(model, -1)};
        QList<Id> children;
        int shown = -1; // the last percentage reported
        for (int row = 0; row <= rows; ++row) {
            if (row == rows || lines.size() >= ChildTableModel::BlockSize) {
                QByteArray bytes = SheetText::csv(lines);
                if (out.pos() > 0)
                    bytes.remove(0, 3); // the byte order mark starts the file only
                if (out.write(bytes) != bytes.size())
                    return writeFailed(out);
                lines.clear();
                if (cancel)
                    return Status::failure(tr("The export was cancelled."));
                if (progress && rows > 0 && row * 100 / rows != shown) {
                    shown = row * 100 / rows;
                    progress(row, rows);
                }
            }
            if (row == rows)
                break;
            lines << cells(model, row);
            children << model.childIdAt(row);
        }
        // The last bytes reach the disk (a full disk is found here, not after the audit).
        if (auto *device = qobject_cast<QFileDevice *>(&out); device && !device->flush())
            return writeFailed(out);
        if (Status s = Sql::exec(db.sql(), QStringLiteral("COMMIT")); !s)
            return s;
        if (Status s = db.beginWrite(); !s)
            return s;
        writing = true;
        QList<Audit::Entry> entries;
        for (qsizetype i = 0; i < children.size(); ++i) {
            entries << Audit::Entry{QStringLiteral("export"),
                                    QStringLiteral("tracker-csv"),
                                    0,
                                    children.at(i),
                                    QString(),
                                    afterText};
            if (entries.size() == 1000 || i + 1 == children.size()) {
                if (Status s = Audit::recordMany(db.sql(), entries); !s)
                    return s;
                entries.clear();
            }
        }
        // A Cancel heard while waiting for another desk's save still leaves no file.
        if (cancel)
            return Status::failure(tr("The export was cancelled."));
        return {};
    };
    Status s = ExportFile::writeStream(job.path, write);
    if (s && writing)
        s = Sql::exec(db.sql(), QStringLiteral("COMMIT"));
    if (!s) {
        Sql::exec(db.sql(), QStringLiteral("ROLLBACK")).ok(); // the snapshot or the entries
        return s.error();
    }
    return rows;
}

} // namespace enc::ui
