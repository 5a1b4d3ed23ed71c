#pragma once

// Internal to core/demo: many rows written with one statement per batch.

#include "Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace enc::demo {

// Collects rows and sends each batch to SQLite as one bound JSON array, read back with
// json_each: binding every value through QSqlQuery costs several times the insert itself,
// and the demo writes millions of values. Every value is still bound, never spliced into SQL.
class BulkWrite
{
public:
    // sql reads its rows from json_each(:rows); column N of a row is value->>N.
    BulkWrite(const QSqlDatabase &db, const QString &sql, int batch = 1000);
    // INSERT INTO table (columns) SELECT value->>0, ... FROM json_each(:rows).
    static QString insertSql(const QString &table, const QStringList &columns);
    // The first free id of a table (ids are given explicitly, so children can refer to them).
    static Result<Id> firstFreeId(const QSqlDatabase &db, const QString &table);

    Status status() const { return m_status; }
    // Flushes parent first whenever this one flushes (foreign keys are checked per statement).
    void after(BulkWrite *parent) { m_parent = parent; }
    // One row: null, integer, bool or text values in column order.
    Status add(std::initializer_list<QVariant> values);
    Status flush();
    qint64 rows() const { return m_rows; }

private:
    void append(const QVariant &v);

    QSqlQuery m_query;
    QString m_sql;
    QString m_json;
    BulkWrite *m_parent = nullptr;
    Status m_status;
    int m_batch = 0;
    int m_pending = 0;
    qint64 m_rows = 0;
};

} // namespace enc::demo
