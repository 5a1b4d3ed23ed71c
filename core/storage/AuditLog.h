#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace enc {

// Reading the audit trail: filtered by child, user and date, newest first, a page at a time
// (the trail grows with every view and export, so nothing reads it whole).
class AuditLog
{
public:
    struct Filter
    {
        Id childId = 0;       // 0: every child (or those of childIds)
        QList<Id> childIds;   // with childId 0: any of these children (e.g. a name's matches)
        bool noChild = false; // with childIds: a name that matched no child, so no entry
        QString user;         // empty: every user (case ignored)
        QDate from;           // invalid: no lower bound (local dates, inclusive)
        QDate to;             // invalid: no upper bound
    };
    struct Entry
    {
        Id id = 0;
        QDateTime at; // UTC
        QString user;
        QString action;
        QString entity;
        Id entityId = 0;
        Id childId = 0;
        QString childName; // empty when no child or the child is gone
        QString before;    // compact JSON, empty when none
        QString after;
    };

    // Entries matching filter with id below beforeId (0: from the newest), newest first.
    static Result<QList<Entry>> page(const QSqlDatabase &db, const Filter &filter, Id beforeId,
                                     int limit);
    // How many entries match filter.
    static Result<qint64> count(const QSqlDatabase &db, const Filter &filter);
};

} // namespace enc
