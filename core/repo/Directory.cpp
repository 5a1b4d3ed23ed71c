#include "Directory.h"

#include "Stamp.h"
#include "domain/TextKey.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Directory", text);
}

const QString SettingTable = QStringLiteral("setting");
const QString MemberTable = QStringLiteral("member");

Setting settingFrom(const QSqlQuery &q)
{
    Setting s;
    s.id = q.value(QStringLiteral("id")).toLongLong();
    s.name = q.value(QStringLiteral("name")).toString();
    s.type = q.value(QStringLiteral("type")).toString();
    s.urn = q.value(QStringLiteral("urn")).toString();
    s.areaId = q.value(QStringLiteral("area_id")).toLongLong();
    s.dslName = q.value(QStringLiteral("dsl_name")).toString();
    s.dslEmail = q.value(QStringLiteral("dsl_email")).toString();
    s.deputyName = q.value(QStringLiteral("deputy_name")).toString();
    s.deputyEmail = q.value(QStringLiteral("deputy_email")).toString();
    s.phone = q.value(QStringLiteral("phone")).toString();
    s.contactsVerifiedOn = Sql::toDate(q.value(QStringLiteral("contacts_verified_on")));
    s.archived = !q.value(QStringLiteral("archived_at")).isNull();
    s.version = q.value(QStringLiteral("version")).toInt();
    return s;
}

Member memberFrom(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(QStringLiteral("id")).toLongLong();
    m.name = q.value(QStringLiteral("name")).toString();
    m.role = q.value(QStringLiteral("role")).toString();
    m.agencyId = q.value(QStringLiteral("agency_id")).toLongLong();
    m.email = q.value(QStringLiteral("email")).toString();
    m.commitment = commitmentFromString(q.value(QStringLiteral("commitment")).toString());
    m.active = q.value(QStringLiteral("active")).toBool();
    m.version = q.value(QStringLiteral("version")).toInt();
    return m;
}

QVariantMap settingValues(const Setting &s)
{
    return {{QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("key"), TextKey::name(s.name)},
            {QStringLiteral("type"), s.type.trimmed()},
            {QStringLiteral("urn"), Sql::text(s.urn)},
            {QStringLiteral("area"), Sql::id(s.areaId)},
            {QStringLiteral("dsl"), s.dslName.trimmed()},
            {QStringLiteral("dslmail"), s.dslEmail.trimmed()},
            {QStringLiteral("deputy"), s.deputyName.trimmed()},
            {QStringLiteral("deputymail"), s.deputyEmail.trimmed()},
            {QStringLiteral("phone"), s.phone.trimmed()},
            {QStringLiteral("verified"), Sql::date(s.contactsVerifiedOn)}};
}

} // namespace

QString toString(MemberCommitment c)
{
    switch (c) {
    case MemberCommitment::Monthly:
        return QStringLiteral("monthly");
    case MemberCommitment::Optional:
        return QStringLiteral("optional");
    case MemberCommitment::Always:
        break;
    }
    return QStringLiteral("always");
}

MemberCommitment commitmentFromString(const QString &s)
{
    if (s == QLatin1String("monthly"))
        return MemberCommitment::Monthly;
    if (s == QLatin1String("optional"))
        return MemberCommitment::Optional;
    return MemberCommitment::Always;
}

Result<QList<Area>> Directory::areas() const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT id, name, child_population FROM area ORDER BY lower(name)"));
    if (!q)
        return q.error();
    QList<Area> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt()});
    return out;
}

Result<Id> Directory::ensureArea(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<Id>::failure(tr("Area name is required."), QStringLiteral("area"));
    auto id = Sql::scalar(m_db.sql(),
                          QStringLiteral("SELECT id FROM area WHERE lower(name) = lower(:name)"),
                          {{QStringLiteral("name"), trimmed}});
    if (!id)
        return id.error();
    if (!id->isNull())
        return id->toLongLong();
    Id created = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO area (name) VALUES (:name) RETURNING id"),
                          {{QStringLiteral("name"), trimmed}});
        if (!q)
            return q.error();
        created = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), QStringLiteral("area"), created, 0,
                             {}, {{QStringLiteral("name"), trimmed}});
    });
    if (!s)
        return s.error();
    return created;
}

Status Directory::setAreaPopulation(Id areaId, int children)
{
    if (children < 0)
        return Status::failure(tr("The child population cannot be negative."),
                               QStringLiteral("child_population"));
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), QStringLiteral("area"), areaId);
        if (Status s = Sql::exec(
                m_db.sql(), QStringLiteral("UPDATE area SET child_population = :n WHERE id = :id"),
                {{QStringLiteral("n"), children}, {QStringLiteral("id"), areaId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("edit"), QStringLiteral("area"), areaId, 0,
                             before, Audit::snapshot(m_db.sql(), QStringLiteral("area"), areaId));
    });
}

Result<Setting> Directory::setting(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM setting WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Setting>::failure(tr("There is no setting with id %1.").arg(id));
    return settingFrom(*q);
}

Result<QList<Setting>> Directory::settings(bool includeArchived) const
{
    auto q =
        Sql::run(m_db.sql(), includeArchived
                                 ? QStringLiteral("SELECT * FROM setting ORDER BY name_key")
                                 : QStringLiteral("SELECT * FROM setting WHERE archived_at IS NULL "
                                                  "ORDER BY name_key"));
    if (!q)
        return q.error();
    QList<Setting> out;
    while (q->next())
        out.append(settingFrom(*q));
    return out;
}

Result<Id> Directory::findSetting(const QString &nameOrUrn) const
{
    const QString text = nameOrUrn.trimmed();
    if (text.isEmpty())
        return Id(0);
    auto byUrn = Sql::scalar(m_db.sql(),
                             QStringLiteral("SELECT id FROM setting WHERE urn = :urn AND "
                                            "archived_at IS NULL"),
                             {{QStringLiteral("urn"), text}});
    if (!byUrn)
        return byUrn.error();
    if (!byUrn->isNull())
        return byUrn->toLongLong();
    auto byName = Sql::scalar(m_db.sql(),
                              QStringLiteral("SELECT id FROM setting WHERE name_key = :key AND "
                                             "archived_at IS NULL ORDER BY id LIMIT 1"),
                              {{QStringLiteral("key"), TextKey::name(text)}});
    if (!byName)
        return byName.error();
    return byName->isNull() ? Id(0) : byName->toLongLong();
}

bool Directory::plausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.trimmed().isEmpty() || re.match(email.trimmed()).hasMatch();
}

Status Directory::validateSetting(const Setting &s) const
{
    if (s.name.trimmed().isEmpty())
        return Status::failure(tr("Setting name is required."), QStringLiteral("name"));
    if (!plausibleEmail(s.dslEmail))
        return Status::failure(tr("DSL email \"%1\" is not an email address.").arg(s.dslEmail),
                               QStringLiteral("dsl_email"));
    if (!plausibleEmail(s.deputyEmail))
        return Status::failure(
            tr("Deputy email \"%1\" is not an email address.").arg(s.deputyEmail),
            QStringLiteral("deputy_email"));
    if (!s.urn.trimmed().isEmpty()) {
        auto other =
            Sql::scalar(m_db.sql(),
                        QStringLiteral("SELECT name FROM setting WHERE urn = :urn AND id "
                                       "<> :id AND archived_at IS NULL"),
                        {{QStringLiteral("urn"), s.urn.trimmed()}, {QStringLiteral("id"), s.id}});
        if (!other)
            return other.error();
        if (!other->isNull())
            return Status::failure(
                tr("URN %1 already belongs to %2.").arg(s.urn.trimmed(), other->toString()),
                QStringLiteral("urn"));
    }
    return {};
}

Result<Saved> Directory::addSetting(const Setting &setting)
{
    if (Status s = validateSetting(setting); !s)
        return s.error();
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO setting (name, name_key, type, urn, area_id, dsl_name, "
                           "dsl_email, deputy_name, deputy_email, phone, contacts_verified_on) "
                           "VALUES (:name, :key, :type, :urn, :area, :dsl, :dslmail, :deputy, "
                           ":deputymail, :phone, :verified) RETURNING id"),
            settingValues(setting));
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), SettingTable, saved.id, 0, {},
                             Audit::snapshot(m_db.sql(), SettingTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Saved> Directory::updateSetting(const Setting &setting)
{
    if (Status s = validateSetting(setting); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), SettingTable, setting.id);
        QVariantMap v = settingValues(setting);
        v.insert(QStringLiteral("id"), setting.id);
        v.insert(QStringLiteral("version"), setting.version);
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("UPDATE setting SET name = :name, name_key = :key, type = :type, urn = "
                           ":urn, area_id = :area, dsl_name = :dsl, dsl_email = :dslmail, "
                           "deputy_name = :deputy, deputy_email = :deputymail, phone = :phone, "
                           "contacts_verified_on = :verified, version = version + 1 WHERE id = "
                           ":id AND version = :version"),
            v);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(m_db.sql(), SettingTable, setting.id);
        return Audit::record(m_db.sql(), QStringLiteral("edit"), SettingTable, setting.id, 0,
                             before, Audit::snapshot(m_db.sql(), SettingTable, setting.id));
    });
    if (!s)
        return s.error();
    return Saved{setting.id, {}};
}

Status Directory::archiveSetting(Id id, bool archived)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), SettingTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no setting with id %1.").arg(id));
        if (!archived) {
            // Restoring must not give a URN to two live settings.
            auto restored = setting(id);
            if (!restored)
                return restored.error();
            restored->archived = false;
            if (Status s = validateSetting(*restored); !s)
                return s;
        }
        if (Status s =
                Sql::exec(m_db.sql(),
                          QStringLiteral("UPDATE setting SET archived_at = :at, version = "
                                         "version + 1 WHERE id = :id"),
                          {{QStringLiteral("at"), archived ? QVariant(Stamp::now()) : QVariant()},
                           {QStringLiteral("id"), id}});
            !s)
            return s;
        return Audit::record(
            m_db.sql(), archived ? QStringLiteral("archive") : QStringLiteral("unarchive"),
            SettingTable, id, 0, before, Audit::snapshot(m_db.sql(), SettingTable, id));
    });
}

Result<QList<Agency>> Directory::agencies() const
{
    auto q = Sql::run(
        m_db.sql(), QStringLiteral("SELECT id, name, is_police FROM agency ORDER BY lower(name)"));
    if (!q)
        return q.error();
    QList<Agency> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toBool()});
    return out;
}

Result<Id> Directory::ensureAgency(const QString &name, bool police)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<Id>::failure(tr("Agency name is required."), QStringLiteral("agency"));
    auto id = Sql::scalar(m_db.sql(),
                          QStringLiteral("SELECT id FROM agency WHERE lower(name) = lower(:name)"),
                          {{QStringLiteral("name"), trimmed}});
    if (!id)
        return id.error();
    if (!id->isNull())
        return id->toLongLong();
    Id created = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO agency (name, is_police) VALUES (:name, :p) RETURNING id"),
            {{QStringLiteral("name"), trimmed}, {QStringLiteral("p"), police ? 1 : 0}});
        if (!q)
            return q.error();
        created = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), QStringLiteral("agency"), created,
                             0, {}, {{QStringLiteral("name"), trimmed}});
    });
    if (!s)
        return s.error();
    return created;
}

Status Directory::setAgencyPolice(Id agencyId, bool police)
{
    // Rights are checked by Audit::record, inside the transaction, as for every write.
    auto current =
        Sql::scalar(m_db.sql(), QStringLiteral("SELECT is_police FROM agency WHERE id = :id"),
                    {{QStringLiteral("id"), agencyId}});
    if (!current)
        return current.error();
    if (current->isNull())
        return Status::failure(tr("Agency %1 does not exist.").arg(agencyId),
                               QStringLiteral("agency"));
    if (current->toBool() == police)
        return {};
    return m_db.transaction([&]() -> Status {
        if (Status s = Sql::exec(
                m_db.sql(), QStringLiteral("UPDATE agency SET is_police = :p WHERE id = :id"),
                {{QStringLiteral("p"), police ? 1 : 0}, {QStringLiteral("id"), agencyId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("edit"), QStringLiteral("agency"), agencyId,
                             0, {{QStringLiteral("is_police"), !police}},
                             {{QStringLiteral("is_police"), police}});
    });
}

Result<Member> Directory::member(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM member WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Member>::failure(tr("There is no member with id %1.").arg(id));
    return memberFrom(*q);
}

Result<QList<Member>> Directory::members(bool activeOnly) const
{
    auto q =
        Sql::run(m_db.sql(),
                 activeOnly ? QStringLiteral("SELECT * FROM member WHERE active = 1 ORDER BY name")
                            : QStringLiteral("SELECT * FROM member ORDER BY name"));
    if (!q)
        return q.error();
    QList<Member> out;
    while (q->next())
        out.append(memberFrom(*q));
    return out;
}

Result<Saved> Directory::addMember(const Member &m)
{
    if (m.name.trimmed().isEmpty())
        return Result<Saved>::failure(tr("Member name is required."), QStringLiteral("name"));
    if (!plausibleEmail(m.email))
        return Result<Saved>::failure(tr("Email \"%1\" is not an email address.").arg(m.email),
                                      QStringLiteral("email"));
    Saved saved;
    Status s = m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("INSERT INTO member (name, role, agency_id, email, "
                                         "commitment, active) VALUES (:name, :role, :agency, "
                                         ":email, :commitment, :active) RETURNING id"),
                          {{QStringLiteral("name"), m.name.trimmed()},
                           {QStringLiteral("role"), m.role.trimmed()},
                           {QStringLiteral("agency"), Sql::id(m.agencyId)},
                           {QStringLiteral("email"), m.email.trimmed()},
                           {QStringLiteral("commitment"), toString(m.commitment)},
                           {QStringLiteral("active"), m.active ? 1 : 0}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), MemberTable, saved.id, 0, {},
                             Audit::snapshot(m_db.sql(), MemberTable, saved.id));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Saved> Directory::updateMember(const Member &m)
{
    if (m.name.trimmed().isEmpty())
        return Result<Saved>::failure(tr("Member name is required."), QStringLiteral("name"));
    if (!plausibleEmail(m.email))
        return Result<Saved>::failure(tr("Email \"%1\" is not an email address.").arg(m.email),
                                      QStringLiteral("email"));
    Status s = m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), MemberTable, m.id);
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("UPDATE member SET name = :name, role = :role, agency_id "
                                         "= :agency, email = :email, commitment = :commitment, "
                                         "active = :active, version = version + 1 WHERE id = "
                                         ":id AND version = :version"),
                          {{QStringLiteral("name"), m.name.trimmed()},
                           {QStringLiteral("role"), m.role.trimmed()},
                           {QStringLiteral("agency"), Sql::id(m.agencyId)},
                           {QStringLiteral("email"), m.email.trimmed()},
                           {QStringLiteral("commitment"), toString(m.commitment)},
                           {QStringLiteral("active"), m.active ? 1 : 0},
                           {QStringLiteral("id"), m.id},
                           {QStringLiteral("version"), m.version}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(m_db.sql(), MemberTable, m.id);
        return Audit::record(m_db.sql(), QStringLiteral("edit"), MemberTable, m.id, 0, before,
                             Audit::snapshot(m_db.sql(), MemberTable, m.id));
    });
    if (!s)
        return s.error();
    return Saved{m.id, {}};
}

} // namespace enc
