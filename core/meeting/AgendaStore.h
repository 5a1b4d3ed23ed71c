#pragma once

// The agenda as the chair shapes it during a meeting: stored order, status and added
// children (table agenda_item).

#include "Result.h"
#include "meeting/AgendaItem.h"

#include <QDate>
#include <QHash>

namespace enc {

class Database;

// A child as the operator's agenda list shows it.
struct AgendaChild
{
    QString name; // forename and surname
    QDate dateOfBirth;
    Id areaId = 0; // 0 when not known
    QString area;  // its name (shared among the area's children), empty when not known
};

class AgendaStore
{
public:
    explicit AgendaStore(Database &db) : m_db(db) {}

    // The meeting's stored items in order (police references are not stored).
    Result<QList<AgendaItem>> items(Id meetingId) const;
    // Stores the order of items: new ones (id 0) are inserted and get their id.
    Status save(Id meetingId, QList<AgendaItem> &items);
    Status setStatus(Id itemId, AgendaStatus status);
    // Adds a child at the end of the agenda; returns the item's id.
    Result<Id> addChild(Id meetingId, Id childId, const QString &reason);
    // Takes an item the chair added off the agenda again (undo of addChild).
    Status remove(Id itemId);

    // Names, dates of birth and areas of children by id, in one query (the agenda list).
    Result<QHash<Id, AgendaChild>> children(const QList<Id> &childIds) const;

private:
    // Refused when the meeting (or the item's meeting) is closed.
    Status open(Id meetingId, Id itemId = 0) const;

    Database &m_db;
};

} // namespace enc
