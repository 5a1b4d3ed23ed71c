#pragma once

// The minutes and action log of a meeting, as PDF (A4) or OpenDocument text, logged in the
// disclosure log (issue 5, "Closing the meeting").

#include "Result.h"
#include "domain/Records.h"
#include "meeting/NamesInText.h"

namespace enc {

class Database;

class MinutesWriter
{
public:
    explicit MinutesWriter(Database &db) : m_db(db) {}

    // The minutes as HTML: date, time, kind, chair and quorum; attendance (present, deputies,
    // apologies, absent); each child heard (initials and id unless the office chose full
    // names, Options::minutesNameChildren; never the projector's choice); tables of decisions
    // and of actions with owners and due dates.
    Result<QString> html(Id meetingId) const;
    // Writes path (.pdf or .odt, by extension) and records one disclosure log entry. The PDF is
    // A4, laid out at its own resolution (10.5 pt body text), "Page n of m" on every page.
    Status write(Id meetingId, const QString &path) const;
    // The children heard at the meeting (for the disclosure log).
    Result<QList<Id>> childrenHeard(Id meetingId) const;

    // A child's full name in the rationale of a decision at the meeting.
    struct NameInRationale
    {
        Id decisionChild = 0; // whose decision it is
        NamesInText::Name named;
    };
    // The full names of the children on the meeting's agenda (or decided at it) that its
    // decisions' rationales contain, case and accents ignored: to warn before writing.
    Result<QList<NameInRationale>> namesInRationales(Id meetingId) const;
    // Writes such names as initials in the minutes (the stored rationale is unchanged).
    void setInitialsInRationales(bool on) { m_initialsInRationales = on; }

private:
    Result<QList<NamesInText::Name>> namesOnAgenda(Id meetingId) const;
    // The chair's name and agency: the meeting's, else the one member present with the
    // chair's role (said so); empty when neither is known.
    Result<QString> chairOf(const Meeting &meeting) const;
    Result<QString> attendanceHtml(Id meetingId) const;

    Database &m_db;
    bool m_initialsInRationales = false;
};

} // namespace enc
