#pragma once

#include "Result.h"
#include "domain/EscalationRule.h"
#include "domain/Records.h"

#include <QSqlDatabase>

#include <functional>

namespace enc {

// Reads every live (child, incident date, PPN) link in child order, incident date order:
// the escalation pass over a whole county. On SQLite it reads through the connection's
// own handle (Qt Sql's per-value overhead is most of the cost at 450,000 rows); on any
// other driver it falls back to Qt Sql.
class PpnDateScan
{
public:
    using Visit = std::function<void(Id childId, QDate incident, Id ppnId)>;
    static Status run(const QSqlDatabase &db, const Visit &visit);
    // Fills in each PPN's police reference, by id, through one prepared statement.
    static Status fillReferences(const QSqlDatabase &db, const QList<PpnDate *> &ppns);
};

} // namespace enc
