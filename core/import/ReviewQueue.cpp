#include "import/ReviewQueue.h"

#include "import/ImportPlan.h"
#include "repo/ChildSummary.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "repo/Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ReviewQueue", text);
}

const QString ReviewTable = QStringLiteral("import_review");

const char *const SelectItems =
    "SELECT r.id, r.batch_id, r.kind, r.ppn_id, p.police_ref, r.row_number, r.data, "
    "r.candidate_child_id, c.forename, c.surname, c.date_of_birth, r.reason, r.status, "
    "r.resolved_child_id FROM import_review r LEFT JOIN ppn p ON p.id = r.ppn_id "
    "LEFT JOIN child c ON c.id = r.candidate_child_id ";

ReviewQueue::Item itemFrom(const QSqlQuery &q)
{
    ReviewQueue::Item i;
    i.id = q.value(0).toLongLong();
    i.batchId = q.value(1).toLongLong();
    i.kind = q.value(2).toString();
    i.ppnId = q.value(3).toLongLong();
    i.reference = q.value(4).toString();
    i.row = q.value(5).toInt();
    i.data = ImportPlan::rowFromJson(QJsonDocument::fromJson(q.value(6).toByteArray()).object());
    i.candidateChildId = q.value(7).toLongLong();
    if (i.candidateChildId > 0)
        i.candidateName = q.value(8).toString() + QLatin1Char(' ') + q.value(9).toString();
    i.candidateDateOfBirth = Sql::toDate(q.value(10));
    i.reason = q.value(11).toString();
    i.status = q.value(12).toString();
    i.resolvedChildId = q.value(13).toLongLong();
    if (i.reference.isEmpty())
        i.reference = i.data.reference;
    return i;
}

} // namespace

Result<QList<ReviewQueue::Item>> ReviewQueue::items(bool openOnly) const
{
    auto q = Sql::run(m_db.sql(), QString::fromLatin1(SelectItems) +
                                      (openOnly ? QStringLiteral("WHERE r.status = 'open' ORDER "
                                                                 "BY r.id")
                                                : QStringLiteral("ORDER BY r.id DESC")));
    if (!q)
        return q.error();
    QList<Item> out;
    while (q->next())
        out << itemFrom(*q);
    return out;
}

Result<ReviewQueue::Item> ReviewQueue::item(Id id) const
{
    auto q =
        Sql::run(m_db.sql(), QString::fromLatin1(SelectItems) + QStringLiteral("WHERE r.id = :id"),
                 {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Item>::failure(tr("There is no review item %1.").arg(id));
    return itemFrom(*q);
}

Status ReviewQueue::attach(const Item &item, Id childId, const QString &status, QDate today)
{
    const QSqlDatabase db = m_db.sql();
    auto incident = Sql::scalar(db, QStringLiteral("SELECT incident_on FROM ppn WHERE id = :id"),
                                {{QStringLiteral("id"), item.ppnId}});
    if (!incident)
        return incident.error();
    if (Status s = Sql::exec(db,
                             QStringLiteral("INSERT INTO ppn_child (ppn_id, child_id, "
                                            "presence, incident_on) VALUES (:ppn, :child, "
                                            ":presence, :on) ON CONFLICT DO NOTHING"),
                             {{QStringLiteral("ppn"), item.ppnId},
                              {QStringLiteral("child"), childId},
                              {QStringLiteral("presence"), toString(item.data.presence)},
                              {QStringLiteral("on"), *incident}});
        !s)
        return s;
    const QJsonObject before = Audit::snapshot(db, ReviewTable, item.id);
    if (Status s = Sql::exec(
            db,
            QStringLiteral("UPDATE import_review SET status = :status, resolved_child_id = "
                           ":child, resolved_by = :by, resolved_at = :now WHERE id = :id"),
            {{QStringLiteral("status"), status},
             {QStringLiteral("now"), Stamp::now()},
             {QStringLiteral("child"), childId},
             {QStringLiteral("by"), Audit::currentUser(db)},
             {QStringLiteral("id"), item.id}});
        !s)
        return s;
    if (Status s = Audit::record(
            db,
            status == QLatin1String("linked") ? QStringLiteral("link") : QStringLiteral("create"),
            ReviewTable, item.id, childId, before, Audit::snapshot(db, ReviewTable, item.id));
        !s)
        return s;
    Children children(m_db);
    auto child = children.get(childId);
    if (!child)
        return child.error();
    if (child->status == ChildStatus::GreenedOff) {
        if (Status s = children.reopen(childId); !s)
            return s;
    }
    if (Status s = ChildSummary::refresh(db, childId); !s)
        return s;
    return EscalationService::refreshChild(db, childId, today, Options(db).escalation());
}

Status ReviewQueue::link(Id itemId, Id childId, QDate today)
{
    auto i = item(itemId);
    if (!i)
        return i.error();
    if (i->status != QLatin1String("open"))
        return Status::failure(
            tr("Review item %1 is already resolved (%2).").arg(itemId).arg(i->status));
    if (i->kind == QLatin1String("missed")) {
        if (childId != i->candidateChildId)
            return Status::failure(tr("Review item %1 asks whether child %2 was present: confirm "
                                      "that child or dismiss it.")
                                       .arg(itemId)
                                       .arg(i->candidateChildId));
    } else if (i->kind != QLatin1String("match") && i->kind != QLatin1String("age")) {
        return Status::failure(
            tr("Review item %1 is a conflict with a recorded PPN: check the details and dismiss "
               "it; an import never overwrites the tracker.")
                .arg(itemId));
    }
    auto child = Children(m_db).get(childId);
    if (!child)
        return child.error();
    if (child->archived)
        return Status::failure(tr("Child %1 is archived: unarchive it first.").arg(childId));
    return m_db.transaction([&]() { return attach(*i, childId, QStringLiteral("linked"), today); });
}

Result<Id> ReviewQueue::createChild(Id itemId, QDate today)
{
    auto i = item(itemId);
    if (!i)
        return i.error();
    if (i->status != QLatin1String("open"))
        return Result<Id>::failure(
            tr("Review item %1 is already resolved (%2).").arg(itemId).arg(i->status));
    if (i->kind == QLatin1String("age"))
        return Result<Id>::failure(
            tr("Review item %1 gives an age (%2), not a date of birth: a child is never made "
               "without one. Add the child with their date of birth, then link the row to them.")
                .arg(itemId)
                .arg(i->data.age));
    if (i->kind == QLatin1String("missed"))
        return Result<Id>::failure(tr("Review item %1 is a child already on the tracker at the "
                                      "PPN's home address: confirm them present or dismiss it.")
                                       .arg(itemId));
    if (i->kind != QLatin1String("match"))
        return Result<Id>::failure(
            tr("Review item %1 is a conflict with a recorded PPN: there is no child to make.")
                .arg(itemId));
    Id created = 0;
    Status s = m_db.transaction([&]() -> Status {
        Child c;
        c.forename = i->data.forename;
        c.surname = i->data.surname;
        c.dateOfBirth = i->data.dateOfBirth;
        c.gender = i->data.gender;
        c.address = i->data.homeAddress;
        c.postcode = i->data.postcode;
        auto setting = Directory(m_db).findSetting(i->data.setting);
        if (!setting)
            return setting.error();
        if (*setting > 0) {
            c.settingId = *setting;
            c.settingKnown = SettingKnown::Known;
        }
        auto saved = Children(m_db).add(c);
        if (!saved)
            return saved.error();
        created = saved->id;
        return attach(*i, created, QStringLiteral("created"), today);
    });
    if (!s)
        return s.error();
    return created;
}

Status ReviewQueue::dismiss(Id itemId)
{
    auto i = item(itemId);
    if (!i)
        return i.error();
    if (i->status != QLatin1String("open"))
        return Status::failure(
            tr("Review item %1 is already resolved (%2).").arg(itemId).arg(i->status));
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), ReviewTable, itemId);
        if (Status s =
                Sql::exec(m_db.sql(),
                          QStringLiteral("UPDATE import_review SET status = 'dismissed', "
                                         "resolved_by = :by, resolved_at = :now WHERE id = :id"),
                          {{QStringLiteral("by"), Audit::currentUser(m_db.sql())},
                           {QStringLiteral("now"), Stamp::now()},
                           {QStringLiteral("id"), itemId}});
            !s)
            return s;
        return Audit::record(m_db.sql(), QStringLiteral("dismiss"), ReviewTable, itemId, 0, before,
                             Audit::snapshot(m_db.sql(), ReviewTable, itemId));
    });
}

} // namespace enc
