#pragma once

#include "Result.h"
#include "domain/Records.h"
#include "import/ImportRow.h"

#include <QDateTime>

namespace enc {

class Database;

// Imported rows waiting for a person: close matches (link the proposed child, or make a new
// one), known references whose details changed (dismissed once checked; the tracker's
// record is never overwritten by an import) and children at a new PPN's home address who are
// not named on it (linked as present once confirmed, or dismissed).
class ReviewQueue
{
public:
    struct Item
    {
        Id id = 0;
        Id batchId = 0;
        QString kind; // "match", "conflict", "age" (an age and no date of birth) or "missed"
        Id ppnId = 0;
        QString reference;
        int row = 0;
        ImportRow data;
        Id candidateChildId = 0;
        QString candidateName;
        QDate candidateDateOfBirth;
        QString reason;
        QString status; // open, linked, created, dismissed
        Id resolvedChildId = 0;
    };

    explicit ReviewQueue(Database &db) : m_db(db) {}

    // Open items (or all, newest first, when openOnly is false).
    Result<QList<Item>> items(bool openOnly = true) const;
    Result<Item> item(Id id) const;
    // Links the row's child to an existing child (the proposed one or another); for a missed
    // child, links the child proposed to the PPN as present.
    Status link(Id itemId, Id childId, QDate today = QDate::currentDate());
    // Makes a new child from the row and links it; returns the new child's id.
    Result<Id> createChild(Id itemId, QDate today = QDate::currentDate());
    // Closes an item without changing the tracker.
    Status dismiss(Id itemId);

private:
    Status attach(const Item &item, Id childId, const QString &status, QDate today);
    Database &m_db;
};

} // namespace enc
