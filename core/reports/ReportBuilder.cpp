#include "reports/ReportBuilder.h"

#include "domain/WorkingDays.h"
#include "letters/LetterKind.h"
#include "repo/Options.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ReportBuilder", text);
}

QDate monthOf(const QVariant &yearMonth)
{
    return QDate::fromString(yearMonth.toString() + QStringLiteral("-01"), Qt::ISODate);
}

// The SQL of each figure, bound with :from and :to (ReportBuilder::statements()).
// One index range count per month: grouping by an expression would sort every row. The months
// are counted as year * 12 + month - 1 and written back as text, as date arithmetic is not
// spelt the same on SQLite and PostgreSQL.
QString sqlPpnsPerMonth()
{
    return QStringLiteral(
        "WITH RECURSIVE m(n) AS (SELECT CAST(substr(:from, 1, 4) AS INTEGER) * 12 + "
        "CAST(substr(:from, 6, 2) AS INTEGER) - 1 UNION ALL SELECT n + 1 FROM m WHERE n + 1 <= "
        "CAST(substr(:to, 1, 4) AS INTEGER) * 12 + CAST(substr(:to, 6, 2) AS INTEGER) - 1), "
        "b(s, e) AS (SELECT (n / 12) || '-' || CASE WHEN n % 12 < 9 THEN '0' ELSE '' END || "
        "(n % 12 + 1) || '-01', ((n + 1) / 12) || '-' || CASE WHEN (n + 1) % 12 < 9 THEN '0' ELSE "
        "'' END || ((n + 1) % 12 + 1) || '-01' FROM m) "
        "SELECT substr(s, 1, 7), (SELECT count(*) FROM ppn WHERE incident_on >= CASE WHEN s < "
        ":from THEN :from ELSE s END AND incident_on < e AND incident_on <= :to AND archived_at "
        "IS NULL) FROM b");
}

// The period's PPNs by type: domestic abuse, missing child.
QString sqlPpnsByType()
{
    return QStringLiteral("SELECT type, count(*) FROM ppn WHERE incident_on BETWEEN :from AND :to "
                          "AND archived_at IS NULL GROUP BY type");
}

// One row per child with PPNs in the period, in child order (the covering index
// ppn_child_child); counted in C++, as a GROUP BY over four columns sorted every row.
QString sqlLinks()
{
    return QStringLiteral("SELECT c.area_id, c.setting_id, c.setting_known, x.n "
                          "FROM (SELECT child_id, count(*) AS n FROM ppn_child WHERE archived = 0 "
                          "AND incident_on BETWEEN :from AND :to GROUP BY child_id) x "
                          "JOIN child c ON c.id = x.child_id");
}

QString sqlEscalations()
{
    return QStringLiteral("SELECT substr(triggered_on, 1, 7), count(*) FROM escalation "
                          "WHERE triggered_on BETWEEN :from AND :to GROUP BY 1");
}

QString sqlDecisions()
{
    return QStringLiteral("SELECT outcome_id, count(*) FROM decision "
                          "WHERE decided_on BETWEEN :from AND :to GROUP BY outcome_id");
}

// A range of the index proforma_sent; days are counted in C++. A request withdrawn (undone in
// the window) was never sent.
QString sqlProformas()
{
    return QStringLiteral("SELECT sent_on, returned_on FROM proforma WHERE sent_on BETWEEN :from "
                          "AND :to AND archived_at IS NULL");
}

// The kind is the one the letters log (LetterKinds::disclosureKind): the report once looked
// for "notification" while letters logged "notification letter", and every PPN showed as
// not yet told.
QString sqlTimeliness(const QSqlDatabase &db)
{
    const QString toldOn = SqlParts::localDate(db, QStringLiteral("d.at"));
    return QStringLiteral(
               "SELECT pc.incident_on, (SELECT min(%2) FROM "
               "disclosure_child dc JOIN disclosure d ON d.id = dc.disclosure_id WHERE "
               "dc.child_id = pc.child_id AND d.kind = '%1' AND %2 >= "
               "pc.incident_on), count(*) FROM ppn_child pc WHERE pc.archived = 0 AND "
               "pc.incident_on BETWEEN :from AND :to AND pc.child_id IN (SELECT dc.child_id FROM "
               "disclosure_child dc JOIN disclosure d ON d.id = dc.disclosure_id WHERE d.kind = "
               "'%1') GROUP BY 1, 2")
        .arg(LetterKinds::disclosureKind(LetterKind::Notification), toldOn);
}

QString sqlMeetings()
{
    return QStringLiteral(
        "SELECT m.date, count(a.member_id), "
        "coalesce(sum(a.expected), 0), "
        "coalesce(sum(CASE WHEN a.expected = 1 AND a.status IN ('present', 'deputy') THEN 1 "
        "ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN a.expected = 1 AND g.is_police = 1 THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN a.expected = 1 AND g.is_police = 1 AND a.status IN ('present', "
        "'deputy') THEN 1 ELSE 0 END), 0) "
        "FROM meeting m LEFT JOIN attendance a ON a.meeting_id = m.id "
        "LEFT JOIN member b ON b.id = a.member_id LEFT JOIN agency g ON g.id = b.agency_id "
        "WHERE m.date BETWEEN :from AND :to GROUP BY m.id");
}

QString sqlAgencies()
{
    return QStringLiteral(
        "SELECT g.id, g.name, coalesce(g.is_police, 0), sum(a.expected), "
        "sum(CASE WHEN a.expected = 1 AND a.status IN ('present', 'deputy') THEN 1 ELSE 0 END) "
        "FROM meeting m JOIN attendance a ON a.meeting_id = m.id "
        "JOIN member b ON b.id = a.member_id LEFT JOIN agency g ON g.id = b.agency_id "
        "WHERE m.date BETWEEN :from AND :to GROUP BY g.id ORDER BY lower(g.name) NULLS FIRST");
}

// Most first, then by name; at most top.
QList<PlaceCount> ranked(QList<PlaceCount> places, int top)
{
    std::sort(places.begin(), places.end(), [](const PlaceCount &a, const PlaceCount &b) {
        return a.ppns != b.ppns ? a.ppns > b.ppns : a.name < b.name;
    });
    if (places.size() > top)
        places.resize(top);
    return places;
}

// Builds the figures one query at a time; the first failure stops the rest.
class Builder
{
public:
    Builder(const QSqlDatabase &db, QDate from, QDate to)
        : m_db(db), m_period{{QStringLiteral("from"), Sql::date(from)},
                             {QStringLiteral("to"), Sql::date(to)}}
    {}

    Status ppnsPerMonth(Report &r);
    Status ppnsByType(Report &r);
    Status links(Report &r);
    Status escalations(Report &r);
    Status outcomes(Report &r);
    Status proformas(Report &r);
    Status timeliness(Report &r);
    Status meetings(Report &r);

private:
    Result<QSqlQuery> run(const QString &sql) const { return Sql::run(m_db, sql, m_period); }

    QSqlDatabase m_db;
    QVariantMap m_period;
    qint64 m_links = 0; // children's PPNs in the period, from links()
};

// Fills a zero for every month of the period, then the counts found.
QList<MonthCount> perMonth(const Report &r, const QHash<QDate, qint64> &found)
{
    QList<MonthCount> out;
    for (const QDate &m : ReportBuilder::months(r.from, r.to))
        out.append({m, found.value(m)});
    return out;
}

Status Builder::ppnsPerMonth(Report &r)
{
    auto q = run(sqlPpnsPerMonth());
    if (!q)
        return q.error();
    QHash<QDate, qint64> found;
    while (q->next()) {
        found.insert(monthOf(q->value(0)), q->value(1).toLongLong());
        r.ppns += q->value(1).toLongLong();
    }
    r.ppnsPerMonth = perMonth(r, found);
    return {};
}

Status Builder::ppnsByType(Report &r)
{
    auto q = run(sqlPpnsByType());
    if (!q)
        return q.error();
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("missing_child"))
            r.ppnsMissingChild += q->value(1).toLongLong();
        else
            r.ppnsDomesticAbuse += q->value(1).toLongLong();
    }
    return {};
}

// One pass over the period's children's PPNs (the covering index ppn_child_child), each
// child's count then grouped by its area, setting and count: areas, settings and repeats.
// A child's PPN is one notification due to the child's setting, so a PPN about two
// siblings counts twice.
Status Builder::links(Report &r)
{
    const QHash<QString, QString> reasons{
        {QStringLiteral("not_in_setting"), tr("Not in a setting")},
        {QStringLiteral("unknown"), tr("Setting unknown")},
        {QStringLiteral("out_of_area"), tr("Out of area")},
        {QStringLiteral("home_educated"), tr("Home educated")}};
    QHash<Id, PlaceCount> areas;
    QHash<Id, PlaceCount> settings;
    QHash<QByteArray, PlaceCount> noSetting;
    RepeatFigures &rp = r.repeats;
    const Status scanned = RowScan::run(m_db, sqlLinks(), m_period, [&](const RowScan::Row &row) {
        const qint64 n = row.integer(3);
        const auto add = [n](PlaceCount &p) {
            p.ppns += n;
            p.children += 1;
        };
        const Id areaId = row.integer(0);
        PlaceCount &area = areas[areaId];
        area.id = areaId;
        add(area);
        const Id settingId = row.integer(1);
        const QByteArrayView known = row.text(2);
        if (known == "known" && settingId) {
            PlaceCount &setting = settings[settingId];
            setting.id = settingId;
            add(setting);
        } else {
            add(noSetting[known == "known" ? QByteArrayLiteral("unknown") : known.toByteArray()]);
        }
        rp.children += 1;
        (n == 1 ? rp.once : n == 2 ? rp.twice : n == 3 ? rp.threeTimes : rp.fourOrMore) += 1;
        m_links += n;
    });
    if (!scanned)
        return scanned;
    for (auto it = noSetting.begin(); it != noSetting.end(); ++it) {
        const QString known = QString::fromUtf8(it.key());
        it->name = reasons.value(known, known);
    }
    // Names last, and for the listed settings only.
    auto names = Sql::run(m_db, QStringLiteral("SELECT id, name, child_population FROM area"));
    if (!names)
        return names.error();
    while (names->next()) {
        const auto it = areas.find(names->value(0).toLongLong());
        if (it != areas.end()) {
            it->name = names->value(1).toString();
            it->population = names->value(2).toLongLong();
        }
    }
    if (areas.contains(0))
        areas[0].name = tr("Area not recorded");
    r.areas = ranked(areas.values(), r.top);
    r.noSetting = ranked(noSetting.values(), int(noSetting.size()));
    // Settings rank by count first, so the names of only the top ones are read.
    QList<PlaceCount> top = settings.values();
    std::sort(top.begin(), top.end(), [](const PlaceCount &a, const PlaceCount &b) {
        return a.ppns != b.ppns ? a.ppns > b.ppns : a.id < b.id;
    });
    const qint64 boundary = top.size() > r.top ? top[r.top - 1].ppns : -1;
    // Keep ties at the boundary so the name order decides among them.
    while (top.size() > r.top && top.last().ppns < boundary)
        top.removeLast();
    for (PlaceCount &p : top) {
        auto s = Sql::run(m_db,
                          QStringLiteral("SELECT s.name, a.name FROM setting s "
                                         "LEFT JOIN area a ON a.id = s.area_id WHERE s.id = :id"),
                          {{QStringLiteral("id"), p.id}});
        if (!s)
            return s.error();
        if (s->next()) {
            p.name = s->value(0).toString();
            p.area = s->value(1).toString();
        }
    }
    r.settings = ranked(top, r.top);
    return {};
}

Status Builder::escalations(Report &r)
{
    auto q = run(sqlEscalations());
    if (!q)
        return q.error();
    QHash<QDate, qint64> found;
    while (q->next()) {
        found.insert(monthOf(q->value(0)), q->value(1).toLongLong());
        r.escalations += q->value(1).toLongLong();
    }
    r.escalationsPerMonth = perMonth(r, found);
    return {};
}

Status Builder::outcomes(Report &r)
{
    QHash<Id, qint64> counts;
    {
        // Let go before the next query runs: on a server, letting a prepared query go sends
        // DEALLOCATE, which ends the rows of a query still being read (QPSQL reads row by row).
        auto q = run(sqlDecisions());
        if (!q)
            return q.error();
        while (q->next())
            counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    auto q = Sql::run(m_db, QStringLiteral("SELECT id, code, label, active FROM outcome "
                                           "ORDER BY active DESC, sort_order, id"));
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 n = counts.value(q->value(0).toLongLong());
        // A retired outcome is listed only when decisions in the period used it.
        if (q->value(3).toBool() || n > 0)
            r.outcomes.append({q->value(1).toString(), q->value(2).toString(), n});
    }
    return {};
}

Status Builder::proformas(Report &r)
{
    QMap<qint64, qint64> byDays; // days to return -> proformas, ascending
    double sum = 0;
    const Status scanned =
        RowScan::run(m_db, sqlProformas(), m_period, [&](const RowScan::Row &row) {
            ++r.proformas.sent;
            if (row.isNull(1))
                return;
            const QDate sent = row.date(0);
            const QDate returned = row.date(1);
            if (!sent.isValid() || !returned.isValid())
                return;
            const qint64 d = sent.daysTo(returned);
            ++r.proformas.returned;
            ++byDays[d];
            sum += double(d);
        });
    if (!scanned)
        return scanned;
    QList<std::pair<qint64, qint64>> days;
    for (auto it = byDays.cbegin(); it != byDays.cend(); ++it)
        days.append({it.key(), it.value()});
    ProformaFigures &p = r.proformas;
    if (p.returned == 0)
        return {};
    p.meanDays = sum / p.returned;
    // The median of the sorted days: the middle value, or the mean of the middle two.
    const auto nth = [&days](qint64 index) {
        qint64 seen = 0;
        for (const auto &[d, n] : days) {
            seen += n;
            if (index < seen)
                return d;
        }
        return days.last().first;
    };
    p.medianDays = p.returned % 2 ? double(nth(p.returned / 2))
                                  : (nth(p.returned / 2 - 1) + nth(p.returned / 2)) / 2.0;
    return {};
}

Status Builder::timeliness(Report &r)
{
    // Only children with a logged notification need the look-up; the rest are "not yet".
    auto q = run(sqlTimeliness(m_db));
    if (!q)
        return q.error();
    qint64 looked = 0;
    while (q->next()) {
        const QDate incident = Sql::toDate(q->value(0));
        const QDate first = Sql::toDate(q->value(1));
        const qint64 n = q->value(2).toLongLong();
        looked += n;
        if (!first.isValid())
            r.timeliness.notYet += n;
        else if (first == incident)
            r.timeliness.sameDay += n;
        else if (first <= WorkingDays::nextWorkingDay(incident))
            r.timeliness.nextWorkingDay += n;
        else
            r.timeliness.later += n;
    }
    // Every child's PPN of the period, counted by links(): those not looked up are not yet told.
    r.timeliness.notYet += std::max<qint64>(0, m_links - looked);
    return {};
}

Status Builder::meetings(Report &r)
{
    const int percent = Options(m_db).quorumPercent();
    auto q = run(sqlMeetings());
    if (!q)
        return q.error();
    QHash<QDate, MeetingMonth> byMonth;
    while (q->next()) {
        const QDate d = Sql::toDate(q->value(0));
        MeetingMonth &m = byMonth[QDate(d.year(), d.month(), 1)];
        const qint64 expected = q->value(2).toLongLong();
        const qint64 attending = q->value(3).toLongLong();
        // The rule of domain/Quorum: ceil(expected * percent / 100) expected members attend.
        const bool quorate =
            expected > 0 && attending >= (expected * std::clamp(percent, 0, 100) + 99) / 100;
        ++m.held;
        m.quorate += quorate ? 1 : 0;
        m.policeExpected += q->value(4).toLongLong();
        m.policeAttended += q->value(5).toLongLong();
        ++r.meetings.held;
        r.meetings.quorate += quorate ? 1 : 0;
    }
    for (const QDate &month : ReportBuilder::months(r.from, r.to)) {
        MeetingMonth m = byMonth.value(month);
        m.month = month;
        r.meetings.months.append(m);
    }

    *q = QSqlQuery(); // let go before the next runs (outcomes() says why)
    q = run(sqlAgencies());
    if (!q)
        return q.error();
    while (q->next()) {
        AgencyAttendance a;
        a.agency = q->value(0).isNull() ? tr("Agency not recorded") : q->value(1).toString();
        a.police = q->value(2).toBool();
        a.expected = q->value(3).toLongLong();
        a.attended = q->value(4).toLongLong();
        r.meetings.agencies.append(a);
    }
    return {};
}

} // namespace

QStringList ReportBuilder::statements(const QSqlDatabase &db)
{
    return {sqlPpnsPerMonth(), sqlPpnsByType(),   sqlLinks(),    sqlEscalations(), sqlDecisions(),
            sqlProformas(),    sqlTimeliness(db), sqlMeetings(), sqlAgencies()};
}

QList<QDate> ReportBuilder::months(QDate from, QDate to)
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        out.append(m);
    return out;
}

Result<Report> ReportBuilder::build(const QSqlDatabase &db, QDate from, QDate to, int top)
{
    if (!from.isValid() || !to.isValid())
        return Result<Report>::failure(tr("Give both the first and the last day of the period."));
    if (from > to) {
        return Result<Report>::failure(
            tr("The period starts after it ends: choose a first day on or before the last."));
    }
    Report r;
    r.from = from;
    r.to = to;
    r.top = std::max(1, top);
    r.generatedAt = QDateTime::currentDateTime();
    Builder b(db, from, to);
    // links() before timeliness(), which reuses its count.
    for (Status (Builder::*step)(Report &) :
         {&Builder::ppnsPerMonth, &Builder::ppnsByType, &Builder::links, &Builder::escalations,
          &Builder::outcomes, &Builder::proformas, &Builder::timeliness, &Builder::meetings}) {
        if (Status s = (b.*step)(r); !s)
            return s.error();
    }
    return r;
}

} // namespace enc
