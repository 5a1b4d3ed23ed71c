#pragma once

#include <QSqlDatabase>

namespace enc {

// The page cache of a connection (SQLite's PRAGMA cache_size). Every connection keeps
// UsualKiB; one large write may widen it while it runs.
namespace PageCache {

// A 16 MiB page cache, filled only as pages are read (see Database::configure).
constexpr int UsualKiB = 16384;

// For one large write (an import's commit changes some 40 MB of pages for a 10,000-row day at
// county size): a cache of up to mib MiB, so that the pages the transaction changes stay in
// memory until its commit instead of being written to the log early and read back, as the
// usual 16 MiB had some 5,000 of them. It grows only as far as the pages used. A cache
// refused is no error: the write goes on as before.
void widen(const QSqlDatabase &db, int mib);
// Back to the usual size; SQLite frees the pages above it at once.
void restore(const QSqlDatabase &db);

} // namespace PageCache

} // namespace enc
