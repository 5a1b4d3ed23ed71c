#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

namespace enc {

// Keeps the tracker's per-child summary columns (PPN count, last incident, open
// actions, next action due) in step with the records, so the tracker sorts and
// filters 100,000 children on indexes instead of aggregating on every paint.
class ChildSummary
{
public:
    // Recomputes the summary columns of one child.
    static Status refresh(const QSqlDatabase &db, Id childId);
    // Recomputes them for every child (after a bulk load).
    static Status refreshAll(const QSqlDatabase &db);
};

} // namespace enc
