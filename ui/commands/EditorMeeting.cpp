// The Editor's undoable steps for a meeting's record: chair and deputy chair, the notes of the
// meeting and of its agenda items (apologies before the day are an attendance edit).

#include "Editor.h"

#include "repo/MeetingDetails.h"
#include "storage/Database.h"

namespace enc::ui {

Status Editor::setMeetingChairs(Id meetingId, Id chair, Id deputy, Id shownChair, Id shownDeputy)
{
    if (Status s =
            MeetingDetails(m_db).setChairs(meetingId, chair, deputy, shownChair, shownDeputy);
        !s)
        return s;
    push(
        tr("Change the chair"),
        [this, meetingId, chair, deputy, shownChair, shownDeputy] {
            return MeetingDetails(m_db).setChairs(meetingId, shownChair, shownDeputy, chair,
                                                  deputy);
        },
        [this, meetingId, chair, deputy, shownChair, shownDeputy] {
            return MeetingDetails(m_db).setChairs(meetingId, chair, deputy, shownChair,
                                                  shownDeputy);
        });
    return {};
}

Status Editor::setMeetingNotes(Id meetingId, const QString &notes, const QString &shown)
{
    if (notes == shown)
        return MeetingDetails(m_db).setNotes(meetingId, notes, shown); // checks, writes nothing
    if (Status s = MeetingDetails(m_db).setNotes(meetingId, notes, shown); !s)
        return s;
    push(
        tr("Edit the meeting's notes"),
        [this, meetingId, notes, shown] {
            return MeetingDetails(m_db).setNotes(meetingId, shown, notes);
        },
        [this, meetingId, notes, shown] {
            return MeetingDetails(m_db).setNotes(meetingId, notes, shown);
        });
    return {};
}

Status Editor::setAgendaNotes(Id itemId, const QString &notes, const QString &shown)
{
    if (notes == shown)
        return MeetingDetails(m_db).setItemNotes(itemId, notes, shown);
    if (Status s = MeetingDetails(m_db).setItemNotes(itemId, notes, shown); !s)
        return s;
    push(
        tr("Edit an agenda item's notes"),
        [this, itemId, notes, shown] {
            return MeetingDetails(m_db).setItemNotes(itemId, shown, notes);
        },
        [this, itemId, notes, shown] {
            return MeetingDetails(m_db).setItemNotes(itemId, notes, shown);
        });
    return {};
}

} // namespace enc::ui
