#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QSqlDatabase>

namespace enc {

// What the tracker list shows and filters on. Filtering and sorting run in SQL on indexes.
struct ChildFilter
{
    enum class State
    {
        Any,
        Open,
        GreenedOff,
        Escalated
    };
    QString search; // names, police references, postcodes (accent- and case-insensitive), or a
                    // date of birth as typed (dd/mm/yyyy, d/m/yy, yyyy-mm-dd)
    State status = State::Any;
    bool overdueActions = false;
    bool noKnownSetting = false;
    Id settingId = 0;
    Id areaId = 0;
    bool includeArchived = false;
    QDate today = QDate::currentDate();
};

struct ChildRow
{
    Id id = 0;
    QString forename;
    QString surname;
    QDate dateOfBirth;
    QString settingName; // or the reason there is none ("Not in a setting", ...)
    QString areaName;
    int ppnCount = 0;
    QDate lastIncident;
    int ppnsInWindow = 0; // PPNs in the escalation window up to today
    ChildStatus status = ChildStatus::Open;
    bool escalated = false;
    int openActions = 0;
    QDate nextActionDue;
    bool archived = false;
};

enum class ChildSort
{
    Surname,
    DateOfBirth,
    Setting,
    Area,
    PpnCount,
    LastIncident,
    State,
    NextDue
};

// A child's place in a sort: the values of the sort's columns for that child, its id last.
using ChildKey = QVariantList;

// A window of the list: the children's ids in sort order and each one's key.
struct ChildPage
{
    QList<Id> ids;
    QList<ChildKey> keys;
};

class ChildQuery
{
public:
    // Child ids matching filter, in sort order (ids only: cheap enough for 100,000 rows).
    // limit > 0 returns at most that many (a search that matches half the county).
    static Result<QList<Id>> ids(const QSqlDatabase &db, const ChildFilter &filter,
                                 ChildSort sort = ChildSort::Surname, bool descending = false,
                                 int limit = 0);
    // The SQL ids() runs and its values (named, without the colon): for the benchmark's
    // C-API baseline, which runs the same statement.
    struct Statement
    {
        QString sql;
        QVariantMap values;
    };
    static Statement idsStatement(const ChildFilter &filter, ChildSort sort = ChildSort::Surname,
                                  bool descending = false, int limit = 0);
    // The rows for ids, in the order given. PPNs in the window are counted as the escalation
    // rule counts them: missing-child notifications only when countMissing.
    static Result<QList<ChildRow>> rows(const QSqlDatabase &db, const QList<Id> &ids,
                                        const ChildFilter &filter, int windowMonths = 3,
                                        bool countMissing = false);
    // Keyset pagination, for a list of any length: up to limit children after the child whose
    // key is after (from the first when it is empty), in sort order; each sort reads its own
    // index from that key, so the cost does not grow with the place in the list. backward:
    // the children before after (from the last when empty), nearest first. offset skips that
    // many first (a jump from the nearest key known; each one skipped is an index entry read).
    static Result<ChildPage> page(const QSqlDatabase &db, const ChildFilter &filter, ChildSort sort,
                                  bool descending, const ChildKey &after, bool backward, int limit,
                                  int offset = 0);
    static Statement pageStatement(const ChildFilter &filter, ChildSort sort, bool descending,
                                   const ChildKey &after, bool backward, int limit, int offset = 0);
    // How many children match filter.
    static Result<qint64> count(const QSqlDatabase &db, const ChildFilter &filter);
    static Statement countStatement(const ChildFilter &filter);
    // A child's key in sort; empty when the child does not match filter.
    static Result<ChildKey> keyOf(const QSqlDatabase &db, const ChildFilter &filter, ChildSort sort,
                                  Id child);
    // How many matching children come before the one whose key is given: its row.
    static Result<qint64> countBefore(const QSqlDatabase &db, const ChildFilter &filter,
                                      ChildSort sort, bool descending, const ChildKey &key);
    // Convenience: the first limit rows matching filter.
    static Result<QList<ChildRow>> find(const QSqlDatabase &db, const ChildFilter &filter,
                                        int limit = 100);
};

} // namespace enc
