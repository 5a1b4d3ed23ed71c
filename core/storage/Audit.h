#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace enc {

// The audit trail: every write through core records who, when, what, before and after.
class Audit
{
public:
    // The operating-system user name (ENCOMPASS_USER overrides it, for tests and kiosks).
    static QString currentUser();
    // Appends one entry; call inside the write's transaction.
    static Status record(const QSqlDatabase &db, const QString &action, const QString &entity,
                         Id entityId, Id childId, const QJsonObject &before,
                         const QJsonObject &after);
    // A row of a table as JSON, for before/after snapshots (table is a constant, never user text).
    static QJsonObject snapshot(const QSqlDatabase &db, const QString &table, Id id);
};

} // namespace enc
