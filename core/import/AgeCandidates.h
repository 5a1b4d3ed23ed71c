#pragma once

#include "Result.h"
#include "domain/Records.h"
#include "import/ImportRow.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace enc {

// The children on the tracker who could be an imported row that gives an age and no date of
// birth: two of name (forename, surname) and home address agree, and the child's age at the
// incident is within a year of the age given. A person chooses; nothing is merged here.
class AgeCandidates
{
public:
    struct Candidate
    {
        Id childId = 0;
        QString name;
        QDate dateOfBirth;
        int score = 0;  // how many of forename, surname and address agree (2 or 3)
        QString agrees; // "same name and address", "same surname and address", ...
    };

    // The candidates, the likeliest first (at most five).
    static Result<QList<Candidate>> find(const QSqlDatabase &db, const ImportRow &row);
    // The review's reason: "age 3 given, no date of birth: ..." naming the candidates.
    static QString reason(const ImportRow &row, const QList<Candidate> &candidates);
};

} // namespace enc
