#pragma once

#include "Result.h"
#include "meeting/AgendaItem.h"
#include "repo/Saved.h"

#include <QObject>

class QAction;
class QUndoStack;

namespace enc {
class Database;
struct PartnerInfo;
struct SettingsImported;
struct SettingsPlan;
} // namespace enc

namespace enc::ui {

// Every edit the window makes goes through here: the change is written through core
// at once (no Save button), then pushed on the undo stack with its inverse. The UI
// never touches the stack itself (subsurface's command facade).
class Editor : public QObject
{
    Q_OBJECT
public:
    explicit Editor(Database &db, QObject *parent = nullptr);
    ~Editor() override;

    QAction *createUndoAction(QObject *parent) const;
    QAction *createRedoAction(QObject *parent) const;
    bool canUndo() const;
    // What Undo would undo ("Reorder the agenda"), as the Edit menu shows it.
    QString undoText() const;
    bool canRedo() const;
    void undo();
    void redo();
    // Forgets the history (e.g. when another database is opened).
    void clear();

    Result<Saved> addChild(const Child &child);
    Result<Saved> editChild(const Child &child);
    Status archiveChild(Id childId);
    Result<Saved> addHousehold(const Household &household);
    Result<Saved> editHousehold(const Household &household);
    Result<Saved> addPpn(const Ppn &ppn);
    Result<Saved> recordDecision(const Decision &decision);
    // A decision at a meeting with the agenda items it hears (marked heard) and, when given,
    // its action: one step, so that undoing it takes the "[heard]" marks and the action too.
    // An action that cannot be added (no owner) refuses the whole step: nothing is recorded.
    Result<Saved> recordDecision(const Decision &decision, const QList<Id> &heardItems,
                                 const Action *action);
    Result<Saved> addAction(const Action &action);
    Status completeAction(Id actionId, QDate on, const QString &by);
    Status greenOff(Id childId);
    Status reopen(Id childId);
    Result<Saved> addSetting(const Setting &setting);
    Result<Saved> editSetting(const Setting &setting);
    Status archiveSetting(Id settingId);
    // A settings directory file's new and changed settings (SettingsImport), one transaction
    // and one undo step (undo archives the new ones and puts the changed ones back).
    Result<SettingsImported> importSettings(const SettingsPlan &plan,
                                            const std::function<bool(int, int)> &progress);
    Result<Saved> addMember(const Member &member);
    Result<Saved> editMember(const Member &member);
    // One member's attendance at a meeting (the meeting screen).
    Status setAttendance(Id meetingId, const Attendance &attendance);
    // The chair's changes to a meeting's agenda, undoable: a new order of the items, an
    // item deferred to the next meeting, a child added.
    Status reorderAgenda(Id meetingId, const QList<AgendaItem> &before, QList<AgendaItem> &after);
    Status setAgendaStatus(Id itemId, AgendaStatus before, AgendaStatus after);
    Result<Id> addAgendaChild(Id meetingId, Id childId, const QString &reason);
    // A meeting's record (EditorMeeting.cpp), undoable. shown* are what the screen showed: a
    // change is refused when another desk changed it since.
    Status setMeetingChairs(Id meetingId, Id chair, Id deputy, Id shownChair, Id shownDeputy);
    Status setMeetingNotes(Id meetingId, const QString &notes, const QString &shown);
    Status setAgendaNotes(Id itemId, const QString &notes, const QString &shown);
    // The chair's follow-up of an escalation at version (EditorEscalation.cpp), undoable.
    Status liaiseEscalation(Id escalationId, int version, QDate on, const QString &with,
                            const QString &outcome);
    Status feedbackEscalation(Id escalationId, int version, QDate on, const QString &text);
    Status closeEscalation(Id escalationId, int version, QDate on, const QString &reason);

    // Proformas (EditorProformas.cpp). The proforma given is the one the screen shows: a
    // change refused when it changed since (another desk).
    Result<Saved> requestProforma(Id childId, QDate on);
    Status returnProforma(const Proforma &shown, QDate on, const QString &summary,
                          const QString &voiceOfChild);
    Status reviewProforma(const Proforma &shown, Id meetingId, QDate on, const QString &outcome);
    Status chaseProforma(const Proforma &shown, QDate on);

    // The child's record (EditorRecord.cpp), undoable: the child's setting said the child no
    // longer attends (setting cleared, the letter marked misdirected), at the child's version;
    // what partner agencies know, each entry at the version shown.
    Status noLongerAttends(Id childId, int childVersion, QDate on, const QString &toldBy);
    Result<Id> addPartnerInfo(const PartnerInfo &info);
    Status editPartnerInfo(const PartnerInfo &info);
    Status archivePartnerInfo(Id id, int version);

signals:
    // Something was written, undone or redone: views re-read.
    void changed();
    // An edit was undone or redone (screens that keep their own copy reload).
    void replayed();
    // An undo or redo could not be applied (e.g. the record changed on another desk).
    void failed(const QString &message);

private:
    using Step = std::function<Status()>;
    // Records an edit that has already been applied.
    void push(const QString &text, Step undo, Step redo);
    // Applies write to record id of a repository (Repo::get, Repo::restore: an escalation,
    // partner's information), undone by restoring it as read before, redone as read after.
    template <typename Repo> Status changeRecord(const QString &text, Id id, const Step &write);

    Database &m_db;
    QUndoStack *m_stack;
};

template <typename Repo> Status Editor::changeRecord(const QString &text, Id id, const Step &write)
{
    auto before = Repo(m_db).get(id);
    if (!before)
        return before.error();
    if (Status s = write(); !s)
        return s;
    auto after = Repo(m_db).get(id);
    if (!after)
        return after.error();
    push(
        text, [this, b = *before] { return Repo(m_db).restore(b); },
        [this, a = *after] { return Repo(m_db).restore(a); });
    return {};
}

} // namespace enc::ui
