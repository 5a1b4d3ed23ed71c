#include "ChildQuery.h"

#include "domain/TextKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

struct Where
{
    QStringList clauses; // constant SQL fragments only
    QVariantMap values;  // every value bound
};

// Each token must match a forename or surname prefix (so "smith jo" and "jo smith" both
// find Jo Smith); the whole text may instead be a postcode or police reference prefix.
void addSearch(Where &w, const QString &text)
{
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList nameParts;
    int i = 0;
    for (const QString &token : tokens) {
        const QString key = TextKey::name(token);
        if (key.isEmpty())
            continue;
        const QString lo = QStringLiteral("k%1").arg(i);
        const QString hi = QStringLiteral("e%1").arg(i);
        nameParts << QStringLiteral("((c.surname_key >= :%1 AND c.surname_key < :%2) OR "
                                    "(c.forename_key >= :%1 AND c.forename_key < :%2))")
                         .arg(lo, hi);
        w.values.insert(lo, key);
        w.values.insert(hi, TextKey::prefixEnd(key));
        ++i;
    }
    QStringList any;
    if (!nameParts.isEmpty())
        any << QStringLiteral("(") + nameParts.join(QStringLiteral(" AND ")) + QStringLiteral(")");
    const QString postcode = TextKey::postcode(text);
    if (postcode.size() >= 2) {
        any << QStringLiteral("(c.postcode_key >= :pc AND c.postcode_key < :pce)");
        w.values.insert(QStringLiteral("pc"), postcode);
        w.values.insert(QStringLiteral("pce"), TextKey::prefixEnd(postcode));
    }
    const QString ref = TextKey::reference(text);
    if (ref.size() >= 3) {
        any << QStringLiteral("c.id IN (SELECT pc.child_id FROM ppn p JOIN ppn_child pc ON "
                              "pc.ppn_id = p.id WHERE p.police_ref_key >= :ref AND "
                              "p.police_ref_key < :refe)");
        w.values.insert(QStringLiteral("ref"), ref);
        w.values.insert(QStringLiteral("refe"), TextKey::prefixEnd(ref));
    }
    if (any.isEmpty())
        return;
    w.clauses << QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

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
        addSearch(w, f.search);
    return w;
}

QString orderBy(ChildSort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (sort) {
    case ChildSort::Surname:
        return QStringLiteral("c.surname_key%1, c.forename_key%1, c.id").arg(dir);
    case ChildSort::DateOfBirth:
        return QStringLiteral("c.date_of_birth%1, c.id").arg(dir);
    case ChildSort::Setting:
        return QStringLiteral("c.setting_id%1, c.surname_key, c.id").arg(dir);
    case ChildSort::Area:
        return QStringLiteral("c.area_id%1, c.surname_key, c.id").arg(dir);
    case ChildSort::PpnCount:
        return QStringLiteral("c.ppn_count%1, c.id").arg(dir);
    case ChildSort::LastIncident:
        return QStringLiteral("c.last_incident_on%1, c.id").arg(dir);
    case ChildSort::State:
        return QStringLiteral("c.escalated%1, c.status%1, c.id").arg(dir);
    case ChildSort::NextDue:
        return QStringLiteral("c.next_action_due IS NULL, c.next_action_due%1, c.id").arg(dir);
    }
    return QStringLiteral("c.id");
}

QString settingLabel(const QString &known, const QString &name)
{
    if (known == QLatin1String("known"))
        return name;
    if (known == QLatin1String("not_in_setting"))
        return QCoreApplication::translate("enc::ChildQuery", "Not in a setting");
    if (known == QLatin1String("out_of_area"))
        return QCoreApplication::translate("enc::ChildQuery", "Out of area");
    if (known == QLatin1String("home_educated"))
        return QCoreApplication::translate("enc::ChildQuery", "Home educated");
    return QCoreApplication::translate("enc::ChildQuery", "Unknown");
}

} // namespace

Result<QList<Id>> ChildQuery::ids(const QSqlDatabase &db, const ChildFilter &filter, ChildSort sort,
                                  bool descending, int limit)
{
    Where w = whereFor(filter);
    QString sql = QStringLiteral("SELECT c.id FROM child c");
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orderBy(sort, descending);
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT :limit");
        w.values.insert(QStringLiteral("limit"), limit);
    }
    auto q = Sql::run(db, sql, w.values);
    if (!q)
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QList<ChildRow>> ChildQuery::rows(const QSqlDatabase &db, const QList<Id> &ids,
                                         const ChildFilter &filter, int windowMonths)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One prepared statement per row keeps the SQL portable (no array binding).
    if (!q.prepare(QStringLiteral(
            "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.setting_known, s.name, "
            "a.name, c.ppn_count, c.last_incident_on, c.status, c.escalated, c.open_actions, "
            "c.next_action_due, c.archived_at, "
            "(SELECT count(*) FROM ppn_child pc WHERE pc.child_id = c.id AND pc.archived = 0 "
            " AND pc.incident_on >= :from AND pc.incident_on <= :to) "
            "FROM child c LEFT JOIN setting s ON s.id = c.setting_id "
            "LEFT JOIN area a ON a.id = c.area_id WHERE c.id = :id")))
        return Result<QList<ChildRow>>::failure(Sql::errorText(q));
    const QVariant from = Sql::date(filter.today.addMonths(-windowMonths));
    const QVariant to = Sql::date(filter.today);
    QList<ChildRow> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Result<QList<ChildRow>>::failure(Sql::errorText(q));
        if (!q.next())
            continue;
        ChildRow r;
        r.id = q.value(0).toLongLong();
        r.forename = q.value(1).toString();
        r.surname = q.value(2).toString();
        r.dateOfBirth = Sql::toDate(q.value(3));
        r.settingName = settingLabel(q.value(4).toString(), q.value(5).toString());
        r.areaName = q.value(6).toString();
        r.ppnCount = q.value(7).toInt();
        r.lastIncident = Sql::toDate(q.value(8));
        r.status = q.value(9).toString() == QLatin1String("greened_off") ? ChildStatus::GreenedOff
                                                                         : ChildStatus::Open;
        r.escalated = q.value(10).toBool();
        r.openActions = q.value(11).toInt();
        r.nextActionDue = Sql::toDate(q.value(12));
        r.archived = !q.value(13).isNull();
        r.ppnsInWindow = q.value(14).toInt();
        out.append(r);
        q.finish();
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
