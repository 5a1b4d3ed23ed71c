// settings: the settings directory listed, and imported from a spreadsheet (the office's own
// list or the national register's export).

#include "cli/Commands.h"

#include "import/SettingsImport.h"
#include "repo/Directory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

QString kindToken(SettingsPlanRow::Kind kind)
{
    switch (kind) {
    case SettingsPlanRow::Kind::New:
        return QStringLiteral("new");
    case SettingsPlanRow::Kind::Changed:
        return QStringLiteral("changed");
    case SettingsPlanRow::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case SettingsPlanRow::Kind::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QJsonObject settingJson(const Setting &s, const QString &area)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("type"), s.type},
            {QStringLiteral("urn"), s.urn},
            {QStringLiteral("area"), area},
            {QStringLiteral("dsl_name"), s.dslName},
            {QStringLiteral("dsl_email"), s.dslEmail},
            {QStringLiteral("deputy_name"), s.deputyName},
            {QStringLiteral("deputy_email"), s.deputyEmail},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("contacts_verified_on"), jsonDate(s.contactsVerifiedOn)},
            {QStringLiteral("archived"), s.archived}};
}

QJsonObject planJson(const SettingsPlan &plan, bool written)
{
    QJsonArray rows;
    for (const SettingsPlanRow &r : plan.rows) {
        QJsonArray changes;
        for (const SettingFieldChange &c : r.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after}});
        rows.append(QJsonObject{
            {QStringLiteral("row"), r.row},
            {QStringLiteral("status"), kindToken(r.kind)},
            {QStringLiteral("setting_id"), r.before.id ? QJsonValue(r.before.id) : QJsonValue()},
            {QStringLiteral("matched_by"),
             r.before.id ? QJsonValue(r.byUrn ? QStringLiteral("urn") : QStringLiteral("name"))
                         : QJsonValue()},
            {QStringLiteral("name"), r.after.name},
            {QStringLiteral("urn"), r.after.urn},
            {QStringLiteral("changes"), changes}});
    }
    QJsonArray errors;
    for (const Error &e : plan.errors)
        errors.append(QJsonObject{{QStringLiteral("row"), e.row},
                                  {QStringLiteral("field"), e.field},
                                  {QStringLiteral("message"), e.message}});
    QJsonArray unused;
    for (const QString &h : plan.sheet.unused)
        unused.append(h);
    return {{QStringLiteral("file"), plan.sheet.fileName},
            {QStringLiteral("sheet"), plan.sheet.sheet},
            {QStringLiteral("header_row"), plan.sheet.headerRow},
            {QStringLiteral("headings_read"), plan.headingsRead()},
            {QStringLiteral("headings_not_read"), unused},
            {QStringLiteral("new"), plan.count(SettingsPlanRow::Kind::New)},
            {QStringLiteral("changed"), plan.count(SettingsPlanRow::Kind::Changed)},
            {QStringLiteral("unchanged"), plan.count(SettingsPlanRow::Kind::Unchanged)},
            {QStringLiteral("skipped"), plan.count(SettingsPlanRow::Kind::Skipped)},
            {QStringLiteral("written"), written},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("errors"), errors}};
}

QString planText(const SettingsPlan &plan)
{
    QStringList lines;
    lines << tr("%1: %2.").arg(plan.sheet.fileName, plan.summary());
    lines << tr("Headings on row %1: %2.").arg(plan.sheet.headerRow).arg(plan.headingsRead());
    if (!plan.sheet.unused.isEmpty())
        lines << tr("Not read: %1.").arg(plan.sheet.unused.join(QLatin1String(", ")));
    for (const SettingsPlanRow &r : plan.rows) {
        if (r.kind == SettingsPlanRow::Kind::New) {
            lines << (r.after.urn.isEmpty()
                          ? tr("  new      row %1: %2").arg(r.row).arg(r.after.name)
                          : tr("  new      row %1: %2 (URN %3)")
                                .arg(r.row)
                                .arg(r.after.name, r.after.urn));
        } else if (r.kind == SettingsPlanRow::Kind::Changed) {
            QStringList changes;
            for (const SettingFieldChange &c : r.changes)
                changes << tr("%1 \"%2\" -> \"%3\"").arg(c.label, c.before, c.after);
            lines << tr("  changed  row %1: %2: %3")
                         .arg(r.row)
                         .arg(r.before.name, changes.join(QLatin1String("; ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int settingsList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("settings list"),
                    tr("List the settings directory: name, type, URN, area, DSL and deputy "
                       "contacts, phone."),
                    true);
    command.parser().addOption(
        QCommandLineOption(QStringLiteral("archived"), tr("Include archived settings.")));
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openForReading(context);
    if (!db)
        return Usage;
    Directory directory(*db);
    auto settings = directory.settings(command.isSet(QStringLiteral("archived")));
    auto areas = directory.areas();
    if (!settings || !areas) {
        printError(settings ? areas.errorText() : settings.errorText());
        return Problems;
    }
    QHash<Id, QString> areaNames;
    for (const Area &a : std::as_const(*areas))
        areaNames.insert(a.id, a.name);
    if (command.json()) {
        QJsonArray a;
        for (const Setting &s : std::as_const(*settings))
            a.append(settingJson(s, areaNames.value(s.areaId)));
        printJson(a);
        return Ok;
    }
    Table t({tr("Id"), tr("Name"), tr("Type"), tr("URN"), tr("Area"), tr("DSL"), tr("DSL email"),
             tr("Deputy"), tr("Deputy email"), tr("Phone")},
            {0});
    for (const Setting &s : std::as_const(*settings))
        t.addRow({QString::number(s.id), s.name, s.type, s.urn, areaNames.value(s.areaId),
                  s.dslName, s.dslEmail, s.deputyName, s.deputyEmail, s.phone});
    printOut(t.render() +
             (t.rowCount() == 1 ? tr("1 setting.") : tr("%1 settings.").arg(t.rowCount())));
    return Ok;
}

int settingsImport(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("settings import"),
        tr("Import the settings directory from a CSV or .xlsx file: the office's own list or the "
           "national register's export (URN, EstablishmentName, ...). Each row is matched to a "
           "setting by URN, else by name (case, spaces and punctuation ignored); blank cells "
           "leave what the directory holds. A file with any bad row changes nothing. Exit "
           "status: 0 imported (or would be, with --dry-run), 1 the file has errors, 2 it could "
           "not be read."),
        true);
    command.parser().addPositionalArgument(QStringLiteral("file"), tr("The CSV or .xlsx file."));
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("dry-run"), tr("Show what would be new and changed; write nothing.")));
    // "import FILE [options]": the file may come before or after the options.
    QStringList files;
    QStringList rest = args.mid(0, 1);
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (!args.at(i).startsWith(QLatin1Char('-'))) {
            files << args.at(i);
            continue;
        }
        rest << args.at(i);
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            rest << args.at(++i);
    }
    if (auto done = command.parse(rest, context))
        return *done;
    if (files.size() != 1) {
        printError(tr("settings import: give one file to import. See \"encompass-cli settings "
                      "import --help\"."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto plan = SettingsImport::plan(*db, files.first());
    if (!plan) {
        printError(plan.errorText());
        return Usage;
    }
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    bool written = false;
    if (plan->errors.isEmpty() && !dryRun) {
        auto imported = SettingsImport::apply(*db, *plan);
        if (!imported) {
            printError(imported.errorText());
            return Problems;
        }
        written = true;
    }
    if (command.json()) {
        printJson(planJson(*plan, written));
    } else {
        printOut(planText(*plan));
        if (!plan->errors.isEmpty())
            printOut(tr("Nothing was imported: correct the file and import it again."));
        else if (dryRun)
            printOut(tr("Dry run: nothing was written."));
        else
            printOut(tr("Imported."));
    }
    for (const Error &e : std::as_const(plan->errors))
        printError(e.message);
    return plan->errors.isEmpty() ? Ok : Problems;
}

} // namespace

int runSettings(Context &context, const QStringList &args)
{
    return dispatch(
        context, args, QStringLiteral("settings"),
        {{QStringLiteral("list"), settingsList}, {QStringLiteral("import"), settingsImport}});
}

} // namespace enc::cli
