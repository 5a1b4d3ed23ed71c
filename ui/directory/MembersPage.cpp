#include "MembersPage.h"

#include "MemberDialog.h"
#include "MembersModel.h"
#include "MessageBox.h"
#include "ObjectNames.h"
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

MembersPage::MembersPage(QWidget *parent)
    : QWidget(parent), m_runDialog([](QDialog &d) { return d.exec(); }),
      m_model(new MembersModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_showInactive(new QCheckBox(tr("Show &inactive"), this)),
      m_view(new QTableView(this)), m_new(new QPushButton(tr("&New member"), this)),
      m_edit(new QPushButton(tr("&Edit"), this)),
      m_deactivate(new QPushButton(tr("&Deactivate"), this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MembersModel::FilterRole);
    m_proxy->setFilterKeyColumn(MembersModel::Name);
    m_proxy->setSortRole(MembersModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QLatin1String(names::MembersFilter));
    m_filter->setPlaceholderText(tr("Filter by name, role or agency"));
    m_filter->setAccessibleName(tr("Filter members"));
    m_filter->setClearButtonEnabled(true);
    m_showInactive->setObjectName(QLatin1String(names::MembersShowInactive));
    m_showInactive->setAccessibleName(tr("Show inactive members"));

    m_view->setObjectName(QLatin1String(names::MembersView));
    m_view->setAccessibleName(tr("Members"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MembersModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const QList<QPair<int, int>> widths = {{MembersModel::Name, 200},
                                           {MembersModel::Role, 200},
                                           {MembersModel::Agency, 200},
                                           {MembersModel::Email, 220},
                                           {MembersModel::Attends, 90}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    m_new->setObjectName(QLatin1String(names::MembersNew));
    m_new->setAccessibleName(tr("New member"));
    m_new->setToolTip(tr("Add a member (Ins)"));
    m_edit->setObjectName(QLatin1String(names::MembersEdit));
    m_edit->setAccessibleName(tr("Edit member"));
    m_edit->setToolTip(tr("Edit the selected member (Enter)"));
    m_deactivate->setObjectName(QLatin1String(names::MembersDeactivate));
    m_deactivate->setAccessibleName(tr("Deactivate member"));
    m_count->setAccessibleName(tr("Members shown"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showInactive);
    bar->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_deactivate);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_showInactive);
    setTabOrder(m_showInactive, m_view);
    setTabOrder(m_view, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_deactivate);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &MembersPage::newMember);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                    QKeySequence(Qt::KeypadModifier | Qt::Key_Enter)}) {
        auto *enter = new QShortcut(key, m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &MembersPage::editCurrent);
    }
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        const Member *m = m_model->memberAt(m_proxy->mapToSource(m_view->currentIndex()).row());
        if (m && m->active)
            toggleActive();
    });

    connect(m_view, &QTableView::doubleClicked, this, &MembersPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &MembersPage::newMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editCurrent);
    connect(m_deactivate, &QPushButton::clicked, this, &MembersPage::toggleActive);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(TextKey::name(text)); });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool show) {
        const Id current = currentMemberId();
        m_model->setShowInactive(show);
        selectMember(current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MembersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MembersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MembersPage::updateActions);
    updateActions();
}

void MembersPage::setDatabase(Database *db, Editor *editor)
{
    if (m_editorChanged)
        disconnect(m_editorChanged);
    m_db = db;
    m_editor = editor;
    if (m_editor)
        m_editorChanged = connect(m_editor, &Editor::changed, this, &MembersPage::refresh);
    m_model->setDatabase(db);
    updateActions();
}

Id MembersPage::currentMemberId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(MembersModel::IdRole).toLongLong()
                             : 0;
}

bool MembersPage::selectMember(Id memberId)
{
    const int row = memberId ? m_model->rowOf(memberId) : -1;
    const int column = qMax(0, m_view->currentIndex().column());
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void MembersPage::refresh()
{
    const Id current = currentMemberId();
    const int row = m_view->currentIndex().row();
    const int column = qMax(0, m_view->currentIndex().column());
    if (const QString error = m_model->reload(); !error.isEmpty())
        m_count->setText(tr("Could not read the members: %1").arg(error));
    // A member who has gone (deactivated, or filtered out) leaves the cursor where it was.
    if (current && !selectMember(current) && row >= 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), column));
}

void MembersPage::updateActions()
{
    const bool ready = m_db && m_editor;
    const Member *current = m_model->memberAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && current);
    m_deactivate->setEnabled(ready && current);
    const bool reactivate = current && !current->active;
    m_deactivate->setText(reactivate ? tr("Re&activate") : tr("&Deactivate"));
    m_deactivate->setAccessibleName(reactivate ? tr("Reactivate member") : tr("Deactivate member"));
    m_deactivate->setToolTip(reactivate
                                 ? tr("Make the selected member active again")
                                 : tr("Deactivate the selected member (Delete); it can be undone"));
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == 1 ? tr("1 member shown") : tr("%1 members shown").arg(shown));
}

bool MembersPage::runEditor(const Member &member)
{
    if (!m_db || !m_editor)
        return false;
    auto agencies = Directory(*m_db).agencies();
    MemberDialog dialog(this);
    dialog.setAgencies(agencies ? *agencies : QList<Agency>());
    dialog.setMember(member, m_model->agencyName(member.agencyId));
    dialog.setSaver([this](MemberDialog &d) { return saveMember(d); });
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool MembersPage::newMember()
{
    return runEditor(Member{});
}

bool MembersPage::editCurrent()
{
    const Id id = currentMemberId();
    if (!id || !m_db)
        return false;
    // Read it afresh: the row may be older than a change made on another desk.
    auto stored = Directory(*m_db).member(id);
    if (!stored) {
        MessageBox::critical(this, tr("Edit member"), stored.errorText());
        return false;
    }
    return runEditor(*stored);
}

bool MembersPage::toggleActive()
{
    const Id id = currentMemberId();
    if (!id || !m_db || !m_editor)
        return false;
    auto stored = Directory(*m_db).member(id);
    if (!stored) {
        MessageBox::critical(this, tr("Deactivate member"), stored.errorText());
        return false;
    }
    Member member = *stored;
    if (member.active) {
        const auto answer = MessageBox::question(
            this, tr("Deactivate member"),
            tr("Deactivate %1?\n\nThey will no longer be expected at meetings. Past meetings "
               "keep their attendance. You can undo this with Ctrl+Z.")
                .arg(member.name));
        if (answer != QMessageBox::Yes)
            return false;
    }
    member.active = !member.active;
    if (auto saved = m_editor->editMember(member); !saved) {
        MessageBox::critical(this, tr("Deactivate member"), saved.errorText());
        return false;
    }
    return true;
}

Status MembersPage::saveMember(MemberDialog &dialog)
{
    if (!m_db || !m_editor)
        return Status::failure(tr("No database is open."));
    Member member = dialog.member();
    const QString agency = dialog.agencyName();
    const bool police = dialog.policeAgency();
    Result<Saved> saved = Saved{};
    // One transaction, so a new agency typed in the box is not kept when the member is
    // refused (a bad email, say). Creating an agency is not itself undoable.
    Status status = m_db->transaction([&]() -> Status {
        member.agencyId = 0;
        if (!agency.isEmpty()) {
            Directory directory(*m_db);
            auto agencyId = directory.ensureAgency(agency, police);
            if (!agencyId)
                return agencyId.error();
            // A known agency keeps its name; the police box may correct what it is.
            if (Status s = directory.setAgencyPolice(*agencyId, police); !s)
                return s;
            member.agencyId = *agencyId;
        }
        saved = member.id ? m_editor->editMember(member) : m_editor->addMember(member);
        return saved ? Status() : Status(saved.error());
    });
    if (!status) {
        // Another desk saved this member first: offer its current state instead of the form.
        if (isStaleEdit(status.error()) && offerReload(&dialog, status.error())) {
            if (auto fresh = Directory(*m_db).member(member.id)) {
                dialog.setMember(*fresh, m_model->agencyName(fresh->agencyId));
                return Status::failure(tr("Reloaded: this is the member as it is now. Make "
                                          "your change again and save."));
            }
        }
        return status;
    }
    // The Editor's changed() has refreshed the rows already.
    if (!selectMember(saved->id) && !m_filter->text().isEmpty()) {
        m_filter->clear();
        selectMember(saved->id);
    }
    if (!saved->warnings.isEmpty())
        MessageBox::warning(this, tr("Member saved"), saved->warnings.join(QLatin1Char('\n')));
    return {};
}

} // namespace enc::ui
