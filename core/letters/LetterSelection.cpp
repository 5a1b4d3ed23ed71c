#include "LetterSelection.h"

#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/Meetings.h"
#include "repo/Ppns.h"
#include "repo/Proformas.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterSelection", text);
}

QString noSettingReason(SettingKnown known)
{
    switch (known) {
    case SettingKnown::NotInSetting:
        return tr("Not in a setting.");
    case SettingKnown::OutOfArea:
        return tr("In a setting out of area that is not recorded: record the child's setting, "
                  "then send the letter.");
    case SettingKnown::HomeEducated:
        return tr("Home educated.");
    case SettingKnown::Unknown:
    case SettingKnown::Known:
        break;
    }
    return tr("Setting not known: record the child's setting, then send the letter.");
}
} // namespace

Result<LetterEntry> LetterSelection::entry(Id childId, Id ppnId, QDate latestOnOrBefore) const
{
    LetterEntry e;
    auto child = Children(m_db).get(childId);
    if (!child)
        return child.error();
    e.child = *child;
    e.settingId = e.child.settingId;
    if (ppnId != 0) {
        auto ppn = Ppns(m_db).get(ppnId);
        if (!ppn)
            return ppn.error();
        e.ppn = *ppn;
    } else {
        auto ppns = Ppns(m_db).forChild(childId); // newest first
        if (!ppns)
            return ppns.error();
        for (const Ppn &p : *ppns) {
            if (!latestOnOrBefore.isValid() || p.incidentDate <= latestOnOrBefore) {
                e.ppn = p;
                break;
            }
        }
    }
    auto proformas = Proformas(m_db).forChild(childId); // newest first
    if (!proformas)
        return proformas.error();
    if (!proformas->isEmpty())
        e.proforma = proformas->first();
    return e;
}

Result<QList<LetterEntry>> LetterSelection::receivedOn(QDate date) const
{
    QList<LetterEntry> out;
    Status s = eachReceived(date, false, [&](Id childId, Id ppnId, const QString &) -> Status {
        auto e = entry(childId, ppnId, {});
        if (!e)
            return e.error();
        out.append(*e);
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<HighRiskChild>> LetterSelection::highRiskReceivedOn(QDate date) const
{
    QList<HighRiskChild> out;
    Children children(m_db);
    Status s = eachReceived(date, true, [&](Id childId, Id, const QString &reference) -> Status {
        auto child = children.get(childId);
        if (!child)
            return child.error();
        out.append({child->fullName(), reference});
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

// Each child on a PPN received on the date (high-risk PPNs only when highRisk), in the order
// the PPNs came, with the PPN's police reference.
Status LetterSelection::eachReceived(
    QDate date, bool highRisk,
    const std::function<Status(Id childId, Id ppnId, const QString &reference)> &each) const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT pc.child_id, p.id, p.police_ref FROM ppn p JOIN "
                       "ppn_child pc ON pc.ppn_id = p.id WHERE p.received_on = :d "
                       "AND p.archived_at IS NULL AND (:high = 0 OR p.risk = "
                       "'high') ORDER BY p.id, pc.child_id"),
        {{QStringLiteral("d"), Sql::date(date)}, {QStringLiteral("high"), highRisk ? 1 : 0}});
    if (!q)
        return q.error();
    while (q->next()) {
        if (Status s =
                each(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString());
            !s)
            return s;
    }
    return {};
}

Result<QList<LetterEntry>> LetterSelection::heardAt(Id meetingId) const
{
    auto meeting = Meetings(m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT child_id FROM decision WHERE meeting_id = :m GROUP BY "
                                     "child_id ORDER BY MIN(id)"),
                      {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QList<LetterEntry> out;
    while (q->next()) {
        auto e = entry(q->value(0).toLongLong(), 0, meeting->date);
        if (!e)
            return e.error();
        out.append(*e);
    }
    return out;
}

Result<QList<LetterEntry>> LetterSelection::child(Id childId) const
{
    auto e = entry(childId, 0, {});
    if (!e)
        return e.error();
    return QList<LetterEntry>{*e};
}

Result<QList<LetterEntry>> LetterSelection::overdueProformas(QDate today) const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral(
            "SELECT id, child_id, setting_id, sent_on, due_on FROM "
            "proforma WHERE returned_on IS NULL AND archived_at IS NULL AND due_on < :today "
            "ORDER BY setting_id NULLS FIRST, child_id"),
        {{QStringLiteral("today"), Sql::date(today)}});
    if (!q)
        return q.error();
    QList<LetterEntry> out;
    while (q->next()) {
        auto e = entry(q->value(1).toLongLong(), 0, {});
        if (!e)
            return e.error();
        e->proforma.id = q->value(0).toLongLong();
        e->proforma.childId = e->child.id;
        e->proforma.settingId = q->value(2).toLongLong();
        e->proforma.sentOn = Sql::toDate(q->value(3));
        e->proforma.dueOn = Sql::toDate(q->value(4));
        if (e->proforma.settingId != 0)
            e->settingId = e->proforma.settingId;
        out.append(*e);
    }
    return out;
}

Result<LetterPlan> LetterSelection::plan(const QList<LetterEntry> &entries, bool perChild) const
{
    LetterPlan plan;
    QHash<QString, qsizetype> letterFor; // "setting" or "setting/child" -> index in letters
    QHash<Id, Setting> settings;
    Directory directory(m_db);
    for (const LetterEntry &e : entries) {
        // An out-of-area child whose setting is recorded gets their letter like any other.
        const bool known = e.settingId != 0 && (e.settingId != e.child.settingId ||
                                                e.child.settingKnown == SettingKnown::Known ||
                                                e.child.settingKnown == SettingKnown::OutOfArea);
        QString reason;
        if (e.child.archived)
            reason = tr("The child is archived.");
        else if (!known)
            reason = noSettingReason(e.child.settingKnown);
        else if (!settings.contains(e.settingId)) {
            auto s = directory.setting(e.settingId);
            if (!s)
                return s.error();
            settings.insert(e.settingId, *s);
        }
        if (reason.isEmpty() && settings.value(e.settingId).archived)
            reason = tr("The child's setting (%1) is archived: record the child's current setting.")
                         .arg(settings.value(e.settingId).name);
        if (!reason.isEmpty()) {
            const bool listed =
                std::any_of(plan.skipped.cbegin(), plan.skipped.cend(),
                            [&](const SkippedChild &s) { return s.childId == e.child.id; });
            if (!listed)
                plan.skipped.append({e.child.id, reason});
            continue;
        }
        const QString key = perChild ? QStringLiteral("%1/%2").arg(e.settingId).arg(e.child.id)
                                     : QString::number(e.settingId);
        auto at = letterFor.constFind(key);
        if (at == letterFor.cend()) {
            letterFor.insert(key, plan.letters.size());
            plan.letters.append({settings.value(e.settingId), {e}});
        } else {
            plan.letters[*at].entries.append(e);
        }
    }
    return plan;
}

} // namespace enc
