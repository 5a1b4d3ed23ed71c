#pragma once

#include "TrackerExport.h"
#include "domain/Records.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace enc {
class Database;
}

namespace enc::ui {

class BackgroundTask;
class ChildTableModel;

// The tracker: one row per child, searchable and filterable, coloured by status.
class TrackerPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrackerPage(QWidget *parent = nullptr);
    ~TrackerPage() override;

    void setDatabase(Database *db);
    ChildTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    // Re-reads the rows, keeping the selection and scroll position.
    void refresh();
    void focusSearch();
    Id currentChildId() const;
    // The selected rows as tab-separated text with a header line (pastes into Excel; a name
    // that starts like a formula stays text).
    QString selectionAsTsv() const;
    void copySelection() const;
    // Writes every row of the current list to a CSV file here and now; returns an error
    // message or empty.
    QString exportCsv(const QString &path) const;
    // Asks for a file and writes the list on a worker, with progress and Cancel; the status
    // bar says what was written.
    void exportCsvInteractive();
    bool isExporting() const;

signals:
    void countChanged(int shown);
    void openChild(Id childId);
    // An export started by exportCsvInteractive() ended (false: failed or cancelled).
    void exportFinished(bool written);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showCount();
    // Says so on the empty list when nothing matches, and how to clear the search.
    void showNoMatch();
    bool filtered() const; // a filter other than the search is set
    void loadChoices();
    // The setting filter's names, read when the filter is first used (focus, a click, a key,
    // the wheel), not at start: a county has 40,000 settings.
    void loadSettings();
    // A row's cells as shown, numbers (age, PPNs) as numbers; the header row when row is -1.
    QVariantList rowCells(int row) const;
    TrackerExport::Job exportJob(const QString &path) const;
    void showMessage(const QString &text);

    Database *m_db = nullptr;
    ChildTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QCheckBox *m_noSetting;
    QComboBox *m_setting;
    bool m_settingsLoaded = false;
    QComboBox *m_area;
    QLabel *m_shown;
    QLabel *m_noMatch;
    QTimer *m_searchDelay;
    BackgroundTask *m_export;
};

} // namespace enc::ui
