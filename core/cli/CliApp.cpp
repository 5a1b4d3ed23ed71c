#include "cli/CliApp.h"

#include "cli/CommandMeeting.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace enc::cli {

namespace {

struct Subcommand
{
    QString name;
    QString summary;
    int (*run)(Context &, const QStringList &);
};

QList<Subcommand> subcommands()
{
    return {
        {QStringLiteral("init"),
         QCoreApplication::translate("enc::cli", "Create or upgrade the database."), runInit},
        {QStringLiteral("demo"),
         QCoreApplication::translate("enc::cli", "Fill an empty database with invented records."),
         runDemo},
        {QStringLiteral("check"),
         QCoreApplication::translate("enc::cli",
                                     "Check the database's integrity and count its records."),
         runCheck},
        {QStringLiteral("children"),
         QCoreApplication::translate("enc::cli", "List children on the tracker."), runChildren},
        {QStringLiteral("child"),
         QCoreApplication::translate("enc::cli",
                                     "Record that a child no longer attends their setting."),
         runChild},
        {QStringLiteral("partner"),
         QCoreApplication::translate("enc::cli",
                                     "Add or list what partner agencies know of a child."),
         runPartner},
        {QStringLiteral("escalations"),
         QCoreApplication::translate("enc::cli", "List children whose PPNs trigger escalation."),
         runEscalations},
        {QStringLiteral("proforma"),
         QCoreApplication::translate("enc::cli", "Proformas: list, request, return, review, "
                                                 "chase."),
         runProforma},
        {QStringLiteral("escalation"),
         QCoreApplication::translate("enc::cli", "Record liaison, feedback or closing of an "
                                                 "escalation."),
         runEscalation},
        {QStringLiteral("schedule"),
         QCoreApplication::translate("enc::cli", "List the meetings due, bank holidays skipped."),
         runSchedule},
        {QStringLiteral("letters"),
         QCoreApplication::translate("enc::cli",
                                     "Write letters to settings, logged as disclosures."),
         runLetters},
        {QStringLiteral("report"),
         QCoreApplication::translate("enc::cli", "Print or export the planning report."),
         runReport},
        {QStringLiteral("import"),
         QCoreApplication::translate("enc::cli",
                                     "Import the police daily spreadsheet (CSV or .xlsx)."),
         runImport},
        {QStringLiteral("review"),
         QCoreApplication::translate("enc::cli", "List or resolve the import review queue."),
         runReview},
        {QStringLiteral("no-setting"),
         QCoreApplication::translate("enc::cli",
                                     "List, export or read back the children with no known "
                                     "setting."),
         runNoSetting},
        {QStringLiteral("agenda"),
         QCoreApplication::translate("enc::cli", "Build the agenda of a meeting from the data."),
         runAgenda},
        {QStringLiteral("meeting"),
         QCoreApplication::translate("enc::cli", "Ad-hoc meetings, apologies in advance, chair "
                                                 "and notes."),
         runMeeting},
        {QStringLiteral("cancel-meeting"),
         QCoreApplication::translate("enc::cli",
                                     "Mark a meeting cancelled; its items go to the next one."),
         runCancelMeeting},
        {QStringLiteral("minutes"),
         QCoreApplication::translate("enc::cli", "Write a meeting's minutes (PDF or .odt)."),
         runMinutes},
        {QStringLiteral("backup"),
         QCoreApplication::translate("enc::cli",
                                     "Back up the database (to a file, encrypted, or rotated)."),
         runBackup},
        {QStringLiteral("restore"),
         QCoreApplication::translate("enc::cli", "Restore the database from a checked backup."),
         runRestore},
        {QStringLiteral("server"),
         QCoreApplication::translate("enc::cli", "A PostgreSQL server: move a tracker's file onto "
                                                 "it (import-from), set up its roles (roles)."),
         runServer},
        {QStringLiteral("audit"),
         QCoreApplication::translate("enc::cli",
                                     "Check the audit trail (verify) or list its entries (list)."),
         runAudit},
        {QStringLiteral("role"),
         QCoreApplication::translate("enc::cli", "List users' roles or give a user a role."),
         runRole},
        {QStringLiteral("retention"),
         QCoreApplication::translate("enc::cli",
                                     "Review records due under the retention rules; hold, "
                                     "anonymise or delete them."),
         runRetention},
        {QStringLiteral("options"),
         QCoreApplication::translate("enc::cli",
                                     "List the office's options or change them (administrators)."),
         runOptions},
        {QStringLiteral("settings"),
         QCoreApplication::translate("enc::cli", "List the settings directory or import it from a "
                                                 "spreadsheet."),
         runSettings},
        {QStringLiteral("subject-access"),
         QCoreApplication::translate("enc::cli",
                                     "Export one child's record (JSON and PDF), others redacted."),
         runSubjectAccess},
    };
}

QString version()
{
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(ENCOMPASS_VERSION) : v;
}

QString globalHelp(const QCommandLineParser &parser)
{
    QString text = QCoreApplication::translate(
        "enc::cli", "Usage: encompass-cli [--db PATH] COMMAND [options]\n"
                    "Encompass Tracker from the command line.\n");
    QString options = parser.helpText();
    // Keep Qt's option list; drop its usage line and description (written above).
    const qsizetype at = options.indexOf(QLatin1String("\n\n"));
    if (at >= 0)
        options = options.mid(at + 1);
    // Qt lists the positional "command" argument itself; the list below says more.
    const qsizetype args = options.indexOf(QLatin1String("\nArguments:"));
    if (args >= 0)
        options.truncate(args + 1);
    while (options.endsWith(QLatin1Char('\n')))
        options.chop(1);
    text += options + QLatin1Char('\n');
    text += QCoreApplication::translate("enc::cli", "\nCommands:\n");
    qsizetype width = 0;
    for (const Subcommand &c : subcommands())
        width = std::max(width, c.name.size());
    for (const Subcommand &c : subcommands())
        text +=
            QStringLiteral("  ") + c.name.leftJustified(width + 2) + c.summary + QLatin1Char('\n');
    text += QCoreApplication::translate(
        "enc::cli", "\nRun \"encompass-cli COMMAND --help\" for the options of one command.\n"
                    "Exit status: 0 done, 1 the command found problems, 2 bad usage or a "
                    "database that cannot be used, 3 the database is busy (another program "
                    "is using it).\n");
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("enc::cli", "Show this help."));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("enc::cli", "Show the version."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("enc::cli", "The tracker database file (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        QCoreApplication::translate("enc::cli", "path"));
    parser.addOption(help);
    parser.addOption(versionOption);
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("enc::cli", "The command to run."));

    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("encompass-cli");
    if (!parser.parse(args)) {
        printError(QCoreApplication::translate("enc::cli", "%1 See \"encompass-cli --help\".")
                       .arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(versionOption)) {
        printOut(QStringLiteral("encompass-cli %1").arg(version()));
        return Ok;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help)) {
        printOut(globalHelp(parser));
        return Ok;
    }
    if (rest.isEmpty()) {
        printError(QCoreApplication::translate(
            "enc::cli", "no command given. See \"encompass-cli --help\" for the commands."));
        return Usage;
    }
    // "help COMMAND" is "COMMAND --help".
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() == 1) {
            printOut(globalHelp(parser));
            return Ok;
        }
        rest = {rest.at(1), QStringLiteral("--help")};
    }

    Context context;
    context.dbDefault = !parser.isSet(db);
    context.dbPath = context.dbDefault ? Database::defaultPath() : parser.value(db);

    QStringList names;
    for (const Subcommand &c : subcommands()) {
        if (c.name == rest.first()) {
            const int code = c.run(context, rest);
            // A file another program holds is not bad usage: trying again later may work.
            return context.refused == Database::Refusal::Busy ? Busy : code;
        }
        names << c.name;
    }
    printError(
        QCoreApplication::translate("enc::cli", "unknown command \"%1\". The commands are: %2.")
            .arg(rest.first(), names.join(QStringLiteral(", "))));
    return Usage;
}

} // namespace enc::cli
