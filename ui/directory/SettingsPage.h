#pragma once

#include "DirectoryPage.h"
#include "Result.h"
#include "SettingsModel.h"

namespace enc::ui {

class SettingDialog;

// The settings directory: every setting with its DSL contacts, filtered as you type.
// New (Ins), Edit (Enter or double-click), Archive (Delete; asks first), Import settings
// (a spreadsheet, shown as new / changed / unchanged before it is written). All writes go
// through the Editor, so each can be undone.
class SettingsPage : public DirectoryPage
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    SettingsModel *model() const { return static_cast<SettingsModel *>(directoryModel()); }
    QCheckBox *showArchivedBox() const { return m_showPutAway; }

    // The setting on the current row, 0 when none.
    Id currentSettingId() const { return currentId(); }
    // Makes the setting the current row when it is shown; false when it is not.
    bool selectSetting(Id settingId) { return select(settingId); }

    bool newRecord() override;
    bool newSetting() { return newRecord(); }
    bool editCurrent() override;
    // Archives the current setting once the user agrees; true when archived.
    bool archiveCurrent();
    // Saves what the dialog holds (creating a typed new area first); on error nothing is
    // saved and the error is returned for the dialog to show.
    Status saveSetting(SettingDialog &dialog);
    // Asks for a settings directory file (CSV or .xlsx), shows what it would add and change,
    // and imports it when the user presses Import; true when imported (one undo step).
    bool importSettings();

protected:
    bool putAwayCurrent() override { return archiveCurrent(); }
    void updatePutAway(int sourceRow, bool ready) override;
    QString countText(int shown) const override;

private:
    bool runEditor(const Setting &setting);
    QStringList knownTypes() const;
};

} // namespace enc::ui
