// import and review: the police daily spreadsheet, and the rows it left for a person.

#include "cli/Commands.h"
#include "cli/ImportReportJson.h"

#include "domain/DateInput.h"
#include "import/HeadingGuess.h"
#include "import/ImportBatches.h"
#include "import/ImportFile.h"
#include "import/Importer.h"
#include "import/ReviewQueue.h"
#include "import/StepClock.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

// Command takes options only: take the positional arguments out (options that take a value
// are skipped with their value) and hand Command the rest.
std::optional<int> parseWithPositionals(Command &command, const QStringList &args, Context &context,
                                        QStringList *positionals)
{
    static const QStringList withValue = {
        QStringLiteral("db"),       QStringLiteral("profile"),   QStringLiteral("save-profile"),
        QStringLiteral("received"), QStringLiteral("sheet"),     QStringLiteral("link"),
        QStringLiteral("map"),      QStringLiteral("header-row")};
    QStringList rest = args.mid(0, 1);
    positionals->clear();
    bool onlyPositionals = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (onlyPositionals || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            *positionals << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        rest << a;
        QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && withValue.contains(name) && i + 1 < args.size())
            rest << args.at(++i);
    }
    return command.parse(rest, context);
}

QString reportText(const ImportReport &r, bool dryRun)
{
    QString text;
    if (dryRun && r.notice.isEmpty())
        text += tr("Dry run of %1: nothing was written.\n").arg(r.fileName);
    else if (r.committed)
        text += tr("Imported %1 as batch %2.\n").arg(r.fileName).arg(r.batchId);
    if (!r.notice.isEmpty())
        text += r.notice + QLatin1Char('\n');
    if (r.sheetChosen)
        text += tr("Read sheet \"%1\", chosen by its contents (it holds the police data).\n")
                    .arg(r.sheet);
    else if (!r.sheet.isEmpty())
        text += tr("Read sheet \"%1\".\n").arg(r.sheet);
    if (r.headerRow > 1)
        text += tr("Headings found on row %1 (the rows above were skipped).\n").arg(r.headerRow);
    for (const QString &w : r.warnings)
        text += tr("Warning: %1\n").arg(w);
    Table counts({tr("Rows"), tr("New PPNs"), tr("New children"), tr("Matched children"),
                  tr("For review"), tr("Duplicates"), tr("Unchanged"), tr("Errors")},
                 {0, 1, 2, 3, 4, 5, 6, 7});
    counts.addRow({QString::number(r.rowsRead), QString::number(r.newPpns),
                   QString::number(r.newChildren), QString::number(r.matchedChildren),
                   QString::number(r.forReview), QString::number(r.duplicates),
                   QString::number(r.unchanged), QString::number(r.errors)});
    text += counts.render();
    if (r.highRisk > 0 || r.outsideAgeBand > 0 || r.noKnownSetting > 0) {
        text += tr("Flagged: %1 high risk, %2 outside the age band, %3 with no known setting.\n")
                    .arg(r.highRisk)
                    .arg(r.outsideAgeBand)
                    .arg(r.noKnownSetting);
    }
    if (!r.missed.isEmpty()) {
        text += tr("To confirm, on the tracker at a new PPN's home address but not named on it: "
                   "%1 (\"review accept ID\" links one to its PPN as present).\n")
                    .arg(r.missedChildren);
        Table missed({tr("Reference"), tr("Child"), tr("Reason")});
        for (const MissedChild &m : r.missed)
            missed.addRow({m.reference, tr("%1 (child %2)").arg(m.child).arg(m.childId), m.reason});
        text += missed.render();
    }
    Table rows({tr("Row"), tr("Reference"), tr("Status"), tr("Column"), tr("Reason")}, {0});
    for (const RowOutcome &row : r.rows) {
        const bool plain =
            (row.status == RowStatus::NewChild || row.status == RowStatus::MatchedChild ||
             row.status == RowStatus::Unchanged) &&
            row.warnings.isEmpty();
        if (plain)
            continue;
        QString reason = row.reason;
        if (!row.warnings.isEmpty())
            reason += (reason.isEmpty() ? QString() : QStringLiteral("; ")) +
                      row.warnings.join(QStringLiteral("; "));
        rows.addRow({QString::number(row.row), row.reference, ImportReport::statusLabel(row.status),
                     row.column, reason});
    }
    if (rows.rowCount() > 0)
        text += QLatin1Char('\n') + rows.render();
    return text;
}

int runUndo(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("import undo"),
                    tr("Undo an import batch as a whole: its PPNs and the children it created "
                       "are archived. Refused once anything depends on them."),
                    true);
    command.parser().addPositionalArgument(QStringLiteral("batch"), tr("The batch id."));
    QStringList pos;
    if (auto done = parseWithPositionals(command, args, context, &pos))
        return *done;
    bool ok = false;
    const Id batch = pos.value(0).toLongLong(&ok);
    if (pos.size() != 1 || !ok) {
        printError(tr("import undo: give one batch id, e.g. \"encompass-cli import undo 3\"."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto undone = ImportBatches(*db).undo(batch);
    if (!undone) {
        printError(undone.errorText());
        return Problems;
    }
    if (command.json()) {
        printJson(QJsonObject{{QStringLiteral("batch_id"), batch},
                              {QStringLiteral("ppns_archived"), undone->ppns},
                              {QStringLiteral("children_archived"), undone->children}});
    } else {
        printOut(tr("Batch %1 undone: %2 PPNs and %3 children archived.")
                     .arg(batch)
                     .arg(undone->ppns)
                     .arg(undone->children));
    }
    return Ok;
}

// --show-mapping: each field with the column it would be read from, as automation needs it to
// write --map for a new layout.
int showMapping(Importer &importer, const Importer::Request &request, bool json)
{
    auto file = ImportFile::read(request.path, request.sheet, request.headerRow);
    if (!file) {
        printError(file.errorText());
        return Usage;
    }
    QString profile;
    QStringList doubts;
    auto mapping = importer.resolveMapping(*file, request, &profile, &doubts);
    if (!mapping) {
        printError(mapping.errorText());
        return Usage;
    }
    const QStringList &header = file->table.header;
    const HeadingGuess guess(header, file->table.rows, request.today);
    const QStringList missing = mapping->missingRequired();
    QJsonArray fields;
    Table table({tr("Field"), tr("Key"), tr("Column"), tr("Heading"), tr("Could also be")}, {});
    for (ImportField f : ColumnMapping::allFields()) {
        const int c = mapping->column(f);
        QStringList others;
        for (int o : guess.candidates(f))
            if (o != c)
                others << HeadingGuess::columnLetters(o);
        const QString letters = c >= 0 ? HeadingGuess::columnLetters(c) : QString();
        fields.append(QJsonObject{
            {QStringLiteral("field"), ColumnMapping::key(f)},
            {QStringLiteral("label"), ColumnMapping::label(f)},
            {QStringLiteral("column"), c >= 0 ? QJsonValue(letters) : QJsonValue()},
            {QStringLiteral("heading"), c >= 0 ? QJsonValue(header.value(c)) : QJsonValue()},
            {QStringLiteral("candidates"), QJsonArray::fromStringList(others)}});
        table.addRow({ColumnMapping::label(f), ColumnMapping::key(f),
                      c >= 0 ? letters : tr("(not read)"), c >= 0 ? header.value(c) : QString(),
                      others.join(QStringLiteral(", "))});
    }
    const QString source = !request.map.isEmpty() ? tr("your --map choices over ") : QString();
    const QString from = profile.isEmpty() ? tr("a guess from the headings and contents")
                                           : tr("the saved profile \"%1\"").arg(profile);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("file"), file->fileName},
                              {QStringLiteral("sheet"), file->table.sheet},
                              {QStringLiteral("header_row"), file->table.headerRow},
                              {QStringLiteral("profile"), profile},
                              {QStringLiteral("fields"), fields},
                              {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                              {QStringLiteral("doubts"), QJsonArray::fromStringList(doubts)}});
    } else {
        QString text = tr("%1%2: headings on row %3; mapping from %4%5.\n")
                           .arg(file->fileName, file->table.sheet.isEmpty()
                                                    ? QString()
                                                    : tr(", sheet \"%1\"").arg(file->table.sheet))
                           .arg(file->table.headerRow)
                           .arg(source, from);
        text += table.render();
        for (const QString &d : doubts)
            text += tr("Unsure: %1\n").arg(d);
        if (!missing.isEmpty())
            text += tr("Required but not found: %1. Choose with --map FIELD=COLUMN.\n")
                        .arg(missing.join(QStringLiteral(", ")));
        printOut(text);
    }
    return missing.isEmpty() ? Ok : Problems;
}

} // namespace

int runImport(Context &context, const QStringList &args)
{
    if (args.size() > 1 && args.at(1) == QLatin1String("undo"))
        return runUndo(context, args.mid(1));

    Command command(QStringLiteral("import"),
                    tr("Import the police daily spreadsheet (CSV or .xlsx). Exit status: 0 every "
                       "row taken, 1 some rows rejected, 2 the file could not be read (nothing "
                       "written). \"import undo BATCH\" undoes a batch."),
                    true);
    auto &p = command.parser();
    p.addPositionalArgument(QStringLiteral("file"), tr("The CSV or .xlsx file."));
    p.addOption(QCommandLineOption(QStringLiteral("profile"),
                                   tr("Use this saved column mapping (default: the one saved "
                                      "for the file's header row, else a guess)."),
                                   tr("name")));
    p.addOption(QCommandLineOption(QStringLiteral("save-profile"),
                                   tr("Save the column mapping used under this name."),
                                   tr("name")));
    p.addOption(QCommandLineOption(QStringLiteral("received"),
                                   tr("The date the file was received (default today)."),
                                   tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("sheet"),
                                   tr("The workbook sheet to read (default the first)."),
                                   tr("name")));
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                   tr("Show what would be imported; write nothing.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("map"),
        tr("Read FIELD from COLUMN (its heading or letter, e.g. incident_date=\"Date/Time of "
           "Incident\" or dob=F); repeat for more fields. \"FIELD=\" leaves it unread. "
           "Fields: see --show-mapping."),
        tr("FIELD=COLUMN")));
    p.addOption(QCommandLineOption(QStringLiteral("header-row"),
                                   tr("The row that holds the headings, as the spreadsheet "
                                      "numbers it (default: found, past titles and banners)."),
                                   tr("N")));
    p.addOption(QCommandLineOption(QStringLiteral("show-mapping"),
                                   tr("Print which column each field would be read from, and "
                                      "the columns that could be the ones not found; import "
                                      "nothing. Exit 1 when a required field has no column.")));
    QStringList files;
    if (auto done = parseWithPositionals(command, args, context, &files))
        return *done;
    if (files.size() != 1) {
        printError(tr("import: give one file to import. See \"encompass-cli import --help\"."));
        return Usage;
    }
    auto received = dateOption(command, QStringLiteral("received"), QDate());
    if (!received) {
        printError(received.errorText());
        return Usage;
    }

    StepClock openClock;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    const StepClock::Lap opened = openClock.lap();
    Importer::Request request;
    request.path = files.first();
    request.sheet = command.value(QStringLiteral("sheet"));
    request.profile = command.value(QStringLiteral("profile"));
    request.saveProfile = command.value(QStringLiteral("save-profile"));
    request.received = *received;
    request.dryRun = command.isSet(QStringLiteral("dry-run"));
    request.map = command.parser().values(QStringLiteral("map"));
    if (command.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        request.headerRow = command.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || request.headerRow < 1) {
            printError(tr("import: --header-row takes a row number from 1, not \"%1\".")
                           .arg(command.value(QStringLiteral("header-row"))));
            return Usage;
        }
    }
    Importer importer(*db);
    if (command.isSet(QStringLiteral("show-mapping")))
        return showMapping(importer, request, command.json());
    // The checkpoint after the commit (the pages copied from the WAL into the file, and that
    // file synced: a third of the command's time) is not waited for: the import is durable
    // once its commit returns, its log synced. Its pages are left in the log for the next
    // program that writes to the file or closes it, unless pages of an earlier import still
    // wait there: then they are all copied now, as before, so that the log never holds more
    // than one import. Should deferring fail, SQLite checkpoints at the commit as it always did.
    const bool logWasEmpty = !DatabaseFile::hasPendingLog(db->path());
    const bool deferred = !request.dryRun && bool(db->deferCheckpoint());
    StepClock clock;
    auto report = importer.run(request);
    const StepClock::Lap run = clock.lap();
    if (!report) {
        printError(report.errorText());
        return Usage;
    }
    if (command.json()) {
        const QJsonObject timings{{QStringLiteral("open_ms"), opened.wallMs},
                                  {QStringLiteral("open_cpu_ms"), opened.cpuMs},
                                  {QStringLiteral("elapsed_ms"), run.wallMs},
                                  {QStringLiteral("cpu_ms"), run.cpuMs},
                                  {QStringLiteral("steps_ms"), importer.timings()},
                                  {QStringLiteral("steps_cpu_ms"), importer.cpuTimings()}};
        printJsonText(importReportJson(*report, request.dryRun, timings));
    } else
        printOut(reportText(*report, request.dryRun));
    if (deferred && report->committed && logWasEmpty && db->leaveCheckpointToNextWriter())
        return report->errors > 0 ? Problems : Ok;
    if (deferred) {
        clock.lap();
        if (Status s = db->checkpoint(); !s && report->committed)
            printError(tr("The import is saved; copying it into the database file will be "
                          "retried later (%1).")
                           .arg(s.errorText()));
        if (qEnvironmentVariableIntValue("ENCOMPASS_IMPORT_PROFILE") != 0)
            qInfo("import checkpoint: %lld ms", clock.lap().wallMs);
    }
    return report->errors > 0 ? Problems : Ok;
}

int runReview(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("review"),
                    tr("List the import review queue, or resolve an item: \"review accept ID "
                       "--link CHILD_ID\", \"review accept ID --new\", \"review dismiss ID\"; "
                       "a child missed off a PPN at its address: \"review accept ID\"."),
                    true);
    auto &p = command.parser();
    p.addPositionalArgument(QStringLiteral("action"), tr("accept or dismiss (none to list)."));
    p.addPositionalArgument(QStringLiteral("id"), tr("The review item."));
    p.addOption(QCommandLineOption(
        QStringLiteral("link"), tr("Link the row to this child on the tracker."), tr("child id")));
    p.addOption(QCommandLineOption(QStringLiteral("new"), tr("Make a new child from the row.")));
    p.addOption(QCommandLineOption(QStringLiteral("all"), tr("List resolved items too.")));
    QStringList pos;
    if (auto done = parseWithPositionals(command, args, context, &pos))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    ReviewQueue queue(*db);

    if (pos.isEmpty()) {
        auto items = queue.items(!command.isSet(QStringLiteral("all")));
        if (!items) {
            printError(items.errorText());
            return Problems;
        }
        if (command.json()) {
            QJsonArray out;
            for (const ReviewQueue::Item &i : *items) {
                out.append(QJsonObject{
                    {QStringLiteral("id"), i.id},
                    {QStringLiteral("batch_id"), i.batchId},
                    {QStringLiteral("kind"), i.kind},
                    {QStringLiteral("ppn_id"), i.ppnId},
                    {QStringLiteral("reference"), i.reference},
                    {QStringLiteral("row"), i.row},
                    {QStringLiteral("forename"), i.data.forename},
                    {QStringLiteral("surname"), i.data.surname},
                    {QStringLiteral("date_of_birth"), jsonDate(i.data.dateOfBirth)},
                    {QStringLiteral("age"),
                     i.data.age >= 0 ? QJsonValue(i.data.age) : QJsonValue()},
                    {QStringLiteral("candidate_child_id"),
                     i.candidateChildId > 0 ? QJsonValue(i.candidateChildId) : QJsonValue()},
                    {QStringLiteral("candidate_name"), i.candidateName},
                    {QStringLiteral("reason"), i.reason},
                    {QStringLiteral("status"), i.status},
                    {QStringLiteral("resolved_child_id"),
                     i.resolvedChildId > 0 ? QJsonValue(i.resolvedChildId) : QJsonValue()}});
            }
            printJson(out);
            return Ok;
        }
        Table t({tr("Id"), tr("Kind"), tr("Reference"), tr("Child in file"), tr("Born"),
                 tr("Proposed child"), tr("Reason")},
                {0});
        for (const ReviewQueue::Item &i : *items) {
            t.addRow({QString::number(i.id), i.kind, i.reference,
                      i.data.forename + QLatin1Char(' ') + i.data.surname,
                      i.data.dateOfBirth.isValid() || i.data.age < 0 ? textDate(i.data.dateOfBirth)
                                                                     : tr("age %1").arg(i.data.age),
                      i.candidateChildId > 0
                          ? QStringLiteral("%1 (%2)").arg(i.candidateName).arg(i.candidateChildId)
                          : QString(),
                      i.reason});
        }
        printOut(t.rowCount() == 0 ? tr("The review queue is empty.") : t.render());
        return Ok;
    }

    bool ok = false;
    const Id id = pos.value(1).toLongLong(&ok);
    if (pos.size() != 2 || !ok) {
        printError(tr("review: give an action and an item id, e.g. \"review accept 4 --new\"."));
        return Usage;
    }
    if (pos.first() == QLatin1String("dismiss")) {
        if (Status s = queue.dismiss(id); !s) {
            printError(s.errorText());
            return Problems;
        }
        printOut(tr("Review item %1 dismissed.").arg(id));
        return Ok;
    }
    if (pos.first() != QLatin1String("accept")) {
        printError(tr("review: \"%1\" is not an action: use accept or dismiss.").arg(pos.first()));
        return Usage;
    }
    const bool link = command.isSet(QStringLiteral("link"));
    const bool make = command.isSet(QStringLiteral("new"));
    if (!link && !make) {
        // A child at the PPN's address who was not named on it: accepting confirms them present.
        auto item = queue.item(id);
        if (item && item->kind == QLatin1String("missed")) {
            if (Status s = queue.link(id, item->candidateChildId); !s) {
                printError(s.errorText());
                return Problems;
            }
            if (command.json())
                printJson(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("child_id"), item->candidateChildId}});
            else
                printOut(tr("Review item %1: child %2 linked to PPN %3 as present.")
                             .arg(id)
                             .arg(item->candidateChildId)
                             .arg(item->reference));
            return Ok;
        }
    }
    if (link == make) {
        printError(tr("review accept: give either --link CHILD_ID or --new."));
        return Usage;
    }
    if (link) {
        const Id child = command.value(QStringLiteral("link")).toLongLong(&ok);
        if (!ok) {
            printError(tr("review accept: --link needs a child id (a number)."));
            return Usage;
        }
        if (Status s = queue.link(id, child); !s) {
            printError(s.errorText());
            return Problems;
        }
        if (command.json())
            printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("child_id"), child}});
        else
            printOut(tr("Review item %1: linked to child %2.").arg(id).arg(child));
        return Ok;
    }
    auto created = queue.createChild(id);
    if (!created) {
        printError(created.errorText());
        return Problems;
    }
    if (command.json())
        printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("child_id"), *created}});
    else
        printOut(tr("Review item %1: new child %2 made and linked.").arg(id).arg(*created));
    return Ok;
}

} // namespace enc::cli
