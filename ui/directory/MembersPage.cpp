#include "MembersPage.h"

#include "MemberDialog.h"
#include "MembersModel.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "commands/Editor.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/ReloadPrompt.h"

#include <QCheckBox>
#include <QPushButton>

namespace enc::ui {

MembersPage::MembersPage(QWidget *parent)
    : DirectoryPage(new MembersModel,
                    Words{tr("&New member"),
                          tr("&Deactivate"),
                          tr("Show &inactive"),
                          tr("Filter by name, role or agency"),
                          tr("Filter members"),
                          tr("Show inactive members"),
                          tr("Members"),
                          tr("New member"),
                          tr("Add a member (Ins)"),
                          tr("Edit member"),
                          tr("Edit the selected member (Enter)"),
                          tr("Deactivate member"),
                          tr("Members shown"),
                          tr("Could not read the members: %1"),
                          names::MembersFilter,
                          names::MembersShowInactive,
                          names::MembersView,
                          names::MembersNew,
                          names::MembersEdit,
                          names::MembersDeactivate,
                          {{MembersModel::Name, 200},
                           {MembersModel::Role, 200},
                           {MembersModel::Agency, 200},
                           {MembersModel::Email, 220},
                           {MembersModel::Attends, 90}}},
                    parent)
{
    updateActions();
}

void MembersPage::deletePressed()
{
    // Delete deactivates; it never reactivates.
    const Member *m = model()->memberAt(currentSourceRow());
    if (m && m->active)
        toggleActive();
}

void MembersPage::updatePutAway(int sourceRow, bool ready)
{
    const Member *current = model()->memberAt(sourceRow);
    m_putAway->setEnabled(ready && current);
    const bool reactivate = current && !current->active;
    m_putAway->setText(reactivate ? tr("Re&activate") : tr("&Deactivate"));
    m_putAway->setAccessibleName(reactivate ? tr("Reactivate member") : tr("Deactivate member"));
    m_putAway->setToolTip(reactivate
                              ? tr("Make the selected member active again")
                              : tr("Deactivate the selected member (Delete); it can be undone"));
}

QString MembersPage::countText(int shown) const
{
    return shown == 1 ? tr("1 member shown") : tr("%1 members shown").arg(shown);
}

bool MembersPage::runEditor(const Member &member)
{
    if (!m_db || !m_editor)
        return false;
    auto agencies = Directory(*m_db).agencies();
    MemberDialog dialog(this);
    dialog.setAgencies(agencies ? *agencies : QList<Agency>());
    dialog.setMember(member, model()->agencyName(member.agencyId));
    dialog.setSaver([this](MemberDialog &d) { return saveMember(d); });
    return runDialog(dialog) == QDialog::Accepted;
}

bool MembersPage::newRecord()
{
    return runEditor(Member{});
}

bool MembersPage::editCurrent()
{
    const Id id = currentId();
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
    const Id id = currentId();
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
                dialog.setMember(*fresh, model()->agencyName(fresh->agencyId));
                return Status::failure(tr("Reloaded: this is the member as it is now. Make "
                                          "your change again and save."));
            }
        }
        return status;
    }
    showSaved(saved->id);
    if (!saved->warnings.isEmpty())
        MessageBox::warning(this, tr("Member saved"), saved->warnings.join(QLatin1Char('\n')));
    return {};
}

} // namespace enc::ui
