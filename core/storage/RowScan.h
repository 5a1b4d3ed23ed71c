#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>

struct sqlite3_stmt;
class QSqlQuery;

namespace enc {

// Reads a large SELECT row by row through the SQLite connection's own handle, for scans of
// tens of thousands of rows where Qt Sql's per-value cost (a QVariant per cell) is most of
// the time. On a server it runs through QSqlQuery, the values written in by the driver (one
// round trip: QPSQL's prepare, execute and deallocate are three), so callers stay portable.
class RowScan
{
public:
    // One row, valid only during the visit.
    class Row
    {
    public:
        qint64 integer(int column) const;
        bool isNull(int column) const;
        // The column's text as stored (UTF-8); empty for NULL.
        QByteArrayView text(int column) const;
        // A date stored as ISO text (yyyy-MM-dd...); invalid for NULL or other text.
        QDate date(int column) const;

    private:
        friend class RowScan;
        sqlite3_stmt *m_stmt = nullptr;
        QSqlQuery *m_query = nullptr;
        mutable QByteArray m_buffer;
    };
    using Visit = std::function<void(const Row &row)>;

    // Binds values by name (":name" -> values["name"]; strings, integers, dates as ISO text,
    // null) and visits every row.
    static Status run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values,
                      const Visit &visit);
};

} // namespace enc
