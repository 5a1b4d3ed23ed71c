#pragma once

#include "Result.h"
#include "import/ImportPlan.h"

#include <atomic>
#include <functional>

namespace enc {

class Database;

// Writes an ImportPlan in one transaction: the batch record, PPNs and their links, new
// children, review items; then reopens greened-off children, refreshes the summary columns
// and escalation of the children touched, and audits the batch. Fails (and writes nothing)
// when cancelled.
class ImportCommitter
{
public:
    using Progress = std::function<void(int done, int total)>;

    ImportCommitter(Database &db, QDate today, QDate received, QString user);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Fills plan.report.batchId and committed on success.
    Status commit(ImportPlan &plan);

private:
    Status write(ImportPlan &plan);
    // Children new in this batch who live together on one PPN (same home address) share a
    // household: one already held by a child on the tracker at that address on the PPN, else
    // a new one; so that the meeting hears the family together.
    Status groupHouseholds(const ImportPlan &plan);
    // newPpns: how many PPNs each child the batch created has (all of them in this batch).
    Status refreshTouched(const QList<Id> &touched, const QHash<Id, int> &newPpns);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database &m_db;
    QDate m_today;
    QDate m_received;
    QString m_user;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace enc
