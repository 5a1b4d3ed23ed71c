#include "SettingsPage.h"

#include "MessageBox.h"
#include "ObjectNames.h"
#include "SettingDialog.h"
#include "SettingsModel.h"
#include "commands/Editor.h"
#include "domain/TextKey.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/ReloadPrompt.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace enc::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent), m_runDialog([](QDialog &d) { return d.exec(); }),
      m_model(new SettingsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_showArchived(new QCheckBox(tr("Show &archived"), this)),
      m_view(new QTableView(this)), m_new(new QPushButton(tr("&New setting"), this)),
      m_edit(new QPushButton(tr("&Edit"), this)), m_archive(new QPushButton(tr("Ar&chive"), this)),
      m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SettingsModel::FilterRole);
    m_proxy->setFilterKeyColumn(SettingsModel::Name);
    m_proxy->setSortRole(SettingsModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QLatin1String(names::SettingsFilter));
    m_filter->setPlaceholderText(tr("Filter by name, URN or area"));
    m_filter->setAccessibleName(tr("Filter settings"));
    m_filter->setClearButtonEnabled(true);
    m_showArchived->setObjectName(QLatin1String(names::SettingsShowArchived));
    m_showArchived->setAccessibleName(tr("Show archived settings"));

    m_view->setObjectName(QLatin1String(names::SettingsView));
    m_view->setAccessibleName(tr("Settings directory"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SettingsModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const QList<QPair<int, int>> widths = {
        {SettingsModel::Name, 200},   {SettingsModel::Type, 110},
        {SettingsModel::Urn, 80},     {SettingsModel::Area, 110},
        {SettingsModel::Dsl, 130},    {SettingsModel::DslEmail, 180},
        {SettingsModel::Deputy, 130}, {SettingsModel::DeputyEmail, 180},
        {SettingsModel::Phone, 100}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    m_new->setObjectName(QLatin1String(names::SettingsNew));
    m_new->setAccessibleName(tr("New setting"));
    m_new->setToolTip(tr("Add a setting (Ins)"));
    m_edit->setObjectName(QLatin1String(names::SettingsEdit));
    m_edit->setAccessibleName(tr("Edit setting"));
    m_edit->setToolTip(tr("Edit the selected setting (Enter)"));
    m_archive->setObjectName(QLatin1String(names::SettingsArchive));
    m_archive->setAccessibleName(tr("Archive setting"));
    m_archive->setToolTip(tr("Archive the selected setting (Delete); it can be undone"));
    m_count->setAccessibleName(tr("Settings shown"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showArchived);
    bar->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_showArchived);
    setTabOrder(m_showArchived, m_view);
    setTabOrder(m_view, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_archive);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &SettingsPage::newSetting);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                    QKeySequence(Qt::KeypadModifier | Qt::Key_Enter)}) {
        auto *enter = new QShortcut(key, m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &SettingsPage::editCurrent);
    }
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SettingsPage::archiveCurrent);

    connect(m_view, &QTableView::doubleClicked, this, &SettingsPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &SettingsPage::newSetting);
    connect(m_edit, &QPushButton::clicked, this, &SettingsPage::editCurrent);
    connect(m_archive, &QPushButton::clicked, this, &SettingsPage::archiveCurrent);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(TextKey::name(text)); });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        const Id current = currentSettingId();
        m_model->setShowArchived(show);
        selectSetting(current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettingsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SettingsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SettingsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SettingsPage::updateActions);
    updateActions();
}

void SettingsPage::setDatabase(Database *db, Editor *editor)
{
    if (m_editorChanged)
        disconnect(m_editorChanged);
    m_db = db;
    m_editor = editor;
    if (m_editor)
        m_editorChanged = connect(m_editor, &Editor::changed, this, &SettingsPage::refresh);
    m_model->setDatabase(db);
    updateActions();
}

Id SettingsPage::currentSettingId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(SettingsModel::IdRole).toLongLong()
                             : 0;
}

bool SettingsPage::selectSetting(Id settingId)
{
    const int row = settingId ? m_model->rowOf(settingId) : -1;
    const int column = qMax(0, m_view->currentIndex().column());
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void SettingsPage::refresh()
{
    const Id current = currentSettingId();
    const int row = m_view->currentIndex().row();
    const int column = qMax(0, m_view->currentIndex().column());
    if (const QString error = m_model->reload(); !error.isEmpty())
        m_count->setText(tr("Could not read the settings: %1").arg(error));
    // A row that has gone (archived, or filtered out) leaves the cursor where it was.
    if (current && !selectSetting(current) && row >= 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), column));
}

void SettingsPage::updateActions()
{
    const bool ready = m_db && m_editor;
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const Setting *current = m_model->settingAt(row);
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && current);
    m_archive->setEnabled(ready && current && !current->archived);
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == 1 ? tr("1 setting shown") : tr("%1 settings shown").arg(shown));
}

QStringList SettingsPage::knownTypes() const
{
    QStringList types = {tr("nursery"), tr("pre-school"), tr("childminder"), tr("school"),
                         tr("health visitor team")};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString type = m_model->settingAt(row)->type;
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
    dialog.setSetting(setting, m_model->areaName(setting.areaId));
    dialog.setSaver([this](SettingDialog &d) { return saveSetting(d); });
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool SettingsPage::newSetting()
{
    return runEditor(Setting{});
}

bool SettingsPage::editCurrent()
{
    const Id id = currentSettingId();
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
    const Setting *s = m_model->settingAt(m_proxy->mapToSource(m_view->currentIndex()).row());
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
                dialog.setSetting(*fresh, m_model->areaName(fresh->areaId));
                return Status::failure(tr("Reloaded: this is the setting as it is now. Make "
                                          "your change again and save."));
            }
        }
        return status;
    }
    // The Editor's changed() has refreshed the rows already.
    if (!selectSetting(saved->id) && !m_filter->text().isEmpty()) {
        // A new setting the filter hides would look lost: show it.
        m_filter->clear();
        selectSetting(saved->id);
    }
    if (!saved->warnings.isEmpty())
        MessageBox::warning(this, tr("Setting saved"), saved->warnings.join(QLatin1Char('\n')));
    return {};
}

} // namespace enc::ui
