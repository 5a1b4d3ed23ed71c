#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace enc::Sql {

// Prepares sql, binds every value by name (":name" -> values["name"]) and runs it. On a server,
// a statement without values runs unprepared (BEGIN, SET and DDL cannot be prepared there);
// a failure there whose cause a person can act on says so (the connection lost:
// Database::isConnectionLoss; another desk saving).
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});
// Runs sql and returns the first column of the first row (null when no row).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});
// Like run, for statements whose failure is a programming error: returns ok or the message.
Status exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});

// A date as stored (ISO 8601), or NULL when invalid.
QVariant date(const QDate &d);
// A date as ISO 8601 text ("2025-06-02"; empty when invalid): what QDate::toString(Qt::ISODate)
// gives, written directly (Qt's own takes several thousand instructions a date).
QString isoDate(QDate d);
QByteArray isoDateUtf8(QDate d);
// An optional id: NULL when 0.
QVariant id(qint64 value);
// Empty text as NULL.
QVariant text(const QString &s);
// Reads a stored ISO date (invalid when NULL).
QDate toDate(const QVariant &v);

// The message of a failed query, for logs and for people.
QString errorText(const QSqlQuery &query);

} // namespace enc::Sql
