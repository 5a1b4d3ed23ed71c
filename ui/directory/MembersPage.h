#pragma once

#include "DirectoryPage.h"
#include "MembersModel.h"
#include "Result.h"

namespace enc::ui {

class MemberDialog;

// The meeting's members. New (Ins), Edit (Enter or double-click), Deactivate (Delete;
// asks first) or Reactivate: members are never deleted, since meetings name them.
class MembersPage : public DirectoryPage
{
    Q_OBJECT
public:
    explicit MembersPage(QWidget *parent = nullptr);

    MembersModel *model() const { return static_cast<MembersModel *>(directoryModel()); }
    QCheckBox *showInactiveBox() const { return m_showPutAway; }
    QPushButton *deactivateButton() const { return m_putAway; }

    // The member on the current row, 0 when none.
    Id currentMemberId() const { return currentId(); }
    // Makes the member the current row when shown; false when not.
    bool selectMember(Id memberId) { return select(memberId); }

    bool newRecord() override;
    bool newMember() { return newRecord(); }
    bool editCurrent() override;
    // Deactivates the current member once the user agrees, or reactivates an inactive one.
    bool toggleActive();
    // Saves what the dialog holds (creating a typed new agency first); on error nothing is
    // saved and the error is returned for the dialog to show.
    Status saveMember(MemberDialog &dialog);

protected:
    bool putAwayCurrent() override { return toggleActive(); }
    void deletePressed() override;
    void updatePutAway(int sourceRow, bool ready) override;
    QString countText(int shown) const override;

private:
    bool runEditor(const Member &member);
};

} // namespace enc::ui
