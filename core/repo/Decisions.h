#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Triage decisions, the office's outcome list, and actions.
class Decisions
{
public:
    explicit Decisions(Database &db) : m_db(db) {}

    Result<QList<Outcome>> outcomes(bool activeOnly = true) const;
    Result<Saved> saveOutcome(const Outcome &outcome);

    Result<QList<Decision>> forChild(Id childId) const;
    // Records a decision; warns when the outcome is for low risk and the latest PPN is not.
    Result<Saved> record(const Decision &decision);
    // Withdraws a decision recorded in error (kept and audited), or restores it.
    Status archiveDecision(Id decisionId, bool archived = true);
    // Warnings a decision would raise, before it is recorded (for the dialog).
    Result<QStringList> warningsFor(Id childId, Id outcomeId) const;

    Result<Action> action(Id id) const;
    Result<QList<Action>> actionsFor(Id childId) const;
    Result<Saved> addAction(const Action &action);
    // Marks the action complete (on, by); the child's summary follows.
    Status complete(Id actionId, QDate on, const QString &by);
    Status uncomplete(Id actionId);
    Status archiveAction(Id actionId, bool archived = true);

private:
    Status setCompletion(Id actionId, QDate on, const QString &by, const QString &auditAction);
    Database &m_db;
};

} // namespace enc
