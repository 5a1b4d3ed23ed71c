#include "Backup.h"

#include "Database.h"
#include "OpenDatabases.h"
#include "SqliteRaw.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

// Backup::inspect on its own: it reads outside data with SQLite alone, so the fuzz target
// (tests/fuzz/fuzz_restore_check.cpp) builds it without the rest of the storage layer.

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Backup", text);
}

using sqlite::Connection;
using sqlite::scalar;

// The first rows of a one-column statement (integrity_check).
QStringList rows(sqlite3 *db, const char *sql, QString *error)
{
    QStringList out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return out;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && out.size() < 20) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out << QString::fromUtf8(text ? text : "");
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

Result<Backup::Info> Backup::inspect(const QString &path, const QString &shownName)
{
    using R = Result<Info>;
    const QString name = shownName.isEmpty()
                             ? QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())
                             : shownName;
    const QString notOurs =
        tr("%1 is not an Encompass Tracker backup. Nothing was changed.").arg(name);
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    Info info;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(name, f.errorString()));
        info.bytes = f.size();
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return R::failure(notOurs);
    }
    Connection c;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return R::failure(
            tr("%1 cannot be read as a database (%2). Nothing was changed.").arg(name, c.error()));
    // The file comes from outside: its schema may not run code, nor may it be written to.
    sqlite3_db_config(c.db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(c.db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(c.db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(c.db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    QString appId, version;
    if (!scalar(c.db, "PRAGMA application_id", &appId) ||
        !scalar(c.db, "PRAGMA user_version", &version))
        return R::failure(
            tr("%1 is damaged and cannot be read (%2). Nothing was changed.").arg(name, c.error()));
    if (appId.toLongLong() != Database::ApplicationId || version.toInt() < 1)
        return R::failure(notOurs);
    info.schemaVersion = version.toInt();
    if (info.schemaVersion > Database::SchemaVersion) {
        return R::failure(tr("%1 was written by a newer version of Encompass Tracker (schema %2; "
                             "this version reads up to schema %3). Nothing was changed.")
                              .arg(name)
                              .arg(info.schemaVersion)
                              .arg(Database::SchemaVersion));
    }
    QString error;
    const QStringList problems = rows(c.db, "PRAGMA integrity_check", &error);
    if (!error.isEmpty() || problems != QStringList{QStringLiteral("ok")}) {
        const QString why = error.isEmpty() ? problems.mid(0, 3).join(QStringLiteral("; ")) : error;
        return R::failure(
            tr("%1 is damaged (%2) and cannot be restored. Nothing was changed.").arg(name, why));
    }
    QString children;
    if (scalar(c.db, "SELECT count(*) FROM child", &children))
        info.children = children.toLongLong();
    return info;
}

} // namespace enc
