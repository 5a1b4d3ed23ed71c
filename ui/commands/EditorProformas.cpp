#include "Editor.h"

#include "repo/Proformas.h"
#include "storage/Database.h"

namespace enc::ui {

namespace {

// Puts back what the proforma held before an edit (returned, reviewed, chased).
std::function<Status()> restoreStep(Database &db, const Proforma &before)
{
    return [&db, before] {
        return Proformas(db).restore(before);
    };
}

} // namespace

Result<Saved> Editor::requestProforma(Id childId, QDate on)
{
    const ProformaRule rule = Proformas(m_db).rule();
    auto saved = Proformas(m_db).request(childId, on, rule);
    if (!saved)
        return saved;
    const Id id = saved->id;
    push(
        tr("Request proforma"), [this, id] { return Proformas(m_db).withdraw(id, true); },
        [this, id] { return Proformas(m_db).withdraw(id, false); });
    return saved;
}

Status Editor::returnProforma(const Proforma &shown, QDate on, const QString &summary,
                              const QString &voice)
{
    if (Status s = Proformas(m_db).markReturned(shown.id, on, summary, voice, shown.version); !s)
        return s;
    const Id id = shown.id;
    push(tr("Proforma returned"), restoreStep(m_db, shown), [this, id, on, summary, voice] {
        return Proformas(m_db).markReturned(id, on, summary, voice);
    });
    return {};
}

Status Editor::reviewProforma(const Proforma &shown, Id meetingId, QDate on, const QString &outcome)
{
    if (Status s = Proformas(m_db).markReviewed(shown.id, meetingId, on, outcome, shown.version);
        !s)
        return s;
    const Id id = shown.id;
    // Taking a review back is the chair's (a review right), not a general edit.
    Step undo = shown.reviewed() ? restoreStep(m_db, shown)
                                 : Step([this, id] { return Proformas(m_db).clearReview(id); });
    push(tr("Review proforma"), std::move(undo), [this, id, meetingId, on, outcome] {
        return Proformas(m_db).markReviewed(id, meetingId, on, outcome);
    });
    return {};
}

Status Editor::chaseProforma(const Proforma &shown, QDate on)
{
    if (Status s = Proformas(m_db).recordChase(shown.id, on, shown.version); !s)
        return s;
    const Id id = shown.id;
    push(tr("Chase proforma"), restoreStep(m_db, shown),
         [this, id, on] { return Proformas(m_db).recordChase(id, on); });
    return {};
}

} // namespace enc::ui
