#pragma once

// A setting says a child no longer attends (a misdirected notification, issue 19 item 9): the
// child's setting is cleared, the child is back on the no-known-setting list, and the letter
// that went to that setting is marked misdirected in the disclosure log.

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace enc {

class Database;

struct NoLongerAttendsRecord
{
    Id id = 0;
    Id childId = 0;
    Id settingId = 0;
    QString settingName;
    QDate toldOn;
    QString toldBy;       // who at the setting said so
    Id disclosureId = 0;  // the letter marked misdirected, 0 when none had been sent
    QDateTime letterSent; // when that letter was logged
    QString recordedBy;
};

class NoLongerAttends
{
public:
    explicit NoLongerAttends(Database &db) : m_db(db) {}

    // The child's records, newest first.
    Result<QList<NoLongerAttendsRecord>> forChild(Id childId) const;
    // Records that the child's setting said on toldOn (told by toldBy) the child no longer
    // attends, the child at childVersion (stale: refused). In one transaction: the child's
    // setting is cleared (unknown), the latest letter about the child to that setting is
    // marked misdirected on toldOn. The record's id.
    Result<Id> record(Id childId, int childVersion, QDate toldOn, const QString &toldBy);
    // Takes a record back (undo): the setting is the child's again and the letter no longer
    // misdirected; refused when the child's setting was set since.
    Status undo(Id recordId);

private:
    Database &m_db;
};

} // namespace enc
