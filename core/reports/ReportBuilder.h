#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QSqlDatabase>

namespace enc {

// Computes the planning report with SQL aggregates over the indexed columns.
class ReportBuilder
{
public:
    ReportBuilder() = delete;

    // Every figure for incidents, decisions, proformas and meetings dated from..to inclusive;
    // top limits the area and setting rankings. Fails on an invalid or reversed period.
    static Result<Report> build(const QSqlDatabase &db, QDate from, QDate to, int top = 20);
    // The SQL of every figure, bound by name with :from and :to (ISO dates), for benchmarks;
    // as the connection's database takes them (SQLite's when none).
    static QStringList statements(const QSqlDatabase &db = QSqlDatabase());
    // The first day of every month from from's month to to's month.
    static QList<QDate> months(QDate from, QDate to);
};

} // namespace enc
