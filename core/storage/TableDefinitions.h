#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace enc {

// Changes to the tables' definitions that leave every stored row as it is, made in
// sqlite_schema by SQLite's own procedure (https://sqlite.org/lang_altertable.html#otheralter)
// inside the caller's transaction: an upgrade step, not a table rebuilt.
namespace TableDefinitions {

// Every CHECK (c IN ('a', 'b', 'c')) of every table written as
// CHECK (c = 'a' OR c = 'b' OR c = 'c'): the same rule, which SQLite checks without building
// the list again for every row written.
Status checksWithoutInLists(QSqlDatabase &db);

} // namespace TableDefinitions

} // namespace enc
