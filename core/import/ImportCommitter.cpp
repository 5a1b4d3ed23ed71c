#include "import/ImportCommitter.h"

#include "domain/TextKey.h"
#include "repo/Children.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportCommitter", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Qt binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return Status::failure(Sql::errorText(q));
    return {};
}

} // namespace

ImportCommitter::ImportCommitter(Database &db, QDate today, QDate received, QString user)
    : m_db(db), m_today(today), m_received(received), m_user(std::move(user))
{}

Status ImportCommitter::commit(ImportPlan &plan)
{
    Status s = m_db.transaction([&]() { return write(plan); });
    if (!s) {
        plan.report.batchId = 0;
        plan.report.committed = false;
        return s;
    }
    plan.report.committed = true;
    return {};
}

Status ImportCommitter::write(ImportPlan &plan)
{
    const QSqlDatabase db = m_db.sql();
    const QString at = now();
    auto batch =
        Sql::run(db,
                 QStringLiteral("INSERT INTO import_batch (file_name, sha256, imported_by, "
                                "imported_at, counts) VALUES (:file, :sha, :by, :at, "
                                "'{}')"),
                 {{QStringLiteral("file"), plan.report.fileName},
                  {QStringLiteral("sha"), plan.report.sha256},
                  {QStringLiteral("by"), m_user},
                  {QStringLiteral("at"), at}});
    if (!batch)
        return batch.error();
    const Id batchId = batch->lastInsertId().toLongLong();

    QSqlQuery child(db);
    child.prepare(QStringLiteral(
        "INSERT INTO child (forename, surname, forename_key, surname_key, date_of_birth, gender, "
        "address, postcode, postcode_key, area_id, setting_id, setting_known, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery ppn(db);
    ppn.prepare(QStringLiteral(
        "INSERT INTO ppn (police_ref, police_ref_key, incident_on, incident_time, received_on, "
        "risk, crime, incident_address, home_address, source, batch_id, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO ppn_child (ppn_id, child_id, presence, "
                                "incident_on) VALUES (?, ?, ?, ?)"));

    const int total = int(plan.ppns.size() + plan.reviews.size());
    int done = 0;
    QJsonArray createdChildren;
    for (ImportPlan::NewPpn &p : plan.ppns) {
        if (cancelled())
            return Status::failure(tr("Import cancelled: nothing was written."));
        const ImportRow &r = p.first;
        const QDate received = m_received.isValid() ? m_received : m_today;
        ppn.addBindValue(text(r.reference));
        ppn.addBindValue(text(TextKey::reference(r.reference)));
        ppn.addBindValue(Sql::date(r.incidentDate));
        ppn.addBindValue(r.incidentTime.isValid()
                             ? QVariant(r.incidentTime.toString(QStringLiteral("HH:mm")))
                             : nullText());
        ppn.addBindValue(Sql::date(received));
        ppn.addBindValue(toString(p.risk));
        ppn.addBindValue(toString(r.crime));
        ppn.addBindValue(text(r.incidentAddress));
        ppn.addBindValue(text(r.homeAddress));
        ppn.addBindValue(text(plan.report.fileName));
        ppn.addBindValue(batchId);
        ppn.addBindValue(at);
        if (Status s = exec(ppn); !s)
            return s;
        p.createdId = ppn.lastInsertId().toLongLong();

        for (const ImportPlan::Link &l : std::as_const(p.links)) {
            Id childId = l.childId;
            if (l.newChild >= 0) {
                ImportPlan::NewChild &c = plan.newChildren[l.newChild];
                if (c.createdId == 0) {
                    const ImportRow &s = c.source;
                    child.addBindValue(text(s.forename));
                    child.addBindValue(text(s.surname));
                    child.addBindValue(text(TextKey::name(s.forename)));
                    child.addBindValue(text(TextKey::name(s.surname)));
                    child.addBindValue(Sql::date(s.dateOfBirth));
                    child.addBindValue(text(s.gender));
                    child.addBindValue(text(s.homeAddress));
                    child.addBindValue(text(s.postcode));
                    child.addBindValue(text(TextKey::postcode(s.postcode)));
                    child.addBindValue(Sql::id(c.areaId));
                    child.addBindValue(Sql::id(c.settingId));
                    child.addBindValue(toString(c.settingKnown));
                    child.addBindValue(at);
                    child.addBindValue(at);
                    if (Status st = exec(child); !st)
                        return st;
                    c.createdId = child.lastInsertId().toLongLong();
                    createdChildren.append(c.createdId);
                }
                childId = c.createdId;
            }
            link.addBindValue(p.createdId);
            link.addBindValue(childId);
            link.addBindValue(toString(l.presence));
            link.addBindValue(Sql::date(r.incidentDate));
            if (Status s = exec(link); !s)
                return s;
        }
        if (m_progress && (++done % 256 == 0))
            m_progress(done, total);
    }

    for (const ImportPlan::Review &v : std::as_const(plan.reviews)) {
        const Id ppnId = v.ppn >= 0 ? plan.ppns.at(v.ppn).createdId : v.existingPpnId;
        if (Status s = Sql::exec(
                db,
                QStringLiteral("INSERT INTO import_review (batch_id, kind, ppn_id, row_number, "
                               "data, candidate_child_id, reason, created_at) VALUES (:batch, "
                               ":kind, :ppn, :row, :data, :candidate, :reason, :at)"),
                {{QStringLiteral("batch"), batchId},
                 {QStringLiteral("kind"), v.kind},
                 {QStringLiteral("ppn"), Sql::id(ppnId)},
                 {QStringLiteral("row"), v.row.row},
                 {QStringLiteral("data"),
                  QString::fromUtf8(
                      QJsonDocument(ImportPlan::rowJson(v.row)).toJson(QJsonDocument::Compact))},
                 {QStringLiteral("candidate"), Sql::id(v.candidateChildId)},
                 {QStringLiteral("reason"), text(v.reason)},
                 {QStringLiteral("at"), at}});
            !s)
            return s;
        ++done;
    }

    Children children(m_db);
    for (Id id : std::as_const(plan.greenedOffMatched)) {
        if (Status s = children.reopen(id); !s)
            return s;
    }
    if (Status s = refreshTouched(plan, batchId); !s)
        return s;

    QJsonObject counts = plan.report.countsJson();
    counts.insert(QStringLiteral("created_child_ids"), createdChildren);
    counts.insert(QStringLiteral("sheet"), plan.report.sheet);
    if (Status s =
            Sql::exec(db, QStringLiteral("UPDATE import_batch SET counts = :c WHERE id = :id"),
                      {{QStringLiteral("c"),
                        QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))},
                       {QStringLiteral("id"), batchId}});
        !s)
        return s;
    QJsonObject after = plan.report.countsJson();
    after.insert(QStringLiteral("file_name"), plan.report.fileName);
    after.insert(QStringLiteral("sha256"), plan.report.sha256);
    if (Status s = Audit::record(db, QStringLiteral("import"), QStringLiteral("import_batch"),
                                 batchId, 0, {}, after);
        !s)
        return s;
    if (cancelled())
        return Status::failure(tr("Import cancelled: nothing was written."));
    if (m_progress)
        m_progress(total, total);
    plan.report.batchId = batchId;
    return {};
}

Status ImportCommitter::refreshTouched(const ImportPlan &plan, Id batchId)
{
    const QSqlDatabase db = m_db.sql();
    // The PPN summary columns of every child this batch linked, in one statement.
    if (Status s = Sql::exec(
            db,
            QStringLiteral(
                "UPDATE child SET ppn_count = (SELECT count(*) FROM ppn_child pc WHERE "
                "pc.child_id = child.id AND pc.archived = 0), last_incident_on = (SELECT "
                "max(pc.incident_on) FROM ppn_child pc WHERE pc.child_id = child.id AND "
                "pc.archived = 0) WHERE id IN (SELECT pc.child_id FROM ppn_child pc JOIN ppn p "
                "ON p.id = pc.ppn_id WHERE p.batch_id = :batch)"),
            {{QStringLiteral("batch"), batchId}});
        !s)
        return s;
    // Escalation can only change for children with enough PPNs (or, counting per household,
    // for children already on the tracker).
    const EscalationConfig config = Options(db).escalation();
    QSet<Id> existing;
    for (const ImportPlan::NewPpn &p : plan.ppns) {
        for (const ImportPlan::Link &l : p.links) {
            if (l.childId > 0)
                existing.insert(l.childId);
        }
    }
    auto q = Sql::run(db,
                      QStringLiteral("SELECT DISTINCT pc.child_id, c.ppn_count FROM ppn_child pc "
                                     "JOIN ppn p ON p.id = pc.ppn_id JOIN child c ON c.id = "
                                     "pc.child_id WHERE p.batch_id = :batch"),
                      {{QStringLiteral("batch"), batchId}});
    if (!q)
        return q.error();
    QList<Id> check;
    while (q->next()) {
        const Id id = q->value(0).toLongLong();
        if (q->value(1).toInt() >= std::max(1, config.threshold) - 1 ||
            (config.perHousehold && existing.contains(id)))
            check << id;
    }
    for (Id id : std::as_const(check)) {
        if (Status s = EscalationService::refreshChild(db, id, m_today, config); !s)
            return s;
    }
    return {};
}

} // namespace enc
