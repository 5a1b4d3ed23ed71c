#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Police Public Protection Notices: one per incident, linked to one or more children.
class Ppns
{
public:
    explicit Ppns(Database &db) : m_db(db) {}

    Result<Ppn> get(Id id) const;
    // The PPN with this police reference (case and spacing ignored), or id 0.
    Result<Ppn> byReference(const QString &reference) const;
    Result<QList<Ppn>> forChild(Id childId) const;
    // Checks a PPN before saving (reference, dates, children).
    Result<QStringList> validate(const Ppn &ppn, QDate today = QDate::currentDate()) const;
    // Adds the PPN and its links; reopens greened-off children; re-evaluates escalation.
    Result<Saved> add(const Ppn &ppn, QDate today = QDate::currentDate());
    // Withdraws a PPN entered in error (kept, marked archived); children re-evaluated.
    Status archive(Id id);
    Status unarchive(Id id);
    // Undoes the entry of a PPN: hidden as archive() hides it, and its police reference freed
    // (the row keeps it; its key is marked withdrawn), so that the same reference can be
    // entered or imported again as if this entry had never been made. Audited.
    Status withdrawEntry(Id id);
    // Redoes the entry withdrawn by withdrawEntry(); refused when the reference has been
    // recorded again since.
    Status restoreEntry(Id id);

private:
    Status refreshChildren(Id ppnId, QDate today);
    // key, when given, replaces the reference's key (audited as withdraw or restore).
    Status setArchived(Id id, bool archived, const QString &key = {});
    Status setEntered(Id id, bool entered);
    // Frees the reference held by a withdrawn (archived) PPN before it is entered again.
    Status freeWithdrawnReference(const QString &reference);
    Database &m_db;
};

QString toString(Presence p);
Presence presenceFromString(const QString &s);
QString toString(DashRisk r);
DashRisk riskFromString(const QString &s);
QString toString(PpnType t);
PpnType ppnTypeFromString(const QString &s);
QString toString(CrimeKind c);
CrimeKind crimeFromString(const QString &s);

} // namespace enc
