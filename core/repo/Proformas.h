#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/ProformaRule.h"
#include "domain/Records.h"

namespace enc {

class Database;

// One proforma with the child and the setting named, for lists and the tracking review.
struct ProformaListEntry
{
    Proforma proforma;
    QString childName;
    QString settingName;
    QDate dueOn;         // stored, else the office's rule from the day it was sent
    int daysOverdue = 0; // 0 when not overdue
};

// Proformas sent to settings and returned for the Friday tracking review. Each change is
// audited; an edit carrying a version (not 0) is refused when the proforma changed since.
class Proformas
{
public:
    explicit Proformas(Database &db) : m_db(db) {}

    // The office's rule: due back after the option's working days (default when unset).
    ProformaRule rule() const;
    // The child's proformas, newest first; withdrawn ones left out.
    Result<QList<Proforma>> forChild(Id childId) const;
    Result<Proforma> get(Id id) const;
    // The child's latest proforma still awaited from the setting (id 0 when none).
    Result<Proforma> awaitedFor(Id childId) const;
    // The child's latest proforma returned and not yet reviewed (id 0 when none).
    Result<Proforma> toReviewFor(Id childId) const;
    Result<Saved> send(const Proforma &proforma);
    // Asks the child's setting (or settingId) for a proforma on a day; due back by the rule.
    // Refused when one is still awaited or the child has no known setting.
    Result<Saved> request(Id childId, QDate on, const ProformaRule &rule, Id settingId = 0);
    Status markReturned(Id id, QDate on, const QString &summary, const QString &voiceOfChild,
                        int version = 0);
    // Reviewed at a meeting (meetingId 0 when none is recorded for the day) with its decision.
    Status markReviewed(Id id, Id meetingId, QDate on = {}, const QString &outcome = {},
                        int version = 0);
    // Takes a review back (undoing it in the window).
    Status clearReview(Id id);
    // The setting was chased (by letter, phone or e-mail) on a day: one more chase.
    Status recordChase(Id id, QDate on, int version = 0);
    // Letters written: a request letter is linked to each child's awaited proforma, a chase
    // letter counts as a chase of each child's overdue one.
    Status noteLetters(bool chase, Id disclosureId, const QList<Id> &childIds, QDate on);
    // Withdraws (or brings back) a request: undoing it in the window.
    Status withdraw(Id id, bool withdrawn);
    // Writes back what undo saved: returned, reviewed and chased as they were.
    Status restore(const Proforma &values);
    // Every proforma not withdrawn (or only the overdue ones), oldest request first.
    Result<QList<ProformaListEntry>> list(bool overdueOnly, QDate today,
                                          const ProformaRule &rule) const;

private:
    Status update(Id id, int version, const QString &action, const QString &sql,
                  const QVariantMap &values);
    Database &m_db;
};

// Escalation records, as the escalation rule opens them; the chair's liaison, feedback and
// closing are EscalationFollowUp's (versioned, audited).
class Escalations
{
public:
    explicit Escalations(Database &db) : m_db(db) {}

    Result<QList<Escalation>> forChild(Id childId) const;
    Result<QList<Escalation>> open() const;

private:
    Result<QList<Escalation>> list(const QString &sql, const QVariantMap &values) const;
    Database &m_db;
};

// The disclosure log: every letter or export that leaves the office.
class Disclosures
{
public:
    explicit Disclosures(Database &db) : m_db(db) {}

    Result<Id> record(const Disclosure &disclosure);
    Result<QList<Disclosure>> forChild(Id childId) const;

private:
    Database &m_db;
};

} // namespace enc
