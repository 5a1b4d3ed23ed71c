#pragma once

#include "Result.h"
#include "import/ImportPlan.h"

#include <QSqlDatabase>

namespace enc {

// Thames Valley's "missed children" check: for each new PPN of a plan, the children already on
// the tracker at its home address who are not named on it are put to a person ('missed' review
// items: they may have been present). Reads only.
class MissedChildren
{
public:
    // Adds a 'missed' review and a report line for each such child of each new PPN.
    static Status addTo(const QSqlDatabase &db, ImportPlan &plan);
};

} // namespace enc
