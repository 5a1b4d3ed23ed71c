#pragma once

// The minutes and action log of a meeting, as PDF (A4) or OpenDocument text, logged in the
// disclosure log (issue 5, "Closing the meeting").

#include "Result.h"
#include "domain/Records.h"

namespace enc {

class Database;

class MinutesWriter
{
public:
    explicit MinutesWriter(Database &db) : m_db(db) {}

    // The minutes as HTML: attendance, quorum, each child heard (initials when the meeting
    // is in privacy mode), decisions and actions with owners and due dates.
    Result<QString> html(Id meetingId) const;
    // Writes path (.pdf or .odt, by extension) and records one disclosure log entry.
    Status write(Id meetingId, const QString &path) const;
    // The children heard at the meeting (for the disclosure log).
    Result<QList<Id>> childrenHeard(Id meetingId) const;

private:
    Database &m_db;
};

} // namespace enc
