#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace enc {

// Finds a child already on the tracker for an imported name and date of birth: exact after
// folding (case, spaces, accents, hyphens, apostrophes) links; a close match (forename and
// surname swapped, or one letter different) is proposed for review. Candidates are read once
// per date of birth, on the child_name_dob index.
class ChildMatcher
{
public:
    enum class Kind
    {
        None,
        Exact,
        Close
    };
    struct Match
    {
        Kind kind = Kind::None;
        Id childId = 0;
        QString reason; // for close matches: what differs
        bool greenedOff = false;
    };

    explicit ChildMatcher(const QSqlDatabase &db);

    // A name wanted, folded with TextKey::name.
    struct Wanted
    {
        QString forenameKey;
        QString surnameKey;
        QDate dateOfBirth;
    };
    // Reads the only children that could match these names (same date of birth, and the same
    // forename or surname, either way round) in two statements, so find() asks the database
    // nothing more for them.
    Status preload(const QList<Wanted> &names);
    Result<Match> find(const QString &forename, const QString &surname, QDate dateOfBirth);
    // find() for names already folded with TextKey::name.
    Result<Match> findKeys(const QString &forenameKey, const QString &surnameKey,
                           QDate dateOfBirth);
    // Levenshtein distance, stopping early once it exceeds limit.
    static int editDistance(const QString &a, const QString &b, int limit = 2);

private:
    struct Candidate
    {
        Id id = 0;
        QString forename;
        QString surname;
        QString forenameKey;
        QString surnameKey;
        bool greenedOff = false;
    };
    Result<QList<Candidate>> candidates(QDate dateOfBirth);

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QHash<QDate, QList<Candidate>> m_byDob;
    // A folded name on a birth date (its Julian day), in that order.
    struct NameOnDate
    {
        qint64 day = 0;
        QString name;
        bool operator<(const NameOnDate &o) const
        {
            return day != o.day ? day < o.day : name < o.name;
        }
        bool operator==(const NameOnDate &o) const { return day == o.day && name == o.name; }
    };
    bool preloaded(qint64 day, const QString &name) const;
    // The (birth date, name) pairs preload() read every candidate of, sorted; and for each
    // date, those candidates (the children born that day sharing one of the names), by id.
    std::vector<NameOnDate> m_preloaded;
    QHash<QDate, QList<Candidate>> m_nearByDob;
};

} // namespace enc
