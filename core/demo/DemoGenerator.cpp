#include "demo/DemoGenerator.h"

#include "demo/DemoModel.h"
#include "repo/ChildSummary.h"
#include "repo/EscalationService.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace enc {

namespace {

using demo::tr;

constexpr int MaxChildren = 1000000;
// A large page cache while generating: index pages then stay in memory until the commit.
constexpr int GenerationCacheKiB = 262144;

QString cancelText()
{
    return tr("Cancelled: nothing was written.");
}

QString pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma) || !q.next())
        return {};
    return q.value(0).toString();
}

// Escalations raised more than three weeks ago are mostly closed, after the chair has
// liaised with MASH or the allocated social worker and fed back to the group.
Status closeOlderEscalations(const QSqlDatabase &db, QDate today, demo::Random &rng)
{
    struct Open
    {
        Id id;
        QDate triggered;
        QString worker;
    };
    QList<Open> open;
    {
        auto q = Sql::run(
            db, QStringLiteral("SELECT e.id, e.triggered_on, c.social_care_open, "
                               "c.social_worker FROM escalation e JOIN child c ON "
                               "c.id = e.child_id WHERE e.closed_on IS NULL ORDER BY e.id"));
        if (!q)
            return q.error();
        while (q->next()) {
            open.append({q->value(0).toLongLong(), Sql::toDate(q->value(1)),
                         q->value(2).toBool() ? q->value(3).toString() : QString()});
        }
    }
    const QStringList feedback = {
        tr("Chair liaised with MASH: threshold for statutory intervention not met; Early Help "
           "support continues and the group will keep the family under review."),
        tr("Allocated social worker informed of the repeat notifications; they will be "
           "considered in the child's plan."),
        tr("Strategy discussion held with MASH; family offered an Early Help Assessment, which "
           "the parent accepted."),
        tr("MASH reviewed the notifications and took no further action; the setting will "
           "report any new concerns.")};
    const QString mash = QStringLiteral("MASH");
    demo::Statement close(db, QStringLiteral("UPDATE escalation SET liaison_with = ?, feedback = "
                                             "?, closed_on = ? WHERE id = ?"));
    demo::Statement liaise(db,
                           QStringLiteral("UPDATE escalation SET liaison_with = ? WHERE id = ?"));
    if (!close.status())
        return close.status();
    if (!liaise.status())
        return liaise.status();
    for (const Open &e : open) {
        const QString with = e.worker.isEmpty() ? mash : e.worker;
        if (e.triggered.daysTo(today) > 21 && rng.chance(0.5)) {
            const QDate closed =
                std::min(today.addDays(-1), e.triggered.addDays(rng.between(7, 20)));
            auto done = close.run({with, feedback[rng.between(0, int(feedback.size()) - 1)],
                                   demo::isoDate(closed), e.id});
            if (!done)
                return done.error();
        } else if (rng.chance(0.5)) {
            auto done = liaise.run({with, e.id});
            if (!done)
                return done.error();
        }
    }
    if (Status s = Sql::exec(db, QStringLiteral("UPDATE child SET escalated = EXISTS (SELECT 1 "
                                                "FROM escalation e WHERE e.child_id = child.id "
                                                "AND e.closed_on IS NULL) WHERE escalated = 1"));
        !s)
        return s;
    // An open escalation keeps the child's record open.
    return Sql::exec(db, QStringLiteral("UPDATE child SET status = 'open' WHERE escalated = 1 "
                                        "AND status = 'greened_off'"));
}

QJsonObject toJson(const DemoStats &s, const DemoOptions &opt)
{
    return {{QStringLiteral("children"), s.children},
            {QStringLiteral("households"), s.households},
            {QStringLiteral("settings"), s.settings},
            {QStringLiteral("ppns"), s.ppns},
            {QStringLiteral("meetings"), s.meetings},
            {QStringLiteral("decisions"), s.decisions},
            {QStringLiteral("actions"), s.actions},
            {QStringLiteral("proformas"), s.proformas},
            {QStringLiteral("escalations"), s.escalations},
            {QStringLiteral("members"), s.members},
            {QStringLiteral("elapsedMs"), s.elapsedMs},
            {QStringLiteral("seed"), QString::number(opt.seed)},
            {QStringLiteral("today"), opt.today.toString(Qt::ISODate)}};
}

} // namespace

Result<DemoStats> DemoGenerator::generate(Database &db, const DemoOptions &opt)
{
    using R = Result<DemoStats>;
    QElapsedTimer timer;
    timer.start();
    if (opt.children < 1 || opt.children > MaxChildren) {
        return R::failure(
            tr("The number of demo children must be between 1 and %1.")
                .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(MaxChildren)),
            QStringLiteral("children"));
    }
    if (!opt.today.isValid())
        return R::failure(tr("The demo needs a valid date for today."), QStringLiteral("today"));
    const QSqlDatabase sql = db.sql();
    auto existing = Sql::scalar(sql, QStringLiteral("SELECT EXISTS (SELECT 1 FROM child)"));
    if (!existing)
        return existing.error();
    if (existing->toInt() != 0) {
        return R::failure(tr("This database already holds children. Demo data is only added to "
                             "an empty tracker: create a new database for the demo."));
    }

    const QString oldCache = pragmaValue(sql, QStringLiteral("PRAGMA cache_size"));
    QSqlQuery(sql).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(GenerationCacheKiB));
    demo::Progress progress(opt.progress);
    DemoStats stats;
    const Status written = db.transaction([&]() -> Status {
        demo::Random rng(opt.seed);
        demo::Plan plan = demo::makePlan(rng, opt.children, opt.today);
        if (!progress.report(0, 5, 1, 1))
            return Status::failure(cancelText());
        std::vector<demo::PlanMember> members = demo::makeMembers();
        if (Status s = demo::writeMembers(sql, members); !s)
            return s;
        if (Status s = demo::writePlaces(sql, plan, progress); !s)
            return s;
        if (Status s = demo::writePpns(sql, plan, rng, progress); !s)
            return s;
        auto hearings = demo::writeHearings(sql, plan, members, rng, progress);
        if (!hearings)
            return hearings.error();
        if (Status s = demo::writeChildStatus(sql, plan, progress); !s)
            return s;
        if (Status s = ChildSummary::refreshAll(sql); !s)
            return s;
        if (!progress.report(90, 95, 1, 1))
            return Status::failure(cancelText());
        if (Status s = EscalationService::refreshAll(sql, opt.today, EscalationConfig{}); !s)
            return s;
        if (Status s = closeOlderEscalations(sql, opt.today, rng); !s)
            return s;
        if (!progress.report(95, 100, 1, 1))
            return Status::failure(cancelText());
        auto escalations = Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM escalation"));
        if (!escalations)
            return escalations.error();

        stats.children = int(plan.children.size());
        stats.households = int(plan.households.size());
        stats.settings = int(plan.settings.size());
        stats.ppns = int(plan.ppns.size());
        stats.meetings = hearings->meetings;
        stats.decisions = hearings->decisions;
        stats.actions = hearings->actions;
        stats.proformas = hearings->proformas;
        stats.escalations = escalations->toInt();
        stats.members = int(members.size());
        stats.elapsedMs = timer.elapsed();
        return Audit::record(sql, QStringLiteral("demo-generated"), QStringLiteral("database"), 0,
                             0, {}, toJson(stats, opt));
    });
    if (!oldCache.isEmpty())
        QSqlQuery(sql).exec(QStringLiteral("PRAGMA cache_size = %1").arg(oldCache.toLongLong()));
    if (!written) {
        if (progress.cancelled())
            return R::failure(cancelText());
        return written.error();
    }
    // Statistics for the query planner, so searches pick the right index at this size.
    QSqlQuery(sql).exec(QStringLiteral("ANALYZE"));
    stats.elapsedMs = timer.elapsed();
    return stats;
}

} // namespace enc
