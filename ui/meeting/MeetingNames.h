#pragma once

// Object names of the meeting screen's widgets, shared with the tests.

namespace enc::ui::names {

inline constexpr char MeetingsPage[] = "meetingsPage";
inline constexpr char MeetingList[] = "meetingList";
inline constexpr char AgendaList[] = "agendaList";
inline constexpr char QuorumLabel[] = "quorumLabel";
inline constexpr char PoliceWarning[] = "policeWarning";
inline constexpr char AttendanceTable[] = "attendanceTable";
inline constexpr char AttendanceKeys[] = "attendanceKeys";
inline constexpr char DeputyEdit[] = "deputyEdit";
inline constexpr char AddChildDialog[] = "addChildDialog";
inline constexpr char AddChildSearch[] = "addChildSearch";
inline constexpr char AddChildResults[] = "addChildResults";
inline constexpr char PresenterWindow[] = "presenterWindow";
inline constexpr char PresenterTitle[] = "presenterTitle";
inline constexpr char PresenterBody[] = "presenterBody";
inline constexpr char PresenterClock[] = "presenterClock";
inline constexpr char OutcomeCombo[] = "outcomeCombo";
inline constexpr char RationaleEdit[] = "rationaleEdit";
inline constexpr char ActionEdit[] = "actionEdit";
inline constexpr char ActionOwner[] = "actionOwner";
inline constexpr char RecordButton[] = "recordDecisionButton";
inline constexpr char AlsoHeardCheck[] = "alsoHeardCheck";
inline constexpr char RecordMessage[] = "recordMessage";
inline constexpr char PartnerBox[] = "meetingPartnerBox";
inline constexpr char ChairCombo[] = "chairCombo";
inline constexpr char DeputyChairCombo[] = "deputyChairCombo";
inline constexpr char ItemNotes[] = "itemNotes";
inline constexpr char MeetingNotes[] = "meetingNotes";
inline constexpr char AdHocButton[] = "adHocMeeting";
inline constexpr char AdHocDate[] = "adHocDate";
inline constexpr char AdHocMessage[] = "adHocMessage";
inline constexpr char ApologiesButton[] = "apologiesInAdvance";
inline constexpr char ApologiesMember[] = "apologiesMember";

} // namespace enc::ui::names
