#include "import/Importer.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "import/CellParser.h"
#include "import/HeadingGuess.h"
#include "import/ImportPlanner.h"
#include "import/ImportProfiles.h"
#include "import/RowMapper.h"
#include "repo/Options.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Importer", text);
}

} // namespace

Result<ColumnMapping> Importer::mappingFor(const ImportFile &file, const QString &profile,
                                           QString *profileUsed)
{
    ImportProfiles profiles(m_db);
    if (!profile.trimmed().isEmpty()) {
        auto p = profiles.byName(profile, file.table.header);
        if (!p)
            return p.error();
        if (profileUsed)
            *profileUsed = p->name;
        return p->mapping;
    }
    auto p = profiles.forHeader(file.table.header);
    if (!p)
        return p.error();
    if (!p->name.isEmpty()) {
        if (profileUsed)
            *profileUsed = p->name;
        return p->mapping;
    }
    if (profileUsed)
        profileUsed->clear();
    return ColumnMapping::guess(file.table.header, file.table.rows);
}

Result<ColumnMapping> Importer::resolveMapping(const ImportFile &file, const Request &request,
                                               QString *profileUsed, QStringList *doubts)
{
    auto mapping = mappingFor(file, request.profile, profileUsed);
    if (!mapping)
        return mapping;
    const QStringList &header = file.table.header;
    for (const QString &choice : request.map) {
        const qsizetype eq = choice.indexOf(QLatin1Char('='));
        const QString name = choice.left(eq).trimmed();
        const QString column = eq < 0 ? QString() : choice.mid(eq + 1).trimmed();
        ImportField field;
        bool known = ColumnMapping::fieldFromKey(name, &field);
        for (ImportField f : ColumnMapping::allFields())
            if (!known && TextKey::name(ColumnMapping::label(f)) == TextKey::name(name)) {
                field = f;
                known = true;
            }
        if (!known)
            known = ColumnMapping::knownHeading(name, &field);
        if (eq < 0 || !known) {
            QStringList keys;
            for (ImportField f : ColumnMapping::allFields())
                keys << ColumnMapping::key(f);
            return Result<ColumnMapping>::failure(tr("--map %1: say FIELD=COLUMN, FIELD one of %2.")
                                                      .arg(choice, keys.join(QStringLiteral(", "))),
                                                  QStringLiteral("map"));
        }
        if (column.isEmpty()) {
            mapping->clear(field); // "--map age=" leaves the field unread
            continue;
        }
        const int c = ColumnMapping::columnNamed(header, column);
        if (c < 0)
            return Result<ColumnMapping>::failure(
                tr("--map %1: %2 has no column \"%3\" (by heading or letter). Its headings "
                   "are: %4.")
                    .arg(choice, file.fileName, column, header.join(QStringLiteral(", "))),
                QStringLiteral("map"));
        mapping->set(field, c);
    }
    // The guess's doubts, but for the fields the person chose with --map.
    if (doubts)
        *doubts =
            profileUsed && profileUsed->isEmpty()
                ? HeadingGuess(file.table.header, file.table.rows, request.today).doubts(&*mapping)
                : QStringList();
    return mapping;
}

Status Importer::checkMapping(const ImportFile &file, const ColumnMapping &mapping)
{
    const QStringList missing = mapping.missingRequired();
    if (missing.isEmpty())
        return {};
    const QString where = file.table.sheet.isEmpty()
                              ? file.fileName
                              : tr("%1, sheet \"%2\",").arg(file.fileName, file.table.sheet);
    // What could be each missing field, so that a person can choose with --map.
    const HeadingGuess guess(file.table.header, file.table.rows);
    QStringList could;
    for (ImportField f : ColumnMapping::allFields())
        if (missing.contains(ColumnMapping::label(f)))
            if (const QString text = guess.candidatesText(f); !text.isEmpty())
                could << text;
    return Status::failure(
        tr("%1 has no column for %2. Its headings (found on row %3) are: %4.%5 Choose the columns "
           "with --map FIELD=COLUMN, in the import wizard, or with a saved profile (--profile).")
            .arg(where, missing.join(QStringLiteral(", ")))
            .arg(file.table.headerRow)
            .arg(file.table.header.join(QStringLiteral(", ")),
                 could.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') + could.join(QStringLiteral("; ")) + QLatin1Char('.')));
}

void Importer::record(const QString &step, StepClock::Lap lap)
{
    m_timings.insert(step, lap.wallMs);
    m_cpuTimings.insert(step, lap.cpuMs);
}

Result<ImportPlan> Importer::plan(const ImportFile &file, const ColumnMapping &mapping,
                                  const Request &request)
{
    if (Status s = checkMapping(file, mapping); !s)
        return s.error();
    StepClock clock;
    const Options options(m_db.sql());
    RowMapper mapper(mapping, request.today, request.received);
    QString riskWordsError;
    mapper.setRiskWords(CellParser::riskWords(
        options.value(QLatin1String(CellParser::RiskWordsKey)), &riskWordsError));
    const RowMapper::Output mapped = mapper.map(file.table);
    record(QStringLiteral("map_rows"), clock.lap());
    ImportPlanner planner(m_db, {request.today, options.ageMin(), options.ageMax()});
    planner.setProgress(m_planProgress);
    planner.setCancelFlag(m_cancel);
    auto plan = planner.plan(mapped);
    if (!plan)
        return plan.error();
    record(QStringLiteral("plan_rows"), clock.lap());
    plan->report.fileName = file.fileName;
    plan->report.sha256 = file.sha256;
    plan->report.sheet = file.table.sheet;
    plan->report.sheetChosen = file.table.sheetChosen;
    plan->report.headerRow = file.table.headerRow;
    plan->report.warnings = mapping.clashes(file.table.header);
    if (!riskWordsError.isEmpty())
        plan->report.warnings << riskWordsError;
    return plan;
}

Status Importer::commit(ImportPlan &plan, const Request &request)
{
    ImportReport &report = plan.report;
    auto earlier = Sql::run(m_db.sql(),
                            QStringLiteral("SELECT id, imported_at, imported_by FROM import_batch "
                                           "WHERE sha256 = :sha AND undone_at IS NULL ORDER BY "
                                           "id LIMIT 1"),
                            {{QStringLiteral("sha"), report.sha256}});
    if (!earlier)
        return earlier.error();
    if (earlier->next()) {
        const QDateTime at = QDateTime::fromString(earlier->value(1).toString(), Qt::ISODate);
        report.notice = tr("%1 was already imported on %2 by %3 (batch %4): nothing changed.")
                            .arg(report.fileName, DateInput::format(at.toLocalTime().date()),
                                 earlier->value(2).toString())
                            .arg(earlier->value(0).toLongLong());
        return {};
    }
    if (!plan.hasWork()) {
        report.notice =
            report.unchanged > 0
                ? tr("Every reference in %1 is already on the tracker with the same "
                     "details: nothing changed.")
                      .arg(report.fileName)
                : tr("Nothing in %1 could be imported: nothing changed.").arg(report.fileName);
        return {};
    }
    if (request.dryRun)
        return {};
    if (Status s = Access::require(m_db.sql(), Access::Right::Import, tr("importing PPNs")); !s)
        return s;
    ImportCommitter committer(m_db, request.today, request.received,
                              request.user.isEmpty() ? Audit::currentUser(m_db.sql())
                                                     : request.user);
    committer.setProgress(m_progress);
    committer.setCancelFlag(m_cancel);
    return committer.commit(plan);
}

Result<ImportReport> Importer::run(const Request &request)
{
    m_timings = {};
    m_cpuTimings = {};
    StepClock clock;
    auto lap = [this, &clock](const char *step) {
        record(QLatin1String(step), clock.lap());
    };
    auto file = ImportFile::read(request.path, request.sheet, request.headerRow);
    if (!file)
        return file.error();
    lap("read");
    QString profileUsed;
    QStringList doubts;
    auto mapping = resolveMapping(*file, request, &profileUsed, &doubts);
    if (!mapping)
        return mapping.error();
    auto plan = this->plan(*file, *mapping, request);
    if (!plan)
        return plan.error();
    plan->report.warnings << doubts;
    lap("map_and_plan");
    plan->report.profile = profileUsed;
    if (Status s = commit(*plan, request); !s)
        return s.error();
    lap("commit");
    if (!request.saveProfile.trimmed().isEmpty() && !request.dryRun) {
        if (Status s = ImportProfiles(m_db).save(request.saveProfile, file->table.header, *mapping);
            !s)
            return s.error();
        plan->report.profile = request.saveProfile.trimmed();
    }
    return plan->report;
}

} // namespace enc
