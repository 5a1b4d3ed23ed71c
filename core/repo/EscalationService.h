#pragma once

#include "Result.h"
#include "domain/EscalationRule.h"
#include "domain/Records.h"

#include <QSqlDatabase>

namespace enc {

// Applies EscalationRule to the stored PPNs.
class EscalationService
{
public:
    struct ChildEscalation
    {
        Id childId = 0;
        EscalationResult result;
    };

    // Every child that has triggered or is a near miss as of asOf, in one pass over ppn_child.
    static Result<QList<ChildEscalation>> evaluateAll(const QSqlDatabase &db, QDate asOf,
                                                      const EscalationConfig &config);
    // One child (or its household, when config.perHousehold).
    static Result<EscalationResult> evaluateChild(const QSqlDatabase &db, Id childId, QDate asOf,
                                                  const EscalationConfig &config);
    // Sets child.escalated for one child and opens an escalation record when a new
    // trigger has no open record yet.
    static Status refreshChild(const QSqlDatabase &db, Id childId, QDate asOf,
                               const EscalationConfig &config);
    // refreshChild for many children (an import's), reading their PPNs and escalation records
    // in one pass and writing only where something changes.
    static Status refreshChildren(const QSqlDatabase &db, const QList<Id> &childIds, QDate asOf,
                                  const EscalationConfig &config);
    // Sets child.escalated for all children (after a bulk load), opening records as above.
    static Status refreshAll(const QSqlDatabase &db, QDate asOf, const EscalationConfig &config);
};

} // namespace enc
