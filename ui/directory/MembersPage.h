#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;
class MemberDialog;
class MembersModel;

// The meeting's members. New (Ins), Edit (Enter or double-click), Deactivate (Delete;
// asks first) or Reactivate: members are never deleted, since meetings name them.
class MembersPage : public QWidget
{
    Q_OBJECT
public:
    // Shows a dialog and returns its result; tests replace exec() with a script.
    using DialogRunner = std::function<int(QDialog &)>;

    explicit MembersPage(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    MembersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QPushButton *deactivateButton() const { return m_deactivate; }

    // The member on the current row, 0 when none.
    Id currentMemberId() const;
    // Makes the member the current row when shown; false when not.
    bool selectMember(Id memberId);
    // Re-reads the members, keeping the current row (or its place when it has gone).
    void refresh();

    // Opens the editor on a new member; true when one was saved.
    bool newMember();
    // Opens the editor on the current member; true when saved.
    bool editCurrent();
    // Deactivates the current member once the user agrees, or reactivates an inactive one.
    bool toggleActive();
    // Saves what the dialog holds (creating a typed new agency first); on error nothing is
    // saved and the error is returned for the dialog to show.
    Status saveMember(MemberDialog &dialog);

private:
    bool runEditor(const Member &member);
    void updateActions();

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    QMetaObject::Connection m_editorChanged;
    DialogRunner m_runDialog;
    MembersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showInactive;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_deactivate;
    QLabel *m_count;
};

} // namespace enc::ui
