#include "ChildQuery.h"

#include "ChildSql.h"
#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace enc {

namespace childsql {

namespace {

// Each token must match a forename or surname prefix, or the start of a later part of a
// double-barrelled surname ("rahman" finds AKHTAR-RAHMAN): so "smith jo", "jo smith" and
// "rahman amira" all find their child. The whole text may instead be a postcode or police
// reference prefix.
// A date of birth as an office types it: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, or with a
// two-digit year the latest such day not after today (the children are young); else invalid.
QDate searchedDate(const QString &text, QDate today)
{
    static const QRegularExpression shortYear(
        QStringLiteral("^\\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{2})\\s*$"));
    if (const QRegularExpressionMatch m = shortYear.match(text); m.hasMatch()) {
        const int yy = m.capturedView(3).toInt();
        const int year = 2000 + yy > today.year() ? 1900 + yy : 2000 + yy;
        return QDate(year, m.capturedView(2).toInt(), m.capturedView(1).toInt());
    }
    const auto date = DateInput::parse(text, QString());
    return date ? *date : QDate();
}

void addSearch(Where &w, const QString &text, QDate today)
{
    // A date is a date of birth (the dates' index), nothing else.
    if (const QDate dob = searchedDate(text, today); dob.isValid()) {
        w.anyOf << QStringLiteral("c.date_of_birth = :dob");
        w.values.insert(QStringLiteral("dob"), Sql::date(dob));
        return;
    }
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList surnameFirst; // the first token as a surname prefix, the rest as any name
    QStringList forenameFirst;
    QStringList partFirst; // the first token as a later part of the surname
    int i = 0;
    for (const QString &token : tokens) {
        const QString key = TextKey::name(token);
        if (key.isEmpty())
            continue;
        const QString lo = QStringLiteral("k%1").arg(i);
        const QString hi = QStringLiteral("e%1").arg(i);
        const QString surname =
            QStringLiteral("(c.surname_key >= :%1 AND c.surname_key < :%2)").arg(lo, hi);
        const QString forename =
            QStringLiteral("(c.forename_key >= :%1 AND c.forename_key < :%2)").arg(lo, hi);
        w.values.insert(lo, key);
        w.values.insert(hi, TextKey::prefixEnd(key));
        // A later part of the surname: the key holds the token past its start (read from the
        // names index, so most children are passed over without reading their row), and the
        // surname as written has it after a hyphen or a space. No index serves it: as the first
        // word, a scan of the names index (about 10 ms for 100,000 children), so only from its
        // third letter; after a first word, it only narrows what that found.
        QString part;
        if (key.size() >= 2) {
            const QString in = QStringLiteral("p%1").arg(i);
            const QString hyphen = QStringLiteral("h%1").arg(i);
            const QString space = QStringLiteral("s%1").arg(i);
            part = QStringLiteral("(c.surname_key LIKE :%1 AND NOT %2 AND (lower(c.surname) LIKE "
                                  ":%3 OR lower(c.surname) LIKE :%4))")
                       .arg(in, surname, hyphen, space);
            w.values.insert(in, QLatin1Char('%') + key + QLatin1Char('%'));
            w.values.insert(hyphen, QStringLiteral("%-") + key + QLatin1Char('%'));
            w.values.insert(space, QStringLiteral("% ") + key + QLatin1Char('%'));
        }
        if (i == 0) {
            surnameFirst << surname;
            forenameFirst << forename;
            if (key.size() >= 3)
                partFirst << part;
        } else {
            QString any = QStringLiteral("(") + surname + QStringLiteral(" OR ") + forename;
            if (!part.isEmpty())
                any += QStringLiteral(" OR ") + part;
            any += QLatin1Char(')');
            surnameFirst << any;
            forenameFirst << any;
            partFirst << any;
        }
        ++i;
    }
    if (!surnameFirst.isEmpty()) {
        w.anyOf << surnameFirst.join(QStringLiteral(" AND "));
        w.anyOf << forenameFirst.join(QStringLiteral(" AND "));
    }
    if (!partFirst.isEmpty() && partFirst.size() == surnameFirst.size())
        w.anyOf << partFirst.join(QStringLiteral(" AND "));
    const QString postcode = TextKey::postcode(text);
    if (postcode.size() >= 2) {
        w.anyOf << QStringLiteral("(c.postcode_key >= :pc AND c.postcode_key < :pce)");
        w.values.insert(QStringLiteral("pc"), postcode);
        w.values.insert(QStringLiteral("pce"), TextKey::prefixEnd(postcode));
    }
    const QString ref = TextKey::reference(text);
    if (ref.size() >= 3) {
        w.anyOf << QStringLiteral("c.id IN (SELECT pc.child_id FROM ppn p JOIN ppn_child pc ON "
                                  "pc.ppn_id = p.id WHERE p.police_ref_key >= :ref AND "
                                  "p.police_ref_key < :refe)");
        w.values.insert(QStringLiteral("ref"), ref);
        w.values.insert(QStringLiteral("refe"), TextKey::prefixEnd(ref));
    }
    // Nothing searchable in the text (punctuation only) leaves anyOf empty: no filter.
}

// What the setting column shows: the setting's name when the child has one (out of area:
// said so, as the child's record says it), or the reason there is none.
QString settingLabel(const QString &known, const QVariant &name)
{
    if (!name.isNull()) {
        return known == QLatin1String("out_of_area")
                   ? QCoreApplication::translate("enc::ChildQuery", "%1 (out of area)")
                         .arg(name.toString())
                   : name.toString();
    }
    if (known == QLatin1String("not_in_setting"))
        return QCoreApplication::translate("enc::ChildQuery", "Not in a setting");
    if (known == QLatin1String("out_of_area"))
        return QCoreApplication::translate("enc::ChildQuery", "Out of area");
    if (known == QLatin1String("home_educated"))
        return QCoreApplication::translate("enc::ChildQuery", "Home educated");
    return QCoreApplication::translate("enc::ChildQuery", "Unknown");
}

} // namespace

Where whereFor(const ChildFilter &f)
{
    Where w;
    if (!f.includeArchived)
        w.clauses << QStringLiteral("c.archived_at IS NULL");
    switch (f.status) {
    case ChildFilter::State::Any:
        break;
    case ChildFilter::State::Open:
        w.clauses << QStringLiteral("c.status = 'open'");
        break;
    case ChildFilter::State::GreenedOff:
        w.clauses << QStringLiteral("c.status = 'greened_off'");
        break;
    case ChildFilter::State::Escalated:
        w.clauses << QStringLiteral("c.escalated = 1");
        break;
    }
    if (f.overdueActions) {
        w.clauses << QStringLiteral("c.next_action_due < :today");
        w.values.insert(QStringLiteral("today"), Sql::date(f.today));
    }
    if (f.noKnownSetting)
        w.clauses << QStringLiteral("c.setting_known <> 'known'");
    if (f.settingId > 0) {
        w.clauses << QStringLiteral("c.setting_id = :setting");
        w.values.insert(QStringLiteral("setting"), f.settingId);
    }
    if (f.areaId > 0) {
        w.clauses << QStringLiteral("c.area_id = :area");
        w.values.insert(QStringLiteral("area"), f.areaId);
    }
    if (!f.search.trimmed().isEmpty())
        addSearch(w, f.search, f.today);
    return w;
}

QList<SortColumn> sortColumns(ChildSort sort)
{
    // Each sort has an index in this order (schema 12), read forwards or backwards.
    switch (sort) {
    case ChildSort::Surname:
        return {{"c.surname_key"}, {"c.forename_key"}, {"c.id"}};
    case ChildSort::DateOfBirth:
        return {{"c.date_of_birth", true}, {"c.surname_key"}, {"c.forename_key"}, {"c.id"}};
    case ChildSort::Setting: // the name shown, one setting's children together
        return {{"s.name_key"}, {"s.id"}, {"c.surname_key"}, {"c.forename_key"}, {"c.id"}};
    case ChildSort::Area:
        return {{"c.area_id", true}, {"c.surname_key"}, {"c.forename_key"}, {"c.id"}};
    case ChildSort::PpnCount:
        return {{"c.ppn_count"}, {"c.id"}};
    case ChildSort::LastIncident:
        return {{"c.last_incident_on", true}, {"c.id"}};
    case ChildSort::State:
        return {{"c.escalated"}, {"c.status"}, {"c.id"}};
    case ChildSort::NextDue: // nothing due comes last both ways
        return {{"c.next_action_due", true, true}, {"c.id"}};
    }
    return {{"c.id"}};
}

QList<SortPart> sortParts(ChildSort sort, bool searching)
{
    if (sort != ChildSort::Setting)
        return {{QStringLiteral("child c"), {}, {}}};
    // Each setting's children from the setting index (an index lookup per setting, in the
    // settings' name order; CROSS JOIN keeps the settings outside, where SQLite's planner
    // would read every child and sort them); with a search, its matches from their own
    // indexes, sorted (a search in each setting's children looks in every setting). Those
    // without a setting from that index's run without one, one reason at a time, each placed
    // by the text shown (and before a setting of that name).
    QList<SortPart> parts;
    if (searching)
        parts << SortPart{QStringLiteral("child c JOIN setting s ON s.id = c.setting_id"), {}, {}};
    else
        parts << SortPart{QStringLiteral("setting s CROSS JOIN child c"),
                          QStringLiteral("c.setting_id = s.id"),
                          {}};
    const QList<QPair<QString, const char *>> reasons = {
        {QStringLiteral("'unknown', 'known'"), "unknown"},
        {QStringLiteral("'not_in_setting'"), "not_in_setting"},
        {QStringLiteral("'out_of_area'"), "out_of_area"},
        {QStringLiteral("'home_educated'"), "home_educated"}};
    for (int i = 0; i < reasons.size(); ++i) {
        const QString label = settingLabel(QLatin1String(reasons[i].second), QVariant());
        parts << SortPart{QStringLiteral("child c"),
                          QStringLiteral("c.setting_id IS NULL AND c.setting_known IN (%1)")
                              .arg(reasons[i].first),
                          {TextKey::name(label), -1 - i}};
    }
    return parts;
}

QString nullsAsSqlite(const SortColumn &c, bool descending)
{
    if (!c.nullable)
        return {};
    return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
}

QString constantTerm(const QString &name, const QVariant &value, QVariantMap &values)
{
    if (value.typeId() != QMetaType::QString)
        return QString::number(value.toLongLong());
    values.insert(name, value);
    return QLatin1Char(':') + name;
}

} // namespace childsql

using namespace childsql;

namespace {

// ORDER BY over the columns' expressions, or (aliased) over o0, o1, ... of a union.
QString orderBy(const QList<SortColumn> &columns, const QStringList &exprs, bool descending,
                bool aliased)
{
    QStringList terms;
    for (int i = 0; i < columns.size(); ++i) {
        const QString term = aliased ? QStringLiteral("o%1").arg(i) : exprs[i];
        if (columns[i].nullsLast && !descending)
            terms << term + QStringLiteral(" IS NULL");
        terms << (descending ? term + QStringLiteral(" DESC") : term) +
                     nullsAsSqlite(columns[i], descending);
    }
    return terms.join(QStringLiteral(", "));
}

// The sort's columns over one FROM (the whole list in one ORDER BY): the parts' fixed values
// chosen row by row.
QStringList wholeListExprs(ChildSort sort, const QList<SortColumn> &columns, QVariantMap &values)
{
    QStringList exprs;
    for (const SortColumn &c : columns)
        exprs << QLatin1String(c.expr);
    const QList<SortPart> parts = sortParts(sort, false);
    for (int i = 0; i < exprs.size(); ++i) {
        QString cases;
        for (int p = 0; p < parts.size(); ++p) {
            if (i >= parts[p].constants.size())
                continue;
            cases += QStringLiteral(" WHEN %1 THEN %2")
                         .arg(parts[p].where, constantTerm(QStringLiteral("w%1_%2").arg(p).arg(i),
                                                           parts[p].constants[i], values));
        }
        if (!cases.isEmpty())
            exprs[i] =
                QStringLiteral("CASE WHEN s.id IS NOT NULL THEN %1%2 END").arg(exprs[i], cases);
    }
    return exprs;
}

QString wholeListFrom(ChildSort sort)
{
    return sort == ChildSort::Setting
               ? QStringLiteral("child c LEFT JOIN setting s ON s.id = c.setting_id")
               : QStringLiteral("child c");
}

} // namespace

ChildQuery::Statement ChildQuery::idsStatement(const ChildFilter &filter, ChildSort sort,
                                               bool descending, int limit)
{
    Where w = whereFor(filter);
    const QList<SortColumn> columns = sortColumns(sort);
    const QStringList exprs = wholeListExprs(sort, columns, w.values);
    const QString from = wholeListFrom(sort);
    QString sql;
    if (w.anyOf.size() > 1) {
        // A search reads each alternative apart, from its own index where it has one (one
        // statement of them all would read every row), and the union is sorted. Limited ("smi"
        // matches a few thousand Smiths), each alternative reads only its first `limit` rows in
        // sort order and the union keeps the first `limit` of those.
        QStringList picked{QStringLiteral("c.id AS id")};
        for (int i = 0; i < columns.size(); ++i)
            picked << exprs[i] + QStringLiteral(" AS o%1").arg(i);
        QStringList branches;
        for (int b = 0; b < w.anyOf.size(); ++b) {
            const QStringList clauses = w.clauses + QStringList{w.anyOf[b]};
            const QString branch = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                       .arg(picked.join(QStringLiteral(", ")), from,
                                            clauses.join(QStringLiteral(" AND ")));
            if (limit > 0) {
                branches << QStringLiteral("SELECT * FROM (%1 ORDER BY %2 LIMIT :limit) b%3")
                                .arg(branch, orderBy(columns, exprs, descending, false))
                                .arg(b);
            } else {
                branches << branch;
            }
        }
        sql = QStringLiteral("SELECT id FROM (") + branches.join(QStringLiteral(" UNION ")) +
              QStringLiteral(") u ORDER BY ") + orderBy(columns, exprs, descending, true);
        if (limit > 0)
            sql += QStringLiteral(" LIMIT :limit");
    } else {
        QStringList clauses = w.clauses;
        if (!w.anyOf.isEmpty())
            clauses << QStringLiteral("(") + w.anyOf.join(QStringLiteral(" OR ")) +
                           QStringLiteral(")");
        sql = QStringLiteral("SELECT c.id FROM ") + from;
        if (!clauses.isEmpty())
            sql += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY ") + orderBy(columns, exprs, descending, false);
        if (limit > 0)
            sql += QStringLiteral(" LIMIT :limit");
    }
    if (limit > 0)
        w.values.insert(QStringLiteral("limit"), limit);
    return {sql, w.values};
}

Result<QList<Id>> ChildQuery::ids(const QSqlDatabase &db, const ChildFilter &filter, ChildSort sort,
                                  bool descending, int limit)
{
    const Statement statement = idsStatement(filter, sort, descending, limit);
    auto q = Sql::run(db, statement.sql, statement.values);
    if (!q)
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QList<ChildRow>> ChildQuery::rows(const QSqlDatabase &db, const QList<Id> &ids,
                                         const ChildFilter &filter, int windowMonths,
                                         bool countMissing)
{
    // One statement for a window of rows, each id bound (portable: no array binding): on a
    // server each statement is a round trip, and a statement per row made a key in the search
    // box some 50 of them.
    constexpr int Batch = 100;
    QHash<Id, ChildRow> found;
    for (qsizetype start = 0; start < ids.size(); start += Batch) {
        const QList<Id> batch = ids.mid(start, Batch);
        QStringList marks;
        QVariantMap values{
            {QStringLiteral("from"), Sql::date(filter.today.addMonths(-windowMonths))},
            {QStringLiteral("to"), Sql::date(filter.today)},
            {QStringLiteral("missing"), countMissing ? 1 : 0}};
        for (int i = 0; i < batch.size(); ++i) {
            marks << QStringLiteral(":i%1").arg(i);
            values.insert(QStringLiteral("i%1").arg(i), batch[i]);
        }
        auto q = Sql::run(
            db,
            QStringLiteral(
                "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.setting_known, s.name, "
                "a.name, c.ppn_count, c.last_incident_on, c.status, c.escalated, "
                "c.open_actions, c.next_action_due, c.archived_at, "
                "(SELECT count(*) FROM ppn_child pc WHERE pc.child_id = c.id AND pc.archived = 0 "
                " AND pc.incident_on >= :from AND pc.incident_on <= :to AND (:missing = 1 OR "
                " NOT EXISTS (SELECT 1 FROM ppn p WHERE p.id = pc.ppn_id AND "
                " p.type = 'missing_child'))) "
                "FROM child c LEFT JOIN setting s ON s.id = c.setting_id "
                "LEFT JOIN area a ON a.id = c.area_id WHERE c.id IN (%1)")
                .arg(marks.join(QStringLiteral(", "))),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            ChildRow r;
            r.id = q->value(0).toLongLong();
            r.forename = q->value(1).toString();
            r.surname = q->value(2).toString();
            r.dateOfBirth = Sql::toDate(q->value(3));
            r.settingName = settingLabel(q->value(4).toString(), q->value(5));
            r.areaName = q->value(6).toString();
            r.ppnCount = q->value(7).toInt();
            r.lastIncident = Sql::toDate(q->value(8));
            r.status = q->value(9).toString() == QLatin1String("greened_off")
                           ? ChildStatus::GreenedOff
                           : ChildStatus::Open;
            r.escalated = q->value(10).toBool();
            r.openActions = q->value(11).toInt();
            r.nextActionDue = Sql::toDate(q->value(12));
            r.archived = !q->value(13).isNull();
            r.ppnsInWindow = q->value(14).toInt();
            found.insert(r.id, r);
        }
    }
    // In the order given; an id no longer there (removed meanwhile) is left out.
    QList<ChildRow> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    }
    return out;
}

Result<QList<ChildRow>> ChildQuery::find(const QSqlDatabase &db, const ChildFilter &filter,
                                         int limit)
{
    auto all = ids(db, filter, ChildSort::Surname, false, limit);
    if (!all)
        return all.error();
    return rows(db, *all, filter);
}

} // namespace enc
