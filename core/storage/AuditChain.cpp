#include "AuditChain.h"

#include "Sha256.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc::AuditChain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AuditChain", text);
}

const char SelectAll[] = "SELECT id, at, user_name, action, entity, entity_id, child_id, before, "
                         "after, hash FROM audit ORDER BY id";

QJsonValue idValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toLongLong());
}

QJsonValue textValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

Content contentOf(const QSqlQuery &q)
{
    Content c;
    c.id = q.value(0).toLongLong();
    c.at = q.value(1).toString();
    c.user = q.value(2).toString();
    c.action = q.value(3).toString();
    c.entity = q.value(4).toString();
    c.entityId = q.value(5);
    c.childId = q.value(6);
    c.before = q.value(7);
    c.after = q.value(8);
    return c;
}

} // namespace

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonical(const Content &c)
{
    const QJsonArray a{c.id,
                       c.at,
                       c.user,
                       c.action,
                       c.entity,
                       idValue(c.entityId),
                       idValue(c.childId),
                       textValue(c.before),
                       textValue(c.after)};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString hash(const QString &previousHash, const Content &content)
{
    Sha256 h;
    h.addData(previousHash.toLatin1());
    h.addData("\n");
    h.addData(canonical(content));
    return QString::fromLatin1(h.result().toHex());
}

Result<QPair<QString, Id>> tail(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return QPair<QString, Id>(genesis(), 1);
    const QString last = q->value(1).toString();
    return QPair<QString, Id>(last.isEmpty() ? genesis() : last, q->value(0).toLongLong() + 1);
}

Check verify(const QSqlDatabase &db)
{
    Check check;
    auto q = Sql::run(db, QString::fromLatin1(SelectAll));
    if (!q) {
        check.ok = false;
        check.reason = q.errorText();
        return check;
    }
    QString previous = genesis();
    Id previousId = 0;
    while (q->next()) {
        const Content c = contentOf(*q);
        const QString stored = q->value(9).toString();
        ++check.checked;
        QString reason;
        if (stored.isEmpty()) {
            reason = tr("entry %1 has no hash: it was added outside Encompass Tracker.").arg(c.id);
        } else if (hash(previous, c) != stored) {
            if (c.id != previousId + 1 && previousId > 0) {
                reason = c.id == previousId + 2
                             ? tr("entry %1 was removed from the log.").arg(previousId + 1)
                             : tr("entries %1 to %2 were removed from the log.")
                                   .arg(previousId + 1)
                                   .arg(c.id - 1);
            } else if (hash(previous, c) != stored && previousId > 0) {
                // Either this entry was changed, or the one before it was changed and its
                // hash recomputed: the content decides which message fits.
                reason = tr("entry %1 does not match its hash: it was changed after it was "
                            "written (or entry %2 before it was).")
                             .arg(c.id)
                             .arg(previousId);
            } else {
                reason = tr("entry %1 does not match its hash: it was changed after it was "
                            "written.")
                             .arg(c.id);
            }
        }
        if (!reason.isEmpty()) {
            check.ok = false;
            check.brokenId = c.id;
            check.reason = reason;
            return check;
        }
        previous = stored;
        previousId = c.id;
    }
    return check;
}

Status chainAll(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QString::fromLatin1(SelectAll));
    if (!q)
        return q.error();
    QList<QPair<Id, QString>> hashes;
    QString previous = genesis();
    while (q->next()) {
        previous = hash(previous, contentOf(*q));
        hashes.append({q->value(0).toLongLong(), previous});
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit SET hash = :hash WHERE id = :id"));
    for (const auto &[id, h] : hashes) {
        update.bindValue(QStringLiteral(":hash"), h);
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec())
            return Status::failure(Sql::errorText(update));
    }
    return {};
}

} // namespace enc::AuditChain
