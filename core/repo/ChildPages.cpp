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

// The rows that come after `after` in the walk, as conditions each holding one run of them,
// the runs in walk order: the rows with the same values but a later id, then those with the
// same values up to the last-but-one column and a later value there, and so on up to a later
// first column. Each is one range of the sort's index (an OR of them would read the whole
// index). With no key, the whole list: one run, or two when NULL goes where SQLite would not
// put it or its index
// has none. Binds the key's values.
QStringList runsAfter(const QList<SortColumn> &columns, const ChildKey &after, bool descending,
                      bool backward, QVariantMap &values)
{
    if (after.isEmpty()) {
        const SortColumn &c = columns.first();
        const Walk w = walkOf(c, descending, backward);
        // One run in SQLite's own order (NULL lowest), unless NULL goes elsewhere or its
        // index holds no NULL (nothing due: a partial index).
        if (!c.nullable || (w.nullsFirst == !w.desc && !c.nullsLast))
            return {QString()};
        const QString isNull = expr(c) + QStringLiteral(" IS NULL");
        const QString notNull = expr(c) + QStringLiteral(" IS NOT NULL");
        return w.nullsFirst ? QStringList{isNull, notNull} : QStringList{notNull, isNull};
    }
    for (int i = 0; i < columns.size() && i < after.size(); ++i) {
        if (!after[i].isNull())
            values.insert(QStringLiteral("v%1").arg(i), after[i]);
    }
    QStringList runs;
    for (int i = int(qMin(columns.size(), after.size())) - 1; i >= 0; --i) {
        QStringList same;
        for (int j = 0; j < i; ++j) {
            same << (after[j].isNull() ? expr(columns[j]) + QStringLiteral(" IS NULL")
                                       : expr(columns[j]) + QStringLiteral(" = :v%1").arg(j));
        }
        const Walk w = walkOf(columns[i], descending, backward);
        QStringList later;
        if (after[i].isNull()) {
            if (w.nullsFirst)
                later << expr(columns[i]) + QStringLiteral(" IS NOT NULL");
        } else {
            later << expr(columns[i]) +
                         (w.desc ? QStringLiteral(" < :v%1") : QStringLiteral(" > :v%1")).arg(i);
            if (columns[i].nullable && !w.nullsFirst)
                later << expr(columns[i]) + QStringLiteral(" IS NULL");
        }
        for (const QString &condition : later)
            runs << (same + QStringList{condition}).join(QStringLiteral(" AND "));
    }
    return runs;
}

// The search's alternatives, each read apart (see ChildQuery::idsStatement); none is one empty.
QStringList alternatives(const Where &w)
{
    if (w.anyOf.size() > 1)
        return w.anyOf;
    return {w.anyOf.isEmpty() ? QString() : w.anyOf.first()};
}

QString whereOf(QStringList clauses, const QString &alternative, const QString &run)
{
    if (!alternative.isEmpty())
        clauses << QLatin1Char('(') + alternative + QLatin1Char(')');
    if (!run.isEmpty())
        clauses << run;
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

// The children of each run and alternative, as SELECTs of c.id: their union is every child
// after the key (UNION ALL when the alternatives cannot overlap).
QString unionOfIds(const Where &w, const QStringList &runs)
{
    const QStringList alts = alternatives(w);
    QStringList parts;
    for (const QString &run : runs) {
        for (const QString &alt : alts)
            parts << QStringLiteral("SELECT c.id FROM child c") + whereOf(w.clauses, alt, run);
    }
    return parts.join(alts.size() > 1 ? QStringLiteral(" UNION ") : QStringLiteral(" UNION ALL "));
}

} // namespace

ChildQuery::Statement ChildQuery::pageStatement(const ChildFilter &filter, ChildSort sort,
                                                bool descending, const ChildKey &after,
                                                bool backward, int limit, int offset)
{
    Where w = whereFor(filter);
    const QList<SortColumn> columns = sortColumns(sort);
    const QStringList runs = runsAfter(columns, after, descending, backward, w.values);
    const bool desc = descending != backward;
    QStringList inner; // each run is in its index's order
    QStringList outer{QStringLiteral("b")};
    QStringList picked;
    for (int i = 0; i < columns.size(); ++i) {
        const QString nulls = nullsAsSqlite(columns[i], desc);
        inner << expr(columns[i]) + (desc ? QStringLiteral(" DESC") : QString()) + nulls;
        outer << QStringLiteral("o%1").arg(i) + (desc ? QStringLiteral(" DESC") : QString()) +
                     nulls;
        picked << expr(columns[i]) + QStringLiteral(" AS o%1").arg(i);
    }
    const QStringList alts = alternatives(w);
    QString sql;
    if (runs.size() * alts.size() == 1) {
        sql = QStringLiteral("SELECT c.id, ") + picked.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM child c") + whereOf(w.clauses, alts.first(), runs.first()) +
              QStringLiteral(" ORDER BY ") + inner.join(QStringLiteral(", "));
    } else {
        // Each run of each alternative, limited to what the window can need, then their
        // union in order: runs in turn (b), each in the sort's order.
        QStringList parts;
        for (int b = 0; b < runs.size(); ++b) {
            for (const QString &alt : alts) {
                parts << QStringLiteral("SELECT * FROM (SELECT c.id AS id, %1 AS b, ").arg(b) +
                             picked.join(QStringLiteral(", ")) + QStringLiteral(" FROM child c") +
                             whereOf(w.clauses, alt, runs[b]) + QStringLiteral(" ORDER BY ") +
                             inner.join(QStringLiteral(", ")) +
                             QStringLiteral(" LIMIT :lim) s%1").arg(parts.size());
            }
        }
        QStringList aliases;
        for (int i = 0; i < columns.size(); ++i)
            aliases << QStringLiteral("o%1").arg(i);
        sql = QStringLiteral("SELECT id, ") + aliases.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM (") +
              parts.join(alts.size() > 1 ? QStringLiteral(" UNION ")
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
        return {QStringLiteral("SELECT count(*) FROM (") + unionOfIds(w, {QString()}) +
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
    Where w = whereFor(filter);
    const QList<SortColumn> columns = sortColumns(sort);
    QStringList picked;
    for (const SortColumn &c : columns)
        picked << expr(c);
    w.clauses.prepend(QStringLiteral("c.id = :child"));
    w.values.insert(QStringLiteral("child"), child);
    const QString any = w.anyOf.join(QStringLiteral(" OR "));
    auto q = Sql::run(db,
                      QStringLiteral("SELECT ") + picked.join(QStringLiteral(", ")) +
                          QStringLiteral(" FROM child c") + whereOf(w.clauses, any, {}),
                      w.values);
    if (!q)
        return q.error();
    ChildKey key;
    if (q->next()) {
        for (int i = 0; i < columns.size(); ++i)
            key.append(q->value(i));
    }
    return key;
}

Result<qint64> ChildQuery::countBefore(const QSqlDatabase &db, const ChildFilter &filter,
                                       ChildSort sort, bool descending, const ChildKey &key)
{
    Where w = whereFor(filter);
    const QStringList runs = runsAfter(sortColumns(sort), key, descending, true, w.values);
    if (runs.isEmpty())
        return qint64(0);
    auto n = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM (") + unionOfIds(w, runs) + QStringLiteral(") u"),
        w.values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace enc
