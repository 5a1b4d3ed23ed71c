#include "ServerImport.h"

#include "Backup.h"
#include "Database.h"
#include "EncryptedBackup.h"
#include "OpenDatabases.h"
#include "ServerConnection.h"
#include "SqliteRaw.h"
#include "TableCopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ServerImport", text);
}

// What an empty tracker holds after init: the controlled list of outcomes, its creator's role
// (and options set before anything was recorded). Any other row means the database is in use.
bool seededByInit(const QByteArray &table)
{
    return table == "outcome" || table == "user_role" || table == "config";
}

// The file (and the log and journal beside it, which hold its last commits) copied into dir
// without opening it: the tracker's file is never written by the move. Refused when it
// changed while it was copied (a desk still using it).
Result<QString> copyOfFile(const QString &file, const QString &shown, const QString &passphrase,
                           const QTemporaryDir &dir)
{
    using R = Result<QString>;
    const QString copy = dir.filePath(QStringLiteral("tracker.sqlite"));
    if (EncryptedBackup::looksEncrypted(file)) {
        if (passphrase.isEmpty())
            return R::failure(tr("%1 is encrypted: give its passphrase.").arg(shown),
                              QStringLiteral("passphrase"));
        if (Status s = EncryptedBackup::decryptFile(file, copy, passphrase); !s)
            return s.error();
        return copy;
    }
    const auto stamp = [&file]() {
        QStringList parts;
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            const QFileInfo info(file + suffix);
            parts << (info.exists() ? QStringLiteral("%1@%2")
                                          .arg(info.size())
                                          .arg(info.lastModified().toMSecsSinceEpoch())
                                    : QString());
        }
        return parts;
    };
    const QStringList before = stamp();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFile::exists(file + suffix) && !QFile::copy(file + suffix, copy + suffix))
            return R::failure(tr("Cannot read %1.").arg(shown + suffix));
    }
    if (stamp() != before) {
        return R::failure(tr("%1 changed while it was read: close the tracker on every desk "
                             "that uses it, then try again. Nothing was changed.")
                              .arg(shown));
    }
    return copy;
}

// Every table's rows from the file onto the server, inside the caller's transaction.
Status copyRows(sqlite3 *file, pg_conn *server, const QList<TableCopy::Table> &tables,
                ServerImport::Report &report, const ServerImport::Progress &progress)
{
    QList<qint64> inFile;
    qint64 total = 0;
    for (const TableCopy::Table &table : tables) {
        auto n = TableCopy::countInFile(file, table);
        if (!n) {
            return Status::failure(tr("The file has no table %1 as this version writes it (%2).")
                                       .arg(QString::fromUtf8(table.name), n.errorText()));
        }
        inFile << *n;
        total += *n;
    }
    // The database is taken for the move: no desk writes while it is checked and filled.
    QByteArray names;
    for (const TableCopy::Table &table : tables)
        names += (names.isEmpty() ? "" : ", ") + TableCopy::quoted(table.name);
    if (Status s = TableCopy::exec(server, "LOCK TABLE " + names + " IN EXCLUSIVE MODE"); !s)
        return s;
    QStringList inUse;
    QList<qint64> seeded;
    for (const TableCopy::Table &table : tables) {
        auto n = TableCopy::countOnServer(server, table);
        if (!n)
            return n.error();
        seeded << *n;
        if (*n > 0 && !seededByInit(table.name))
            inUse << QStringLiteral("%1: %2").arg(QString::fromUtf8(table.name)).arg(*n);
    }
    if (!inUse.isEmpty()) {
        inUse.sort();
        return Status::failure(
            tr("%1 already holds a tracker's records (%2). server import-from only fills an "
               "empty database: ask for a new one (createdb) and give that. Nothing was changed.")
                .arg(report.server, inUse.join(QStringLiteral(", "))),
            QStringLiteral("server"));
    }
    qint64 done = 0;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TableCopy::Table &table = tables.at(i);
        const QByteArray name = TableCopy::quoted(table.name);
        const QString shownName = QString::fromUtf8(table.name);
        // The rows arrive as they were: no trigger recomputes a derived column or logs them.
        if (Status s = TableCopy::exec(server, "ALTER TABLE " + name + " DISABLE TRIGGER USER");
            !s) {
            return Status::failure(tr("%1. Run server import-from as the login that owns the "
                                      "tracker's tables (the one that ran init).")
                                       .arg(s.errorText()));
        }
        if (seeded.at(i) > 0) {
            if (Status s = TableCopy::exec(server, "DELETE FROM " + name); !s)
                return s;
        }
        auto copied = TableCopy::fileToServer(file, server, table, [&](qint64 rows) {
            return !progress || progress(done + rows, total);
        });
        if (!copied)
            return Status::failure(tr("%1 (table %2)").arg(copied.errorText(), shownName));
        done += *copied;
        for (const TableCopy::Column &column : table.columns) {
            if (!column.identity)
                continue;
            // The next id the server gives is past every copied one.
            // The names as values where the statement takes values; quoted where it takes
            // identifiers (the catalogue's own names, never the file's text).
            const QByteArray sql = "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE("
                                   "(SELECT max(" +
                                   TableCopy::quoted(column.name) + ") FROM " + name +
                                   "), 0) + 1, false)";
            if (Status s = TableCopy::exec(server, sql, {name, column.name}); !s)
                return s;
        }
        if (Status s = TableCopy::exec(server, "ALTER TABLE " + name + " ENABLE TRIGGER USER"); !s)
            return s;
        auto onServer = TableCopy::countOnServer(server, table);
        if (!onServer)
            return onServer.error();
        report.counts.append({shownName, inFile.at(i), *onServer});
        if (*onServer != inFile.at(i)) {
            return Status::failure(tr("The table %1 has %2 rows in the file and %3 on the server: "
                                      "nothing was kept.")
                                       .arg(shownName)
                                       .arg(inFile.at(i))
                                       .arg(*onServer));
        }
    }
    return {};
}

} // namespace

Result<ServerImport::Report> ServerImport::fromFile(const QString &file, const QString &address,
                                                    const QString &passphrase,
                                                    const Progress &progress)
{
    using R = Result<Report>;
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!Database::isServerAddress(address)) {
        return R::failure(tr("server import-from moves a tracker onto a server: give the server's "
                             "database with --db postgresql://... (not %1).")
                              .arg(address));
    }
    if (!info.isFile())
        return R::failure(tr("There is no file at %1.").arg(shown));
    if (Status s = OpenDatabases::refuse(file); !s)
        return s.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(tr("Cannot make a folder for the copy: %1").arg(dir.errorString()));
    auto copy = copyOfFile(file, shown, passphrase, dir);
    if (!copy)
        return copy.error();
    Report report;
    {
        auto checked = Backup::inspect(*copy, shown);
        if (!checked)
            return checked.error();
        report.fileSchema = checked->schemaVersion;
        // An older file is upgraded (its copy), as the tracker would on opening it.
        if (report.fileSchema < Database::SchemaVersion) {
            auto upgraded = Database::open(*copy, Database::Mode::OpenExisting);
            if (!upgraded)
                return upgraded.error();
        }
    }
    sqlite::Connection source;
    if (sqlite3_open_v2(QFile::encodeName(*copy).constData(), &source.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return R::failure(tr("Cannot read %1: %2").arg(shown, source.error()));

    {
        sqlite3_stmt *roles = nullptr;
        if (sqlite3_prepare_v2(source.db, "SELECT user_name, role FROM user_role ORDER BY 1", -1,
                               &roles, nullptr) == SQLITE_OK) {
            while (sqlite3_step(roles) == SQLITE_ROW) {
                report.fileRoles.append({QString::fromUtf8(reinterpret_cast<const char *>(
                                             sqlite3_column_text(roles, 0))),
                                         QString::fromUtf8(reinterpret_cast<const char *>(
                                             sqlite3_column_text(roles, 1)))});
            }
        }
        sqlite3_finalize(roles);
    }
    // The schema, when the database is empty, by the path init takes (with what the server
    // alone has: its roles' grants, the announcements to other desks).
    auto server = Database::open(address, Database::Mode::OpenOrCreate);
    if (!server)
        return server.error();
    report.server = (*server)->path();
    pg_conn *pg = ServerConnection::handle((*server)->sql());
    auto tables = TableCopy::serverTables(pg);
    if (!tables)
        return tables.error();
    Status moved = (*server)->transaction([&]() -> Status {
        if (Status s = copyRows(source.db, pg, *tables, report, progress); !s)
            return s;
        report.audit = AuditChain::verify((*server)->sql());
        return {};
    });
    std::sort(report.counts.begin(), report.counts.end(),
              [](const TableCount &a, const TableCount &b) { return a.table < b.table; });
    // Begun and undone (the server keeps nothing of it), unless the database was refused.
    if (!moved)
        return R::failure(moved.errorText(), moved.error().field == QLatin1String("server")
                                                 ? moved.error().field
                                                 : QStringLiteral("copy"));
    return report;
}

} // namespace enc
