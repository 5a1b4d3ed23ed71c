#include "import/ImportBatches.h"

#include "repo/ChildSummary.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "repo/Stamp.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportBatches", text);
}

ImportBatches::Batch batchFrom(const QSqlQuery &q)
{
    ImportBatches::Batch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.sha256 = q.value(2).toString();
    b.importedBy = q.value(3).toString();
    b.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    b.counts = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    b.undoneAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return b;
}

const char *const SelectBatch = "SELECT id, file_name, sha256, imported_by, imported_at, "
                                "counts, undone_at FROM import_batch ";

} // namespace

Result<QList<ImportBatches::Batch>> ImportBatches::list() const
{
    auto q =
        Sql::run(m_db.sql(), QString::fromLatin1(SelectBatch) + QStringLiteral("ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<Batch> out;
    while (q->next())
        out << batchFrom(*q);
    return out;
}

Status ImportBatches::checkNothingDepends(const Batch &b, const QList<Id> &created) const
{
    const QSqlDatabase db = m_db.sql();
    // created_at is SQLite's datetime('now') ("2026-12-07 05:43:40", UTC): the import's time
    // is written the same way, or a decision recorded the same day compares as earlier
    // (' ' sorts before 'T') and the batch could be undone from under it.
    const QVariantMap v{{QStringLiteral("batch"), b.id},
                        {QStringLiteral("at"),
                         b.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}};
    struct Check
    {
        const char *sql;
        const char *message;
    };
    static const Check checks[] = {
        {"SELECT count(*) FROM decision d WHERE d.created_at >= :at AND d.child_id IN (SELECT "
         "pc.child_id FROM ppn_child pc JOIN ppn p ON p.id = pc.ppn_id WHERE p.batch_id = "
         ":batch)",
         QT_TRANSLATE_NOOP("enc::ImportBatches",
                           "%1 decisions have been recorded since for children of this batch")},
        {"SELECT count(*) FROM action a WHERE a.created_at >= :at AND a.child_id IN (SELECT "
         "pc.child_id FROM ppn_child pc JOIN ppn p ON p.id = pc.ppn_id WHERE p.batch_id = "
         ":batch)",
         QT_TRANSLATE_NOOP("enc::ImportBatches",
                           "%1 actions have been added since for children of this batch")},
        {"SELECT count(*) FROM import_review WHERE batch_id = :batch AND status <> 'open'",
         QT_TRANSLATE_NOOP("enc::ImportBatches", "%1 of its review items have been resolved")},
    };
    for (const Check &c : checks) {
        auto n = Sql::scalar(db, QString::fromLatin1(c.sql), v);
        if (!n)
            return n.error();
        if (n->toInt() > 0) {
            return Status::failure(tr("Batch %1 (%2) cannot be undone: %3.")
                                       .arg(b.id)
                                       .arg(b.fileName, tr(c.message).arg(n->toInt())));
        }
    }
    for (Id child : created) {
        auto n = Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON p.id "
                                            "= pc.ppn_id WHERE pc.child_id = :child AND "
                                            "(p.batch_id IS NULL OR p.batch_id <> :batch)"),
                             {{QStringLiteral("child"), child}, {QStringLiteral("batch"), b.id}});
        if (!n)
            return n.error();
        if (n->toInt() > 0) {
            return Status::failure(
                tr("Batch %1 (%2) cannot be undone: child %3, created by it, has since been "
                   "linked to other PPNs.")
                    .arg(b.id)
                    .arg(b.fileName)
                    .arg(child));
        }
    }
    return {};
}

Result<ImportBatches::Undoable> ImportBatches::undoable(Id batchId) const
{
    using R = Result<Undoable>;
    const QSqlDatabase db = m_db.sql();
    auto q = Sql::run(db, QString::fromLatin1(SelectBatch) + QStringLiteral("WHERE id = :id"),
                      {{QStringLiteral("id"), batchId}});
    if (!q)
        return q.error();
    if (!q->next())
        return R::failure(tr("There is no import batch %1.").arg(batchId));
    Undoable u{batchFrom(*q), {}};
    const Batch &b = u.batch;
    if (b.undoneAt.isValid()) {
        return R::failure(tr("Batch %1 (%2) was already undone on %3.")
                              .arg(b.id)
                              .arg(b.fileName, b.undoneAt.toLocalTime().toString(
                                                   QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    for (const QJsonValue &v : b.counts.value(QStringLiteral("created_child_ids")).toArray())
        u.created << Id(v.toDouble());
    if (Status s = checkNothingDepends(b, u.created); !s)
        return s.error();
    return u;
}

Status ImportBatches::canUndo(Id batchId) const
{
    auto u = undoable(batchId);
    return u ? Status() : Status(u.error());
}

Result<ImportBatches::Undone> ImportBatches::undo(Id batchId, QDate today)
{
    const QSqlDatabase db = m_db.sql();
    auto u = undoable(batchId);
    if (!u)
        return u.error();
    const Batch &b = u->batch;
    const QList<Id> &created = u->created;

    Undone out;
    Status s = m_db.transaction([&]() -> Status {
        auto touched = Sql::run(db,
                                QStringLiteral("SELECT DISTINCT pc.child_id FROM ppn_child pc "
                                               "JOIN ppn p ON p.id = pc.ppn_id WHERE p.batch_id = "
                                               ":batch"),
                                {{QStringLiteral("batch"), batchId}});
        if (!touched)
            return touched.error();
        QList<Id> children;
        while (touched->next())
            children << touched->value(0).toLongLong();
        // The time is bound (the text SQLite's datetime('now') gave), the same on both
        // databases; each statement gets the values it names.
        const QString now = Stamp::now();
        const QString user = Audit::currentUser(db);
        auto valuesOf = [&](const QString &sql) {
            QVariantMap values{{QStringLiteral("batch"), batchId}};
            if (sql.contains(QLatin1String(":now")))
                values.insert(QStringLiteral("now"), now);
            if (sql.contains(QLatin1String(":user")))
                values.insert(QStringLiteral("user"), user);
            return values;
        };
        const QString archivePpns = QStringLiteral("UPDATE ppn SET archived_at = :now, version "
                                                   "= version + 1 WHERE batch_id = :batch AND "
                                                   "archived_at IS NULL");
        auto ppns = Sql::run(db, archivePpns, valuesOf(archivePpns));
        if (!ppns)
            return ppns.error();
        out.ppns = ppns->numRowsAffected();
        const QStringList statements = {
            QStringLiteral("UPDATE ppn_child SET archived = 1 WHERE ppn_id IN (SELECT id FROM ppn "
                           "WHERE batch_id = :batch)"),
            QStringLiteral("UPDATE import_review SET status = 'dismissed', resolved_by = :user, "
                           "resolved_at = :now WHERE batch_id = :batch AND status = "
                           "'open'"),
            QStringLiteral("UPDATE import_batch SET undone_at = :now WHERE id = :batch"),
        };
        for (const QString &sql : statements) {
            if (Status st = Sql::exec(db, sql, valuesOf(sql)); !st)
                return st;
        }
        for (Id child : std::as_const(created)) {
            auto a = Sql::run(db,
                              QStringLiteral("UPDATE child SET archived_at = :now, "
                                             "version = version + 1 WHERE id = :id AND "
                                             "archived_at IS NULL"),
                              {{QStringLiteral("id"), child}, {QStringLiteral("now"), now}});
            if (!a)
                return a.error();
            out.children += a->numRowsAffected();
        }
        const EscalationConfig config = Options(db).escalation();
        for (Id child : std::as_const(children)) {
            if (Status st = ChildSummary::refresh(db, child); !st)
                return st;
            if (Status st = EscalationService::refreshChild(db, child, today, config); !st)
                return st;
        }
        return Audit::record(db, QStringLiteral("undo"), QStringLiteral("import_batch"), batchId, 0,
                             QJsonObject{{QStringLiteral("file_name"), b.fileName}},
                             QJsonObject{{QStringLiteral("ppns_archived"), out.ppns},
                                         {QStringLiteral("children_archived"), out.children}});
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace enc
