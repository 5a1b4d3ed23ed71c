#pragma once

// The escalation rule (DOMAIN.md, "Rules the software keeps"): repeated PPNs for one child
// within a rolling window of calendar months.
//
// Semantics, as of a date A, with threshold T and window W months:
// - PPNs with an invalid date or a date after A are ignored, and so are missing-child
//   notifications unless the office counts them (countMissing). Input order does not matter.
//   Several PPNs on one date count separately; a ppnId listed more than once counts once
//   (the earliest date is kept). ppnId 0 means "not saved yet" and is never merged.
// - The window of a PPN dated d is [d.addMonths(-W), d], both ends inclusive, so PPNs exactly
//   W calendar months apart share a window. addMonths clamps to the month end:
//   31 May 2024 - 3 months = 29 Feb 2024; 31 May 2023 - 3 months = 28 Feb 2023.
//   Checking only windows that end on a PPN date finds the largest count of any window.
// - maxInWindow: the largest count of any such window.
// - triggered: maxInWindow >= T.
// - Windows are visited in date order; an episode is a run of consecutive PPN dates whose
//   windows hold >= T; it ends at the first PPN date whose window holds fewer.
// - triggering: the PPNs of the latest window holding >= T (the one ending on the latest
//   PPN date), sorted by date then ppnId. triggeredOn: the date on which the episode holding
//   that window began, i.e. the date the count first reached T in that episode.
// - inCurrentWindow: PPNs dated in [A.addMonths(-W), A].
// - active: triggered, and the latest triggering window ends on or after A.addMonths(-W).
// - nearMiss: not active, T >= 2 and inCurrentWindow == T - 1: one more PPN escalates.
// Cost: O(n log n) in the number of PPNs, one copy of the input; nothing else is allocated
// unless the rule triggers.

#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>

namespace enc {

struct EscalationConfig
{
    int threshold = 3;         // PPNs in one window that escalate (values below 1 count as 1)
    int windowMonths = 3;      // calendar months (values below 0 count as 0: one day)
    bool perHousehold = false; // callers pass the household's PPNs instead of the child's
    bool countMissing = false; // missing-child notifications count too (escalation.count_missing)
};

struct PpnDate
{
    Id ppnId = 0;
    QDate date; // incident date
    QString reference;
    bool missingChild = false; // a missing-child notification, not domestic abuse
};

struct EscalationResult
{
    bool triggered = false;
    bool active = false;
    bool nearMiss = false;
    int maxInWindow = 0;
    int inCurrentWindow = 0;
    QDate triggeredOn;
    QList<PpnDate> triggering;
};

class EscalationRule
{
public:
    EscalationRule() = delete;

    // Applies the rule to one child's (or household's) PPNs as of asOf; see the file comment.
    static EscalationResult evaluate(QList<PpnDate> ppns, QDate asOf,
                                     const EscalationConfig &cfg = {});
};

} // namespace enc
