#pragma once

#include "domain/Records.h"
#include "import/ImportRow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace enc {

// What happens (or happened) to each row of an import.
enum class RowStatus
{
    NewChild,     // a new PPN or another child of one, for a child new to the tracker
    MatchedChild, // linked to a child already on the tracker (same name and date of birth)
    ForReview,    // a close match: the PPN is recorded, the child waits in the review queue
    Duplicate,    // the same reference and child again in this file: skipped
    Unchanged,    // already recorded with the same details: nothing to do
    Conflict,     // a known reference whose details changed: waits in the review queue
    Error,        // rejected: see the message
};

struct RowOutcome
{
    int row = 0;
    QString reference;
    QString child; // "Forename Surname (dd/MM/yyyy)"
    RowStatus status = RowStatus::Error;
    QString reason;
    Id childId = 0; // the child linked, when known
    QString column; // for errors: the column concerned
    QStringList warnings;
};

// A child already on the tracker at a new PPN's home address who is not named on it.
struct MissedChild
{
    QString reference; // the new PPN's
    Id childId = 0;
    QString child;  // "Forename Surname"
    QString reason; // "lives at 12 Oak Road, not named on PPN NC/26/1234"
};

// The counts and row outcomes of an import, before (dry run) or after commit.
struct ImportReport
{
    QString fileName;
    QString sha256;
    QString sheet;
    bool sheetChosen = false; // the sheet was chosen by its contents (not the first)
    int headerRow = 1;        // where the heading row was found (1-based)
    QString profile;          // the saved mapping used, if any
    int rowsRead = 0;
    int newPpns = 0;
    int newChildren = 0;
    int matchedChildren = 0;
    int forReview = 0;
    int duplicates = 0;
    int unchanged = 0;
    int conflicts = 0;
    int errors = 0;
    int highRisk = 0;
    int outsideAgeBand = 0;
    int noKnownSetting = 0;
    int missedChildren = 0; // children at a new PPN's home not named on it: to confirm
    QList<MissedChild> missed;
    QList<RowOutcome> rows; // in file order
    QString notice;         // e.g. "already imported": said to the user as is
    QStringList warnings;   // about the file as a whole (two columns for one field)
    bool committed = false;
    Id batchId = 0;

    QList<RowOutcome> errorRows() const;
    // The counts as JSON (new_ppns, new_children, ...), as stored with the batch.
    QJsonObject countsJson() const;
    static QString statusKey(RowStatus status);
    static QString statusLabel(RowStatus status);
};

} // namespace enc
