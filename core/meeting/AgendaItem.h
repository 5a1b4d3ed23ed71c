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

// Why an item is on the agenda, kept as data while the agenda is built (a county's agenda
// has some 25,000 items, most never read) and worded by AgendaItem::reason() when shown.
struct AgendaReason
{
    enum class Kind
    {
        Text,             // text as stored (a saved agenda, the chair's note)
        NewPpns,          // count PPNs not yet heard, the first received on date, which
                          // has waited meetings meetings (date unknown: none said)
        Escalation,       // triggered on date by count PPNs
        ActionOverdue,    // the first open action, due on date before the meeting: text;
        ActionDue,        // ... due on the meeting's date; count open actions in all
        ProformaReturned, // returned on date, to review
        ProformaOverdue,  // due back on date
        Deferred,         // deferred at the meeting on date: text (that item's wording)
        NotReached,       // not reached at the meeting on date: text
        Cancelled,        // the meeting on date was cancelled: text (its reason)
    };
    Kind kind = Kind::Text;
    QDate date;
    int count = 0;
    int meetings = 0; // NewPpns: the meetings held or due since the first was received
    int missing = 0;  // NewPpns: how many of them are missing-child notifications
    QString text;
};

struct AgendaItem
{
    Id id = 0; // the stored agenda_item row, 0 while only built
    AgendaSection section = AgendaSection::NewPpns;
    Id childId = 0;
    Id householdId = 0;
    QStringList policeReferences;
    QList<Id> ppnIds;    // the PPNs the item is about, when known before their references are
                         // read (an escalation's); the builder fills the references
    AgendaReason why;    // why the child is on the agenda (see reason())
    QDate firstIncident; // oldest incident among the item's PPNs (sort key)
    AgendaStatus status = AgendaStatus::Open;
    int position = 0;

    // Why the child is on the agenda, for people (translated, dates dd/MM/yyyy).
    QString reason() const;
    // Sets the wording as it is to be shown (a stored agenda, the chair's note).
    void setReason(const QString &text);
};

} // namespace enc

// Moved as bytes when a list of 25,000 grows (QString, QStringList and QDate are).
Q_DECLARE_TYPEINFO(enc::AgendaReason, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(enc::AgendaItem, Q_RELOCATABLE_TYPE);

namespace enc {

struct Agenda
{
    QDate date;
    QDate since;                 // the previous meeting (held, or due on the schedule)
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
