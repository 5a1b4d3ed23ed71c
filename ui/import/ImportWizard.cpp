#include "ImportWizard.h"

#include "ImportCounts.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "ImportBatchesModel.h"
#include "ImportNames.h"
#include "ImportRowsModel.h"
#include "MessageBox.h"
#include "import/ImportBatches.h"
#include "import/ImportProfiles.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

constexpr int PreviewRows = 8;
constexpr int ProgressScale = 1000;

// The counts that must not move between the check and the commit.
QJsonObject committedCounts(const ImportReport &report)
{
    QJsonObject counts = report.countsJson();
    counts.remove(QStringLiteral("rows"));
    return counts;
}

} // namespace

// What the work off the window's thread hands back.
struct ImportWizard::Outcome
{
    bool ok = false;
    QString error;
    ImportFile file;
    ImportReport report;
};

ImportWizard::ImportWizard(QWidget *parent)
    : QWidget(parent), m_task(new BackgroundTask(this)), m_checkpoint(new BackgroundTask(this)),
      m_steps(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_batches(new ImportBatchesModel(this)),
      m_rows(new ImportRowsModel(this)), m_rowsProxy(new QSortFilterProxyModel(this))
{
    setAcceptDrops(true);
    m_steps->setObjectName(QLatin1String(names::ImportSteps));
    m_message->setObjectName(QLatin1String(names::ImportMessage));
    m_progress->setObjectName(QLatin1String(names::ImportProgress));
    m_cancel->setObjectName(QLatin1String(names::ImportCancel));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, ProgressScale);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop, or leave this import with nothing written (Esc)"));

    m_steps->addWidget(buildStart());
    m_steps->addWidget(buildMapping());
    m_steps->addWidget(buildReview());

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progressLabel);
    bottom->addWidget(m_progress, 1);
    bottom->addStretch();
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    m_progress->hide();
    m_progressLabel->hide();
    m_cancel->hide();

    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancel);
    connect(m_task, &BackgroundTask::progress, this, [this](int done, int total) {
        m_progress->setValue(total > 0 ? int(qint64(done) * ProgressScale / total) : 0);
    });
    connect(m_task, &BackgroundTask::finished, this, &ImportWizard::jobFinished);
    connect(m_checkpoint, &BackgroundTask::finished, this, &ImportWizard::checkpointFinished);
}

ImportWizard::~ImportWizard()
{
    // The work writes into this object: stop and wait for it before the members go.
    delete m_task;
    delete m_checkpoint;
}

void ImportWizard::setDatabase(Database *db)
{
    m_db = db;
    refreshBatches();
}

ImportWizard::Step ImportWizard::step() const
{
    return Step(m_steps->currentIndex());
}

bool ImportWizard::isBusy() const
{
    return m_task->isRunning();
}

void ImportWizard::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #a01c1c;") : QString());
    m_message->setText(text);
}

QString ImportWizard::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return {};
    return url.toLocalFile();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && !isBusy())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || isBusy())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void ImportWizard::chooseFile()
{
    if (isBusy())
        return;
    const QString path = FileDialog::openFileName(this, tr("Import the police spreadsheet"),
                                                  tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportWizard::startJob(Job job, const QString &label)
{
    m_job = job;
    m_outcome = std::make_unique<Outcome>();
    // Reading has no steps to count: a busy bar.
    m_progress->setRange(0, job == Job::Read ? 0 : ProgressScale);
    m_progress->setValue(0);
    m_progressLabel->setText(label);
    m_progress->show();
    m_progressLabel->show();
    m_cancel->show();
    m_choose->setEnabled(false);
    m_check->setEnabled(false);
    m_commit->setEnabled(false);
    m_sheet->setEnabled(false);
    setMessage({});
}

void ImportWizard::openFile(const QString &path, const QString &sheet)
{
    if (isBusy() || !m_db)
        return;
    m_path = path;
    startJob(Job::Read, tr("Reading %1...").arg(QFileInfo(path).fileName()));
    Outcome *out = m_outcome.get();
    m_task->start([out, path, sheet](const std::atomic<bool> &, const BackgroundTask::Progress &) {
        auto file = ImportFile::read(path, sheet);
        if (!file) {
            out->error = file.errorText();
            return;
        }
        out->file = std::move(*file);
        out->ok = true;
    });
}

void ImportWizard::check()
{
    if (isBusy() || !m_db || m_steps->currentIndex() != MappingStep)
        return;
    const ColumnMapping map = mapping();
    if (Status s = Importer::checkMapping(m_file, map); !s) {
        setMessage(s.errorText(), true);
        return;
    }
    if (!m_received->isValid()) {
        m_received->showMessage();
        setMessage(m_received->message(), true);
        return;
    }
    Importer::Request request;
    request.path = m_path;
    request.received = m_received->date();
    request.dryRun = true;
    const QString dbPath = m_db->path();
    const ImportFile file = m_file;
    startJob(Job::Check, tr("Checking the rows..."));
    Outcome *out = m_outcome.get();
    m_task->start([out, dbPath, file, map, request](const std::atomic<bool> &cancel,
                                                    const BackgroundTask::Progress &progress) {
        // This thread's own connection: SQLite connections stay on the thread that opened them.
        auto db = Database::openWorker(dbPath);
        if (!db) {
            out->error = db.errorText();
            return;
        }
        Importer importer(**db);
        importer.setCancelFlag(&cancel);
        importer.setPlanProgress(progress);
        auto plan = importer.plan(file, map, request);
        if (!plan) {
            out->error = plan.errorText();
            return;
        }
        // A dry run of the commit: says whether the file was imported before, writes nothing.
        if (Status s = importer.commit(*plan, request); !s) {
            out->error = s.errorText();
            return;
        }
        out->report = plan->report;
        out->ok = true;
    });
}

void ImportWizard::commit()
{
    if (isBusy() || !m_db || m_steps->currentIndex() != ReviewStep)
        return;
    Importer::Request request;
    request.path = m_path;
    request.received = m_received->date();
    request.saveProfile = m_saveProfile->text().trimmed();
    const ColumnMapping map = mapping();
    const QString dbPath = m_db->path();
    const ImportFile file = m_file;
    const QJsonObject expected = committedCounts(m_report);
    startJob(Job::Commit, tr("Writing the import..."));
    Outcome *out = m_outcome.get();
    m_task->start([out, dbPath, file, map, request, expected](
                      const std::atomic<bool> &cancel, const BackgroundTask::Progress &progress) {
        auto db = Database::openWorker(dbPath);
        if (!db) {
            out->error = db.errorText();
            return;
        }
        Database &database = **db;
        // The commit returns once the import is durable; copying its pages into the database
        // file follows on another task (startCheckpoint), after the user has been told. Should
        // this fail, SQLite checkpoints at the commit, as it always did.
        if (Status d = database.deferCheckpoint(); !d)
            qWarning("import: %s", qPrintable(d.errorText()));
        Importer importer(database);
        importer.setCancelFlag(&cancel);
        importer.setPlanProgress([&progress](int done, int total) {
            progress(done, total * 2); // the first half of the bar
        });
        importer.setProgress(
            [&progress](int done, int total) { progress(total + done, total * 2); });
        ImportReport report;
        // Planned again inside the commit's transaction, so another desk's change since the
        // check cannot slip in between; a different outcome is refused, not written.
        Status s = database.transaction([&]() -> Status {
            auto plan = importer.plan(file, map, request);
            if (!plan)
                return plan.error();
            if (committedCounts(plan->report) != expected) {
                return Status::failure(ImportWizard::tr(
                    "The tracker changed since the rows were checked (another desk saved): "
                    "nothing was written. Check the rows again."));
            }
            if (Status c = importer.commit(*plan, request); !c)
                return c;
            if (!request.saveProfile.isEmpty()) {
                if (Status p =
                        ImportProfiles(database).save(request.saveProfile, file.table.header, map);
                    !p)
                    return p;
                plan->report.profile = request.saveProfile;
            }
            report = plan->report;
            return {};
        });
        if (!s) {
            out->error = s.errorText();
            return;
        }
        out->report = report;
        out->ok = true;
    });
}

void ImportWizard::cancel()
{
    if (isBusy()) {
        m_progressLabel->setText(tr("Cancelling..."));
        m_task->cancel();
        return;
    }
    if (m_steps->currentIndex() != StartStep) {
        m_steps->setCurrentIndex(StartStep);
        m_cancel->hide();
        setMessage(
            tr("Import of %1 cancelled: nothing was written.").arg(QFileInfo(m_path).fileName()));
    }
}

void ImportWizard::startCheckpoint()
{
    // One at a time: an import finished while the last checkpoint still runs gets its own
    // once that one ends (a PASSIVE checkpoint copies only what was committed when it began).
    if (m_checkpoint->isRunning()) {
        m_checkpointPending = true;
        return;
    }
    const QString dbPath = m_db->path();
    m_checkpointOk = false;
    bool *ok = &m_checkpointOk;
    m_checkpoint->start([ok, dbPath](const std::atomic<bool> &, const BackgroundTask::Progress &) {
        auto db = Database::openWorker(dbPath);
        if (!db) {
            qWarning("import checkpoint: %s", qPrintable(db.errorText()));
            return;
        }
        const Status s = (*db)->checkpoint();
        if (!s)
            qWarning("import checkpoint: %s", qPrintable(s.errorText()));
        *ok = bool(s);
    });
}

void ImportWizard::checkpointFinished()
{
    const bool ok = m_checkpointOk;
    if (m_checkpointPending) {
        m_checkpointPending = false;
        startCheckpoint();
    }
    emit checkpointed(ok);
}

void ImportWizard::jobFinished()
{
    const Job job = m_job;
    m_job = Job::None;
    const std::unique_ptr<Outcome> out = std::move(m_outcome);
    m_progress->hide();
    m_progressLabel->hide();
    m_choose->setEnabled(true);
    m_check->setEnabled(true);
    m_sheet->setEnabled(true);
    m_cancel->setVisible(m_steps->currentIndex() != StartStep);
    if (!out)
        return;
    switch (job) {
    case Job::Read:
        if (!out->ok) {
            setMessage(out->error, true);
            break;
        }
        m_file = out->file;
        // Each file its own date received: the date in its name, else today (it carried the
        // previous file's date over).
        {
            const QDate today = QDate::currentDate();
            const QDate named = ImportFile::dateInName(m_file.fileName, today);
            m_received->setDate(named.isValid() ? named : today);
        }
        showMapping();
        break;
    case Job::Check:
        if (!out->ok) {
            setMessage(out->error, true);
            break;
        }
        m_report = out->report;
        showReview();
        break;
    case Job::Commit:
        if (!out->ok) {
            m_commit->setEnabled(true);
            setMessage(out->error, true);
            break;
        }
        m_report = out->report;
        m_steps->setCurrentIndex(StartStep);
        m_cancel->hide();
        if (m_report.committed) {
            setMessage(tr("%1 imported (batch %2): %3 new PPNs, %4 new children, %5 matched, "
                          "%6 for review.")
                           .arg(m_report.fileName)
                           .arg(m_report.batchId)
                           .arg(m_report.newPpns)
                           .arg(m_report.newChildren)
                           .arg(m_report.matchedChildren)
                           .arg(m_report.forReview));
            if (m_report.missedChildren > 0) {
                setMessage(m_message->text() + QLatin1Char(' ') +
                           tr("On the tracker at a PPN's home address but not named on it: %1 "
                              "(confirm them in the Review queue).")
                               .arg(m_report.missedChildren));
            }
        } else {
            setMessage(m_report.notice);
        }
        refreshBatches();
        emit imported(m_report.batchId);
        if (m_report.committed)
            startCheckpoint();
        break;
    case Job::None:
        break;
    }
    emit workFinished();
}

void ImportWizard::showMapping()
{
    QString profileUsed;
    auto guessed = Importer(*m_db).mappingFor(m_file, {}, &profileUsed);
    if (!guessed) {
        setMessage(guessed.errorText(), true);
        return;
    }
    m_profileUsed = profileUsed;
    const qsizetype rowsRead = m_file.table.rows.size();
    m_fileLabel->setText((rowsRead == 1 ? tr("<b>%1</b>: 1 row under the headings on row %3")
                                        : tr("<b>%1</b>: %2 rows under the headings on row %3"))
                             .arg(m_file.fileName.toHtmlEscaped())
                             .arg(rowsRead)
                             .arg(m_file.table.headerRow));
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_file.sheets);
        m_sheet->setCurrentText(m_file.table.sheet);
    }
    m_sheet->setVisible(!m_file.sheets.isEmpty());
    m_sheetLabel->setVisible(!m_file.sheets.isEmpty());
    m_profileLabel->setText(
        profileUsed.isEmpty()
            ? tr("No saved profile matches this heading row: the columns were recognised from "
                 "their headings. Check them, and save the mapping as a profile to have it "
                 "chosen next time.")
            : tr("The saved profile \"%1\" was chosen for this heading row.").arg(profileUsed));
    if (!profileUsed.isEmpty() && m_saveProfile->text().isEmpty())
        m_saveProfile->setText(profileUsed);

    const ImportTable &table = m_file.table;
    const int rows = int(std::min<qsizetype>(PreviewRows, table.rows.size()));
    // Removing the rows and columns removes the previous file's combos with them.
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_fields.clear();
    m_preview->setColumnCount(int(table.header.size()));
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(table.header);
    QStringList rowLabels{tr("Field")};
    for (int r = 0; r < rows; ++r)
        rowLabels << QString::number(table.rowNumbers.value(r, r + 2));
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < table.header.size(); ++c) {
        auto *combo = new QComboBox(m_preview);
        combo->setObjectName(QLatin1String(names::ImportColumnPrefix) + QString::number(c));
        combo->setAccessibleName(tr("Field of column %1").arg(table.header.at(c)));
        combo->addItem(tr("(not imported)"), -1);
        for (ImportField f : ColumnMapping::allFields())
            combo->addItem(ColumnMapping::label(f), int(f));
        for (ImportField f : ColumnMapping::allFields()) {
            if (guessed->column(f) == c)
                combo->setCurrentIndex(combo->findData(int(f)));
        }
        connect(combo, &QComboBox::activated, this, [this, c]() { fieldChosen(c); });
        m_preview->setCellWidget(0, c, combo);
        m_fields << combo;
        for (int r = 0; r < rows; ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(table.cell(r, c)));
    }
    m_preview->resizeColumnsToContents();
    m_steps->setCurrentIndex(MappingStep);
    m_cancel->show();
    if (const QStringList missing = guessed->missingRequired(); !missing.isEmpty()) {
        setMessage(tr("Choose the column for: %1.").arg(missing.join(QStringLiteral(", "))), true);
    }
    m_check->setFocus();
}

void ImportWizard::fieldChosen(int column)
{
    // One column per field: choosing a field for this column takes it from any other.
    const int field = m_fields.at(column)->currentData().toInt();
    if (field < 0)
        return;
    for (int c = 0; c < m_fields.size(); ++c) {
        if (c != column && m_fields.at(c)->currentData().toInt() == field)
            m_fields.at(c)->setCurrentIndex(0);
    }
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping map;
    for (int c = 0; c < m_fields.size(); ++c) {
        const int field = m_fields.at(c)->currentData().toInt();
        if (field >= 0)
            map.set(ImportField(field), c);
    }
    return map;
}

void ImportWizard::showReview()
{
    // The file's own warnings (two columns for one field) under any notice.
    const QStringList notes = QStringList(m_report.notice) + m_report.warnings;
    m_notice->setText(notes.join(QLatin1Char('\n')).trimmed());
    m_notice->setVisible(!m_notice->text().isEmpty());
    const QJsonObject counts = m_report.countsJson();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        it.value()->setText(QLocale().toString(counts.value(it.key()).toInt()));
    m_rows->setRows(m_report.rows);
    m_statusFilter->setCurrentIndex(0);
    m_rowsView->resizeColumnsToContents();
    // Nothing to write (already imported, or every row rejected): nothing to commit.
    const bool already = !m_report.notice.isEmpty();
    m_commit->setEnabled(!already);
    m_steps->setCurrentIndex(ReviewStep);
    m_cancel->show();
    setMessage(already ? QString()
                       : tr("Nothing is written yet. Commit writes it all in one go; Cancel "
                            "leaves the tracker as it was."));
    if (!already)
        m_commit->setFocus();
}

} // namespace enc::ui
