#pragma once

#include "LetterKind.h"
#include "LetterPlan.h"
#include "Result.h"

#include <QDateTime>

namespace enc {

class Database;

// A letter the disclosure log already holds, to the same setting about a child of a new batch.
struct PriorLetter
{
    Id disclosureId = 0;
    Id settingId = 0;
    QString settingName;
    QDateTime at; // UTC
    QString fileName;
};

// What a batch of letters would send a second time, from the disclosure log.
class LetterHistory
{
public:
    explicit LetterHistory(Database &db) : m_db(db) {}

    // The letters of this kind already logged to an entry's setting naming its child, since the
    // day its PPN was received (for an entry with no PPN: since the start of the letters' date),
    // or since the start of today when that is earlier. One per letter, oldest first.
    Result<QList<PriorLetter>> alreadySent(const QList<LetterEntry> &entries, LetterKind kind,
                                           QDate today) const;
    // "The disclosure log shows 3 letters of this kind already sent ...": one sentence.
    static QString summary(const QList<PriorLetter> &prior);
    // One indented line per letter (date, time, setting, file; at most limit, then how many
    // more), for the question before writing them again.
    static QString describe(const QList<PriorLetter> &prior, int limit = 10);

private:
    Database &m_db;
};

} // namespace enc
