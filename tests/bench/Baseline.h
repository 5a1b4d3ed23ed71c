#pragma once

// The floor each measured query is compared with: the same SQL run through the SQLite C API
// on its own connection, with no Qt Sql layer in between. Keep the SQL in step with
// core/repo/EscalationService.cpp and core/repo/ChildQuery.cpp.

#include "domain/EscalationRule.h"

#include <QDate>
#include <QString>

struct sqlite3;

namespace bench {

class Baseline
{
public:
    explicit Baseline(const QString &path);
    ~Baseline();
    Baseline(const Baseline &) = delete;
    Baseline &operator=(const Baseline &) = delete;

    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // EscalationService::evaluateAll's pass: children triggered or near a trigger.
    int escalationAll(QDate asOf, const enc::EscalationConfig &config);
    // ChildQuery::find with only a search text: the matching ids in surname order, then the
    // first limit rows. Returns the number of rows read.
    int searchPrefix(const QString &text, QDate today, int limit);

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace bench
