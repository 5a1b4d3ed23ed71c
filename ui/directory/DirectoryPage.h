#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace enc {
class Database;
}

namespace enc::ui {

class DirectoryModel;
class Editor;

// A directory of records (the meeting's members, the settings) as a filtered, sortable table:
// New (Ins), Edit (Enter or double-click), and a third button that puts the current record
// away (Delete; asks first). All writes go through the Editor, so each can be undone. The
// pages say what their records are and how they are put away.
class DirectoryPage : public QWidget
{
    Q_OBJECT
public:
    // Shows a dialog and returns its result; tests replace exec() with a script.
    using DialogRunner = std::function<int(QDialog &)>;

    void setDatabase(Database *db, Editor *editor);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The record on the current row, 0 when none.
    Id currentId() const;
    // Makes the record the current row when it is shown; false when it is not.
    bool select(Id id);
    // Re-reads the rows, keeping the current row (or its place when it has gone).
    void refresh();

    // Opens the editor on a new record; true when one was saved.
    virtual bool newRecord() = 0;
    // Opens the editor on the current record; true when it was saved.
    virtual bool editCurrent() = 0;

protected:
    // The words and object names that make the page a members or a settings page.
    struct Words
    {
        QString newButton, putAwayButton, showPutAway;
        QString filterHint, filterName, showPutAwayName, viewName, newName, newTip, editName,
            editTip, putAwayName, countName;
        QString readError; // with %1 for the database's message
        const char *filterObject, *showPutAwayObject, *viewObject, *newObject, *editObject,
            *putAwayObject;
        QList<QPair<int, int>> columnWidths; // column, pixels
    };

    // Takes the model (made without a parent) as its child.
    DirectoryPage(DirectoryModel *model, const Words &words, QWidget *parent);

    // The put-away button (deactivate, archive) was pressed.
    virtual bool putAwayCurrent() = 0;
    // Delete on the table; the put-away button's action unless a page says otherwise.
    virtual void deletePressed() { putAwayCurrent(); }
    // Sets the put-away button for the record on this source row (-1: none).
    virtual void updatePutAway(int sourceRow, bool ready) = 0;
    virtual QString countText(int shown) const = 0;

    DirectoryModel *directoryModel() const { return m_model; }
    // The current row in the model's terms, -1 when none.
    int currentSourceRow() const;
    int runDialog(QDialog &dialog) { return m_runDialog(dialog); }
    // After a save: the saved record becomes current, clearing a filter that hides it.
    void showSaved(Id id);
    void updateActions();
    // Adds a page's own button after New, Edit and the put-away button.
    void addButton(QPushButton *button);
    // Reads what changed while another page of the window was shown.
    void showEvent(QShowEvent *event) override;

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    QPushButton *m_putAway;
    QCheckBox *m_showPutAway;

private:
    // An edit anywhere: read now, or when next shown while another page of the window is.
    void followEdit();

    QMetaObject::Connection m_editorChanged;
    bool m_stale = false;
    DialogRunner m_runDialog;
    DirectoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QLabel *m_count;
    QHBoxLayout *m_buttons;
    QString m_readError;
};

} // namespace enc::ui
