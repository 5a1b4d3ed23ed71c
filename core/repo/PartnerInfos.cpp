#include "PartnerInfos.h"

#include "Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::PartnerInfos", text);
}

const QString Table = QStringLiteral("partner_info");
constexpr int MaxText = 4000;
constexpr int MaxName = 200;

const char Columns[] = "SELECT id, child_id, agency, person, information, known_on, recorded_by, "
                       "created_at, archived_at, version FROM partner_info ";

PartnerInfo read(const QSqlQuery &q)
{
    PartnerInfo p;
    p.id = q.value(0).toLongLong();
    p.childId = q.value(1).toLongLong();
    p.agency = q.value(2).toString();
    p.person = q.value(3).toString();
    p.information = q.value(4).toString();
    p.knownOn = Sql::toDate(q.value(5));
    p.recordedBy = q.value(6).toString();
    p.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    p.archived = !q.value(8).isNull();
    p.version = q.value(9).toInt();
    return p;
}

QVariantMap fields(const PartnerInfo &p)
{
    return {{QStringLiteral("agency"), p.agency},
            {QStringLiteral("person"), p.person},
            {QStringLiteral("info"), p.information},
            {QStringLiteral("on"), Sql::date(p.knownOn)}};
}

} // namespace

Result<QList<PartnerInfo>> PartnerInfos::forChild(Id childId, bool withArchived) const
{
    auto q = Sql::run(m_db.sql(),
                      QString::fromLatin1(Columns) +
                          QStringLiteral("WHERE child_id = :c AND (archived_at IS NULL OR :all = "
                                         "1) ORDER BY known_on DESC, id DESC"),
                      {{QStringLiteral("c"), childId}, {QStringLiteral("all"), int(withArchived)}});
    if (!q)
        return q.error();
    QList<PartnerInfo> out;
    while (q->next())
        out.append(read(*q));
    return out;
}

Result<PartnerInfo> PartnerInfos::get(Id id) const
{
    auto q = Sql::run(m_db.sql(), QString::fromLatin1(Columns) + QStringLiteral("WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<PartnerInfo>::failure(
            tr("There is no partner's information with id %1.").arg(id));
    return read(*q);
}

Result<PartnerInfo> PartnerInfos::checked(const PartnerInfo &info) const
{
    using R = Result<PartnerInfo>;
    PartnerInfo p = info;
    p.agency = p.agency.simplified();
    p.person = p.person.simplified();
    p.information = p.information.trimmed();
    if (p.agency.isEmpty())
        return R::failure(tr("Say which agency knows this (police, health visiting, social care, "
                             "housing...)."),
                          QStringLiteral("agency"));
    if (p.agency.size() > MaxName)
        return R::failure(
            tr("The agency's name is too long: keep it to %1 characters.").arg(MaxName),
            QStringLiteral("agency"));
    if (p.person.size() > MaxName)
        return R::failure(
            tr("The person's name is too long: keep it to %1 characters.").arg(MaxName),
            QStringLiteral("person"));
    if (p.information.isEmpty())
        return R::failure(tr("Write what the agency knows."), QStringLiteral("info"));
    if (p.information.size() > MaxText)
        return R::failure(
            tr("%1 characters is too long: keep it to %2.").arg(p.information.size()).arg(MaxText),
            QStringLiteral("info"));
    if (!p.knownOn.isValid())
        return R::failure(tr("Give the date the agency knew it."), QStringLiteral("on"));
    if (p.knownOn > QDate::currentDate())
        return R::failure(
            tr("%1 is in the future.").arg(p.knownOn.toString(QStringLiteral("dd/MM/yyyy"))),
            QStringLiteral("on"));
    auto child = Sql::scalar(m_db.sql(),
                             QStringLiteral("SELECT count(*) FROM child WHERE id = :id AND "
                                            "archived_at IS NULL"),
                             {{QStringLiteral("id"), p.childId}});
    if (!child)
        return child.error();
    if (child->toInt() == 0)
        return R::failure(tr("There is no child with id %1.").arg(p.childId),
                          QStringLiteral("child"));
    return p;
}

Result<Id> PartnerInfos::add(const PartnerInfo &info)
{
    auto p = checked(info);
    if (!p)
        return p.error();
    Id id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        QVariantMap v = fields(*p);
        v.insert(QStringLiteral("c"), p->childId);
        v.insert(QStringLiteral("by"), Audit::currentUser(m_db.sql()));
        v.insert(QStringLiteral("now"), Stamp::now());
        auto q =
            Sql::run(m_db.sql(),
                     QStringLiteral("INSERT INTO partner_info (child_id, agency, person, "
                                    "information, known_on, recorded_by, created_at) VALUES "
                                    "(:c, :agency, :person, :info, :on, :by, :now) RETURNING id"),
                     v);
        if (!q)
            return q.error();
        id = (q->next() ? q->value(0).toLongLong() : 0);
        return Audit::record(m_db.sql(), QStringLiteral("add"), Table, id, p->childId, {},
                             Audit::snapshot(m_db.sql(), Table, id));
    });
    if (!s)
        return s.error();
    return id;
}

Status PartnerInfos::update(Id id, const QString &action, const QString &sql,
                            const QVariantMap &values)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), Table, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no partner's information with id %1.").arg(id));
        QVariantMap v = values;
        v.insert(QStringLiteral("id"), id);
        auto q = Sql::run(m_db.sql(), sql, v);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(m_db.sql(), Table, id);
        return Audit::record(m_db.sql(), action, Table, id,
                             before.value(QStringLiteral("child_id")).toInteger(), before,
                             Audit::snapshot(m_db.sql(), Table, id));
    });
}

Status PartnerInfos::edit(const PartnerInfo &info)
{
    auto current = get(info.id);
    if (!current)
        return current.error();
    PartnerInfo wanted = info;
    wanted.childId = current->childId;
    auto p = checked(wanted);
    if (!p)
        return p.error();
    QVariantMap v = fields(*p);
    v.insert(QStringLiteral("version"), info.version);
    return update(info.id, QStringLiteral("edit"),
                  QStringLiteral("UPDATE partner_info SET agency = :agency, person = :person, "
                                 "information = :info, known_on = :on, version = version + 1 "
                                 "WHERE id = :id AND version = :version AND archived_at IS NULL"),
                  v);
}

Status PartnerInfos::archive(Id id, int version)
{
    return update(id, QStringLiteral("archive"),
                  QStringLiteral("UPDATE partner_info SET archived_at = :now, version = version "
                                 "+ 1 WHERE id = :id AND version = :version AND archived_at IS "
                                 "NULL"),
                  {{QStringLiteral("version"), version}, {QStringLiteral("now"), Stamp::now()}});
}

Status PartnerInfos::restore(const PartnerInfo &values)
{
    QVariantMap v = fields(values);
    v.insert(QStringLiteral("archived"), int(values.archived));
    v.insert(QStringLiteral("now"), Stamp::now());
    return update(values.id, QStringLiteral("restore"),
                  QStringLiteral("UPDATE partner_info SET agency = :agency, person = :person, "
                                 "information = :info, known_on = :on, archived_at = CASE WHEN "
                                 ":archived = 1 THEN coalesce(archived_at, :now) END, "
                                 "version = version + 1 WHERE id = :id"),
                  v);
}

Status PartnerInfos::remove(Id id)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), Table, id);
        if (before.isEmpty())
            return Status::failure(tr("That partner's information has already been removed."));
        if (Status s =
                Sql::exec(m_db.sql(), QStringLiteral("DELETE FROM partner_info WHERE id = :id"),
                          {{QStringLiteral("id"), id}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("remove"), Table, id,
                             before.value(QStringLiteral("child_id")).toInteger(), before, {});
    });
}

} // namespace enc
