// Backup of a database on a PostgreSQL server: the same checked SQLite file as a backup of a
// file, so rotation, encryption, restore checks and subject access work on it unchanged. One
// snapshot of the server (a REPEATABLE READ, READ ONLY transaction: every table as at one
// moment, while the desks carry on writing) is copied row by row, ids kept, into a new file
// given the schema by the normal path (Database::open), in one transaction of that file.

#include "Backup.h"

#include "Database.h"
#include "OpenDatabases.h"
#include "PrivateFile.h"
#include "ServerConnection.h"
#include "SqliteRaw.h"
#include "TableCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Backup", text);
}

using sqlite::Connection;
using sqlite::scalar;

bool run(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The snapshot's rows into the file at path (the schema already there, seeded rows removed
// first); the rows of each table are counted on both sides. The server's transaction ends
// here whatever happens.
Status copySnapshot(pg_conn *server, const QString &path, const Backup::Progress &progress)
{
    Connection file;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &file.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return Status::failure(file.error());
    // The rows are copied as they are: the triggers that keep derived columns (a PPN's link
    // heard) and refuse changes to the audit trail must not act on the copy.
    sqlite3_db_config(file.db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    QString mode;
    if (!scalar(file.db, "PRAGMA journal_mode=DELETE", &mode) ||
        !run(file.db, "PRAGMA cache_size=-65536") || !run(file.db, "BEGIN"))
        return Status::failure(file.error());
    // The indexes are made again once the rows are in, from their own definitions: one sort
    // each rather than a random insert per row (a county's backup in a third of the time).
    QList<QByteArray> indexes;
    {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(file.db,
                               "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "sql IS NOT NULL",
                               -1, &q, nullptr) != SQLITE_OK)
            return Status::failure(file.error());
        QList<QByteArray> names;
        while (sqlite3_step(q) == SQLITE_ROW) {
            names << reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
            indexes << reinterpret_cast<const char *>(sqlite3_column_text(q, 1));
        }
        sqlite3_finalize(q);
        for (const QByteArray &name : std::as_const(names)) {
            if (!run(file.db, "DROP INDEX " + TableCopy::quoted(name)))
                return Status::failure(file.error());
        }
    }

    if (Status s = TableCopy::exec(server, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !s)
        return s;
    const auto endSnapshot = [&](Status s) {
        (void)TableCopy::exec(server, "ROLLBACK"); // read only: nothing to keep or lose
        if (!s)
            run(file.db, "ROLLBACK");
        return s;
    };
    auto tables = TableCopy::serverTables(server);
    if (!tables)
        return endSnapshot(tables.error());
    // Tables the server alone has (its version table is left out already) are not the file's.
    tables->removeIf(
        [&](const TableCopy::Table &table) { return !TableCopy::countInFile(file.db, table); });
    QList<qint64> counts;
    qint64 total = 0;
    for (const TableCopy::Table &table : std::as_const(*tables)) {
        auto n = TableCopy::countOnServer(server, table);
        if (!n)
            return endSnapshot(n.error());
        counts << *n;
        total += *n;
    }
    qint64 done = 0;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const TableCopy::Table &table = tables->at(i);
        if (!run(file.db, "DELETE FROM " + TableCopy::quoted(table.name)))
            return endSnapshot(
                Status::failure(tr("the table %1 is not in the new file (%2)")
                                    .arg(QString::fromUtf8(table.name), file.error())));
        auto copied = TableCopy::serverToFile(server, file.db, table, [&](qint64 rows) {
            return !progress || progress(done + rows, total);
        });
        if (!copied) {
            return endSnapshot(Status::failure(
                tr("%1 (table %2)").arg(copied.errorText(), QString::fromUtf8(table.name))));
        }
        done += *copied;
    }
    if (Status s = endSnapshot({}); !s)
        return s;
    for (const QByteArray &index : std::as_const(indexes)) {
        if (!run(file.db, index)) {
            const QString why = file.error();
            run(file.db, "ROLLBACK");
            return Status::failure(why);
        }
    }
    if (!run(file.db, "COMMIT"))
        return Status::failure(file.error());
    // The counts of the snapshot, table by table, are the file's.
    for (qsizetype i = 0; i < tables->size(); ++i) {
        auto n = TableCopy::countInFile(file.db, tables->at(i));
        if (!n || *n != counts.at(i)) {
            return Status::failure(tr("the table %1 has %2 rows on the server and %3 in the copy")
                                       .arg(QString::fromUtf8(tables->at(i).name))
                                       .arg(counts.at(i))
                                       .arg(n ? *n : -1));
        }
    }
    // Statistics for the planner, as the file's own upgrade steps leave them; a sample of
    // each index is enough (a restored backup's searches use the indexes at once).
    QString check;
    if (!run(file.db, "PRAGMA analysis_limit=400") || !run(file.db, "ANALYZE"))
        return Status::failure(file.error());
    if (!scalar(file.db, "PRAGMA quick_check", &check) || check != QLatin1String("ok"))
        return Status::failure(tr("the copy does not pass its check (%1)").arg(check));
    if (scalar(file.db, "PRAGMA foreign_key_check", &check))
        return Status::failure(tr("the copy refers to rows it does not hold (%1)").arg(check));
    return {};
}

} // namespace

Status Backup::writeFromServer(const Database &db, const QString &target, const Progress &progress)
{
    const QString shownTarget = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    if (Status s = OpenDatabases::refuse(target); !s)
        return s;
    pg_conn *server = ServerConnection::handle(db.sql());
    if (!server || !db.sql().isOpen())
        return Status::failure(tr("Cannot back up: the database is not open."));
    // The snapshot is a transaction of its own, never inside a change being made.
    if (!TableCopy::idle(server))
        return Status::failure(tr("Cannot back up while a change is being saved; try again."));
    if (db.schemaVersion() != Database::SchemaVersion) {
        return Status::failure(tr("Cannot back up %1: its schema is version %2, this program's "
                                  "is %3.")
                                   .arg(db.path())
                                   .arg(db.schemaVersion())
                                   .arg(Database::SchemaVersion));
    }
    const QString partial = PrivateFile::partialPath(target);
    auto fail = [&](const QString &why) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
        return Status::failure(tr("Cannot write the backup %1: %2").arg(shownTarget, why));
    };
    {
        // The schema at this version, by the path every new file takes (owner-only file).
        auto made = Database::open(partial, Database::Mode::OpenOrCreate);
        if (!made)
            return fail(made.errorText());
    }
    if (Status s = copySnapshot(server, partial, progress); !s)
        return fail(s.errorText());
    if (Status s = PrivateFile::replace(partial, target); !s)
        return fail(s.errorText());
    return {};
}

QString Backup::plainCopyPath(const Database &db)
{
    // Beside a file; for a server, in this user's own data folder on this computer: never
    // in the folder the sealed copy goes to (a USB stick, a share).
    if (!db.onServer())
        return PrivateFile::partialPath(db.path() + QStringLiteral(".seal"));
    const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
    QDir().mkpath(folder);
    return PrivateFile::partialPath(QDir(folder).filePath(QStringLiteral("server-backup.seal")));
}

} // namespace enc
