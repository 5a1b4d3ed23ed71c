#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Areas, early-years settings, agencies and meeting members.
class Directory
{
public:
    explicit Directory(Database &db) : m_db(db) {}

    Result<QList<Area>> areas() const;
    // The area with this name, created if new.
    Result<Id> ensureArea(const QString &name);
    Status setAreaPopulation(Id areaId, int children);

    Result<Setting> setting(Id id) const;
    Result<QList<Setting>> settings(bool includeArchived = false) const;
    // A setting by URN, or by name ignoring case, spaces and accents; id 0 when none.
    Result<Id> findSetting(const QString &nameOrUrn) const;
    Result<Saved> addSetting(const Setting &setting);
    Result<Saved> updateSetting(const Setting &setting);
    Status archiveSetting(Id id, bool archived = true);
    // True for a blank email or one that looks like an address (name@domain.tld).
    static bool plausibleEmail(const QString &email);

    Result<QList<Agency>> agencies() const;
    Result<Id> ensureAgency(const QString &name, bool police = false);
    // Marks an agency as a police force or not (the meeting's police-attendance warning and
    // the attendance report count police members by it). Audited; no change when it already is.
    Status setAgencyPolice(Id agencyId, bool police);

    Result<Member> member(Id id) const;
    Result<QList<Member>> members(bool activeOnly = true) const;
    Result<Saved> addMember(const Member &member);
    Result<Saved> updateMember(const Member &member);

private:
    Status validateSetting(const Setting &setting) const;
    Database &m_db;
};

QString toString(MemberCommitment c);
MemberCommitment commitmentFromString(const QString &s);

} // namespace enc
