#include "demo/DemoGenerator.h"

#include "demo/DemoModel.h"
#include "repo/ChildSummary.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace enc {

namespace {

using demo::tr;

constexpr int MaxChildren = 1000000;
// A large page cache while generating: index pages then stay in memory until the commit. About
// 1 KiB a child past 256 MiB (1 GiB for 1,000,000 children, a 3.7 GB file).
constexpr qint64 GenerationCacheKiB = 262144;
constexpr qint64 GenerationCacheKiBPerChild = 1;

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

    // The cache and journal PRAGMAs are SQLite's (skipped on a server).
    const bool sqliteFile = !db.onServer();
    const QString oldCache =
        sqliteFile ? pragmaValue(sql, QStringLiteral("PRAGMA cache_size")) : QString();
    if (sqliteFile)
        QSqlQuery(sql).exec(
            QStringLiteral("PRAGMA cache_size = -%1")
                .arg(std::max(GenerationCacheKiB, GenerationCacheKiBPerChild * opt.children)));
    // A rollback journal while generating. The one transaction writes more pages than any cache
    // holds; in WAL mode each page spilled and read again is looked up in the log's index: over
    // half the time at 1,000,000 children (21 minutes of CPU, 9 with the journal and this cache).
    // With a journal, pages spill into the file itself, and the file's new pages need no journal.
    // WAL again afterwards.
    const bool walMode = sqliteFile && pragmaValue(sql, QStringLiteral("PRAGMA journal_mode")) ==
                                           QLatin1String("wal");
    const bool journalled =
        walMode && pragmaValue(sql, QStringLiteral("PRAGMA journal_mode=TRUNCATE")) ==
                       QLatin1String("truncate");
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
        if (Status s = demo::writeEscalations(sql, opt.today, rng); !s)
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
    if (journalled &&
        pragmaValue(sql, QStringLiteral("PRAGMA journal_mode=WAL")) != QLatin1String("wal")) {
        return R::failure(tr("The demo data could not be finished: the database would not go "
                             "back to write-ahead logging. Open it again to retry."));
    }
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
