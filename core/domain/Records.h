#pragma once

// Plain value types for what the tracker records (DOMAIN.md, "What is recorded").
// Dates are QDate (stored as ISO 8601 text); an invalid QDate means "not known".

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace enc {

using Id = qint64;

enum class ChildStatus
{
    Open,
    GreenedOff
};
enum class SettingKnown
{
    Known,
    NotInSetting,
    Unknown,
    OutOfArea,
    HomeEducated
};
enum class Presence
{
    Present,
    Witnessed,
    ResidentNotPresent,
    Unknown
};
enum class DashRisk
{
    Standard,
    Medium,
    High,
    Unknown
};
enum class PpnType
{
    DomesticAbuse,
    MissingChild
};
enum class CrimeKind
{
    Crime,
    NonCrime,
    Unknown
};
enum class AttendanceStatus
{
    Present,
    Apologies,
    Deputy,
    Absent
};
enum class MeetingKind
{
    Triage,
    TriageAndReview,
    AdHoc
};
enum class MemberCommitment
{
    Always,
    Monthly,
    Optional
};

struct Area
{
    Id id = 0;
    QString name;
    int childPopulation = 0; // 0 = not entered
};

struct Household
{
    Id id = 0;
    QString address;
    QString postcode;
    Id areaId = 0;
    int version = 0;
};

struct Setting
{
    Id id = 0;
    QString name;
    QString type; // nursery, childminder, school, health visitor team, ...
    QString urn;
    Id areaId = 0;
    QString dslName;
    QString dslEmail;
    QString deputyName;
    QString deputyEmail;
    QString phone;
    QDate contactsVerifiedOn;
    bool archived = false;
    int version = 0;
};

struct Child
{
    Id id = 0;
    QString forename;
    QString surname;
    QDate dateOfBirth;
    QString gender;
    QString address;
    QString postcode;
    Id areaId = 0;
    Id settingId = 0; // 0 unless settingKnown is Known (or OutOfArea with the setting recorded)
    SettingKnown settingKnown = SettingKnown::Unknown;
    Id householdId = 0;
    QString caseReference;
    ChildStatus status = ChildStatus::Open;
    bool openToSocialCare = false;
    QString socialWorker;
    bool archived = false;
    int version = 0;

    QString fullName() const { return forename + QLatin1Char(' ') + surname; }
};

struct PpnChild
{
    Id childId = 0;
    Presence presence = Presence::Unknown;
};

struct Ppn
{
    Id id = 0;
    QString policeReference;
    QDate incidentDate;
    QTime incidentTime; // invalid when not known
    QDate receivedOn;
    PpnType type = PpnType::DomesticAbuse;
    DashRisk risk = DashRisk::Unknown;
    int dashScore = -1; // -1 = not given
    CrimeKind crime = CrimeKind::Unknown;
    QString incidentAddress;
    QString homeAddress;
    QString source; // import file name or "manual"
    Id batchId = 0;
    QList<PpnChild> children;
    int version = 0;
};

struct Agency
{
    Id id = 0;
    QString name;
    bool police = false;
};

struct Member
{
    Id id = 0;
    QString name;
    QString role;
    Id agencyId = 0;
    QString email;
    MemberCommitment commitment = MemberCommitment::Always;
    bool active = true;
    int version = 0;
};

struct Attendance
{
    Id memberId = 0;
    AttendanceStatus status = AttendanceStatus::Absent;
    QString deputyName;
    bool expected = true;
};

struct Meeting
{
    Id id = 0;
    QDate date;
    QTime starts;
    QTime ends;
    MeetingKind kind = MeetingKind::Triage;
    Id chairMemberId = 0;
    QString notes;
    bool closed = false;
    QList<Attendance> attendance;
};

struct Outcome
{
    Id id = 0;
    QString code;
    QString label;
    int sortOrder = 0;
    bool active = true;
    bool warnAboveStandardRisk = false; // e.g. Reducing Parental Conflict
    bool highRiskRoute = false;         // MASH / Marac
};

struct Decision
{
    Id id = 0;
    Id childId = 0;
    Id meetingId = 0; // 0 when decided outside a meeting
    Id outcomeId = 0;
    QString rationale;
    QString decidedBy;
    QDate decidedOn;
    bool quorate = true;
};

struct Action
{
    Id id = 0;
    Id childId = 0;
    Id decisionId = 0;
    QString description;
    Id ownerMemberId = 0;
    QString ownerText; // agency or person when not a member
    QDate dueOn;
    QDate completedOn;
    QString completedBy;
    int version = 0;

    bool complete() const { return completedOn.isValid(); }
};

struct Proforma
{
    Id id = 0;
    Id childId = 0;
    Id settingId = 0;
    QDate sentOn;
    QDate dueOn;
    QDate returnedOn;
    QString summary;
    QString voiceOfChild;
    Id reviewedMeetingId = 0;
    QDate reviewedOn;
    QString reviewOutcome; // what the tracking review decided
    QDate chasedOn;        // the latest chase
    int chaseCount = 0;
    Id requestDisclosureId = 0; // the request letter in the disclosure log
    bool archived = false;      // withdrawn (an undone request)
    int version = 0;

    bool returned() const { return returnedOn.isValid(); }
    bool reviewed() const { return reviewedOn.isValid() || reviewedMeetingId != 0; }
};

struct Escalation
{
    Id id = 0;
    Id childId = 0;
    QDate triggeredOn;
    QList<Id> ppnIds;
    QString liaisonWith;
    QString feedback;
    QDate closedOn;
};

struct Disclosure
{
    Id id = 0;
    QDateTime at;
    QString user;
    QString kind; // notification letter, minutes, export, ...
    QString recipient;
    Id settingId = 0;
    QStringList fields;
    QString fileName;
    QString sha256;
    QList<Id> childIds;
    Id templateId = 0; // the letter_template version used, 0 when none
};

} // namespace enc
