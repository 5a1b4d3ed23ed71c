#include "Children.h"

#include "Options.h"
#include "domain/DateInput.h"
#include "domain/GreenOffRule.h"
#include "domain/TextKey.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Children", text);
}

const QString ChildTable = QStringLiteral("child");
const QString HouseholdTable = QStringLiteral("household");

Child childFrom(const QSqlQuery &q)
{
    Child c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.forename = q.value(QStringLiteral("forename")).toString();
    c.surname = q.value(QStringLiteral("surname")).toString();
    c.dateOfBirth = Sql::toDate(q.value(QStringLiteral("date_of_birth")));
    c.gender = q.value(QStringLiteral("gender")).toString();
    c.address = q.value(QStringLiteral("address")).toString();
    c.postcode = q.value(QStringLiteral("postcode")).toString();
    c.areaId = q.value(QStringLiteral("area_id")).toLongLong();
    c.settingId = q.value(QStringLiteral("setting_id")).toLongLong();
    c.settingKnown = settingKnownFromString(q.value(QStringLiteral("setting_known")).toString());
    c.householdId = q.value(QStringLiteral("household_id")).toLongLong();
    c.caseReference = q.value(QStringLiteral("case_reference")).toString();
    c.status = q.value(QStringLiteral("status")).toString() == QLatin1String("greened_off")
                   ? ChildStatus::GreenedOff
                   : ChildStatus::Open;
    c.openToSocialCare = q.value(QStringLiteral("social_care_open")).toBool();
    c.socialWorker = q.value(QStringLiteral("social_worker")).toString();
    c.archived = !q.value(QStringLiteral("archived_at")).isNull();
    c.version = q.value(QStringLiteral("version")).toInt();
    return c;
}

QVariantMap childValues(const Child &c)
{
    return {{QStringLiteral("forename"), c.forename.trimmed()},
            {QStringLiteral("surname"), c.surname.trimmed()},
            {QStringLiteral("fk"), TextKey::name(c.forename)},
            {QStringLiteral("sk"), TextKey::name(c.surname)},
            {QStringLiteral("dob"), Sql::date(c.dateOfBirth)},
            {QStringLiteral("gender"), c.gender.trimmed()},
            {QStringLiteral("address"), c.address.trimmed()},
            {QStringLiteral("postcode"), c.postcode.trimmed().toUpper()},
            {QStringLiteral("pk"), TextKey::postcode(c.postcode)},
            {QStringLiteral("area"), Sql::id(c.areaId)},
            {QStringLiteral("setting"), Sql::id(c.settingKnown == SettingKnown::Known ||
                                                        c.settingKnown == SettingKnown::OutOfArea
                                                    ? c.settingId
                                                    : 0)},
            {QStringLiteral("known"), toString(c.settingKnown)},
            {QStringLiteral("household"), Sql::id(c.householdId)},
            {QStringLiteral("caseref"), c.caseReference.trimmed()},
            {QStringLiteral("csc"), c.openToSocialCare ? 1 : 0},
            {QStringLiteral("worker"), c.socialWorker.trimmed()}};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QString toString(ChildStatus s)
{
    return s == ChildStatus::GreenedOff ? QStringLiteral("greened_off") : QStringLiteral("open");
}

QString toString(SettingKnown s)
{
    switch (s) {
    case SettingKnown::Known:
        return QStringLiteral("known");
    case SettingKnown::NotInSetting:
        return QStringLiteral("not_in_setting");
    case SettingKnown::OutOfArea:
        return QStringLiteral("out_of_area");
    case SettingKnown::HomeEducated:
        return QStringLiteral("home_educated");
    case SettingKnown::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SettingKnown settingKnownFromString(const QString &s)
{
    if (s == QLatin1String("known"))
        return SettingKnown::Known;
    if (s == QLatin1String("not_in_setting"))
        return SettingKnown::NotInSetting;
    if (s == QLatin1String("out_of_area"))
        return SettingKnown::OutOfArea;
    if (s == QLatin1String("home_educated"))
        return SettingKnown::HomeEducated;
    return SettingKnown::Unknown;
}

Result<Child> Children::get(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM child WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Child>::failure(tr("There is no child with id %1.").arg(id));
    return childFrom(*q);
}

Result<QList<Child>> Children::siblings(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT s.* FROM child c JOIN child s ON s.household_id = "
                                     "c.household_id AND s.id <> c.id WHERE c.id = :id AND "
                                     "s.archived_at IS NULL ORDER BY s.date_of_birth NULLS FIRST"),
                      {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Child> out;
    while (q->next())
        out.append(childFrom(*q));
    return out;
}

Result<QStringList> Children::validate(const Child &c, QDate today) const
{
    using R = Result<QStringList>;
    if (c.forename.trimmed().isEmpty())
        return R::failure(tr("Forename is required."), QStringLiteral("forename"));
    if (c.surname.trimmed().isEmpty())
        return R::failure(tr("Surname is required."), QStringLiteral("surname"));
    if (!c.dateOfBirth.isValid())
        return R::failure(tr("Date of birth is required."), QStringLiteral("date_of_birth"));
    if (c.dateOfBirth > today)
        return R::failure(
            tr("Date of birth %1 is in the future.").arg(DateInput::format(c.dateOfBirth)),
            QStringLiteral("date_of_birth"));
    if (c.settingKnown == SettingKnown::Known && c.settingId <= 0)
        return R::failure(tr("Choose the child's setting, or say why there is none."),
                          QStringLiteral("setting"));
    QStringList warnings;
    const Options options(m_db.sql());
    if (!DateInput::inAgeBand(c.dateOfBirth, today, options.ageMin(), options.ageMax())) {
        warnings << tr("%1 is %2 years old, outside the age band %3-%4: recorded, but check "
                       "this child belongs on this tracker.")
                        .arg(c.fullName())
                        .arg(DateInput::ageInYears(c.dateOfBirth, today))
                        .arg(options.ageMin())
                        .arg(options.ageMax());
    }
    return warnings;
}

Result<Saved> Children::add(const Child &child)
{
    auto checked = validate(child);
    if (!checked)
        return checked.error();
    Saved saved{0, *checked};
    Status s = m_db.transaction([&]() -> Status {
        QVariantMap v = childValues(child);
        v.insert(QStringLiteral("now"), now());
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral(
                "INSERT INTO child (forename, surname, forename_key, surname_key, date_of_birth, "
                "gender, address, postcode, postcode_key, area_id, setting_id, setting_known, "
                "household_id, case_reference, social_care_open, social_worker, created_at, "
                "updated_at) VALUES (:forename, :surname, :fk, :sk, :dob, :gender, :address, "
                ":postcode, :pk, :area, :setting, :known, :household, :caseref, :csc, :worker, "
                ":now, :now) RETURNING id"),
            v);
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), ChildTable, saved.id, saved.id, {},
                             Audit::snapshot(m_db.sql(), ChildTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Saved> Children::update(const Child &child)
{
    auto checked = validate(child);
    if (!checked)
        return checked.error();
    Status s = m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ChildTable, child.id);
        QVariantMap v = childValues(child);
        v.insert(QStringLiteral("now"), now());
        v.insert(QStringLiteral("id"), child.id);
        v.insert(QStringLiteral("version"), child.version);
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral(
                "UPDATE child SET forename = :forename, surname = :surname, forename_key = :fk, "
                "surname_key = :sk, date_of_birth = :dob, gender = :gender, address = :address, "
                "postcode = :postcode, postcode_key = :pk, area_id = :area, setting_id = "
                ":setting, setting_known = :known, household_id = :household, case_reference = "
                ":caseref, social_care_open = :csc, social_worker = :worker, updated_at = :now, "
                "version = version + 1 WHERE id = :id AND version = :version"),
            v);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(m_db.sql(), ChildTable, child.id);
        return Audit::record(m_db.sql(), QStringLiteral("edit"), ChildTable, child.id, child.id,
                             before, Audit::snapshot(m_db.sql(), ChildTable, child.id));
    });
    if (!s)
        return s.error();
    return Saved{child.id, *checked};
}

Status Children::archive(Id id)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ChildTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no child with id %1.").arg(id));
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE child SET archived_at = :now, version = "
                                                "version + 1 WHERE id = :id"),
                                 {{QStringLiteral("now"), now()}, {QStringLiteral("id"), id}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("archive"), ChildTable, id, id, before,
                             Audit::snapshot(m_db.sql(), ChildTable, id));
    });
}

Status Children::unarchive(Id id)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ChildTable, id);
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE child SET archived_at = NULL, version = "
                                                "version + 1 WHERE id = :id"),
                                 {{QStringLiteral("id"), id}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("unarchive"), ChildTable, id, id, before,
                             Audit::snapshot(m_db.sql(), ChildTable, id));
    });
}

Status Children::greenOff(Id id)
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, description, due_on, completed_on FROM action "
                                     "WHERE child_id = :id AND archived_at IS NULL ORDER BY id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    QList<Action> actions;
    while (q->next()) {
        Action a;
        a.id = q->value(0).toLongLong();
        a.description = q->value(1).toString();
        a.dueOn = Sql::toDate(q->value(2));
        a.completedOn = Sql::toDate(q->value(3));
        actions.append(a);
    }
    if (Status s = GreenOffRule::canGreenOff(actions); !s)
        return s;
    return setStatus(id, ChildStatus::GreenedOff, QStringLiteral("green-off"));
}

Status Children::reopen(Id id)
{
    return setStatus(id, ChildStatus::Open, QStringLiteral("reopen"));
}

Status Children::setStatus(Id id, ChildStatus status, const QString &action)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ChildTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no child with id %1.").arg(id));
        if (Status s = Sql::exec(m_db.sql(),
                                 QStringLiteral("UPDATE child SET status = :status, updated_at = "
                                                ":now, version = version + 1 WHERE id = :id"),
                                 {{QStringLiteral("status"), toString(status)},
                                  {QStringLiteral("now"), now()},
                                  {QStringLiteral("id"), id}});
            !s)
            return s;
        return Audit::record(m_db.sql(), action, ChildTable, id, id, before,
                             Audit::snapshot(m_db.sql(), ChildTable, id));
    });
}

Result<Household> Children::household(Id id) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT id, address, postcode, area_id, version FROM "
                                     "household WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Household>::failure(tr("There is no household with id %1.").arg(id));
    Household h;
    h.id = q->value(0).toLongLong();
    h.address = q->value(1).toString();
    h.postcode = q->value(2).toString();
    h.areaId = q->value(3).toLongLong();
    h.version = q->value(4).toInt();
    return h;
}

Result<Saved> Children::addHousehold(const Household &h)
{
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO household (address, postcode, area_id) "
                                         "VALUES (:address, :postcode, :area) RETURNING id"),
                          {{QStringLiteral("address"), h.address.trimmed()},
                           {QStringLiteral("postcode"), h.postcode.trimmed().toUpper()},
                           {QStringLiteral("area"), Sql::id(h.areaId)}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), HouseholdTable, saved.id, 0, {},
                             Audit::snapshot(m_db.sql(), HouseholdTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Saved> Children::updateHousehold(const Household &h)
{
    Status s = m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), HouseholdTable, h.id);
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("UPDATE household SET address = :address, postcode = "
                                         ":postcode, area_id = :area, version = version + 1 "
                                         "WHERE id = :id AND version = :version"),
                          {{QStringLiteral("address"), h.address.trimmed()},
                           {QStringLiteral("postcode"), h.postcode.trimmed().toUpper()},
                           {QStringLiteral("area"), Sql::id(h.areaId)},
                           {QStringLiteral("id"), h.id},
                           {QStringLiteral("version"), h.version}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(m_db.sql(), HouseholdTable, h.id);
        return Audit::record(m_db.sql(), QStringLiteral("edit"), HouseholdTable, h.id, 0, before,
                             Audit::snapshot(m_db.sql(), HouseholdTable, h.id));
    });
    if (!s)
        return s.error();
    return Saved{h.id, {}};
}

} // namespace enc
