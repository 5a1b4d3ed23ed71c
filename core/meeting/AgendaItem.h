#pragma once

// One line of a meeting's agenda: a child (or a household) and why it is there.

#include "domain/Records.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace enc {

enum class AgendaSection
{
    NewPpns,
    Escalations,
    ActionsDue,
    TrackingReview,
    CarriedOver,
    Added
};

enum class AgendaStatus
{
    Open,
    Heard,
    Deferred
};

struct AgendaItem
{
    Id id = 0; // the stored agenda_item row, 0 while only built
    AgendaSection section = AgendaSection::NewPpns;
    Id childId = 0;
    Id householdId = 0;
    QStringList policeReferences;
    QString reason;      // why the child is on the agenda, for people
    QDate firstIncident; // oldest incident among the item's PPNs (sort key)
    AgendaStatus status = AgendaStatus::Open;
    int position = 0;
};

struct Agenda
{
    QDate date;
    QDate since;                 // the previous meeting: new PPNs are counted from it
    bool trackingReview = false; // the review day: proformas are on the agenda
    QList<AgendaItem> items;
};

// Stored codes (agenda_item.section / status) and their translated titles.
QString toString(AgendaSection s);
AgendaSection agendaSectionFromString(const QString &s);
QString sectionTitle(AgendaSection s);
QString toString(AgendaStatus s);
AgendaStatus agendaStatusFromString(const QString &s);

} // namespace enc
