#include "demo/DemoModel.h"

#include "demo/BulkWrite.h"

#include "domain/TextKey.h"
#include "storage/Dialect.h"
#include "storage/RowInsert.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace enc::demo {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::DemoGenerator", text);
}

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    // Named placeholders: QSqlResult formats a name for every positional bind, which costs
    // more than the insert itself; binding by a ready-made name is a hash lookup.
    QString named;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?')) {
            m_names << QStringLiteral(":v%1").arg(m_names.size());
            named += m_names.last();
        } else {
            named += c;
        }
    }
    m_query.setForwardOnly(true);
    if (!m_query.prepare(named)) {
        m_status = Status::failure(tr("The demo data could not be prepared: %1 (in: %2)")
                                       .arg(Sql::errorText(m_query), sql.left(60)));
    }
}

Result<Id> Statement::run(std::initializer_list<QVariant> values)
{
    static const QString empty = QString(QLatin1String(""));
    int i = 0;
    for (const QVariant &v : values) {
        // A null QString would be stored as NULL; an unset QVariant is the way to ask for NULL.
        const bool nullText =
            !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
        m_query.bindValue(m_names.at(i++), nullText ? QVariant(empty) : v);
    }
    if (!m_query.exec()) {
        return Result<Id>::failure(tr("The demo data could not be written: %1 (in: %2)")
                                       .arg(Sql::errorText(m_query), m_sql.left(60)));
    }
    return m_query.lastInsertId().toLongLong();
}

bool Progress::report(int from, int to, qint64 done, qint64 total)
{
    if (m_cancelled)
        return false;
    const int percent = total > 0 ? from + int((to - from) * done / total) : to;
    if (percent == m_last)
        return true;
    m_last = percent;
    if (m_callback && !m_callback(percent, 100))
        m_cancelled = true;
    return !m_cancelled;
}

namespace {

// QDate::toString(Qt::ISODate) goes through QString::asprintf: too slow for a million dates.
void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

QString isoText(QDate d, int minuteOfDay)
{
    char16_t buffer[20] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0',
                           u'T', u'0', u'0', u':', u'0', u'0', u':', u'0', u'0', u'Z'};
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    putDigits(buffer, year, 4);
    putDigits(buffer + 5, month, 2);
    putDigits(buffer + 8, day, 2);
    if (minuteOfDay < 0)
        return QString(reinterpret_cast<const QChar *>(buffer), 10);
    putDigits(buffer + 11, minuteOfDay / 60, 2);
    putDigits(buffer + 14, minuteOfDay % 60, 2);
    return QString(reinterpret_cast<const QChar *>(buffer), 20);
}

} // namespace

QVariant isoDate(QDate d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return Sql::date(d);
    return isoText(d, -1);
}

QVariant stamp(QDate d, int minuteOfDay)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return QVariant(QMetaType(QMetaType::QString));
    return isoText(d, std::clamp(minuteOfDay, 0, 24 * 60 - 1));
}

namespace {

// Reuses a row with this name (areas and agencies are unique by name), else adds it.
Result<Id> idByName(const QSqlDatabase &db, const QString &table, const QString &name,
                    const QString &insertSql, std::initializer_list<QVariant> values)
{
    // table is one of two constants below, never user text.
    auto found = Sql::scalar(
        db, QStringLiteral("SELECT id FROM %1 WHERE lower(name) = lower(:name)").arg(table),
        {{QStringLiteral("name"), name}});
    if (!found)
        return found.error();
    if (!found->isNull())
        return found->toLongLong();
    Statement insert(db, insertSql);
    if (!insert.status())
        return insert.status().error();
    return insert.run(values);
}

Status cancelled()
{
    return Status::failure(tr("Cancelled: nothing was written."));
}

} // namespace

Status writePlaces(const QSqlDatabase &db, Plan &plan, Progress &progress)
{
    for (PlanArea &a : plan.areas) {
        // The area's 0-5 population: the tracked children are roughly one in ten.
        const int population = std::max(1500, a.children * 10 + a.weight * 37);
        auto id =
            idByName(db, QStringLiteral("area"), a.name,
                     QStringLiteral("INSERT INTO area (name, child_population) VALUES (?, ?)"),
                     {a.name, population});
        if (!id)
            return id.error();
        a.id = *id;
    }
    auto settingIds = NewIds::reserve(db, QStringLiteral("setting"), plan.settings.size());
    auto householdIds = NewIds::reserve(db, QStringLiteral("household"), plan.households.size());
    auto childIds = NewIds::reserve(db, QStringLiteral("child"), plan.children.size());
    for (const auto *r : {&settingIds, &householdIds, &childIds}) {
        if (!*r)
            return r->error();
    }
    BulkWrite setting(db,

                      QStringLiteral("setting"),
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("name_key"),
                       QStringLiteral("type"), QStringLiteral("urn"), QStringLiteral("area_id"),
                       QStringLiteral("dsl_name"), QStringLiteral("dsl_email"),
                       QStringLiteral("deputy_name"), QStringLiteral("deputy_email"),
                       QStringLiteral("phone"), QStringLiteral("contacts_verified_on")});
    if (!setting.status())
        return setting.status();
    for (PlanSetting &s : plan.settings) {
        auto id = settingIds->take();
        if (!id)
            return id.error();
        s.id = *id;
        if (Status st = setting.add({s.id, s.name, TextKey::name(s.name), s.type, s.urn,
                                     plan.areas[size_t(s.area)].id, s.dslName, s.dslEmail,
                                     s.deputyName, s.deputyEmail, s.phone, isoDate(s.verifiedOn)});
            !st)
            return st;
    }
    if (Status st = setting.flush(); !st)
        return st;

    // A child joins the tracker when its household's first PPN arrives.
    std::vector<QDate> firstReceived(plan.households.size());
    for (const PlanPpn &p : plan.ppns) {
        QDate &d = firstReceived[size_t(p.household)];
        if (!d.isValid() || p.received < d)
            d = p.received;
    }
    BulkWrite household(db, QStringLiteral("household"),
                        {QStringLiteral("id"), QStringLiteral("address"),
                         QStringLiteral("postcode"), QStringLiteral("area_id")});
    BulkWrite child(db,

                    QStringLiteral("child"),
                    {QStringLiteral("id"), QStringLiteral("forename"), QStringLiteral("surname"),
                     QStringLiteral("forename_key"), QStringLiteral("surname_key"),
                     QStringLiteral("date_of_birth"), QStringLiteral("gender"),
                     QStringLiteral("address"), QStringLiteral("postcode"),
                     QStringLiteral("postcode_key"), QStringLiteral("area_id"),
                     QStringLiteral("setting_id"), QStringLiteral("setting_known"),
                     QStringLiteral("household_id"), QStringLiteral("case_reference"),
                     QStringLiteral("social_care_open"), QStringLiteral("social_worker"),
                     QStringLiteral("created_at"), QStringLiteral("updated_at")});
    child.after(&household);
    if (!household.status())
        return household.status();
    if (!child.status())
        return child.status();
    const qint64 total = qint64(plan.households.size());
    for (size_t i = 0; i < plan.households.size(); ++i) {
        PlanHousehold &h = plan.households[i];
        const Id area = plan.areas[size_t(h.area)].id;
        auto householdId = householdIds->take();
        if (!householdId)
            return householdId.error();
        h.id = *householdId;
        if (Status st = household.add({h.id, h.address, h.postcode, area}); !st)
            return st;
        const QString postcodeKey = TextKey::postcode(h.postcode);
        const QVariant created = stamp(firstReceived[i].isValid() ? firstReceived[i] : plan.today,
                                       9 * 60 + int(i % 240));
        for (int c = h.firstChild; c < h.firstChild + h.childCount; ++c) {
            PlanChild &k = plan.children[size_t(c)];
            auto childId = childIds->take();
            if (!childId)
                return childId.error();
            k.id = *childId;
            const QVariant settingId =
                k.setting >= 0 ? QVariant(plan.settings[size_t(k.setting)].id) : Sql::id(0);
            if (Status st =
                    child.add({k.id, k.forename, k.surname, TextKey::name(k.forename),
                               TextKey::name(k.surname), isoDate(k.dob), k.gender, h.address,
                               h.postcode, postcodeKey, area, settingId, k.settingKnown, h.id,
                               k.caseReference, k.socialCare, k.socialWorker, created, created});
                !st)
                return st;
        }
        if (!progress.report(5, 20, qint64(i), total))
            return cancelled();
    }
    return child.flush();
}

Status writeMembers(const QSqlDatabase &db, std::vector<PlanMember> &members)
{
    Statement member(db, QStringLiteral("INSERT INTO member (name, role, agency_id, email, "
                                        "commitment) VALUES (?, ?, ?, ?, ?)"));
    if (!member.status())
        return member.status();
    for (PlanMember &m : members) {
        auto agency = idByName(db, QStringLiteral("agency"), m.agency,
                               QStringLiteral("INSERT INTO agency (name, is_police) VALUES (?, ?)"),
                               {m.agency, m.key == QLatin1String("police") ? 1 : 0});
        if (!agency)
            return agency.error();
        auto id = member.run({m.name, m.role, *agency, m.email, m.commitment});
        if (!id)
            return id.error();
        m.id = *id;
    }
    return {};
}

Status writePpns(const QSqlDatabase &db, Plan &plan, Random &rng, Progress &progress)
{
    auto ppnIds = NewIds::reserve(db, QStringLiteral("ppn"), plan.ppns.size());
    if (!ppnIds)
        return ppnIds.error();
    BulkWrite ppn(
        db, QStringLiteral("ppn"),
        {QStringLiteral("id"), QStringLiteral("police_ref"), QStringLiteral("police_ref_key"),
         QStringLiteral("incident_on"), QStringLiteral("incident_time"),
         QStringLiteral("received_on"), QStringLiteral("type"), QStringLiteral("risk"),
         QStringLiteral("dash_score"), QStringLiteral("crime"), QStringLiteral("incident_address"),
         QStringLiteral("home_address"), QStringLiteral("source"), QStringLiteral("created_at")});
    BulkWrite link(db, QStringLiteral("ppn_child"),
                   {QStringLiteral("ppn_id"), QStringLiteral("child_id"),
                    QStringLiteral("presence"), QStringLiteral("incident_on")});
    link.after(&ppn);
    if (!ppn.status())
        return ppn.status();
    if (!link.status())
        return link.status();
    static const QString risks[] = {QStringLiteral("standard"), QStringLiteral("medium"),
                                    QStringLiteral("high"), QStringLiteral("unknown")};
    static const QString crimes[] = {QStringLiteral("crime"), QStringLiteral("non_crime"),
                                     QStringLiteral("unknown")};
    static const QString presences[] = {QStringLiteral("present"), QStringLiteral("witnessed"),
                                        QStringLiteral("resident_not_present"),
                                        QStringLiteral("unknown")};
    const QString demoSource = QStringLiteral("demo");
    const QVariant none(QMetaType(QMetaType::QString));
    const qint64 total = qint64(plan.ppns.size());
    for (size_t i = 0; i < plan.ppns.size(); ++i) {
        PlanPpn &p = plan.ppns[i];
        const PlanHousehold &h = plan.households[size_t(p.household)];
        const QString home = h.address + QStringLiteral(", ") + h.postcode;
        QString where = home;
        if (p.elsewhere) {
            const int number = rng.between(1, 200);
            const QString street = rng.pick(names::streets());
            const QString kind = rng.pick(names::streetKinds());
            where = QStringLiteral("%1 %2 %3, %4")
                        .arg(number)
                        .arg(street, kind, plan.areas[size_t(h.area)].name);
        }
        const QVariant incidentOn = isoDate(p.incident);
        auto ppnId = ppnIds->take();
        if (!ppnId)
            return ppnId.error();
        p.id = *ppnId;
        if (Status st = ppn.add(
                {p.id, p.reference, TextKey::reference(p.reference), incidentOn,
                 p.time.isValid() ? QVariant(p.time.toString(QStringLiteral("HH:mm"))) : none,
                 isoDate(p.received),
                 p.missingChild ? QStringLiteral("missing_child")
                                : QStringLiteral("domestic_abuse"),
                 risks[int(p.risk)], p.dash >= 0 ? QVariant(p.dash) : none, crimes[p.crime], where,
                 home, demoSource, stamp(p.received, 8 * 60 + int(i % 180))});
            !st)
            return st;
        for (int c = h.firstChild; c < h.firstChild + h.childCount; ++c) {
            const int presence = rng.weighted({55, 20, 20, 5});
            if (Status st =
                    link.add({p.id, plan.children[size_t(c)].id, presences[presence], incidentOn});
                !st)
                return st;
        }
        if (!progress.report(20, 45, qint64(i), total))
            return cancelled();
    }
    return link.flush();
}

Status writeChildStatus(const QSqlDatabase &db, const Plan &plan, Progress &progress)
{
    BulkWrite update(
        db, QStringLiteral("UPDATE child SET status = j.value->>1, updated_at = "
                           "j.value->>2 FROM ") +
                Dialect::jsonRows(Dialect::of(db), QStringLiteral(":rows"), QStringLiteral("j")) +
                QStringLiteral(" WHERE child.id = CAST(j.value->>0 AS bigint)"));
    if (!update.status())
        return update.status();
    const QDate settled = plan.today.addMonths(-2);
    const QString greenedOff = QStringLiteral("greened_off");
    const QString open = QStringLiteral("open");
    const qint64 total = qint64(plan.children.size());
    for (size_t i = 0; i < plan.children.size(); ++i) {
        const PlanChild &c = plan.children[i];
        // Greened off: heard, every action complete, and nothing new for two months.
        const bool green = c.heard > 0 && !c.awaitingHearing && c.openActions == 0 &&
                           c.lastActivity.isValid() && c.lastActivity < settled;
        if (c.lastActivity.isValid()) {
            if (Status st = update.add({c.id, green ? greenedOff : open,
                                        stamp(c.lastActivity, 14 * 60 + int(i % 120))});
                !st)
                return st;
        }
        if (!progress.report(85, 90, qint64(i), total))
            return cancelled();
    }
    return update.flush();
}

} // namespace enc::demo
