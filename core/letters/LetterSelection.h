#pragma once

#include "LetterFilter.h"
#include "LetterPlan.h"
#include "Result.h"

#include <QDate>

#include <functional>

namespace enc {

class Database;

// Finds the children a batch of letters is about and groups them by setting.
class LetterSelection
{
public:
    explicit LetterSelection(Database &db) : m_db(db) {}

    // Every child on a PPN received on a date, one entry per PPN and child.
    Result<QList<LetterEntry>> receivedOn(QDate date) const;
    // The children on high-risk PPNs received on a date: one query, for the page's flag as the
    // date is typed (a county's day holds thousands of children).
    Result<QList<HighRiskChild>> highRiskReceivedOn(QDate date) const;
    // Every child heard at a meeting (a decision recorded there), with their latest PPN.
    Result<QList<LetterEntry>> heardAt(Id meetingId) const;
    // One child, with their latest PPN.
    Result<QList<LetterEntry>> child(Id childId) const;
    // Proformas not returned and due before today, each to the setting it was sent to.
    Result<QList<LetterEntry>> overdueProformas(QDate today) const;

    // One letter per setting (or per child and setting when perChild); children with no
    // usable setting are listed in skipped with the reason.
    Result<LetterPlan> plan(const QList<LetterEntry> &entries, bool perChild) const;

private:
    Status eachReceived(
        QDate date, bool highRisk,
        const std::function<Status(Id childId, Id ppnId, const QString &reference)> &each) const;
    Result<LetterEntry> entry(Id childId, Id ppnId, QDate latestOnOrBefore) const;
    Database &m_db;
};

} // namespace enc
