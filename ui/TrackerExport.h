#pragma once

#include "Result.h"
#include "repo/ChildQuery.h"

#include <atomic>
#include <functional>

namespace enc::ui {

// The tracker's list written to a CSV file as the window shows it, for a worker thread: its
// own connection, one snapshot of the list, a block of rows at a time (a county's list is not
// held whole). Each child named in the file gets an audit entry, committed with the file: a
// failure or a cancel leaves neither file nor entries (an older file of that name stays).
class TrackerExport
{
public:
    struct Job
    {
        QString database; // a file this program has open
        ChildFilter filter;
        int sortColumn = 0; // a ChildTableModel column, as the view's header shows it
        bool descending = false;
        QString path; // the CSV file
    };
    using Progress = std::function<void(int done, int total)>;

    TrackerExport() = delete;

    // Writes the list; returns how many children it holds, or why nothing was written.
    static Result<int> run(const Job &job, const std::atomic<bool> &cancel,
                           const Progress &progress = {});
};

} // namespace enc::ui
