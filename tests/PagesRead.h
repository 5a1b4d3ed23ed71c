#pragma once

// What a connection has read from its file: for tests that show a cost does not grow with
// the file, counted in pages rather than timed.

#include "storage/Database.h"
#include "storage/SqliteRaw.h"

namespace enc::test {

// Pages this connection has read from the file (or its log) since it was opened.
inline int pagesRead(const Database &db)
{
    int current = 0;
    int highest = 0;
    sqlite3_db_status(sqlite::handle(db.sql()), SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 0);
    return current;
}

} // namespace enc::test
