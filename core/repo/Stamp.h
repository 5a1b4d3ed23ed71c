#pragma once

// When a row was written, bound from C++ so that the same SQL runs on SQLite and PostgreSQL.

#include <QString>

namespace enc::Stamp {

// The time now in UTC as created_at, archived_at, closed_at... hold it: "2026-12-07 09:30:00",
// the text SQLite's datetime('now') wrote before, so old and new rows sort and read alike.
QString now();

} // namespace enc::Stamp
