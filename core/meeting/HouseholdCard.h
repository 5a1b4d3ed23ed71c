#pragma once

// What the presenter screen shows for one household: its children, their PPN history,
// earlier decisions and open actions.

#include "Result.h"
#include "domain/Records.h"
#include "repo/PartnerInfos.h"

namespace enc {

class Database;

struct CardPpn
{
    QString policeReference;
    QDate incidentDate;
    DashRisk risk = DashRisk::Unknown;
    bool missingChild = false; // a missing-child notification, not domestic abuse
};

struct CardDecision
{
    QDate decidedOn;
    QString outcome;
    QString rationale;
};

struct CardAction
{
    QString description;
    QString owner;
    QDate dueOn;
};

struct CardChild
{
    Id id = 0;
    QString forename;
    QString surname;
    QDate dateOfBirth;
    QString address;
    bool escalated = false;
    int ppnsInWindow = 0; // PPNs with an incident in the last three months
    QList<CardPpn> ppns;  // newest first
    QList<CardDecision> decisions;
    QList<CardAction> openActions;
    // What partner agencies know: the operator's screen shows it; the projector only when
    // names are shown, never in privacy mode.
    QList<PartnerInfo> partners;

    QString fullName() const { return forename + QLatin1Char(' ') + surname; }
    // "A.B.": what privacy mode shows instead of the name.
    QString initials() const;
};

struct HouseholdCard
{
    Id householdId = 0; // 0 for a child with no household
    QString address;
    QList<CardChild> children;
};

class HouseholdCards
{
public:
    explicit HouseholdCards(Database &db) : m_db(db) {}

    // The household of childId (or the child alone when it has none), as on date today.
    Result<HouseholdCard> forChild(Id childId, QDate today) const;

private:
    Status fill(CardChild &child, QDate today) const;
    Database &m_db;
};

} // namespace enc
