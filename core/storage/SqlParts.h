#pragma once

// The few pieces of SQL that differ between SQLite and a PostgreSQL server, for queries
// outside core/storage: each asks the connection which database it talks to (Dialect).

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace enc::SqlParts {

// A list of ids as the text to bind for idListRows ('[1,2,3]'): the same on both databases.
QString idList(const QList<qint64> &ids);
// "SELECT ... " giving the ids bound as :parameter (idList), for "x IN (...)".
QString idListRows(const QSqlDatabase &db, const QString &parameter = QStringLiteral("ids"));
// SQLite's planner hint " INDEXED BY index"; empty on the server.
QString indexedBy(const QSqlDatabase &db, const QString &index);
// A join read in the order written ("CROSS JOIN" on SQLite, "JOIN" on the server).
QString joinInOrder(const QSqlDatabase &db);
// The local date (yyyy-MM-dd) of a column holding a UTC time as ISO 8601 text.
QString localDate(const QSqlDatabase &db, const QString &utcText);

} // namespace enc::SqlParts
