#include "import/ImportCommitter.h"

#include "import/StepClock.h"

#include "domain/AddressKey.h"
#include "domain/TextKey.h"
#include "repo/Children.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/PageCache.h"
#include "storage/RowInsert.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

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

QString idList(const QList<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Children::reopen for many children at once: one update, and the same audit entry per child
// ("reopen", the row before and after), the rows read as JSON in one statement each side of
// the update and chained in one bulk append.
Status reopenAll(const QSqlDatabase &db, const QList<Id> &children, const QString &at)
{
    if (children.isEmpty())
        return {};
    const QString table = QStringLiteral("child");
    auto before = Audit::snapshotsJson(db, table, children);
    if (!before)
        return before.error();
    if (Status s = Sql::exec(db,
                             QStringLiteral("UPDATE child SET status = :status, updated_at = :at, "
                                            "version = version + 1 WHERE id IN (") +
                                 Dialect::jsonIds(Dialect::of(db), QStringLiteral(":ids")) +
                                 QStringLiteral(")"),
                             {{QStringLiteral("status"), toString(ChildStatus::Open)},
                              {QStringLiteral("at"), at},
                              {QStringLiteral("ids"), idList(children)}});
        !s)
        return s;
    auto after = Audit::snapshotsJson(db, table, children);
    if (!after)
        return after.error();
    QList<Audit::Entry> entries;
    entries.reserve(children.size());
    for (Id id : children) {
        entries.append(
            {QStringLiteral("reopen"), table, id, id, before->value(id), after->value(id)});
    }
    return Audit::recordMany(db, entries);
}

} // namespace

ImportCommitter::ImportCommitter(Database &db, QDate today, QDate received, QString user)
    : m_db(db), m_today(today), m_received(received), m_user(std::move(user))
{}

Status ImportCommitter::commit(ImportPlan &plan)
{
    // Room for every page the batch changes: about a page per PPN, new child, link and
    // reopened child at county size (the child table's thirteen indexes), twice over for the
    // pages read on the way. The cache grows only as far as the pages used.
    qint64 links = 0;
    for (const ImportPlan::NewPpn &p : std::as_const(plan.ppns))
        links += p.links.size();
    const qint64 pages = plan.ppns.size() + plan.newChildren.size() + links +
                         plan.greenedOffMatched.size() + plan.reviews.size();
    // SQLite's page cache (a PRAGMA); the server keeps its own.
    if (!m_db.onServer())
        PageCache::widen(m_db.sql(), int(std::min<qint64>(512, 16 + pages * 8 / 1024)));
    StepClock clock;
    Status s = m_db.transaction([&]() { return write(plan); });
    if (!m_db.onServer())
        PageCache::restore(m_db.sql());
    static const bool profile = qEnvironmentVariableIntValue("ENCOMPASS_IMPORT_PROFILE") != 0;
    if (profile) {
        const StepClock::Lap whole = clock.lap();
        qInfo("import commit: %lld ms (%lld ms CPU) in all, with the log written and synced",
              whole.wallMs, whole.cpuMs);
    }
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
                                "'{}') RETURNING id"),
                 {{QStringLiteral("file"), plan.report.fileName},
                  {QStringLiteral("sha"), plan.report.sha256},
                  {QStringLiteral("by"), m_user},
                  {QStringLiteral("at"), at}});
    if (!batch)
        return batch.error();
    if (!batch->next())
        return Status::failure(Sql::errorText(*batch));
    const Id batchId = batch->value(0).toLongLong();
    batch->finish();

    // Ids are taken here from the database's own (NewIds: safe with another desk writing at
    // the same time), so that the links can name the PPNs and children before they are written.
    auto childIds = NewIds::reserve(db, QStringLiteral("child"), plan.newChildren.size());
    if (!childIds)
        return childIds.error();
    auto ppnIds = NewIds::reserve(db, QStringLiteral("ppn"), plan.ppns.size());
    if (!ppnIds)
        return ppnIds.error();

    // The rows go straight to SQLite (BulkInsert: no text for SQLite to parse back, no QVariant
    // per value) as multi-row statements, so each table's cursors are opened once per
    // statement, not once per row.
    BulkInsert childRows(db,
                         QStringLiteral("INSERT INTO child (id, forename, surname, forename_key, "
                                        "surname_key, date_of_birth, gender, address, postcode, "
                                        "postcode_key, area_id, setting_id, setting_known, "
                                        "ppn_count, last_incident_on, created_at, updated_at)"),
                         17);
    BulkInsert ppnRows(db,
                       QStringLiteral("INSERT INTO ppn (id, police_ref, police_ref_key, "
                                      "incident_on, incident_time, received_on, type, risk, "
                                      "crime, incident_address, home_address, source, "
                                      "batch_id, created_at, risk_text, setting_text)"),
                       16);
    BulkInsert linkRows(db,
                        QStringLiteral("INSERT INTO ppn_child (ppn_id, child_id, "
                                       "presence, incident_on)"),
                        4);
    // Parents first: the links refer to both (foreign keys are checked per statement).
    auto flush = [&]() -> Status {
        if (Status s = ppnRows.flush(); !s)
            return s;
        if (Status s = childRows.flush(); !s)
            return s;
        return linkRows.flush();
    };
    const QDate received = m_received.isValid() ? m_received : m_today;
    const QString source = text(plan.report.fileName);
    StepClock clock;
    auto addId = [](BulkInsert &insert, Id id) {
        if (id > 0)
            insert.add(qint64(id));
        else
            insert.addNull();
    };

    // A new child's summary columns (PPN count, last incident) are known before it is written:
    // its PPNs are all in this batch. Counted here, they go in with the child, and only the
    // matched children's summaries are recomputed afterwards.
    struct NewSummary
    {
        int ppns = 0;
        qsizetype lastPpn = -1;
        QDate lastIncident;
    };
    QList<NewSummary> newSummaries(plan.newChildren.size());
    for (qsizetype i = 0; i < plan.ppns.size(); ++i) {
        const ImportPlan::NewPpn &p = plan.ppns.at(i);
        for (const ImportPlan::Link &l : p.links) {
            if (l.newChild < 0)
                continue;
            NewSummary &n = newSummaries[l.newChild];
            if (n.lastPpn == i)
                continue; // the same child twice in one incident is one link
            n.lastPpn = i;
            ++n.ppns;
            if (!n.lastIncident.isValid() || p.first.incidentDate > n.lastIncident)
                n.lastIncident = p.first.incidentDate;
        }
    }
    // Every child the batch links, in the order of their first PPN (by child id within one).
    QList<Id> touched;
    QSet<Id> seen;
    QList<Id> linkedHere;

    constexpr int Chunk = 2000; // PPNs between progress reports and cancel checks
    const int total = int(plan.ppns.size() + plan.reviews.size());
    int done = 0;
    QJsonArray createdChildren;
    QHash<Id, int> newPpns; // of each child created here
    for (ImportPlan::NewPpn &p : plan.ppns) {
        const ImportRow &r = p.first;
        auto ppnId = ppnIds->take();
        if (!ppnId)
            return ppnId.error();
        p.createdId = *ppnId;
        ppnRows.add(qint64(p.createdId));
        ppnRows.add(text(r.reference));
        ppnRows.add(text(TextKey::reference(r.reference)));
        ppnRows.add(r.incidentDate);
        ppnRows.add(r.incidentTime.isValid() ? r.incidentTime.toString(QStringLiteral("HH:mm"))
                                             : QString());
        ppnRows.add(received);
        ppnRows.add(toString(r.type));
        ppnRows.add(toString(p.risk));
        ppnRows.add(toString(r.crime));
        ppnRows.add(text(r.incidentAddress));
        ppnRows.add(text(r.homeAddress));
        ppnRows.add(source);
        ppnRows.add(qint64(batchId));
        ppnRows.add(at);
        ppnRows.add(text(p.riskText));
        ppnRows.add(text(p.settingText));
        for (const ImportPlan::Link &l : std::as_const(p.links)) {
            Id linked = l.childId;
            if (l.newChild >= 0) {
                ImportPlan::NewChild &c = plan.newChildren[l.newChild];
                if (c.createdId == 0) {
                    const ImportRow &n = c.source;
                    auto childId = childIds->take();
                    if (!childId)
                        return childId.error();
                    c.createdId = *childId;
                    const NewSummary &summary = newSummaries.at(l.newChild);
                    childRows.add(qint64(c.createdId));
                    childRows.add(text(n.forename));
                    childRows.add(text(n.surname));
                    childRows.add(text(TextKey::name(n.forename)));
                    childRows.add(text(TextKey::name(n.surname)));
                    childRows.add(n.dateOfBirth);
                    childRows.add(text(n.gender));
                    childRows.add(text(n.homeAddress));
                    childRows.add(text(n.postcode));
                    childRows.add(text(TextKey::postcode(n.postcode)));
                    addId(childRows, c.areaId);
                    addId(childRows, c.settingId);
                    childRows.add(toString(c.settingKnown));
                    childRows.add(qint64(summary.ppns));
                    childRows.add(summary.lastIncident);
                    childRows.add(at);
                    childRows.add(at);
                    createdChildren.append(c.createdId);
                    newPpns.insert(c.createdId, summary.ppns);
                }
                linked = c.createdId;
            }
            if (linkedHere.contains(linked))
                continue; // a child named twice in one incident is one link (the first)
            linkRows.add(qint64(p.createdId));
            linkRows.add(qint64(linked));
            linkRows.add(toString(l.presence));
            linkRows.add(r.incidentDate);
            linkedHere.append(linked);
        }
        std::sort(linkedHere.begin(), linkedHere.end());
        for (Id id : std::as_const(linkedHere)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                touched.append(id);
            }
        }
        linkedHere.clear();
        if (++done % Chunk == 0 || done == plan.ppns.size()) {
            if (Status s = flush(); !s)
                return s;
            if (cancelled())
                return Status::failure(tr("Import cancelled: nothing was written."));
            if (m_progress)
                m_progress(done, total);
        }
    }
    if (cancelled())
        return Status::failure(tr("Import cancelled: nothing was written."));

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

    // ENCOMPASS_IMPORT_PROFILE=1 prints where the commit's time goes (the benchmark's profile).
    static const bool profile = qEnvironmentVariableIntValue("ENCOMPASS_IMPORT_PROFILE") != 0;
    if (Status s = groupHouseholds(plan); !s)
        return s;
    const StepClock::Lap rows = clock.lap();
    if (Status s = reopenAll(db, plan.greenedOffMatched, at); !s)
        return s;
    const StepClock::Lap reopen = clock.lap();
    if (Status s = refreshTouched(touched, newPpns); !s)
        return s;
    if (profile) {
        const StepClock::Lap summaries = clock.lap();
        qInfo("import commit: rows %lld ms CPU; %lld ms (%lld ms CPU) "
              "reopening %lld children, %lld ms (%lld ms CPU) summaries and escalation",
              rows.cpuMs, reopen.wallMs, reopen.cpuMs, qint64(plan.greenedOffMatched.size()),
              summaries.wallMs, summaries.cpuMs);
    }

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

Status ImportCommitter::groupHouseholds(const ImportPlan &plan)
{
    const QSqlDatabase db = m_db.sql();
    auto keyOf = [](const QString &address, const QString &postcode) {
        const AddressKey k = AddressKey::of(address, postcode);
        return k.line.isEmpty() && k.postcode.isEmpty() ? QString()
                                                        : k.line + QLatin1Char('|') + k.postcode;
    };
    // The homes of the children on the tracker who share a PPN with a new child, read in one
    // statement (the loop below changes only new children).
    struct Held
    {
        QString key;
        Id household = 0;
    };
    QHash<Id, Held> held;
    QList<Id> wanted;
    for (const ImportPlan::NewPpn &p : plan.ppns) {
        if (p.links.size() < 2 || std::none_of(p.links.begin(), p.links.end(),
                                               [](const auto &l) { return l.newChild >= 0; }))
            continue;
        for (const ImportPlan::Link &l : p.links) {
            if (l.newChild < 0)
                wanted.append(l.childId);
        }
    }
    if (!wanted.isEmpty()) {
        if (Status s = RowScan::run(
                db,
                QStringLiteral("SELECT id, address, postcode, household_id FROM child WHERE id "
                               "IN (") +
                    Dialect::jsonIds(Dialect::of(db), QStringLiteral(":ids")) +
                    QStringLiteral(") AND household_id IS NOT NULL"),
                {{QStringLiteral("ids"), idList(wanted)}},
                [&](const RowScan::Row &row) {
                    held.insert(row.integer(0), {keyOf(QString::fromUtf8(row.text(1)),
                                                       QString::fromUtf8(row.text(2))),
                                                 row.integer(3)});
                });
            !s)
            return s;
    }
    QHash<Id, Id> householdOfNew; // a new child's household, once given
    for (const ImportPlan::NewPpn &p : plan.ppns) {
        const bool anyToPlace = std::any_of(p.links.begin(), p.links.end(), [&](const auto &l) {
            return l.newChild >= 0 &&
                   !householdOfNew.contains(plan.newChildren.at(l.newChild).createdId);
        });
        if (!anyToPlace || p.links.size() < 2)
            continue; // the look-ups below only for a PPN with a new child to place
        // Per home on the PPN: the household already there (0: none yet) and the new
        // children still to place in it.
        struct Home
        {
            Id household = 0;
            int members = 0;
            QList<const ImportPlan::NewChild *> toPlace;
        };
        QHash<QString, Home> homes;
        for (const ImportPlan::Link &l : p.links) {
            if (l.newChild >= 0) {
                const ImportPlan::NewChild &c = plan.newChildren.at(l.newChild);
                const QString key = keyOf(c.source.homeAddress, c.source.postcode);
                if (key.isEmpty())
                    continue;
                Home &home = homes[key];
                if (const Id held = householdOfNew.value(c.createdId)) {
                    home.household = home.household ? home.household : held;
                    ++home.members;
                } else if (!home.toPlace.contains(&c)) { // a child named twice is one member
                    home.toPlace.append(&c);
                    ++home.members;
                }
                continue;
            }
            const auto found = held.constFind(l.childId);
            if (found == held.constEnd() || found->key.isEmpty())
                continue;
            Home &home = homes[found->key];
            ++home.members;
            home.household = home.household ? home.household : found->household;
        }
        for (Home &home : homes) {
            if (home.toPlace.isEmpty() || (!home.household && home.members < 2))
                continue; // a child alone at the address keeps no household of one
            if (!home.household) {
                const ImportPlan::NewChild &first = *home.toPlace.first();
                Household h;
                h.address = first.source.homeAddress;
                h.postcode = first.source.postcode;
                h.areaId = first.areaId;
                auto added = Children(m_db).addHousehold(h);
                if (!added)
                    return added.error();
                home.household = added->id;
            }
            for (const ImportPlan::NewChild *c : std::as_const(home.toPlace)) {
                if (Status s = Sql::exec(db,
                                         QStringLiteral("UPDATE child SET household_id = :h "
                                                        "WHERE id = :id"),
                                         {{QStringLiteral("h"), home.household},
                                          {QStringLiteral("id"), c->createdId}});
                    !s)
                    return s;
                householdOfNew.insert(c->createdId, home.household);
            }
        }
    }
    return {};
}

Status ImportCommitter::refreshTouched(const QList<Id> &touched, const QHash<Id, int> &newPpns)
{
    const QSqlDatabase db = m_db.sql();
    // The PPN summary columns of the matched children this batch linked, in one statement
    // (the new children were written with theirs).
    QList<Id> matched;
    for (Id id : touched) {
        if (!newPpns.contains(id))
            matched.append(id);
    }
    if (!matched.isEmpty()) {
        if (Status s = Sql::exec(
                db,
                QStringLiteral(
                    "UPDATE child SET (ppn_count, last_incident_on) = (SELECT count(*), "
                    "max(pc.incident_on) FROM ppn_child pc WHERE pc.child_id = child.id AND "
                    "pc.archived = 0) WHERE id IN (") +
                    Dialect::jsonIds(Dialect::of(db), QStringLiteral(":ids")) + QStringLiteral(")"),
                {{QStringLiteral("ids"), idList(matched)}});
            !s)
            return s;
    }
    // Escalation of every child the batch linked, in one pass (EscalationService reads
    // their PPNs and records with one statement each and writes only what changes).
    // A child created here has no escalation record yet, and only this batch's PPNs: with
    // fewer than the threshold it cannot escalate, and is left out (most of a daily file).
    const EscalationConfig config = Options(db).escalation();
    QList<Id> mayEscalate;
    mayEscalate.reserve(touched.size());
    for (Id id : touched) {
        if (!newPpns.contains(id) || newPpns.value(id) >= std::max(1, config.threshold))
            mayEscalate.append(id);
    }
    return EscalationService::refreshChildren(db, mayEscalate, m_today, config);
}

} // namespace enc
