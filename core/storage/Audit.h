#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace enc {

// The audit trail: every write through core records who, when, what, before and after.
// The table is append-only (triggers refuse UPDATE and DELETE) and hash-chained
// (AuditChain); views of a child's record and every export are recorded too.
class Audit
{
public:
    // The operating-system user name (ENCOMPASS_USER overrides it, for tests and kiosks).
    static QString currentUser();
    // The user of a connection: on a server, its login (never an environment variable); on
    // a file, currentUser().
    static QString currentUser(const QSqlDatabase &db);
    // Appends one entry, after checking the current user's role allows the action (Access).
    // Call inside the write's transaction; outside one, the entry is written in its own.
    static Status record(const QSqlDatabase &db, const QString &action, const QString &entity,
                         Id entityId, Id childId, const QJsonObject &before,
                         const QJsonObject &after);
    // One entry of a batch for recordMany: before and after as compact JSON text (a null
    // QString stores NULL, as an empty object does for record()).
    struct Entry
    {
        QString action;
        QString entity;
        Id entityId = 0;
        Id childId = 0;
        QString before;
        QString after;
    };
    // Appends many entries in order, each chained to the one before it exactly as record()
    // chains it, with one role check per kind of entry and one prepared statement: for the
    // bulk writes (an import reopening or escalating thousands of children). Call inside the
    // write's transaction; outside one, the entries are written in their own.
    static Status recordMany(const QSqlDatabase &db, const QList<Entry> &entries);
    // Records that the current user opened a child's record.
    static Status recordView(const QSqlDatabase &db, Id childId);
    // Records an export: what was written (e.g. "report-xlsx") and where. One entry per child
    // named in it (so the child's audit shows it), or one entry when none is.
    static Status recordExport(const QSqlDatabase &db, const QString &what, const QString &where,
                               const QList<Id> &childIds = {}, const QJsonObject &details = {});
    // A row of a table as JSON, for before/after snapshots (table is a constant, never user text).
    static QJsonObject snapshot(const QSqlDatabase &db, const QString &table, Id id);
    // snapshot() of many rows at once, as compact JSON text by id, built by SQLite in one
    // statement: the same keys (sorted) and values (NULL as "", as snapshot gives it). For the
    // bulk writes; table is "child" or "escalation".
    static Result<QHash<Id, QString>> snapshotsJson(const QSqlDatabase &db, const QString &table,
                                                    const QList<Id> &ids);
};

} // namespace enc
