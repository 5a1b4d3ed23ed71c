#include "SettingsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "SettingDialog.h"
#include "SettingsImportDialog.h"
#include "commands/Editor.h"
#include "import/SettingsImport.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/ReloadPrompt.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>

namespace enc::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : DirectoryPage(new SettingsModel,
                    Words{tr("&New setting"),
                          tr("Ar&chive"),
                          tr("Show &archived"),
                          tr("Filter by name, URN or area"),
                          tr("Filter settings"),
                          tr("Show archived settings"),
                          tr("Settings directory"),
                          tr("New setting"),
                          tr("Add a setting (Ins)"),
                          tr("Edit setting"),
                          tr("Edit the selected setting (Enter)"),
                          tr("Archive setting"),
                          tr("Settings shown"),
                          tr("Could not read the settings: %1"),
                          names::SettingsFilter,
                          names::SettingsShowArchived,
                          names::SettingsView,
                          names::SettingsNew,
                          names::SettingsEdit,
                          names::SettingsArchive,
                          {{SettingsModel::Name, 200},
                           {SettingsModel::Type, 110},
                           {SettingsModel::Urn, 80},
                           {SettingsModel::Area, 110},
                           {SettingsModel::Dsl, 130},
                           {SettingsModel::DslEmail, 180},
                           {SettingsModel::Deputy, 130},
                           {SettingsModel::DeputyEmail, 180},
                           {SettingsModel::Phone, 100}}},
                    parent)
{
    m_putAway->setToolTip(tr("Archive the selected setting (Delete); it can be undone"));
    auto *import = new QPushButton(tr("&Import settings..."), this);
    import->setObjectName(QLatin1String(names::SettingsImport));
    import->setToolTip(tr("Add and update settings from a spreadsheet (CSV or .xlsx): your own "
                          "list or the schools register's export. You see what changes first."));
    addButton(import);
    connect(import, &QPushButton::clicked, this, [this] { importSettings(); });
    updateActions();
}

void SettingsPage::updatePutAway(int sourceRow, bool ready)
{
    const Setting *current = model()->settingAt(sourceRow);
    m_putAway->setEnabled(ready && current && !current->archived);
}

QString SettingsPage::countText(int shown) const
{
    return shown == 1 ? tr("1 setting shown") : tr("%1 settings shown").arg(shown);
}

QStringList SettingsPage::knownTypes() const
{
    QStringList types = {tr("nursery"), tr("pre-school"), tr("childminder"), tr("school"),
                         tr("health visitor team")};
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString type = model()->settingAt(row)->type;
        if (!type.isEmpty() && !types.contains(type, Qt::CaseInsensitive))
            types << type;
    }
    return types;
}

bool SettingsPage::runEditor(const Setting &setting)
{
    if (!m_db || !m_editor)
        return false;
    QStringList areas;
    if (auto list = Directory(*m_db).areas()) {
        for (const enc::Area &a : *list)
            areas << a.name;
    }
    SettingDialog dialog(this);
    dialog.setTypes(knownTypes());
    dialog.setAreas(areas);
    dialog.setSetting(setting, model()->areaName(setting.areaId));
    dialog.setSaver([this](SettingDialog &d) { return saveSetting(d); });
    return runDialog(dialog) == QDialog::Accepted;
}

bool SettingsPage::newRecord()
{
    return runEditor(Setting{});
}

bool SettingsPage::editCurrent()
{
    const Id id = currentId();
    if (!id || !m_db)
        return false;
    // Read it afresh: the row may be older than a change made on another desk.
    auto stored = Directory(*m_db).setting(id);
    if (!stored) {
        MessageBox::critical(this, tr("Edit setting"), stored.errorText());
        return false;
    }
    return runEditor(*stored);
}

bool SettingsPage::archiveCurrent()
{
    const Setting *s = model()->settingAt(currentSourceRow());
    if (!s || s->archived || !m_editor)
        return false;
    const Id id = s->id;
    const auto answer = MessageBox::question(
        this, tr("Archive setting"),
        tr("Archive %1?\n\nIt will no longer be offered for children; children already at this "
           "setting keep it. You can undo this with Ctrl+Z.")
            .arg(s->name));
    if (answer != QMessageBox::Yes)
        return false;
    if (Status archived = m_editor->archiveSetting(id); !archived) {
        MessageBox::critical(this, tr("Archive setting"), archived.errorText());
        return false;
    }
    return true;
}

Status SettingsPage::saveSetting(SettingDialog &dialog)
{
    if (!m_db || !m_editor)
        return Status::failure(tr("No database is open."));
    Setting setting = dialog.setting();
    const QString area = dialog.areaName();
    Result<Saved> saved = Saved{};
    // One transaction, so a new area typed in the box is not kept when the setting is
    // refused (a bad email, say). Creating an area is not itself undoable.
    Status status = m_db->transaction([&]() -> Status {
        setting.areaId = 0;
        if (!area.isEmpty()) {
            auto areaId = Directory(*m_db).ensureArea(area);
            if (!areaId)
                return areaId.error();
            setting.areaId = *areaId;
        }
        saved = setting.id ? m_editor->editSetting(setting) : m_editor->addSetting(setting);
        return saved ? Status() : Status(saved.error());
    });
    if (!status) {
        // Another desk saved this setting first: offer its current state instead of the form.
        if (isStaleEdit(status.error()) && offerReload(&dialog, status.error())) {
            if (auto fresh = Directory(*m_db).setting(setting.id)) {
                dialog.setSetting(*fresh, model()->areaName(fresh->areaId));
                return Status::failure(tr("Reloaded: this is the setting as it is now. Make "
                                          "your change again and save."));
            }
        }
        return status;
    }
    showSaved(saved->id);
    if (!saved->warnings.isEmpty())
        MessageBox::warning(this, tr("Setting saved"), saved->warnings.join(QLatin1Char('\n')));
    return {};
}

bool SettingsPage::importSettings()
{
    if (!m_db || !m_editor)
        return false;
    const QString title = tr("Import settings");
    const QString path = FileDialog::openFileName(
        this, title, tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = SettingsImport::plan(*m_db, path);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        MessageBox::critical(this, title, plan.errorText());
        return false;
    }
    SettingsImportDialog dialog(*plan, this);
    if (runDialog(dialog) != QDialog::Accepted || !plan->errors.isEmpty())
        return false;
    QProgressDialog progress(tr("Importing settings from %1...").arg(plan->sheet.fileName),
                             tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto imported = m_editor->importSettings(*plan, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!imported) {
        MessageBox::critical(this, title, imported.errorText());
        return false;
    }
    if (!imported->added.isEmpty())
        showSaved(imported->added.first());
    MessageBox::information(this, title,
                            tr("%1: %2 new and %3 changed settings imported. Edit > Undo takes "
                               "the import back.")
                                .arg(plan->sheet.fileName)
                                .arg(imported->added.size())
                                .arg(imported->changedBefore.size()));
    return true;
}

} // namespace enc::ui
