#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDateTime>
#include <QJsonObject>

namespace enc {

class Database;

// The record of each import (file, SHA-256, who, when, counts) and undoing one as a whole.
class ImportBatches
{
public:
    struct Batch
    {
        Id id = 0;
        QString fileName;
        QString sha256;
        QString importedBy;
        QDateTime importedAt;
        QJsonObject counts;
        QDateTime undoneAt;
    };
    struct Undone
    {
        int ppns = 0;
        int children = 0;
    };

    explicit ImportBatches(Database &db) : m_db(db) {}

    // Every batch, newest first.
    Result<QList<Batch>> list() const;
    // Archives the batch's PPNs and the children it created, when nothing has been added
    // since that depends on them (decisions, actions, links, resolved review items).
    Result<Undone> undo(Id batchId, QDate today = QDate::currentDate());
    // Whether undo() would be refused, and why, without changing anything: the window says so
    // before asking the person to confirm.
    Status canUndo(Id batchId) const;

private:
    struct Undoable
    {
        Batch batch;
        QList<Id> created; // the children the batch made
    };
    Result<Undoable> undoable(Id batchId) const;
    Status checkNothingDepends(const Batch &batch, const QList<Id> &created) const;
    Database &m_db;
};

} // namespace enc
