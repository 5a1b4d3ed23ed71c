#pragma once

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
    // Writes every row of the current list to a CSV file; returns an error message or empty.
    QString exportCsv(const QString &path) const;
    void exportCsvInteractive();

signals:
    void countChanged(int shown);
    void openChild(Id childId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showCount();
    // Says so on the empty list when nothing matches, and how to clear the search.
    void showNoMatch();
    void loadChoices();
    // A row's cells as shown, numbers (age, PPNs) as numbers; the header row when row is -1.
    QVariantList rowCells(int row) const;

    Database *m_db = nullptr;
    ChildTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QCheckBox *m_noSetting;
    QComboBox *m_setting;
    QComboBox *m_area;
    QLabel *m_shown;
    QLabel *m_noMatch;
    QTimer *m_searchDelay;
};

} // namespace enc::ui
