#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace enc {

// Schema migrations: step N takes a database from version N-1 to N.
namespace Migrations {
// The number of the newest step.
int latestVersion();
// Runs one step inside the caller's transaction.
Status apply(QSqlDatabase &db, int toVersion);
} // namespace Migrations

} // namespace enc
