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
class SettingDialog;
class SettingsModel;

// The settings directory: every setting with its DSL contacts, filtered as you type.
// New (Ins), Edit (Enter or double-click), Archive (Delete; asks first). All writes go
// through the Editor, so each can be undone.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // Shows a dialog and returns its result; tests replace exec() with a script.
    using DialogRunner = std::function<int(QDialog &)>;

    explicit SettingsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    SettingsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

    // The setting on the current row, 0 when none.
    Id currentSettingId() const;
    // Makes the setting the current row when it is shown; false when it is not.
    bool selectSetting(Id settingId);
    // Re-reads the settings, keeping the current row (or its place when it has gone).
    void refresh();

    // Opens the editor on a new setting; true when one was saved.
    bool newSetting();
    // Opens the editor on the current setting; true when it was saved.
    bool editCurrent();
    // Archives the current setting once the user agrees; true when archived.
    bool archiveCurrent();
    // Saves what the dialog holds (creating a typed new area first); on error nothing is
    // saved and the error is returned for the dialog to show.
    Status saveSetting(SettingDialog &dialog);

private:
    bool runEditor(const Setting &setting);
    void updateActions();
    QStringList knownTypes() const;

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    QMetaObject::Connection m_editorChanged;
    DialogRunner m_runDialog;
    SettingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showArchived;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QLabel *m_count;
};

} // namespace enc::ui
