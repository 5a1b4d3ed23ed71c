// The meetings page's record of a meeting beside its agenda (issue 19): chair and deputy chair,
// notes on the meeting and on each agenda item typed live, ad-hoc meetings on any date and
// apologies sent before the day.

#include "MeetingsPage.h"

#include "AdHocMeetingDialog.h"
#include "ApologiesDialog.h"
#include "AttendancePanel.h"
#include "ChairPicker.h"
#include "MeetingListRoles.h"
#include "MessageBox.h"
#include "NotesBox.h"
#include "PresenterWindow.h"
#include "commands/Editor.h"
#include "repo/MeetingDetails.h"
#include "repo/Meetings.h"
#include "storage/Database.h"

#include <QTreeWidget>

namespace enc::ui {

Result<Id> MeetingsPage::addAdHoc(QDate date, QTime starts, QTime ends)
{
    if (!m_db)
        return Result<Id>::failure(tr("No database is open."));
    Meeting m;
    m.date = date;
    m.starts = starts;
    m.ends = ends;
    auto saved = MeetingDetails(*m_db).addAdHoc(m);
    if (!saved)
        return saved.error();
    // A meeting being run stays on screen (the new one is in the list); otherwise it opens.
    const bool running = m_meetingId && !m_closed;
    refresh();
    if (!running)
        openMeeting(saved->id);
    return saved->id;
}

void MeetingsPage::askAdHoc()
{
    if (!m_db)
        return;
    AdHocMeetingDialog dialog(
        QDate::currentDate(),
        [this](QDate date, QTime starts, QTime ends) { return addAdHoc(date, starts, ends); },
        this);
    dialog.exec();
}

Status MeetingsPage::sendApologies(QDate date, Id memberId)
{
    if (!m_db)
        return Status::failure(tr("No database is open."));
    // Checked (and the meeting recorded) first; the apologies are then the attendance edit the
    // meeting screen undoes with Ctrl+Z.
    auto prepared = MeetingDetails(*m_db).prepareApologies(date, memberId, QDate::currentDate());
    if (!prepared)
        return prepared.error();
    Attendance apologies = prepared->before;
    apologies.status = AttendanceStatus::Apologies;
    apologies.deputyName.clear();
    if (Status s = m_editor ? m_editor->setAttendance(prepared->meetingId, apologies)
                            : Meetings(*m_db).setAttendance(prepared->meetingId, apologies);
        !s)
        return s;
    refresh();
    for (int i = 0; i < m_meetings->topLevelItemCount(); ++i) // the list stays on the meeting
        if (m_meetings->topLevelItem(i)->data(0, DateRole).toDate() == date)
            m_meetings->setCurrentItem(m_meetings->topLevelItem(i));
    if (prepared->meetingId == m_meetingId) // the open meeting's attendance shows them at once
        m_attendance->setMeeting(m_db, m_editor, m_meetingId);
    return {};
}

void MeetingsPage::askApologies()
{
    QTreeWidgetItem *item = m_meetings->currentItem();
    if (!m_db || !item)
        return;
    const QDate date = item->data(0, DateRole).toDate();
    ApologiesDialog dialog(
        *m_db, date, [this, date](Id member) { return sendApologies(date, member); }, this);
    dialog.exec();
}

void MeetingsPage::loadMeetingRecord()
{
    m_chairs->setMeeting(m_db, m_editor, m_meetingId, m_closed);
    if (m_meetingNotes->pending())
        return; // the operator's typing is not replaced by a re-read
    auto meeting =
        m_db && m_meetingId ? Meetings(*m_db).get(m_meetingId) : Result<Meeting>(Meeting());
    const Id id = m_meetingId;
    m_meetingNotes->load(
        meeting ? meeting->notes : QString(),
        m_closed || !id ? NotesBox::Save()
                        : [this, id](const QString &notes, const QString &shown) {
                              return m_editor ? m_editor->setMeetingNotes(id, notes, shown)
                                              : MeetingDetails(*m_db).setNotes(id, notes, shown);
                          });
}

void MeetingsPage::loadItemNotes(Id itemId)
{
    if (itemId == m_notesItem && m_itemNotes->pending())
        return; // the same item re-read (another desk's write): the typing stays
    if (!m_itemNotes->flush() && !m_itemNotes->text().trimmed().isEmpty())
        // Refused (another desk wrote since): the words typed are given back, not dropped.
        MessageBox::warning(this, tr("Notes on the item"),
                            tr("Your notes on the previous item were not saved (another desk "
                               "changed them). Copy them from here:\n\n%1")
                                .arg(m_itemNotes->text()));
    m_notesItem = itemId;
    auto notes =
        m_db && itemId ? MeetingDetails(*m_db).itemNotes(itemId) : Result<QString>(QString());
    m_itemNotes->load(
        notes ? *notes : QString(),
        m_closed || !itemId
            ? NotesBox::Save()
            : [this, itemId](const QString &text, const QString &shown) {
                  return m_editor ? m_editor->setAgendaNotes(itemId, text, shown)
                                  : MeetingDetails(*m_db).setItemNotes(itemId, text, shown);
              });
}

bool MeetingsPage::flushNotes()
{
    const bool item = m_itemNotes->flush();
    return m_meetingNotes->flush() && item;
}

} // namespace enc::ui
