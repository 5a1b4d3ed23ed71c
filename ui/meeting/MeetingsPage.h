#pragma once

#include "Result.h"
#include "domain/Records.h"
#include "meeting/AgendaItem.h"
#include "meeting/AgendaStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class AgendaFilterBar;
class AgendaListModel;
class AgendaView;
class AttendancePanel;
class ChairPicker;
class Editor;
class NotesBox;
class PresenterWindow;
class RecordingPanel;

// The meetings: scheduled ones from the schedule rules (bank holidays shown as skipped),
// past ones with their minutes, and ad-hoc ones. An open meeting shows attendance, the
// agenda and the recording form; the presenter screen follows the current item.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr);
    ~MeetingsPage() override;

    void setDatabase(Database *db, Editor *editor);
    void refresh();

    // How far back the list of meetings goes.
    enum class Range
    {
        Recent,      // four weeks back, three ahead
        ThreeMonths, // and three ahead
        Year,
        All
    };
    void setRange(Range range);
    // Dates listed, in list order (for tests).
    QList<QDate> listedDates() const;
    // Writes the minutes (.pdf and .odt) of a closed meeting again, into folder; returns
    // the files written, or the error.
    Result<QStringList> writeMinutes(Id meetingId, const QString &folder);

    // Opens the meeting (creating the scheduled meeting of date when it has no record yet).
    Id openDate(QDate date);
    void openMeeting(Id meetingId);
    Id openedMeeting() const { return m_meetingId; }
    const Agenda &agenda() const { return m_agenda; }
    int currentItem() const;
    void setCurrentItem(int index);
    // Chair's changes to the agenda.
    void moveCurrent(int delta);
    void deferCurrent();
    void addChild(Id childId);
    // Closes the meeting and writes minutes (.pdf and .odt) into a chosen folder; the
    // question lists the items not reached, which go to the next meeting.
    bool closeMeeting();
    // Marks the meeting on date cancelled (recorded first if it never was), with a reason;
    // its items go to the next meeting.
    bool cancelMeeting(QDate date, const QString &reason);
    PresenterWindow *showPresenter();
    // An ad-hoc meeting on date (MeetingRecord.cpp), opened; refused when the day has one.
    Result<Id> addAdHoc(QDate date, QTime starts, QTime ends);
    // A member's apologies for the meeting on date, sent before the day (undoable).
    Status sendApologies(QDate date, Id memberId);
    // Saves the notes typed and not yet saved; false when refused (the text stays shown).
    bool flushNotes();

    AttendancePanel *attendancePanel() const { return m_attendance; }
    RecordingPanel *recordingPanel() const { return m_recording; }
    PresenterWindow *presenter() const { return m_presenter; }
    ChairPicker *chairPicker() const { return m_chairs; }
    NotesBox *itemNotes() const { return m_itemNotes; }
    NotesBox *meetingNotes() const { return m_meetingNotes; }

protected:
    // Ctrl+Z and Ctrl+Shift+Z undo and redo the meeting's changes wherever the focus is on
    // the screen (and on the projector), but for a text box's own typing while it has some.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadAgenda();
    // Refills the list; the children's names are read again only when asked (a move or a
    // deferral keeps the same children).
    void fillAgendaList(bool readNames = true);
    // The operator narrowed (or widened) the list: the cursor stays on its item.
    void applyFilter();
    // One cursor: the form and the projection follow the list's current item.
    void itemChosen();
    // The projector moved (its keys): the list follows, to the household's first open item.
    void presenterMoved(int household);
    void presentAgenda();
    // Why the form's item may not be recorded (not the item the list and projector show).
    QString cursorProblem(Id itemId, Id childId) const;
    // P on the projector: confirmed once per meeting, written to the audit trail.
    void showNamesOnProjector();
    void pollForChanges();
    void decisionRecorded(Id childId);
    // The open meeting's items still open, for the close question (empty when none).
    QString notReached() const;
    // The dialogs of the list's buttons (MeetingRecord.cpp).
    void askAdHoc();
    void askApologies();
    // The open meeting's chair, deputy chair and notes; the current item's notes.
    void loadMeetingRecord();
    void loadItemNotes(Id itemId);

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_meetingId = 0;
    QDate m_date;
    QTime m_end{12, 0};
    bool m_closed = false; // closed or cancelled: read-only
    Agenda m_agenda;
    qint64 m_dataVersion = -1;
    QTreeWidget *m_meetings;
    QLabel *m_title;
    AttendancePanel *m_attendance;
    AgendaView *m_agendaList;
    AgendaFilterBar *m_filter;
    AgendaListModel *m_agendaModel;
    QHash<Id, AgendaChild> m_children; // the agenda's children, by id
    Id m_cursorItem = 0;               // the list's current item, kept across re-reads
    Id m_cursorChild = 0;
    Id m_namesConfirmed = 0; // the meeting whose names the chair agreed to project
    RecordingPanel *m_recording;
    ChairPicker *m_chairs;
    NotesBox *m_itemNotes;    // the current agenda item's (operator's screen only)
    NotesBox *m_meetingNotes; // the meeting's, in its minutes
    Id m_notesItem = 0;       // the item m_itemNotes shows
    QPushButton *m_apologies;
    QComboBox *m_range;
    QPushButton *m_minutes;
    QPushButton *m_close;
    QPushButton *m_present;
    QPushButton *m_browse;
    QList<QPushButton *> m_agendaEdits; // move, defer, add: disabled on a closed meeting // shows
                                        // the list of meetings beside an open meeting
    QTimer *m_poll;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace enc::ui
