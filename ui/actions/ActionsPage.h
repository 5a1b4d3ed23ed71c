#pragma once

#include "domain/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace enc {
class Database;
}

namespace enc::ui {

class ActionsModel;
class Editor;

// Every child's actions in one list: chase what is overdue, complete what is done.
class ActionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void refresh();
    ActionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *showCombo() const { return m_show; }
    // Completes the selected action today, by the current user (undoable).
    void completeSelected();

signals:
    void openChild(Id childId);

private:
    Editor *m_editor = nullptr;
    ActionsModel *m_model;
    Database *m_db = nullptr;
    QTableView *m_view;
    QComboBox *m_show;
    QLabel *m_count;
};

} // namespace enc::ui
