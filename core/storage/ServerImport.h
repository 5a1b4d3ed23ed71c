#pragma once

#include "Result.h"
#include "storage/AuditChain.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace enc {

// Moves an office's single-desk tracker (an SQLite file, or a backup of one) onto an empty
// database on a PostgreSQL server: every row of every table, ids and the audit chain kept,
// the server's id sequences set past the copied ids, the counts checked table by table.
// The file is never opened itself: a copy of it is read (so it stays byte for byte as it was).
class ServerImport
{
public:
    struct TableCount
    {
        QString table;
        qint64 inFile = 0;
        qint64 onServer = 0;
    };
    struct Report
    {
        QString server;     // the address as shown (no password)
        int fileSchema = 0; // the file's schema version before the move (upgraded on the copy)
        QList<TableCount> counts;
        AuditChain::Check audit; // the chain as the server now holds it
        // The roles the file gave (user name, role): on a server a role is the login's group
        // role, given there again by the IT department.
        QList<QPair<QString, QString>> fileRoles;
    };
    // Called with rows copied and the total; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies the tracker in file (encrypted: with its passphrase) onto the server at address.
    // An empty database is given the tracker's schema first (as init does); one holding a
    // tracker's records is refused, naming them (the error's field "server"). The rows are
    // copied in one transaction: on any failure (field "copy") the server keeps nothing of them.
    static Result<Report> fromFile(const QString &file, const QString &address,
                                   const QString &passphrase = {}, const Progress &progress = {});
};

} // namespace enc
