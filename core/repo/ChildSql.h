#pragma once

// The tracker list's SQL pieces, shared by ChildQuery's whole-list and keyset statements.
// Internal to core/repo.

#include "repo/ChildQuery.h"

#include <QStringList>
#include <QVariantMap>

namespace enc::childsql {

struct Where
{
    QStringList clauses; // constant SQL fragments only, all required
    // The search: a row matches when it meets any one of these (each constant SQL). Kept apart
    // so that a limited search can read each alternative from its own index in sort order.
    QStringList anyOf;
    QVariantMap values; // every value bound
};

Where whereFor(const ChildFilter &filter);

// One column of a sort, in order; every column follows the chosen direction (so that a
// descending list is its index read backwards). Only the first may be NULL: there NULL comes
// before every value ascending and after them descending, as SQLite orders it, unless
// nullsLast puts it after them both ways (its index is partial, without NULL).
struct SortColumn
{
    const char *expr;
    bool nullable = false;
    bool nullsLast = false;
};

// The columns of a sort, the child's id last.
QList<SortColumn> sortColumns(ChildSort sort);

// Where a sort reads its children, each part in the sort's order from its own index; the
// list is the parts merged. Most sorts have one, the child table. The setting's sort reads
// the settings in name order, each one's children by name, and the children without one in
// runs by the reason shown in its place ("Home educated" among the names beginning "h").
struct SortPart
{
    QString from;           // child c, maybe joined to setting s
    QString where;          // constant SQL, or empty
    QVariantList constants; // the first columns' values when the part has them fixed
};

// searching: the filter has a search (its matches read from their own indexes).
QList<SortPart> sortParts(ChildSort sort, bool searching);

// After a nullable column's term in ORDER BY: SQLite's own place for NULL said out loud (first
// ascending, last descending), as PostgreSQL puts it the other way round; empty otherwise.
QString nullsAsSqlite(const SortColumn &c, bool descending);

// A part's fixed value as an SQL term: text bound as name, a number written out. (The server
// takes a parameter in a subquery's columns as text, which no union with an id column takes;
// a CAST would hide from SQLite that the column is constant, and it would sort each part.)
QString constantTerm(const QString &name, const QVariant &value, QVariantMap &values);

} // namespace enc::childsql
