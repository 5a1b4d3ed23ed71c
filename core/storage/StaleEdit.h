#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

namespace enc {

// Optimistic locking: an edit carries the version it started from; a stale one is refused.
class StaleEdit
{
public:
    // "Changed by NAME at TIME" for the latest audited change of entity/id, as a failure.
    static Status refuse(const QSqlDatabase &db, const QString &entity, Id id);
};

} // namespace enc
