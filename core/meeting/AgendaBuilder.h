#pragma once

// Builds a meeting's agenda from the tracker's data (issue 5, "Agenda").

#include "Result.h"
#include "meeting/AgendaItem.h"

#include <QSqlDatabase>

namespace enc {

class Database;
struct ScheduleConfig;

class AgendaBuilder
{
public:
    explicit AgendaBuilder(Database &db) : m_db(db) {}

    // The agenda for a meeting on date: every PPN received by then and not yet heard by a
    // decision, however many meetings it has waited (by household, oldest incident first),
    // escalations not closed, actions due, the Friday tracking review, and items
    // deferred at earlier meetings or added there and not reached. Nothing is written. The
    // new-PPN and escalation
    // items always name their PPNs; the other items name the child's latest PPNs, looked up
    // for the first referenceLimit of them (-1: all; the screen asks only for what it shows).
    Result<Agenda> build(QDate date, int referenceLimit = -1) const;
    // The meeting's stored agenda (order, status, added children) merged with a fresh build:
    // items that appeared since it was stored are appended. Nothing is written.
    Result<Agenda> forMeeting(Id meetingId, int referenceLimit = -1) const;
    // The meeting before date: the later of the schedule's previous meeting and any
    // meeting recorded (not cancelled) before date; invalid when none.
    QDate previousMeeting(QDate date) const;
    // The SQL of the sections, bound with :d and :last (for the benchmark's floor): PPNs not
    // yet heard, escalations, actions due, tracking review, carried over, then the children
    // with an action due. As the connection's database takes them (SQLite's when none).
    static QStringList statements(const QSqlDatabase &db = QSqlDatabase());

private:
    // maxChild: the largest child id (the sections index children by id: IdTable).
    Status addNewPpns(Agenda &agenda, Id maxChild, const ScheduleConfig &cfg) const;
    Status addEscalations(Agenda &agenda) const;
    Status addActionsDue(Agenda &agenda, Id maxChild) const;
    Status addTrackingReview(Agenda &agenda) const;
    Status addCarriedOver(Agenda &agenda) const;
    Status fillReferences(QList<AgendaItem> &items, int limit = -1) const;

    Database &m_db;
};

} // namespace enc
