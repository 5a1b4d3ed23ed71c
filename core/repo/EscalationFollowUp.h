#pragma once

// What the chair does with an escalation (DOMAIN.md, "Escalation"): liaises with the social
// worker or MASH (each liaison kept), feeds back to the group at a meeting, and closes it
// with a reason. An escalation stays on every agenda until it is closed.

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace enc {

class Database;

struct EscalationLiaison
{
    Id id = 0;
    QDate on;
    QString with;    // the social worker or MASH
    QString outcome; // what was agreed
    QString recordedBy;
};

enum class EscalationState
{
    Open,          // nothing recorded yet
    Liaised,       // at least one liaison, no feedback
    FeedbackGiven, // fed back to the group, not closed
    Closed
};

struct EscalationRecord
{
    Id id = 0;
    Id childId = 0;
    QDate triggeredOn;
    QList<Id> ppnIds;
    QList<EscalationLiaison> liaisons; // oldest first
    QDate feedbackOn;
    Id feedbackMeetingId = 0;
    QString feedback;
    QDate closedOn;
    QString closeReason;
    int version = 1;

    // The state as of a date: what had been recorded with dates on or before it.
    EscalationState state(QDate asOf = {}) const;
};

// "open", "liaised", "feedback-given", "closed" (the command line's JSON).
QString toToken(EscalationState state);
// "Open", "Liaised", "Feedback given", "Closed" (translated).
QString toText(EscalationState state);

class EscalationFollowUp
{
public:
    explicit EscalationFollowUp(Database &db) : m_db(db) {}

    // The child's escalations, newest first, with their liaisons.
    Result<QList<EscalationRecord>> forChild(Id childId) const;
    // Every child's, by child (the command line's list), newest first.
    Result<QHash<Id, QList<EscalationRecord>>> byChild() const;
    Result<EscalationRecord> get(Id id) const;
    // The child's latest escalation not closed; a failure naming the child when none.
    Result<EscalationRecord> openFor(Id childId) const;

    // Records a liaison on an escalation not closed, at version; the liaison's id.
    Result<Id> liaise(Id escalationId, int version, QDate on, const QString &with,
                      const QString &outcome);
    // Removes a liaison (undo).
    Status removeLiaison(Id liaisonId);
    // Records the feedback to the group on a date (linked to that day's meeting, if any).
    Status feedback(Id escalationId, int version, QDate on, const QString &text);
    // Closes the escalation on a date with the reason; the child leaves the agenda.
    Status close(Id escalationId, int version, QDate on, const QString &reason);
    // Writes back the feedback and closing of values whatever the stored version (undo, redo).
    Status restore(const EscalationRecord &values);

private:
    Result<QList<EscalationRecord>> load(Id childId) const;
    Result<EscalationRecord> changeable(Id id, int version, QDate on) const;
    // Runs sql on the escalation (stale: refused), keeps the child's flag, audits the change
    // with extra added to the after.
    Status write(Id id, const QString &action, const QString &sql, const QVariantMap &values,
                 const QJsonObject &extra = {});

    Database &m_db;
};

} // namespace enc
