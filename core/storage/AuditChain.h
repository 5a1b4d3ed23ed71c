#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>
#include <QVariant>

namespace enc {

// The audit table's hash chain: each entry's hash is SHA-256 over the previous entry's hash
// and the entry's own canonical content, so an entry changed or removed afterwards shows.
namespace AuditChain {

// One entry's content as stored (NULL columns as null QVariants).
struct Content
{
    Id id = 0;
    QString at;
    QString user;
    QString action;
    QString entity;
    QVariant entityId;
    QVariant childId;
    QVariant before;
    QVariant after;
};

// The outcome of a check of the whole chain.
struct Check
{
    bool ok = true;
    qint64 checked = 0; // entries read
    Id brokenId = 0;    // the first entry that does not verify (0 when ok)
    QString reason;     // why, written for a person
};

// The hash the chain starts from (before the first entry).
QString genesis();
// The canonical text of one entry: a compact JSON array of its columns, in a fixed order.
QByteArray canonical(const Content &content);
// The same through QJsonDocument, which defines it (the tests compare the two).
QByteArray canonicalByQtForTests(const Content &content);
// SHA-256 (hex) over the previous hash, a newline and the canonical content.
QString hash(const QString &previousHash, const Content &content);
// The hash of the newest entry (genesis() when the table is empty) and the next id.
Result<QPair<QString, Id>> tail(const QSqlDatabase &db);
// Reads every entry in order and recomputes its hash; names the first broken entry.
Check verify(const QSqlDatabase &db);
// Fills in the hash of every entry in order (schema 6 upgrade, before the triggers).
Status chainAll(const QSqlDatabase &db);

} // namespace AuditChain

} // namespace enc
