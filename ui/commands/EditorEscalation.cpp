// The Editor's undoable steps for an escalation's follow-up: liaison, feedback, closing.

#include "Editor.h"

#include "repo/EscalationFollowUp.h"
#include "storage/Database.h"

#include <memory>

namespace enc::ui {

Status Editor::liaiseEscalation(Id escalationId, int version, QDate on, const QString &with,
                                const QString &outcome)
{
    auto id = EscalationFollowUp(m_db).liaise(escalationId, version, on, with, outcome);
    if (!id)
        return id.error();
    auto liaison = std::make_shared<Id>(*id);
    push(
        tr("Liaison with %1").arg(with.trimmed()),
        [this, liaison] { return EscalationFollowUp(m_db).removeLiaison(*liaison); },
        [this, liaison, escalationId, on, with, outcome]() -> Status {
            EscalationFollowUp followUp(m_db);
            auto current = followUp.get(escalationId);
            if (!current)
                return current.error();
            auto again = followUp.liaise(escalationId, current->version, on, with, outcome);
            if (!again)
                return again.error();
            *liaison = *again;
            return {};
        });
    return {};
}

Status Editor::feedbackEscalation(Id escalationId, int version, QDate on, const QString &text)
{
    return changeRecord<EscalationFollowUp>(tr("Feedback on an escalation"), escalationId, [&]() {
        return EscalationFollowUp(m_db).feedback(escalationId, version, on, text);
    });
}

Status Editor::closeEscalation(Id escalationId, int version, QDate on, const QString &reason)
{
    return changeRecord<EscalationFollowUp>(tr("Close an escalation"), escalationId, [&]() {
        return EscalationFollowUp(m_db).close(escalationId, version, on, reason);
    });
}

} // namespace enc::ui
