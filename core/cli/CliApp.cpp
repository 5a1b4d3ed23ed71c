#include "cli/CliApp.h"

#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace enc::cli {

namespace {

QString version()
{
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(ENCOMPASS_VERSION) : v;
}

QString globalHelp(const QCommandLineParser &parser, const QList<Subcommand> &commands)
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
    for (const Subcommand &c : commands)
        width = std::max(width, c.name.size());
    for (const Subcommand &c : commands)
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

QList<Subcommand> importCommands()
{
    return {{QStringLiteral("import"),
             QCoreApplication::translate("enc::cli",
                                         "Import the police daily spreadsheet (CSV or .xlsx)."),
             runImport},
            {QStringLiteral("review"),
             QCoreApplication::translate("enc::cli", "List or resolve the import review queue."),
             runReview}};
}

int run(const QStringList &arguments, const QList<Subcommand> &commands)
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
        printOut(globalHelp(parser, commands));
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
            printOut(globalHelp(parser, commands));
            return Ok;
        }
        rest = {rest.at(1), QStringLiteral("--help")};
    }

    Context context;
    context.dbDefault = !parser.isSet(db);
    context.dbPath = context.dbDefault ? Database::defaultPath() : parser.value(db);

    QStringList names;
    for (const Subcommand &c : commands) {
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
