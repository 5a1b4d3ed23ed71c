#pragma once

#include "Result.h"
#include "domain/Records.h"
#include "import/ImportRow.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace enc {

// Finds a child already on the tracker for an imported name and date of birth. Exact after
// folding (case, spaces, accents, hyphens, apostrophes) links. A variant that a twin cannot
// be (forename and surname swapped, one letter different in the surname, one half of a
// double-barrelled surname, a middle name added) links too when the home address or postcode
// agrees and no other child is close; otherwise it, a forename one letter different (a twin
// may be) and a date of birth with day and month swapped are proposed for review. Candidates
// are read once per date of birth, on the child_name_dob index.
class ChildMatcher
{
public:
    enum class Kind
    {
        None,
        Exact,
        Likely, // written differently, but linked: only this child can be meant
        Close   // for review
    };
    struct Match
    {
        Kind kind = Kind::None;
        Id childId = 0;
        QString reason; // for likely and close matches: what differs
        bool greenedOff = false;
        QString known; // the tracker's child as a person reads it: "Aisha Khan, born 03/04/2021"
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
    // The match for an imported row (its names' words and home address weighed too), whose
    // names are folded in keys: what the import uses.
    Result<Match> findRow(const Wanted &keys, const ImportRow &row);
    // Edit distance counting two neighbouring letters swapped as one edit (optimal string
    // alignment), stopping early once it exceeds limit.
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
        QDate dateOfBirth;
        QString address;
        QString postcodeKey;
    };
    static QString knownAs(const Candidate &c);
    Result<QList<Candidate>> candidates(QDate dateOfBirth);
    // The children born on this date who could match these names.
    Result<QList<Candidate>> near(QDate dateOfBirth, const Wanted &keys);

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
