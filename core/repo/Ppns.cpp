#include "Ppns.h"

#include "ChildSummary.h"
#include "Children.h"
#include "EscalationService.h"
#include "Options.h"
#include "Stamp.h"
#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Ppns", text);
}

const QString PpnTable = QStringLiteral("ppn");

// The key a withdrawn entry keeps in place of its reference's: never a reference's key (those
// hold no spaces), unique by id, and still showing the reference to whoever reads the row.
QString withdrawnKey(Id id, const QString &key)
{
    return QStringLiteral("withdrawn %1 %2").arg(id).arg(key);
}

Ppn ppnFrom(const QSqlQuery &q)
{
    Ppn p;
    p.id = q.value(QStringLiteral("id")).toLongLong();
    p.policeReference = q.value(QStringLiteral("police_ref")).toString();
    p.incidentDate = Sql::toDate(q.value(QStringLiteral("incident_on")));
    p.incidentTime = QTime::fromString(q.value(QStringLiteral("incident_time")).toString(),
                                       QStringLiteral("HH:mm"));
    p.receivedOn = Sql::toDate(q.value(QStringLiteral("received_on")));
    p.type = ppnTypeFromString(q.value(QStringLiteral("type")).toString());
    p.risk = riskFromString(q.value(QStringLiteral("risk")).toString());
    p.dashScore = q.value(QStringLiteral("dash_score")).isNull()
                      ? -1
                      : q.value(QStringLiteral("dash_score")).toInt();
    p.crime = crimeFromString(q.value(QStringLiteral("crime")).toString());
    p.incidentAddress = q.value(QStringLiteral("incident_address")).toString();
    p.homeAddress = q.value(QStringLiteral("home_address")).toString();
    p.source = q.value(QStringLiteral("source")).toString();
    p.batchId = q.value(QStringLiteral("batch_id")).toLongLong();
    p.version = q.value(QStringLiteral("version")).toInt();
    return p;
}

} // namespace

QString toString(Presence p)
{
    switch (p) {
    case Presence::Present:
        return QStringLiteral("present");
    case Presence::Witnessed:
        return QStringLiteral("witnessed");
    case Presence::ResidentNotPresent:
        return QStringLiteral("resident_not_present");
    case Presence::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Presence presenceFromString(const QString &s)
{
    if (s == QLatin1String("present"))
        return Presence::Present;
    if (s == QLatin1String("witnessed"))
        return Presence::Witnessed;
    if (s == QLatin1String("resident_not_present"))
        return Presence::ResidentNotPresent;
    return Presence::Unknown;
}

QString toString(DashRisk r)
{
    switch (r) {
    case DashRisk::Standard:
        return QStringLiteral("standard");
    case DashRisk::Medium:
        return QStringLiteral("medium");
    case DashRisk::High:
        return QStringLiteral("high");
    case DashRisk::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DashRisk riskFromString(const QString &s)
{
    if (s == QLatin1String("standard"))
        return DashRisk::Standard;
    if (s == QLatin1String("medium"))
        return DashRisk::Medium;
    if (s == QLatin1String("high"))
        return DashRisk::High;
    return DashRisk::Unknown;
}

QString toString(PpnType t)
{
    return t == PpnType::MissingChild ? QStringLiteral("missing_child")
                                      : QStringLiteral("domestic_abuse");
}

PpnType ppnTypeFromString(const QString &s)
{
    return s == QLatin1String("missing_child") ? PpnType::MissingChild : PpnType::DomesticAbuse;
}

QString toString(CrimeKind c)
{
    switch (c) {
    case CrimeKind::Crime:
        return QStringLiteral("crime");
    case CrimeKind::NonCrime:
        return QStringLiteral("non_crime");
    case CrimeKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CrimeKind crimeFromString(const QString &s)
{
    if (s == QLatin1String("crime"))
        return CrimeKind::Crime;
    if (s == QLatin1String("non_crime"))
        return CrimeKind::NonCrime;
    return CrimeKind::Unknown;
}

Result<Ppn> Ppns::get(Id id) const
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT * FROM ppn WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Ppn>::failure(tr("There is no PPN with id %1.").arg(id));
    Ppn p = ppnFrom(*q);
    auto links = Sql::run(m_db.sql(),
                          QStringLiteral("SELECT child_id, presence FROM ppn_child WHERE ppn_id = "
                                         ":id ORDER BY child_id"),
                          {{QStringLiteral("id"), id}});
    if (!links)
        return links.error();
    while (links->next())
        p.children.append(
            {links->value(0).toLongLong(), presenceFromString(links->value(1).toString())});
    return p;
}

Result<Ppn> Ppns::byReference(const QString &reference) const
{
    auto id =
        Sql::scalar(m_db.sql(), QStringLiteral("SELECT id FROM ppn WHERE police_ref_key = :k"),
                    {{QStringLiteral("k"), TextKey::reference(reference)}});
    if (!id)
        return id.error();
    if (id->isNull())
        return Ppn{};
    return get(id->toLongLong());
}

Result<QList<Ppn>> Ppns::forChild(Id childId) const
{
    auto q =
        Sql::run(m_db.sql(),
                 QStringLiteral("SELECT p.* FROM ppn p JOIN ppn_child pc ON pc.ppn_id = p.id "
                                "WHERE pc.child_id = :id AND p.archived_at IS NULL "
                                "ORDER BY p.incident_on DESC, p.incident_time DESC NULLS LAST"),
                 {{QStringLiteral("id"), childId}});
    if (!q)
        return q.error();
    QList<Ppn> out;
    while (q->next())
        out.append(ppnFrom(*q));
    return out;
}

Result<QStringList> Ppns::validate(const Ppn &p, QDate today) const
{
    using R = Result<QStringList>;
    if (TextKey::reference(p.policeReference).isEmpty())
        return R::failure(tr("Police reference is required."), QStringLiteral("police_ref"));
    if (!p.incidentDate.isValid())
        return R::failure(tr("Incident date is required."), QStringLiteral("incident_on"));
    if (p.incidentDate > today)
        return R::failure(
            tr("Incident date %1 is in the future.").arg(DateInput::format(p.incidentDate)),
            QStringLiteral("incident_on"));
    if (p.receivedOn.isValid() && p.receivedOn < p.incidentDate)
        return R::failure(
            tr("Date received %1 is before the incident date %2.")
                .arg(DateInput::format(p.receivedOn), DateInput::format(p.incidentDate)),
            QStringLiteral("received_on"));
    if (p.children.isEmpty())
        return R::failure(tr("Link at least one child to the PPN."), QStringLiteral("children"));
    QSet<Id> seen;
    for (const PpnChild &c : p.children) {
        if (seen.contains(c.childId))
            return R::failure(tr("A child is linked to the PPN twice."),
                              QStringLiteral("children"));
        seen.insert(c.childId);
    }
    auto existing = byReference(p.policeReference);
    if (!existing)
        return existing.error();
    auto withdrawn = Sql::scalar(
        m_db.sql(), QStringLiteral("SELECT archived_at IS NOT NULL FROM ppn WHERE id = :id"),
        {{QStringLiteral("id"), existing->id}});
    if (!withdrawn)
        return withdrawn.error();
    // A withdrawn PPN (archived: undone, or its import undone) does not hold its reference:
    // add() frees it.
    if (existing->id != 0 && existing->id != p.id && !withdrawn->toBool())
        return R::failure(
            tr("Police reference %1 is already recorded (incident of %2).")
                .arg(existing->policeReference, DateInput::format(existing->incidentDate)),
            QStringLiteral("police_ref"));
    QStringList warnings;
    if (p.risk == DashRisk::High)
        warnings << tr("High risk: Operation Encompass is not the route for high risk. Make sure "
                       "the referral to MASH / Marac has been made.");
    return warnings;
}

Result<Saved> Ppns::add(const Ppn &p, QDate today)
{
    auto checked = validate(p, today);
    if (!checked)
        return checked.error();
    Saved saved{0, *checked};
    Status s = m_db.transaction([&]() -> Status {
        if (Status st = freeWithdrawnReference(p.policeReference); !st)
            return st;
        const QDate received = p.receivedOn.isValid() ? p.receivedOn : today;
        auto q = Sql::run(
            m_db.sql(),
            QStringLiteral(
                "INSERT INTO ppn (police_ref, police_ref_key, incident_on, incident_time, "
                "received_on, type, risk, dash_score, crime, incident_address, home_address, "
                "source, batch_id, created_at) VALUES (:ref, :key, :on, :time, :received, :type, "
                ":risk, :score, :crime, :iaddr, :haddr, :source, :batch, :now) RETURNING id"),
            {{QStringLiteral("ref"), p.policeReference.trimmed()},
             {QStringLiteral("key"), TextKey::reference(p.policeReference)},
             {QStringLiteral("on"), Sql::date(p.incidentDate)},
             {QStringLiteral("time"),
              p.incidentTime.isValid() ? QVariant(p.incidentTime.toString(QStringLiteral("HH:mm")))
                                       : QVariant(QMetaType(QMetaType::QString))},
             {QStringLiteral("received"), Sql::date(received)},
             {QStringLiteral("type"), toString(p.type)},
             {QStringLiteral("risk"), toString(p.risk)},
             {QStringLiteral("score"),
              p.dashScore >= 0 ? QVariant(p.dashScore) : QVariant(QMetaType(QMetaType::Int))},
             {QStringLiteral("crime"), toString(p.crime)},
             {QStringLiteral("iaddr"), p.incidentAddress.trimmed()},
             {QStringLiteral("haddr"), p.homeAddress.trimmed()},
             {QStringLiteral("source"), p.source.isEmpty() ? QStringLiteral("manual") : p.source},
             {QStringLiteral("batch"), Sql::id(p.batchId)},
             {QStringLiteral("now"), Stamp::now()}});
        if (!q)
            return q.error();
        saved.id = (q->next() ? q->value(0).toLongLong() : 0);
        for (const PpnChild &c : p.children) {
            if (Status st =
                    Sql::exec(m_db.sql(),
                              QStringLiteral("INSERT INTO ppn_child (ppn_id, child_id, presence, "
                                             "incident_on) VALUES (:ppn, :child, :presence, :on)"),
                              {{QStringLiteral("ppn"), saved.id},
                               {QStringLiteral("child"), c.childId},
                               {QStringLiteral("presence"), toString(c.presence)},
                               {QStringLiteral("on"), Sql::date(p.incidentDate)}});
                !st)
                return st;
        }
        if (Status st = Audit::record(m_db.sql(), QStringLiteral("add"), PpnTable, saved.id,
                                      p.children.size() == 1 ? p.children.first().childId : 0, {},
                                      Audit::snapshot(m_db.sql(), PpnTable, saved.id));
            !st)
            return st;
        // A new PPN for a greened-off child reopens it.
        Children children(m_db);
        for (const PpnChild &c : p.children) {
            auto child = children.get(c.childId);
            if (!child)
                return child.error();
            if (child->status == ChildStatus::GreenedOff) {
                if (Status st = children.reopen(c.childId); !st)
                    return st;
                saved.warnings << tr("%1 was greened off and has been reopened by this PPN.")
                                      .arg(child->fullName());
            }
        }
        return refreshChildren(saved.id, today);
    });
    if (!s)
        return s.error();
    return saved;
}

Status Ppns::refreshChildren(Id ppnId, QDate today)
{
    auto q =
        Sql::run(m_db.sql(), QStringLiteral("SELECT child_id FROM ppn_child WHERE ppn_id = :id"),
                 {{QStringLiteral("id"), ppnId}});
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    const EscalationConfig config = Options(m_db.sql()).escalation();
    for (Id child : ids) {
        if (Status s = ChildSummary::refresh(m_db.sql(), child); !s)
            return s;
        if (Status s = EscalationService::refreshChild(m_db.sql(), child, today, config); !s)
            return s;
    }
    return {};
}

Status Ppns::archive(Id id)
{
    return setArchived(id, true);
}

Status Ppns::unarchive(Id id)
{
    return setArchived(id, false);
}

Status Ppns::withdrawEntry(Id id)
{
    return setEntered(id, false);
}

Status Ppns::restoreEntry(Id id)
{
    return setEntered(id, true);
}

Status Ppns::setEntered(Id id, bool entered)
{
    return m_db.transaction([&]() -> Status {
        auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT police_ref FROM ppn WHERE id = :id"),
                          {{QStringLiteral("id"), id}});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(tr("There is no PPN with id %1.").arg(id));
        const QString reference = q->value(0).toString();
        const QString key = TextKey::reference(reference);
        if (entered) {
            auto taken = byReference(reference);
            if (!taken)
                return taken.error();
            if (taken->id != 0 && taken->id != id)
                return Status::failure(tr("Police reference %1 has been recorded again since "
                                          "(incident of %2), so this entry cannot be brought "
                                          "back.")
                                           .arg(reference, DateInput::format(taken->incidentDate)),
                                       QStringLiteral("police_ref"));
        }
        return setArchived(id, !entered, entered ? key : withdrawnKey(id, key));
    });
}

Status Ppns::freeWithdrawnReference(const QString &reference)
{
    auto id = Sql::scalar(m_db.sql(),
                          QStringLiteral("SELECT id FROM ppn WHERE police_ref_key = :k AND "
                                         "archived_at IS NOT NULL"),
                          {{QStringLiteral("k"), TextKey::reference(reference)}});
    if (!id)
        return id.error();
    if (id->isNull())
        return {};
    const Id withdrawn = id->toLongLong();
    const QJsonObject before = Audit::snapshot(m_db.sql(), PpnTable, withdrawn);
    if (Status s = Sql::exec(
            m_db.sql(), QStringLiteral("UPDATE ppn SET police_ref_key = :key WHERE id = :id"),
            {{QStringLiteral("key"), withdrawnKey(withdrawn, TextKey::reference(reference))},
             {QStringLiteral("id"), withdrawn}});
        !s)
        return s;
    return Audit::record(m_db.sql(), QStringLiteral("withdraw"), PpnTable, withdrawn, 0, before,
                         Audit::snapshot(m_db.sql(), PpnTable, withdrawn));
}

Status Ppns::setArchived(Id id, bool archived, const QString &key)
{
    return m_db.transaction([&]() -> Status {
        const QJsonObject before = Audit::snapshot(m_db.sql(), PpnTable, id);
        if (before.isEmpty())
            return Status::failure(tr("There is no PPN with id %1.").arg(id));
        QString setPpn = QStringLiteral("UPDATE ppn SET archived_at = :at");
        QVariantMap values{{QStringLiteral("id"), id},
                           {QStringLiteral("at"), archived ? QVariant(Stamp::now()) : QVariant()}};
        if (!key.isNull()) {
            setPpn += QStringLiteral(", police_ref_key = :key");
            values.insert(QStringLiteral("key"), key);
        }
        setPpn += QStringLiteral(", version = version + 1 WHERE id = :id");
        if (Status s = Sql::exec(m_db.sql(), setPpn, values); !s)
            return s;
        if (Status s = Sql::exec(
                m_db.sql(), QStringLiteral("UPDATE ppn_child SET archived = :a WHERE ppn_id = :id"),
                {{QStringLiteral("a"), archived ? 1 : 0}, {QStringLiteral("id"), id}});
            !s)
            return s;
        const QString action =
            !key.isNull() ? (archived ? QStringLiteral("withdraw") : QStringLiteral("restore"))
                          : (archived ? QStringLiteral("archive") : QStringLiteral("unarchive"));
        if (Status s = Audit::record(m_db.sql(), action, PpnTable, id, 0, before,
                                     Audit::snapshot(m_db.sql(), PpnTable, id));
            !s)
            return s;
        return refreshChildren(id, QDate::currentDate());
    });
}

} // namespace enc
