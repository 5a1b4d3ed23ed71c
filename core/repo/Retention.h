#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDate>

namespace enc {

class Database;

// How long records are kept: a child's record is due for review when either rule says so
// (date of birth + N years; last activity + N years). After review an administrator
// anonymises or deletes it, unless it is on legal hold. Each step is audited.
class Retention
{
public:
    struct Rules
    {
        int yearsAfterBirth = 25;   // 0: rule off
        int yearsAfterActivity = 6; // 0: rule off
    };
    struct Due
    {
        Id childId = 0;
        QString name;
        QDate dateOfBirth;
        QDate lastActivity;
        QDate dueOn;    // the earlier rule's date
        QString reason; // which rule, in words
        bool legalHold = false;
    };
    struct Deleted
    {
        int ppns = 0; // PPNs that named no other child
        int decisions = 0;
        int actions = 0;
    };

    explicit Retention(Database &db) : m_db(db) {}

    Rules rules() const;
    Status setRules(const Rules &rules);
    // Records due for review on today (anonymised records excluded), the longest due first.
    Result<QList<Due>> due(QDate today = QDate::currentDate()) const;
    // Sets or clears the legal hold that blocks anonymising and deleting (administrators).
    Status setLegalHold(Id childId, bool hold);
    // Replaces the child's identifying details (names, day and month of birth, addresses,
    // free text) and keeps what the reports count. Refused on legal hold or when not due.
    Status anonymise(Id childId, QDate today = QDate::currentDate());
    // Deletes the child's record and what hangs off it. Refused on legal hold or when not due.
    Result<Deleted> remove(Id childId, QDate today = QDate::currentDate());

private:
    Status checkDue(Id childId, QDate today) const;
    Database &m_db;
};

} // namespace enc
