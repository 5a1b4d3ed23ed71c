#pragma once

// What partner agencies (police, health visiting, social care, housing...) know of a child,
// added before the meeting so that the child is heard with it (issue 19, item 10).

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace enc {

class Database;

struct PartnerInfo
{
    Id id = 0;
    Id childId = 0;
    QString agency;      // police, health visiting, social care, housing...
    QString person;      // who at the agency (optional)
    QString information; // what they know
    QDate knownOn;       // when they knew it (or shared it)
    QString recordedBy;
    QDateTime createdAt;
    bool archived = false;
    int version = 1;
};

class PartnerInfos
{
public:
    explicit PartnerInfos(Database &db) : m_db(db) {}

    // The child's entries, newest known first; archived ones only when asked.
    Result<QList<PartnerInfo>> forChild(Id childId, bool withArchived = false) const;
    Result<PartnerInfo> get(Id id) const;
    // Adds an entry for info.childId; its id. Agency, information and date are required.
    Result<Id> add(const PartnerInfo &info);
    // Changes agency, person, information and date of info.id at info.version (stale: refused).
    Status edit(const PartnerInfo &info);
    // Archives an entry at version: it leaves the record and the meeting, the audit keeps it.
    Status archive(Id id, int version);
    // Removes an entry just added (undo of add).
    Status remove(Id id);
    // Writes values back whatever the stored version (undo and redo of an edit or archive).
    Status restore(const PartnerInfo &values);

private:
    Result<PartnerInfo> checked(const PartnerInfo &info) const;
    Status update(Id id, const QString &action, const QString &sql, const QVariantMap &values);

    Database &m_db;
};

} // namespace enc
