#pragma once

// What the chair records of a meeting besides its agenda and decisions (issue 19): who chaired
// and deputised, the notes, ad-hoc meetings on any date, apologies sent before the day.

#include "Result.h"
#include "Saved.h"
#include "domain/Records.h"

namespace enc {

class Database;

class MeetingDetails
{
public:
    explicit MeetingDetails(Database &db) : m_db(db) {}

    struct Chairs
    {
        Id chair = 0;  // the chair's member id, 0 when not recorded
        Id deputy = 0; // the deputy chair's
    };
    Result<Chairs> chairs(Id meetingId) const;
    // The meeting on date, recorded first when it has none (a scheduled meeting that was never
    // opened); refused when date is not a meeting day. Returns its id.
    Result<Id> recordOn(QDate date);

    // Records the chair and deputy chair (0: none). shownChair and shownDeputy are what the
    // screen showed: refused when another desk changed them since. Refused on a closed or
    // cancelled meeting, for one member as both, or for a member who is not active.
    Status setChairs(Id meetingId, Id chair, Id deputy, Id shownChair, Id shownDeputy);
    // Replaces the meeting's notes; refused when they are no longer shown (another desk wrote
    // since) or the meeting is closed or cancelled. The caller keeps the text typed.
    Status setNotes(Id meetingId, const QString &notes, const QString &shown);
    // Creates an ad-hoc meeting on meeting.date (times default to the office's); refused when a
    // meeting is recorded that day (not cancelled) or the schedule holds one.
    Result<Saved> addAdHoc(const Meeting &meeting);
    // Records a member's apologies for the meeting on date, recording the scheduled meeting
    // first when it has no record; refused before today, for a closed or cancelled meeting, or
    // a member who is not active. Returns the meeting's id and the member's attendance before.
    struct Apologies
    {
        Id meetingId = 0;
        Attendance before;
    };
    Result<Apologies> sendApologies(QDate date, Id memberId, QDate today);
    // What sendApologies checks and records first (the meeting), without the attendance: the
    // window writes that through its undoable attendance edit. before.status is the member's
    // status now; the apologies to write are before with status Apologies.
    Result<Apologies> prepareApologies(QDate date, Id memberId, QDate today);
    // An agenda item's notes (operator's screen and minutes; never the projector).
    Result<QString> itemNotes(Id itemId) const;
    // Replaces an agenda item's notes; refused as setNotes is.
    Status setItemNotes(Id itemId, const QString &notes, const QString &shown);

private:
    // Refused when the meeting is closed or cancelled (its record is kept as it was).
    Status editable(const Meeting &meeting) const;

    Database &m_db;
};

} // namespace enc
