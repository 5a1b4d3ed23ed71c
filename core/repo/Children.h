#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Children and households: every write validated, audited and in one transaction.
class Children
{
public:
    explicit Children(Database &db) : m_db(db) {}

    Result<Child> get(Id id) const;
    // The other children of the child's household.
    Result<QList<Child>> siblings(Id childId) const;
    // Checks a child before saving: failures block, warnings (age band) do not.
    Result<QStringList> validate(const Child &child, QDate today = QDate::currentDate()) const;
    Result<Saved> add(const Child &child);
    // Refused when child.version is not the stored version (changed elsewhere).
    Result<Saved> update(const Child &child);
    // Archives (never destroys): the child leaves the tracker but the record remains.
    Status archive(Id id);
    Status unarchive(Id id);
    // Allowed only when every action is complete.
    Status greenOff(Id id);
    Status reopen(Id id);

    Result<Household> household(Id id) const;
    Result<Saved> addHousehold(const Household &household);
    Result<Saved> updateHousehold(const Household &household);

private:
    Status setStatus(Id id, ChildStatus status, const QString &action);
    Database &m_db;
};

QString toString(ChildStatus s);
QString toString(SettingKnown s);
SettingKnown settingKnownFromString(const QString &s);

} // namespace enc
