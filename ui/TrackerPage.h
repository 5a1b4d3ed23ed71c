#pragma once

#include <QWidget>

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

    void setDatabase(Database *db);
    ChildTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Re-reads the rows, keeping the selection and scroll position.
    void refresh();
    void focusSearch();

signals:
    void countChanged(int shown);

private:
    void applyFilter();

    Database *m_db = nullptr;
    ChildTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_shown;
    QTimer *m_searchDelay;
};

} // namespace enc::ui
