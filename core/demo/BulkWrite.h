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
#include <memory>

namespace enc {
class BulkInsert;
}

namespace enc::demo {

// Collects rows and sends each batch in one go. On SQLite a batch is one bound JSON array,
// read back with json_each: binding every value through QSqlQuery costs several times the
// insert itself, and the demo writes millions of values. On the server an insert's batch is
// one COPY (BulkInsert). Every value is still bound or copied, never spliced into SQL.
class BulkWrite
{
public:
    // Inserts into table's columns (constants of the demo code, never user text).
    BulkWrite(const QSqlDatabase &db, const QString &table, const QStringList &columns,
              int batch = 1000);
    // Any other statement: it reads its rows from Dialect::jsonRows(":rows", alias); column N
    // of a row is alias.value->>N, as text (CAST it for an integer column).
    BulkWrite(const QSqlDatabase &db, const QString &sql, int batch = 1000);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    Status status() const { return m_status; }
    // Flushes parent first whenever this one flushes (foreign keys are checked per statement).
    void after(BulkWrite *parent) { m_parent = parent; }
    // One row: null, integer, bool or text values in column order.
    Status add(std::initializer_list<QVariant> values);
    Status flush();
    qint64 rows() const { return m_rows; }

private:
    void prepare(const QString &sql);
    void append(const QVariant &v);

    QSqlQuery m_query;
    QString m_sql;
    QString m_json;
    std::unique_ptr<BulkInsert> m_copy; // an insert on the server
    BulkWrite *m_parent = nullptr;
    Status m_status;
    int m_batch = 0;
    int m_pending = 0;
    qint64 m_rows = 0;
};

} // namespace enc::demo
