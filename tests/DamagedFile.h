#pragma once

// Damage as a failing disk leaves it, in one page of a tracker file: for the tests of the
// whole-file check (which finds it) and of opening (which reads only a few pages).

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace enc::test {

// The first leaf page (by key: the oldest rows) of table in the file at path, from SQLite's
// dbstat table; 0 when it cannot be read.
inline int firstLeaf(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("leaf-finder");
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = :t AND pagetype = "
                                     "'leaf' ORDER BY path LIMIT 1"));
            q.bindValue(QStringLiteral(":t"), table);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return page;
}

// Writes garbage over one page (never the first: SQLite's header) of the file at path.
inline bool damagePage(const QString &path, int page, int pageSize = 4096)
{
    QFile f(path);
    if (page < 2 || !f.open(QIODevice::ReadWrite) || !f.seek(qint64(page - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, '\xAB')) == pageSize;
}

} // namespace enc::test
