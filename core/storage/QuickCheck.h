#pragma once

#include "Result.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>

struct sqlite3;

namespace enc {

// SQLite's PRAGMA quick_check of a whole database file, on a connection of its own: for a
// worker thread while the window is in use (Database::open no longer reads every page, so that
// opening takes the same time at any size). cancel() stops it at once from any thread.
class QuickCheck
{
public:
    explicit QuickCheck(QString path);
    QuickCheck(const QuickCheck &) = delete;
    QuickCheck &operator=(const QuickCheck &) = delete;

    // Runs the check to its end (blocking): an empty list when the file is sound, else what
    // SQLite found (the first 20 problems). A failure when it could not be run or was cancelled.
    Result<QStringList> run();
    // Stops a run in progress (or the next one) as soon as SQLite sees it: from any thread.
    void cancel();
    bool cancelled() const { return m_cancelled.load(); }

private:
    static int busy(void *self, int count);

    const QString m_path;
    QMutex m_mutex; // guards m_db against closing while cancel() interrupts it
    sqlite3 *m_db = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace enc
