#pragma once

// Greening off: a child's record is closed only when every action on it is complete.

#include "Result.h"
#include "domain/Records.h"

#include <QList>

namespace enc {

class GreenOffRule
{
public:
    GreenOffRule() = delete;

    // Ok when every action is complete (or there are none); otherwise names the open ones.
    static Status canGreenOff(const QList<Action> &actions);
    // True when a new PPN reopens a child with this status (a greened-off child reopens).
    static bool reopensOnNewPpn(ChildStatus status);
};

} // namespace enc
