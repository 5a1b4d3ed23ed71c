#pragma once

#include "domain/Records.h"
#include "import/ColumnMapping.h"
#include "import/ImportFile.h"
#include "import/ImportReport.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QMimeData;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class BackgroundTask;
class DateField;
class ImportBatchesModel;
class ImportRowsModel;

// The police spreadsheet import, step by step: choose (or drop) a file, pick the sheet, map
// the columns over a preview of the first rows, check every row (a dry run) and review the
// counts and each row's outcome, then commit in one transaction or cancel with nothing
// written. Reading, checking and committing run off the window's thread, with progress and
// a working Cancel. Past imports are listed under the first step, each can be undone while
// nothing depends on it.
class ImportWizard : public QWidget
{
    Q_OBJECT
public:
    enum Step
    {
        StartStep,
        MappingStep,
        ReviewStep
    };

    explicit ImportWizard(QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setDatabase(Database *db);
    // Reads a file (off the window's thread) and shows its mapping.
    void openFile(const QString &path, const QString &sheet = {});
    void chooseFile();
    // The dry run of the mapped rows; the review step follows.
    void check();
    void commit();
    // Stops the work in progress, or leaves the import with nothing written.
    void cancel();
    void undoSelectedBatch();
    void refreshBatches();

    Step step() const;
    bool isBusy() const;
    // The mapping as the column combos show it.
    ColumnMapping mapping() const;
    const ImportReport &report() const { return m_report; }
    ImportRowsModel *rowsModel() const { return m_rows; }
    ImportBatchesModel *batchesModel() const { return m_batches; }
    QTableView *batchesView() const { return m_batchesView; }

    // The local .csv or .xlsx file a drag carries (empty when it carries anything else).
    static QString droppedFile(const QMimeData *mime);

signals:
    // An import was committed or undone: the tracker changed.
    void imported(Id batchId);
    // The work off the window's thread has ended (tests wait for this).
    void workFinished();
    // SQLite's checkpoint after an import (the import's pages copied from the WAL into the
    // database file, off the window's thread once the import is reported) has ended; ok when
    // every page was copied.
    void checkpointed(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Job
    {
        None,
        Read,
        Check,
        Commit
    };
    QWidget *buildStart();
    QWidget *buildMapping();
    QWidget *buildReview();
    void startJob(Job job, const QString &label);
    void jobFinished();
    void startCheckpoint();
    void checkpointFinished();
    void showMapping();
    void showReview();
    void fieldChosen(int column);
    void setMessage(const QString &text, bool error = false);
    struct Outcome;

    Database *m_db = nullptr;
    BackgroundTask *m_task;
    BackgroundTask *m_checkpoint;
    Job m_job = Job::None;
    std::unique_ptr<Outcome> m_outcome; // written by the work, read once it has finished
    bool m_checkpointOk = false;        // written by the checkpoint task, read once it ends
    bool m_checkpointPending = false;   // another import ended while the checkpoint ran

    QString m_path;
    ImportFile m_file;
    ImportReport m_report;
    QString m_profileUsed;

    QStackedWidget *m_steps;
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    // start
    QPushButton *m_choose;
    ImportBatchesModel *m_batches;
    QTableView *m_batchesView;
    // mapping
    QLabel *m_fileLabel;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_profileLabel;
    QTableWidget *m_preview;
    QList<QComboBox *> m_fields;
    DateField *m_received;
    QLineEdit *m_saveProfile;
    QPushButton *m_check;
    // review
    QLabel *m_notice;
    QHash<QString, QLabel *> m_counts;
    QComboBox *m_statusFilter;
    ImportRowsModel *m_rows;
    QSortFilterProxyModel *m_rowsProxy;
    QTableView *m_rowsView;
    QPushButton *m_commit;
};

} // namespace enc::ui
