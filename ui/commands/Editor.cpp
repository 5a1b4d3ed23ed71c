#include "Editor.h"

#include "import/SettingsImport.h"
#include "meeting/AgendaStore.h"

#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Directory.h"
#include "repo/Meetings.h"
#include "repo/Ppns.h"
#include "storage/Database.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

namespace enc::ui {

namespace {

// An edit already applied through core: redo re-applies it, undo applies its inverse.
class AppliedEdit : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    AppliedEdit(const QString &text, Step undo, Step redo, Editor *editor)
        : QUndoCommand(text), m_undo(std::move(undo)), m_redo(std::move(redo)), m_editor(editor)
    {}

    void undo() override { report(m_undo()); }
    void redo() override
    {
        // The first redo comes from push(): the edit has been applied already.
        if (m_applied) {
            m_applied = false;
            return;
        }
        report(m_redo());
    }

private:
    void report(const Status &s)
    {
        if (!s)
            emit m_editor->failed(s.errorText());
        emit m_editor->changed();
        emit m_editor->replayed();
    }

    Step m_undo;
    Step m_redo;
    Editor *m_editor;
    bool m_applied = true;
};

// Writes values over the stored record, whatever version it is at now (undo and redo).
Status restoreChild(Database &db, Child values)
{
    auto current = Children(db).get(values.id);
    if (!current)
        return current.error();
    values.version = current->version;
    auto saved = Children(db).update(values);
    return saved ? Status() : Status(saved.error());
}

Status restoreSetting(Database &db, Setting values)
{
    auto current = Directory(db).setting(values.id);
    if (!current)
        return current.error();
    values.version = current->version;
    auto saved = Directory(db).updateSetting(values);
    return saved ? Status() : Status(saved.error());
}

Status restoreMember(Database &db, Member values)
{
    auto current = Directory(db).member(values.id);
    if (!current)
        return current.error();
    values.version = current->version;
    auto saved = Directory(db).updateMember(values);
    return saved ? Status() : Status(saved.error());
}

} // namespace

Editor::Editor(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_stack(new QUndoStack(this))
{}

Editor::~Editor() = default;

QAction *Editor::createUndoAction(QObject *parent) const
{
    return m_stack->createUndoAction(parent, tr("&Undo"));
}

QAction *Editor::createRedoAction(QObject *parent) const
{
    return m_stack->createRedoAction(parent, tr("&Redo"));
}

bool Editor::canUndo() const
{
    return m_stack->canUndo();
}

bool Editor::canRedo() const
{
    return m_stack->canRedo();
}

QString Editor::undoText() const
{
    return m_stack->undoText();
}

void Editor::undo()
{
    m_stack->undo();
}

void Editor::redo()
{
    m_stack->redo();
}

void Editor::clear()
{
    m_stack->clear();
}

void Editor::push(const QString &text, Step undo, Step redo)
{
    m_stack->push(new AppliedEdit(text, std::move(undo), std::move(redo), this));
    emit changed();
}

Result<Saved> Editor::addChild(const Child &child)
{
    auto saved = Children(m_db).add(child);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Add %1").arg(child.fullName()), [this, id] { return Children(m_db).archive(id); },
        [this, id] { return Children(m_db).unarchive(id); });
    return saved;
}

Result<Saved> Editor::editChild(const Child &child)
{
    // Save pressed again after the server was away: connect first (the save's transaction
    // would, but the read of the record as it was comes before it).
    if (Status s = m_db.reconnect(); !s)
        return s.error();
    auto before = Children(m_db).get(child.id);
    if (!before)
        return before.error();
    auto saved = Children(m_db).update(child);
    if (!saved)
        return saved;
    push(
        tr("Edit %1").arg(child.fullName()), [this, b = *before] { return restoreChild(m_db, b); },
        [this, child] { return restoreChild(m_db, child); });
    return saved;
}

Status Editor::archiveChild(Id childId)
{
    auto child = Children(m_db).get(childId);
    if (!child)
        return child.error();
    if (Status s = Children(m_db).archive(childId); !s)
        return s;
    push(
        tr("Archive %1").arg(child->fullName()),
        [this, childId] { return Children(m_db).unarchive(childId); },
        [this, childId] { return Children(m_db).archive(childId); });
    return {};
}

Result<Saved> Editor::addHousehold(const Household &household)
{
    // A household alone changes nothing visible; it is undone with its children.
    return Children(m_db).addHousehold(household);
}

Result<Saved> Editor::editHousehold(const Household &household)
{
    auto before = Children(m_db).household(household.id);
    if (!before)
        return before.error();
    auto saved = Children(m_db).updateHousehold(household);
    if (!saved)
        return saved;
    auto restore = [this](Household values) {
        auto current = Children(m_db).household(values.id);
        if (!current)
            return Status(current.error());
        values.version = current->version;
        auto again = Children(m_db).updateHousehold(values);
        return again ? Status() : Status(again.error());
    };
    push(
        tr("Edit household"), [restore, b = *before] { return restore(b); },
        [restore, household] { return restore(household); });
    return saved;
}

Result<Saved> Editor::addPpn(const Ppn &ppn)
{
    // Children the PPN reopens go back to greened off when it is undone.
    QList<Id> greenedOff;
    for (const PpnChild &c : ppn.children) {
        auto child = Children(m_db).get(c.childId);
        if (child && child->status == ChildStatus::GreenedOff)
            greenedOff << c.childId;
    }
    auto saved = Ppns(m_db).add(ppn);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Add PPN %1").arg(ppn.policeReference.trimmed()),
        [this, id, greenedOff] {
            return m_db.transaction([&]() -> Status {
                // As if never entered: the reference is free to be typed or imported again.
                if (Status s = Ppns(m_db).withdrawEntry(id); !s)
                    return s;
                for (Id child : greenedOff) {
                    if (Status s = Children(m_db).greenOff(child); !s)
                        return s;
                }
                return {};
            });
        },
        [this, id, greenedOff] {
            return m_db.transaction([&]() -> Status {
                for (Id child : greenedOff) {
                    if (Status s = Children(m_db).reopen(child); !s)
                        return s;
                }
                return Ppns(m_db).restoreEntry(id);
            });
        });
    return saved;
}

Result<Saved> Editor::recordDecision(const Decision &decision)
{
    auto saved = Decisions(m_db).record(decision);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Record decision"), [this, id] { return Decisions(m_db).archiveDecision(id, true); },
        [this, id] { return Decisions(m_db).archiveDecision(id, false); });
    return saved;
}

Result<Saved> Editor::recordDecision(const Decision &decision, const QList<Id> &heardItems,
                                     const Action *action)
{
    Saved saved;
    Id actionId = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto recorded = Decisions(m_db).record(decision);
        if (!recorded)
            return recorded.error();
        saved = *recorded;
        for (Id item : heardItems)
            if (Status s = AgendaStore(m_db).setStatus(item, AgendaStatus::Heard); !s)
                return s;
        if (action) { // the action agreed or nothing: never a decision without its action
            Action a = *action;
            a.decisionId = saved.id;
            auto added = Decisions(m_db).addAction(a);
            if (!added)
                return added.error();
            actionId = added->id;
        }
        return {};
    });
    if (!done)
        return done.error();
    const Id id = saved.id;
    const auto mark = [this, heardItems](AgendaStatus status) -> Status {
        for (Id item : heardItems)
            if (Status s = AgendaStore(m_db).setStatus(item, status); !s)
                return s;
        return {};
    };
    push(
        tr("Record decision"),
        [this, id, actionId, mark]() -> Status {
            if (actionId)
                if (Status s = Decisions(m_db).archiveAction(actionId, true); !s)
                    return s;
            if (Status s = mark(AgendaStatus::Open); !s)
                return s;
            return Decisions(m_db).archiveDecision(id, true);
        },
        [this, id, actionId, mark]() -> Status {
            if (Status s = Decisions(m_db).archiveDecision(id, false); !s)
                return s;
            if (Status s = mark(AgendaStatus::Heard); !s)
                return s;
            return actionId ? Decisions(m_db).archiveAction(actionId, false) : Status();
        });
    return saved;
}

Result<Saved> Editor::addAction(const Action &action)
{
    auto saved = Decisions(m_db).addAction(action);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Add action \"%1\"").arg(action.description.trimmed()),
        [this, id] { return Decisions(m_db).archiveAction(id, true); },
        [this, id] { return Decisions(m_db).archiveAction(id, false); });
    return saved;
}

Status Editor::completeAction(Id actionId, QDate on, const QString &by)
{
    auto action = Decisions(m_db).action(actionId);
    if (!action)
        return action.error();
    if (Status s = Decisions(m_db).complete(actionId, on, by); !s)
        return s;
    push(
        tr("Complete \"%1\"").arg(action->description),
        [this, actionId] { return Decisions(m_db).uncomplete(actionId); },
        [this, actionId, on, by] { return Decisions(m_db).complete(actionId, on, by); });
    return {};
}

Status Editor::greenOff(Id childId)
{
    if (Status s = Children(m_db).greenOff(childId); !s)
        return s;
    push(
        tr("Green off"), [this, childId] { return Children(m_db).reopen(childId); },
        [this, childId] { return Children(m_db).greenOff(childId); });
    return {};
}

Status Editor::reopen(Id childId)
{
    if (Status s = Children(m_db).reopen(childId); !s)
        return s;
    push(
        tr("Reopen"), [this, childId] { return Children(m_db).greenOff(childId); },
        [this, childId] { return Children(m_db).reopen(childId); });
    return {};
}

Result<Saved> Editor::addSetting(const Setting &setting)
{
    auto saved = Directory(m_db).addSetting(setting);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Add setting %1").arg(setting.name.trimmed()),
        [this, id] { return Directory(m_db).archiveSetting(id, true); },
        [this, id] { return Directory(m_db).archiveSetting(id, false); });
    return saved;
}

Result<Saved> Editor::editSetting(const Setting &setting)
{
    auto before = Directory(m_db).setting(setting.id);
    if (!before)
        return before.error();
    auto saved = Directory(m_db).updateSetting(setting);
    if (!saved)
        return saved;
    push(
        tr("Edit setting %1").arg(setting.name.trimmed()),
        [this, b = *before] { return restoreSetting(m_db, b); },
        [this, setting] { return restoreSetting(m_db, setting); });
    return saved;
}

Status Editor::archiveSetting(Id settingId)
{
    if (Status s = Directory(m_db).archiveSetting(settingId, true); !s)
        return s;
    push(
        tr("Archive setting"),
        [this, settingId] { return Directory(m_db).archiveSetting(settingId, false); },
        [this, settingId] { return Directory(m_db).archiveSetting(settingId, true); });
    return {};
}

Result<SettingsImported> Editor::importSettings(const SettingsPlan &plan,
                                                const std::function<bool(int, int)> &progress)
{
    auto imported = SettingsImport::apply(m_db, plan, progress);
    if (!imported)
        return imported;
    const int count = int(imported->added.size() + imported->changedBefore.size());
    push(
        tr("Import %n setting(s) from %1", nullptr, count).arg(plan.sheet.fileName),
        [this, done = *imported] { return SettingsImport::revert(m_db, done); },
        [this, done = *imported] { return SettingsImport::revert(m_db, done, true); });
    return imported;
}

Result<Saved> Editor::addMember(const Member &member)
{
    auto saved = Directory(m_db).addMember(member);
    if (!saved)
        return saved;
    Member added = member;
    added.id = saved->id;
    Member removed = added;
    removed.active = false;
    push(
        tr("Add member %1").arg(member.name.trimmed()),
        [this, removed] { return restoreMember(m_db, removed); },
        [this, added] { return restoreMember(m_db, added); });
    return saved;
}

Result<Saved> Editor::editMember(const Member &member)
{
    auto before = Directory(m_db).member(member.id);
    if (!before)
        return before.error();
    auto saved = Directory(m_db).updateMember(member);
    if (!saved)
        return saved;
    push(
        tr("Edit member %1").arg(member.name.trimmed()),
        [this, b = *before] { return restoreMember(m_db, b); },
        [this, member] { return restoreMember(m_db, member); });
    return saved;
}

Status Editor::setAttendance(Id meetingId, const Attendance &attendance)
{
    auto meeting = Meetings(m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    Attendance before{attendance.memberId, AttendanceStatus::Absent, {}, attendance.expected};
    for (const Attendance &a : meeting->attendance)
        if (a.memberId == attendance.memberId)
            before = a;
    if (Status s = Meetings(m_db).setAttendance(meetingId, attendance); !s)
        return s;
    push(
        tr("Change attendance"),
        [this, meetingId, before] { return Meetings(m_db).setAttendance(meetingId, before); },
        [this, meetingId, attendance] {
            return Meetings(m_db).setAttendance(meetingId, attendance);
        });
    return {};
}

Status Editor::reorderAgenda(Id meetingId, const QList<AgendaItem> &before,
                             QList<AgendaItem> &after)
{
    if (Status s = AgendaStore(m_db).save(meetingId, after); !s)
        return s;
    push(
        tr("Reorder the agenda"),
        [this, meetingId, before] {
            QList<AgendaItem> items = before;
            return AgendaStore(m_db).save(meetingId, items);
        },
        [this, meetingId, after] {
            QList<AgendaItem> items = after;
            return AgendaStore(m_db).save(meetingId, items);
        });
    return {};
}

Status Editor::setAgendaStatus(Id itemId, AgendaStatus before, AgendaStatus after)
{
    if (Status s = AgendaStore(m_db).setStatus(itemId, after); !s)
        return s;
    push(
        after == AgendaStatus::Deferred ? tr("Defer an agenda item") : tr("Change an agenda item"),
        [this, itemId, before] { return AgendaStore(m_db).setStatus(itemId, before); },
        [this, itemId, after] { return AgendaStore(m_db).setStatus(itemId, after); });
    return {};
}

Result<Id> Editor::addAgendaChild(Id meetingId, Id childId, const QString &reason)
{
    auto added = AgendaStore(m_db).addChild(meetingId, childId, reason);
    if (!added)
        return added;
    // Redo adds the child again under a new item id: the steps share it.
    auto item = std::make_shared<Id>(*added);
    push(
        tr("Add a child to the agenda"), [this, item] { return AgendaStore(m_db).remove(*item); },
        [this, item, meetingId, childId, reason]() -> Status {
            auto again = AgendaStore(m_db).addChild(meetingId, childId, reason);
            if (!again)
                return again.error();
            *item = *again;
            return {};
        });
    return added;
}

} // namespace enc::ui
