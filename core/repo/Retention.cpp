#include "Retention.h"

#include "Stamp.h"
#include "domain/DateInput.h"
#include "repo/Options.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Retention", text);
}

// The dates things last happened on the child's record, columns 4 to 8 after id, name, date of
// birth and legal hold: the newest of them is taken in C++ (SQLite's max(a, b) is PostgreSQL's
// greatest(a, b)).
const char LastActivity[] =
    "substr(c.updated_at, 1, 10), c.last_incident_on, "
    "(SELECT max(decided_on) FROM decision WHERE child_id = c.id), "
    "(SELECT max(coalesce(completed_on, due_on, substr(created_at, 1, 10))) FROM action "
    "WHERE child_id = c.id), "
    "(SELECT max(coalesce(returned_on, sent_on)) FROM proforma WHERE child_id = c.id)";
const int ActivityColumns = 5;

} // namespace

Retention::Rules Retention::rules() const
{
    Options o(m_db.sql());
    Rules r;
    r.yearsAfterBirth =
        o.value(QStringLiteral("retention.years_after_birth"), QStringLiteral("25")).toInt();
    r.yearsAfterActivity =
        o.value(QStringLiteral("retention.years_after_activity"), QStringLiteral("6")).toInt();
    return r;
}

Status Retention::setRules(const Rules &r)
{
    if (r.yearsAfterBirth < 0 || r.yearsAfterBirth > 100)
        return Status::failure(tr("Years after birth must be between 0 (rule off) and 100."),
                               QStringLiteral("retention.years_after_birth"));
    if (r.yearsAfterActivity < 0 || r.yearsAfterActivity > 100)
        return Status::failure(
            tr("Years after last activity must be between 0 (rule off) and 100."),
            QStringLiteral("retention.years_after_activity"));
    if (Status s = Access::require(m_db.sql(), Access::Right::Retention,
                                   tr("changing the retention rules"));
        !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Options o(m_db.sql());
        if (Status s = o.setValue(QStringLiteral("retention.years_after_birth"),
                                  QString::number(r.yearsAfterBirth));
            !s)
            return s;
        return o.setValue(QStringLiteral("retention.years_after_activity"),
                          QString::number(r.yearsAfterActivity));
    });
}

Result<QList<Retention::Due>> Retention::due(QDate today) const
{
    const Rules r = rules();
    auto q = Sql::run(
        m_db.sql(), QStringLiteral("SELECT c.id, c.forename || ' ' || c.surname, c.date_of_birth, "
                                   "c.legal_hold, ") +
                        QString::fromLatin1(LastActivity) +
                        QStringLiteral(" FROM child c WHERE c.anonymised_at IS NULL"));
    if (!q)
        return q.error();
    QList<Due> out;
    while (q->next()) {
        Due d;
        d.childId = q->value(0).toLongLong();
        d.name = q->value(1).toString();
        d.dateOfBirth = Sql::toDate(q->value(2));
        d.legalHold = q->value(3).toBool();
        QString last;
        for (int i = 4; i < 4 + ActivityColumns; ++i)
            last = std::max(last, q->value(i).toString());
        d.lastActivity = QDate::fromString(last.left(10), Qt::ISODate);
        QDate byBirth, byActivity;
        if (r.yearsAfterBirth > 0 && d.dateOfBirth.isValid())
            byBirth = d.dateOfBirth.addYears(r.yearsAfterBirth);
        if (r.yearsAfterActivity > 0 && d.lastActivity.isValid())
            byActivity = d.lastActivity.addYears(r.yearsAfterActivity);
        QStringList reasons;
        if (byBirth.isValid() && byBirth <= today) {
            reasons << tr("%1 years after birth (%2)")
                           .arg(r.yearsAfterBirth)
                           .arg(DateInput::format(byBirth));
            d.dueOn = byBirth;
        }
        if (byActivity.isValid() && byActivity <= today) {
            reasons << tr("%1 years after the last activity on %2")
                           .arg(r.yearsAfterActivity)
                           .arg(DateInput::format(d.lastActivity));
            if (!d.dueOn.isValid() || byActivity < d.dueOn)
                d.dueOn = byActivity;
        }
        if (reasons.isEmpty())
            continue;
        d.reason = reasons.join(QStringLiteral("; "));
        out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const Due &a, const Due &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.childId < b.childId;
    });
    return out;
}

Status Retention::setLegalHold(Id childId, bool hold)
{
    if (Status s =
            Access::require(m_db.sql(), Access::Right::Retention, tr("changing a legal hold"));
        !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto q =
            Sql::run(m_db.sql(), QStringLiteral("UPDATE child SET legal_hold = :h WHERE id = :id"),
                     {{QStringLiteral("h"), hold ? 1 : 0}, {QStringLiteral("id"), childId}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Status::failure(tr("There is no child with id %1.").arg(childId));
        return Audit::record(m_db.sql(), QStringLiteral("legal-hold"), QStringLiteral("child"),
                             childId, childId, {{QStringLiteral("legal_hold"), !hold}},
                             {{QStringLiteral("legal_hold"), hold}});
    });
}

Status Retention::checkDue(Id childId, QDate today) const
{
    auto held = Sql::scalar(m_db.sql(),
                            QStringLiteral("SELECT legal_hold FROM child WHERE id = :id AND "
                                           "anonymised_at IS NULL"),
                            {{QStringLiteral("id"), childId}});
    if (!held)
        return held.error();
    if (held->isNull())
        return Status::failure(
            tr("There is no child with id %1 (or the record is already anonymised).").arg(childId));
    if (held->toBool())
        return Status::failure(tr("Child %1 is on legal hold: lift the hold before anonymising or "
                                  "deleting the record.")
                                   .arg(childId),
                               QStringLiteral("legal_hold"));
    auto list = due(today);
    if (!list)
        return list.error();
    for (const Due &d : *list) {
        if (d.childId == childId)
            return {};
    }
    return Status::failure(tr("Child %1 is not due for review under the retention rules: "
                              "nothing changed.")
                               .arg(childId));
}

Status Retention::anonymise(Id childId, QDate today)
{
    if (Status s = Access::require(m_db.sql(), Access::Right::Retention,
                                   tr("anonymising a child's record"));
        !s)
        return s;
    if (Status s = checkDue(childId, today); !s)
        return s;
    const QSqlDatabase db = m_db.sql();
    const QVariantMap id{{QStringLiteral("id"), childId}};
    return m_db.transaction([&]() -> Status {
        // The year of birth stays (reports count by age band); day and month go.
        if (Status s = Sql::exec(
                db,
                QStringLiteral(
                    "UPDATE child SET forename = 'Anonymised', surname = '#' || id, forename_key "
                    "= 'anonymised', surname_key = '#' || id, date_of_birth = CASE WHEN "
                    "date_of_birth IS NULL THEN NULL ELSE substr(date_of_birth, 1, 4) || '-07-01' "
                    "END, address = '', postcode = '', postcode_key = '', case_reference = '', "
                    "social_worker = '', anonymised_at = :now, version = version + 1 WHERE id = "
                    ":id"),
                {{QStringLiteral("id"), childId}, {QStringLiteral("now"), Stamp::now()}});
            !s)
            return s;
        const QStringList statements = {
            QStringLiteral("UPDATE decision SET rationale = '' WHERE child_id = :id"),
            QStringLiteral("UPDATE action SET description = '[removed]', owner_text = '', "
                           "completed_by = '' WHERE child_id = :id"),
            QStringLiteral("UPDATE proforma SET summary = '', voice_of_child = '' WHERE child_id "
                           "= :id"),
            QStringLiteral("UPDATE escalation SET liaison_with = '', feedback = '', "
                           "close_reason = '' WHERE child_id = :id"),
            QStringLiteral("UPDATE escalation_liaison SET with_whom = '', outcome = '' WHERE "
                           "escalation_id IN (SELECT id FROM escalation WHERE child_id = :id)"),
            QStringLiteral("UPDATE partner_info SET person = '', information = '[removed]' "
                           "WHERE child_id = :id"),
            QStringLiteral("UPDATE no_longer_attends SET told_by = '' WHERE child_id = :id"),
            QStringLiteral("UPDATE import_review SET data = '{}' WHERE candidate_child_id = :id "
                           "OR resolved_child_id = :id"),
            // Addresses of PPNs and households that name no child still identifiable.
            QStringLiteral("UPDATE ppn SET incident_address = '', home_address = '' WHERE id IN "
                           "(SELECT ppn_id FROM ppn_child WHERE child_id = :id) AND NOT EXISTS "
                           "(SELECT 1 FROM ppn_child pc JOIN child c ON c.id = pc.child_id WHERE "
                           "pc.ppn_id = ppn.id AND c.anonymised_at IS NULL)"),
            QStringLiteral("UPDATE household SET address = '', postcode = '' WHERE id = (SELECT "
                           "household_id FROM child WHERE id = :id) AND NOT EXISTS (SELECT 1 FROM "
                           "child c WHERE c.household_id = household.id AND c.anonymised_at IS "
                           "NULL)"),
        };
        for (const QString &sql : statements) {
            if (Status s = Sql::exec(db, sql, id); !s)
                return s;
        }
        // No snapshot of what was removed: the trail must not keep what anonymising takes away.
        return Audit::record(db, QStringLiteral("anonymise"), QStringLiteral("child"), childId,
                             childId, {},
                             {{QStringLiteral("anonymised"), true},
                              {QStringLiteral("rules"), QStringLiteral("retention")}});
    });
}

Result<Retention::Deleted> Retention::remove(Id childId, QDate today)
{
    if (Status s =
            Access::require(m_db.sql(), Access::Right::Retention, tr("deleting a child's record"));
        !s)
        return s.error();
    if (Status s = checkDue(childId, today); !s)
        return s.error();
    const QSqlDatabase db = m_db.sql();
    const QVariantMap id{{QStringLiteral("id"), childId}};
    Deleted deleted;
    Status s = m_db.transaction([&]() -> Status {
        auto count = [&](const QString &sql) {
            auto n = Sql::scalar(db, sql, id);
            return n ? n->toInt() : 0;
        };
        deleted.decisions =
            count(QStringLiteral("SELECT count(*) FROM decision WHERE child_id = :id"));
        deleted.actions = count(QStringLiteral("SELECT count(*) FROM action WHERE child_id = :id"));
        // The PPNs that name no other child go with it: listed here, as no temporary table is
        // written the same way on SQLite and PostgreSQL (a child has a few PPNs).
        auto own = Sql::run(db,
                            QStringLiteral("SELECT pc.ppn_id FROM ppn_child pc WHERE pc.child_id = "
                                           ":id AND NOT EXISTS (SELECT 1 FROM ppn_child o WHERE "
                                           "o.ppn_id = pc.ppn_id AND o.child_id <> :id)"),
                            id);
        if (!own)
            return own.error();
        QList<Id> ppns;
        while (own->next())
            ppns.append(own->value(0).toLongLong());
        deleted.ppns = int(ppns.size());
        if (Status st =
                Sql::exec(db, QStringLiteral("DELETE FROM ppn_child WHERE child_id = :id"), id);
            !st)
            return st;
        for (Id ppn : ppns) {
            const QVariantMap p{{QStringLiteral("p"), ppn}};
            if (Status st = Sql::exec(
                    db, QStringLiteral("UPDATE import_review SET ppn_id = NULL WHERE ppn_id = :p"),
                    p);
                !st)
                return st;
            if (Status st = Sql::exec(db, QStringLiteral("DELETE FROM ppn WHERE id = :p"), p); !st)
                return st;
        }
        const QStringList statements = {
            QStringLiteral("DELETE FROM action WHERE child_id = :id"),
            QStringLiteral("DELETE FROM decision WHERE child_id = :id"),
            QStringLiteral("DELETE FROM proforma WHERE child_id = :id"),
            QStringLiteral("DELETE FROM escalation_liaison WHERE escalation_id IN (SELECT id "
                           "FROM escalation WHERE child_id = :id)"),
            QStringLiteral("DELETE FROM escalation WHERE child_id = :id"),
            QStringLiteral("DELETE FROM partner_info WHERE child_id = :id"),
            QStringLiteral("DELETE FROM no_longer_attends WHERE child_id = :id"),
            QStringLiteral("DELETE FROM agenda_item WHERE child_id = :id"),
            QStringLiteral("DELETE FROM disclosure_child WHERE child_id = :id"),
            QStringLiteral("UPDATE import_review SET candidate_child_id = NULL, data = '{}' WHERE "
                           "candidate_child_id = :id"),
            QStringLiteral("UPDATE import_review SET resolved_child_id = NULL, data = '{}' WHERE "
                           "resolved_child_id = :id"),
            QStringLiteral("UPDATE household SET address = '', postcode = '' WHERE id = (SELECT "
                           "household_id FROM child WHERE id = :id) AND NOT EXISTS (SELECT 1 FROM "
                           "child c WHERE c.household_id = household.id AND c.id <> :id)"),
            QStringLiteral("DELETE FROM child WHERE id = :id"),
        };
        for (const QString &sql : statements) {
            if (Status st = Sql::exec(db, sql, id); !st)
                return st;
        }
        return Audit::record(db, QStringLiteral("delete"), QStringLiteral("child"), childId,
                             childId, {},
                             {{QStringLiteral("deleted"), true},
                              {QStringLiteral("ppns"), deleted.ppns},
                              {QStringLiteral("decisions"), deleted.decisions},
                              {QStringLiteral("actions"), deleted.actions}});
    });
    if (!s)
        return s.error();
    return deleted;
}

} // namespace enc
