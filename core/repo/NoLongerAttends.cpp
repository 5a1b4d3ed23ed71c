#include "NoLongerAttends.h"

#include "Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::NoLongerAttends", text);
}

const QString ChildTable = QStringLiteral("child");
const QString DisclosureTable = QStringLiteral("disclosure");
constexpr int MaxName = 200;

QString dateText(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Marks (or unmarks, on invalid) a disclosure misdirected, audited.
Status markLetter(const QSqlDatabase &db, Id disclosureId, QDate on, Id childId)
{
    if (disclosureId == 0)
        return {};
    const QJsonObject before = Audit::snapshot(db, DisclosureTable, disclosureId);
    if (Status s = Sql::exec(
            db,
            QStringLiteral("UPDATE disclosure SET misdirected_on = :on WHERE id "
                           "= :id"),
            {{QStringLiteral("on"), Sql::date(on)}, {QStringLiteral("id"), disclosureId}});
        !s)
        return s;
    return Audit::record(
        db, on.isValid() ? QStringLiteral("misdirected") : QStringLiteral("misdirected-undone"),
        DisclosureTable, disclosureId, childId, before,
        Audit::snapshot(db, DisclosureTable, disclosureId));
}

} // namespace

Result<QList<NoLongerAttendsRecord>> NoLongerAttends::forChild(Id childId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT n.id, n.child_id, n.setting_id, coalesce(s.name, ''), "
                                     "n.told_on, n.told_by, n.disclosure_id, d.at, n.recorded_by "
                                     "FROM no_longer_attends n LEFT JOIN setting s ON s.id = "
                                     "n.setting_id LEFT JOIN disclosure d ON d.id = "
                                     "n.disclosure_id WHERE n.child_id = :c ORDER BY n.told_on "
                                     "DESC, n.id DESC"),
                      {{QStringLiteral("c"), childId}});
    if (!q)
        return q.error();
    QList<NoLongerAttendsRecord> out;
    while (q->next()) {
        NoLongerAttendsRecord r;
        r.id = q->value(0).toLongLong();
        r.childId = q->value(1).toLongLong();
        r.settingId = q->value(2).toLongLong();
        r.settingName = q->value(3).toString();
        r.toldOn = Sql::toDate(q->value(4));
        r.toldBy = q->value(5).toString();
        r.disclosureId = q->value(6).toLongLong();
        r.letterSent = QDateTime::fromString(q->value(7).toString(), Qt::ISODate);
        r.recordedBy = q->value(8).toString();
        out.append(r);
    }
    return out;
}

Result<Id> NoLongerAttends::record(Id childId, int childVersion, QDate toldOn,
                                   const QString &toldBy)
{
    using R = Result<Id>;
    const QSqlDatabase db = m_db.sql();
    auto c = Sql::run(db,
                      QStringLiteral("SELECT c.setting_known, c.setting_id, c.version, "
                                     "c.archived_at, coalesce(s.name, '') FROM child c LEFT JOIN "
                                     "setting s ON s.id = c.setting_id WHERE c.id = :id"),
                      {{QStringLiteral("id"), childId}});
    if (!c)
        return c.error();
    if (!c->next() || !c->value(3).isNull())
        return R::failure(tr("There is no child with id %1.").arg(childId),
                          QStringLiteral("child"));
    const Id settingId = c->value(1).toLongLong();
    const QString settingName = c->value(4).toString();
    if (c->value(2).toInt() != childVersion)
        return StaleEdit::refuse(db, ChildTable, childId).error();
    if (c->value(0).toString() != QLatin1String("known") || settingId == 0)
        return R::failure(
            tr("Child %1 has no setting recorded: there is no setting to clear.").arg(childId),
            QStringLiteral("child"));
    c->finish();
    const QString who = toldBy.simplified();
    if (who.isEmpty())
        return R::failure(tr("Say who at %1 said the child no longer attends.").arg(settingName),
                          QStringLiteral("told-by"));
    if (who.size() > MaxName)
        return R::failure(tr("Who said so is too long: keep it to %1 characters.").arg(MaxName),
                          QStringLiteral("told-by"));
    if (!toldOn.isValid())
        return R::failure(tr("Give the date the setting said so."), QStringLiteral("on"));
    if (toldOn > QDate::currentDate())
        return R::failure(tr("%1 is in the future.").arg(dateText(toldOn)), QStringLiteral("on"));

    Id id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        // The letter that went to the wrong setting: the latest about this child to it.
        auto letter =
            Sql::scalar(db,
                        QStringLiteral("SELECT d.id FROM disclosure d JOIN "
                                       "disclosure_child dc ON dc.disclosure_id = d.id "
                                       "WHERE dc.child_id = :c AND d.setting_id = :s "
                                       "AND d.misdirected_on IS NULL ORDER BY d.at "
                                       "DESC, d.id DESC LIMIT 1"),
                        {{QStringLiteral("c"), childId}, {QStringLiteral("s"), settingId}});
        if (!letter)
            return letter.error();
        const Id disclosureId = letter->toLongLong();
        auto ins = Sql::run(
            db,
            QStringLiteral("INSERT INTO no_longer_attends (child_id, setting_id, "
                           "told_on, told_by, disclosure_id, recorded_by, "
                           "created_at) VALUES (:c, :s, :on, :by, :d, :user, :now) RETURNING id"),
            {{QStringLiteral("c"), childId},
             {QStringLiteral("s"), settingId},
             {QStringLiteral("on"), Sql::date(toldOn)},
             {QStringLiteral("by"), who},
             {QStringLiteral("d"), Sql::id(disclosureId)},
             {QStringLiteral("user"), Audit::currentUser(db)},
             {QStringLiteral("now"), Stamp::now()}});
        if (!ins)
            return ins.error();
        id = (ins->next() ? ins->value(0).toLongLong() : 0);
        const QJsonObject before = Audit::snapshot(db, ChildTable, childId);
        auto q = Sql::run(db,
                          QStringLiteral("UPDATE child SET setting_id = NULL, setting_known = "
                                         "'unknown', updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"),
                          {{QStringLiteral("now"), now()},
                           {QStringLiteral("id"), childId},
                           {QStringLiteral("version"), childVersion}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return StaleEdit::refuse(db, ChildTable, childId);
        QJsonObject after = Audit::snapshot(db, ChildTable, childId);
        after.insert(QStringLiteral("no_longer_attends"),
                     QJsonObject{{QStringLiteral("setting"), settingName},
                                 {QStringLiteral("told_on"), Sql::isoDate(toldOn)},
                                 {QStringLiteral("told_by"), who},
                                 {QStringLiteral("disclosure_id"), disclosureId}});
        if (Status s = Audit::record(db, QStringLiteral("no-longer-attends"), ChildTable, childId,
                                     childId, before, after);
            !s)
            return s;
        return markLetter(db, disclosureId, toldOn, childId);
    });
    if (!done)
        return done.error();
    return id;
}

Status NoLongerAttends::undo(Id recordId)
{
    const QSqlDatabase db = m_db.sql();
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(db,
                          QStringLiteral("SELECT n.child_id, n.setting_id, n.disclosure_id, "
                                         "c.setting_known FROM no_longer_attends n JOIN child c "
                                         "ON c.id = n.child_id WHERE n.id = :id"),
                          {{QStringLiteral("id"), recordId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(tr("That record has already been taken back."));
        const Id childId = q->value(0).toLongLong();
        const Id settingId = q->value(1).toLongLong();
        const Id disclosureId = q->value(2).toLongLong();
        if (q->value(3).toString() != QLatin1String("unknown"))
            return Status::failure(tr("The child's setting has been set since: it is left as it "
                                      "is now."));
        q->finish();
        const QJsonObject before = Audit::snapshot(db, ChildTable, childId);
        if (Status s = Sql::exec(db,
                                 QStringLiteral("UPDATE child SET setting_id = :s, setting_known = "
                                                "'known', updated_at = :now, version = version + "
                                                "1 WHERE id = :id"),
                                 {{QStringLiteral("s"), settingId},
                                  {QStringLiteral("now"), now()},
                                  {QStringLiteral("id"), childId}});
            !s)
            return s;
        if (Status s = Sql::exec(db, QStringLiteral("DELETE FROM no_longer_attends WHERE id = :id"),
                                 {{QStringLiteral("id"), recordId}});
            !s)
            return s;
        if (Status s =
                Audit::record(db, QStringLiteral("no-longer-attends-undone"), ChildTable, childId,
                              childId, before, Audit::snapshot(db, ChildTable, childId));
            !s)
            return s;
        return markLetter(db, disclosureId, {}, childId);
    });
}

} // namespace enc
