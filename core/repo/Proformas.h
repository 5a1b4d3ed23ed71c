#pragma once

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Proformas sent to settings and returned for the Friday tracking review.
class Proformas
{
public:
    explicit Proformas(Database &db) : m_db(db) {}

    Result<QList<Proforma>> forChild(Id childId) const;
    Result<Saved> send(const Proforma &proforma);
    Status markReturned(Id id, QDate on, const QString &summary, const QString &voiceOfChild);
    Status markReviewed(Id id, Id meetingId);

private:
    Status update(Id id, const QString &action, const QString &sql, const QVariantMap &values);
    Database &m_db;
};

// Escalation records: opened by the escalation rule, closed by the chair with feedback.
class Escalations
{
public:
    explicit Escalations(Database &db) : m_db(db) {}

    Result<QList<Escalation>> forChild(Id childId) const;
    Result<QList<Escalation>> open() const;
    // Records liaison (social worker or MASH) and feedback; closes it when closedOn is valid.
    Status update(Id id, const QString &liaisonWith, const QString &feedback, QDate closedOn);

private:
    Result<QList<Escalation>> list(const QString &sql, const QVariantMap &values) const;
    Database &m_db;
};

// The disclosure log: every letter or export that leaves the office.
class Disclosures
{
public:
    explicit Disclosures(Database &db) : m_db(db) {}

    Result<Id> record(const Disclosure &disclosure);
    Result<QList<Disclosure>> forChild(Id childId) const;

private:
    Database &m_db;
};

} // namespace enc
