#pragma once

// The figures of the planning report for one period (issue 8): plain values computed by
// ReportBuilder, turned into tables by ReportTables and exported by ReportCsv, ReportXlsx
// and ReportPdf. A period is inclusive: incidents on `from` and on `to` both count.

#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace enc {

// A count for one calendar month (month = its first day).
struct MonthCount
{
    QDate month;
    qint64 count = 0;
};

// The period's PPNs of the children of one area or one setting.
struct PlaceCount
{
    Id id = 0;             // 0 for "not recorded"
    QString name;          // area or setting name, or a description of the group
    QString area;          // for a setting: its area's name
    qint64 ppns = 0;       // children's PPNs: a PPN about two siblings counts twice
    qint64 children = 0;   // distinct children with a PPN in the period
    qint64 population = 0; // area child population; 0 when not entered
    bool hasRate() const { return population > 0; }
    // Children with a PPN per 1,000 children of the area; 0 when no population is entered.
    double ratePer1000() const { return population > 0 ? children * 1000.0 / population : 0.0; }
};

// Children by how many PPNs they had in the period.
struct RepeatFigures
{
    qint64 children = 0; // children with at least one PPN
    qint64 once = 0;
    qint64 twice = 0;
    qint64 threeTimes = 0;
    qint64 fourOrMore = 0;
    qint64 repeat() const { return twice + threeTimes + fourOrMore; }
};

struct OutcomeCount
{
    QString code;
    QString label;
    qint64 count = 0;
};

// Proformas sent in the period, and how many came back and how fast.
struct ProformaFigures
{
    qint64 sent = 0;
    qint64 returned = 0;
    double meanDays = 0;   // over returned proformas; 0 when none returned
    double medianDays = 0; // over returned proformas; 0 when none returned
};

// Each child of each PPN in the period, by when the first notification to the setting
// was logged (a notification letter in the disclosure log for that child, on or after the
// incident). On time: the same day or by the next working day (DOMAIN.md, "Deadlines").
struct Timeliness
{
    qint64 sameDay = 0;
    qint64 nextWorkingDay = 0;
    qint64 later = 0;
    qint64 notYet = 0;
    qint64 total() const { return sameDay + nextWorkingDay + later + notYet; }
    qint64 onTime() const { return sameDay + nextWorkingDay; }
};

// Expected attendances of one agency's members and how many were kept (present or deputy).
struct AgencyAttendance
{
    QString agency;
    bool police = false;
    qint64 expected = 0;
    qint64 attended = 0;
};

struct MeetingMonth
{
    QDate month;
    qint64 held = 0;
    qint64 quorate = 0;
    qint64 policeExpected = 0; // police attendances expected in the month
    qint64 policeAttended = 0;
};

struct MeetingFigures
{
    qint64 held = 0;
    qint64 quorate = 0;
    QList<AgencyAttendance> agencies;
    QList<MeetingMonth> months; // every month of the period
};

struct Report
{
    QDate from;
    QDate to;
    QDateTime generatedAt;
    int top = 20;

    qint64 ppns = 0;
    qint64 ppnsDomesticAbuse = 0; // of ppns, by type
    qint64 ppnsMissingChild = 0;
    QList<MonthCount> ppnsPerMonth; // every month of the period, zeros included
    QList<PlaceCount> areas;        // the top areas by PPNs
    QList<PlaceCount> settings;     // the top settings by PPNs
    QList<PlaceCount> noSetting;    // children with no known setting, by reason
    RepeatFigures repeats;
    qint64 escalations = 0;
    QList<MonthCount> escalationsPerMonth;
    QList<OutcomeCount> outcomes; // every outcome on the list, in its order, then retired ones
    ProformaFigures proformas;
    Timeliness timeliness;
    MeetingFigures meetings;
};

} // namespace enc
