// ChildQuery's keyset pagination: the tracker list read a window at a time, by key, in any
// sort and at any length.

#include "ChildQuery.h"

#include "ChildSql.h"
#include "storage/Sql.h"

namespace enc {

using namespace childsql;

namespace {

// How a column runs in a walk through the list: values downwards or upwards, NULL first or
// last. Backwards is the list's order reversed.
struct Walk
{
    bool desc;
    bool nullsFirst;
};

Walk walkOf(const SortColumn &c, bool descending, bool backward)
{
    const bool nullsFirst = !c.nullsLast && !descending;
    return backward ? Walk{!descending, !nullsFirst} : Walk{descending, nullsFirst};
}

QString expr(const SortColumn &c)
{
    return QLatin1String(c.expr);
}

// One run of the rows after a key: a condition holding them, and how many of the sort's first
// columns it fixes (equal to the key's values, or NULL). Within a run the nullable column is
// fixed or holds no NULL, so its rows are in the order of the sort's index read from where the
// condition starts, on either database, whichever end each puts NULL at: the run's ORDER BY
// names only the columns after the fixed ones (the server sees no order in "x IS NULL").
struct Run
{
    QString where;
    int fixed = 0;
};

// The rows that come after `after` in the walk, as runs in walk order: the rows with the same
// values but a later id, then those with the same values up to the last-but-one column and a
// later value there, and so on up to a later first column. Each is one range of the sort's
// index (an OR of them would read the whole index). With no key, the whole list: one run, or
// two when the first column may be NULL (NULL and the values, in the walk's order). Binds the
// key's values.
QList<Run> runsAfter(const QList<SortColumn> &columns, const ChildKey &after, bool descending,
                     bool backward, QVariantMap &values, int first = 0)
{
    if (after.isEmpty()) {
        const SortColumn &c = columns[first];
        if (!c.nullable)
            return {Run{QString(), first}};
        const Walk w = walkOf(c, descending, backward);
        const Run isNull{expr(c) + QStringLiteral(" IS NULL"), first + 1};
        const Run notNull{expr(c) + QStringLiteral(" IS NOT NULL"), first};
        return w.nullsFirst ? QList<Run>{isNull, notNull} : QList<Run>{notNull, isNull};
    }
    for (int i = first; i < columns.size() && i < after.size(); ++i) {
        if (!after[i].isNull())
            values.insert(QStringLiteral("v%1").arg(i), after[i]);
    }
    QList<Run> runs;
    for (int i = int(qMin(columns.size(), after.size())) - 1; i >= first; --i) {
        QStringList same;
        for (int j = first; j < i; ++j) {
            same << (after[j].isNull() ? expr(columns[j]) + QStringLiteral(" IS NULL")
                                       : expr(columns[j]) + QStringLiteral(" = :v%1").arg(j));
        }
        const Walk w = walkOf(columns[i], descending, backward);
        QList<Run> later;
        if (after[i].isNull()) {
            if (w.nullsFirst)
                later << Run{expr(columns[i]) + QStringLiteral(" IS NOT NULL"), i};
        } else {
            later << Run{
                expr(columns[i]) +
                    (w.desc ? QStringLiteral(" < :v%1") : QStringLiteral(" > :v%1")).arg(i),
                i};
            if (columns[i].nullable && !w.nullsFirst)
                later << Run{expr(columns[i]) + QStringLiteral(" IS NULL"), i + 1};
        }
        for (const Run &run : later)
            runs << Run{(same + QStringList{run.where}).join(QStringLiteral(" AND ")), run.fixed};
    }
    return runs;
}

// Two values of a key column, as SQLite orders them (names by their bytes: QString's order of
// UTF-16 units is the same for the keys' characters).
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

// runsAfter within one part of the list. A part whose first values are fixed (a reason shown
// for the setting) comes after the key whole, or not at all, unless those values are the
// key's: then its runs over the columns after them.
QList<Run> runsIn(const SortPart &part, const QList<SortColumn> &columns, const ChildKey &after,
                  bool descending, bool backward, QVariantMap &values)
{
    const int fixed = int(part.constants.size());
    if (fixed == 0 || after.isEmpty())
        return runsAfter(columns, after, descending, backward, values, fixed);
    for (int i = 0; i < fixed; ++i) {
        const int c = compareValues(part.constants[i], after.value(i));
        if (c != 0) {
            const bool later = walkOf(columns[i], descending, backward).desc ? c < 0 : c > 0;
            return later ? runsAfter(columns, {}, descending, backward, values, fixed)
                         : QList<Run>{};
        }
    }
    return runsAfter(columns, after, descending, backward, values, fixed);
}

// A column in one part: its expression, or the part's fixed value.
QString exprIn(const SortPart &part, int p, const QList<SortColumn> &columns, int i,
               QVariantMap &values)
{
    if (i >= part.constants.size())
        return expr(columns[i]);
    return constantTerm(QStringLiteral("f%1_%2").arg(p).arg(i), part.constants[i], values);
}

// The search's alternatives, each read apart (see ChildQuery::idsStatement); none is one empty.
QStringList alternatives(const Where &w)
{
    if (w.anyOf.size() > 1)
        return w.anyOf;
    return {w.anyOf.isEmpty() ? QString() : w.anyOf.first()};
}

QString whereOf(QStringList clauses, const QString &alternative, const QString &run,
                const SortPart &part = {})
{
    if (!part.where.isEmpty())
        clauses << part.where;
    if (!alternative.isEmpty())
        clauses << QLatin1Char('(') + alternative + QLatin1Char(')');
    if (!run.isEmpty())
        clauses << run;
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

// The children of each run and alternative, as SELECTs of c.id: their union is every child
// after the key (UNION ALL when the alternatives cannot overlap). runs holds each part's.
QString unionOfIds(const Where &w, const QList<SortPart> &parts, const QList<QList<Run>> &runs)
{
    const QStringList alts = alternatives(w);
    QStringList selects;
    for (int p = 0; p < parts.size(); ++p) {
        for (const Run &run : runs[p]) {
            for (const QString &alt : alts) {
                selects << QStringLiteral("SELECT c.id FROM ") + parts[p].from +
                               whereOf(w.clauses, alt, run.where, parts[p]);
            }
        }
    }
    return selects.join(alts.size() > 1 ? QStringLiteral(" UNION ")
                                        : QStringLiteral(" UNION ALL "));
}

} // namespace

ChildQuery::Statement ChildQuery::pageStatement(const ChildFilter &filter, ChildSort sort,
                                                bool descending, const ChildKey &after,
                                                bool backward, int limit, int offset)
{
    Where w = whereFor(filter);
    const QList<SortColumn> columns = sortColumns(sort);
    const QList<SortPart> parts = sortParts(sort, !w.anyOf.isEmpty());
    const bool desc = descending != backward;
    const QStringList alts = alternatives(w);
    // Each run of each part and alternative: its SELECT, its columns picked, its ORDER BY.
    struct Piece
    {
        int run;
        QString select;
        QString order;
    };
    QList<Piece> pieces;
    for (int p = 0; p < parts.size(); ++p) {
        const QList<Run> runs = runsIn(parts[p], columns, after, descending, backward, w.values);
        QStringList picked;
        for (int i = 0; i < columns.size(); ++i)
            picked << exprIn(parts[p], p, columns, i, w.values) + QStringLiteral(" AS o%1").arg(i);
        for (int b = 0; b < runs.size(); ++b) {
            // The run's rows in its index's order: the columns it leaves free, none of them
            // NULL there.
            QStringList inner;
            for (int i = runs[b].fixed; i < columns.size(); ++i)
                inner << expr(columns[i]) + (desc ? QStringLiteral(" DESC") : QString());
            for (const QString &alt : alts) {
                pieces << Piece{b,
                                picked.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                                    parts[p].from +
                                    whereOf(w.clauses, alt, runs[b].where, parts[p]),
                                inner.join(QStringLiteral(", "))};
            }
        }
    }
    QString sql;
    if (pieces.isEmpty()) {
        sql = QStringLiteral("SELECT c.id FROM child c WHERE 1 = 0");
    } else if (pieces.size() == 1) {
        sql = QStringLiteral("SELECT c.id, ") + pieces.first().select +
              QStringLiteral(" ORDER BY ") + pieces.first().order;
    } else {
        // Each piece limited to what the window can need, then their union in order: runs in
        // turn (b), each in the sort's order; parts merged by the sort's values.
        QStringList selects;
        for (const Piece &piece : pieces) {
            selects
                << QStringLiteral("SELECT * FROM (SELECT c.id AS id, %1 AS b, ").arg(piece.run) +
                       piece.select + QStringLiteral(" ORDER BY ") + piece.order +
                       QStringLiteral(" LIMIT :lim) s%1").arg(selects.size());
        }
        QStringList aliases;
        QStringList outer;
        if (parts.size() == 1)
            outer << QStringLiteral("b");
        for (int i = 0; i < columns.size(); ++i) {
            aliases << QStringLiteral("o%1").arg(i);
            outer << QStringLiteral("o%1").arg(i) + (desc ? QStringLiteral(" DESC") : QString()) +
                         nullsAsSqlite(columns[i], desc);
        }
        sql = QStringLiteral("SELECT id, ") + aliases.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM (") +
              selects.join(alts.size() > 1 ? QStringLiteral(" UNION ")
                                           : QStringLiteral(" UNION ALL ")) +
              QStringLiteral(") u ORDER BY ") + outer.join(QStringLiteral(", "));
        w.values.insert(QStringLiteral("lim"), limit + offset);
    }
    sql += QStringLiteral(" LIMIT :n OFFSET :off");
    w.values.insert(QStringLiteral("n"), limit);
    w.values.insert(QStringLiteral("off"), offset);
    return {sql, w.values};
}

Result<ChildPage> ChildQuery::page(const QSqlDatabase &db, const ChildFilter &filter,
                                   ChildSort sort, bool descending, const ChildKey &after,
                                   bool backward, int limit, int offset)
{
    const Statement s = pageStatement(filter, sort, descending, after, backward, limit, offset);
    auto q = Sql::run(db, s.sql, s.values);
    if (!q)
        return q.error();
    const int columns = int(sortColumns(sort).size());
    ChildPage out;
    while (q->next()) {
        out.ids.append(q->value(0).toLongLong());
        ChildKey key;
        key.reserve(columns);
        for (int i = 1; i <= columns; ++i)
            key.append(q->value(i));
        out.keys.append(key);
    }
    return out;
}

ChildQuery::Statement ChildQuery::countStatement(const ChildFilter &filter)
{
    const Where w = whereFor(filter);
    if (w.anyOf.size() > 1)
        return {QStringLiteral("SELECT count(*) FROM (") +
                    unionOfIds(w, {SortPart{QStringLiteral("child c"), {}, {}}}, {{Run{}}}) +
                    QStringLiteral(") u"),
                w.values};
    return {QStringLiteral("SELECT count(*) FROM child c") +
                whereOf(w.clauses, alternatives(w).first(), {}),
            w.values};
}

Result<qint64> ChildQuery::count(const QSqlDatabase &db, const ChildFilter &filter)
{
    const Statement s = countStatement(filter);
    auto n = Sql::scalar(db, s.sql, s.values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<ChildKey> ChildQuery::keyOf(const QSqlDatabase &db, const ChildFilter &filter,
                                   ChildSort sort, Id child)
{
    const QList<SortColumn> columns = sortColumns(sort);
    const QList<SortPart> parts = sortParts(sort, false);
    // The child is in one part at most: each is asked in turn.
    for (int p = 0; p < parts.size(); ++p) {
        Where w = whereFor(filter);
        QStringList picked;
        for (int i = 0; i < columns.size(); ++i)
            picked << exprIn(parts[p], p, columns, i, w.values);
        w.clauses.prepend(QStringLiteral("c.id = :child"));
        w.values.insert(QStringLiteral("child"), child);
        const QString any = w.anyOf.join(QStringLiteral(" OR "));
        auto q = Sql::run(db,
                          QStringLiteral("SELECT ") + picked.join(QStringLiteral(", ")) +
                              QStringLiteral(" FROM ") + parts[p].from +
                              whereOf(w.clauses, any, {}, parts[p]),
                          w.values);
        if (!q)
            return q.error();
        if (q->next()) {
            ChildKey key;
            for (int i = 0; i < columns.size(); ++i)
                key.append(q->value(i));
            return key;
        }
    }
    return ChildKey();
}

Result<qint64> ChildQuery::countBefore(const QSqlDatabase &db, const ChildFilter &filter,
                                       ChildSort sort, bool descending, const ChildKey &key)
{
    Where w = whereFor(filter);
    const QList<SortColumn> columns = sortColumns(sort);
    const QList<SortPart> parts = sortParts(sort, !w.anyOf.isEmpty());
    QList<QList<Run>> runs;
    bool any = false;
    for (const SortPart &part : parts) {
        runs << runsIn(part, columns, key, descending, true, w.values);
        any = any || !runs.last().isEmpty();
    }
    if (!any)
        return qint64(0);
    auto n = Sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM (") + unionOfIds(w, parts, runs) +
                             QStringLiteral(") u"),
                         w.values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace enc
