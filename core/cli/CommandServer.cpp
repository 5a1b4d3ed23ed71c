// server: what an office does once, when its tracker moves onto a PostgreSQL server.

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "cli/Passphrase.h"

#include "storage/ServerImport.h"
#include "storage/ServerSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

int serverImportFrom(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("import-from"),
        tr("Move an office's tracker (its .sqlite file, or a backup of it) onto the server "
           "database given with --db, which must be empty (as the IT department made it, or "
           "given the tables by init and nothing recorded since). Every record keeps its "
           "number and the audit trail its chain; the rows of each table are counted in the "
           "file and on the server. The file itself is only read (a copy of it), never "
           "changed. Close the tracker on every desk first. Exit status: 0 moved, 1 the move "
           "failed (the server keeps nothing of it), 2 bad usage, a file or a server database "
           "that cannot take part."),
        true);
    addPassphraseOption(command.parser());
    // The file is the one argument that is neither an option nor an option's value.
    QStringList options = args.mid(0, 1);
    QStringList files;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool takesValue =
            args.at(i) == QLatin1String("--db") || args.at(i) == QLatin1String("--passphrase-file");
        (args.at(i).startsWith(QLatin1Char('-')) ? options : files) << args.at(i);
        if (takesValue && i + 1 < args.size())
            options << args.at(++i);
    }
    if (auto done = command.parse(options, context))
        return *done;
    if (files.size() != 1) {
        printError(tr("server import-from: give one tracker file. See \"encompass-cli server "
                      "import-from --help\"."));
        return Usage;
    }
    const QString file = files.first();
    if (context.dbDefault || !Database::isServerAddress(context.dbPath)) {
        printError(tr("server import-from: give the server's database with --db "
                      "postgresql://user@host/database (or host=... dbname=...)."));
        return Usage;
    }
    auto pass = passphraseToRead(command, file);
    if (!pass) {
        printError(pass.errorText());
        return Usage;
    }
    QString secret = *pass;
    const bool showProgress = stderrIsTerminal() && !command.json();
    int lastPercent = -1;
    QElapsedTimer timer;
    timer.start();
    auto moved = ServerImport::fromFile(file, context.dbPath, secret, [&](qint64 done, qint64 all) {
        const int percent = all > 0 ? int(done * 100 / all) : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            std::fprintf(stderr, "\r%s", qPrintable(tr("Copying rows: %1%").arg(percent)));
            std::fflush(stderr);
        }
        return true;
    });
    if (showProgress && lastPercent >= 0)
        std::fputc('\n', stderr);
    secret.fill(QLatin1Char('\0'));
    if (!moved) {
        printError(moved.errorText());
        // A file or database that cannot take part is usage; a move begun and undone is not.
        return moved.error().field == QLatin1String("copy") ? Problems : Usage;
    }
    const qint64 ms = timer.elapsed();
    const QString from = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (command.json()) {
        QJsonArray counts;
        for (const auto &c : moved->counts)
            counts.append(QJsonObject{{QStringLiteral("table"), c.table},
                                      {QStringLiteral("file"), c.inFile},
                                      {QStringLiteral("server"), c.onServer}});
        printJson(QJsonObject{{QStringLiteral("from"), from},
                              {QStringLiteral("server"), moved->server},
                              {QStringLiteral("file_schema_version"), moved->fileSchema},
                              {QStringLiteral("counts"), counts},
                              {QStringLiteral("audit_verified"), moved->audit.ok},
                              {QStringLiteral("audit_entries"), moved->audit.checked},
                              {QStringLiteral("file_roles"),
                               [&moved] {
                                   QJsonObject roles;
                                   for (const auto &[user, role] : moved->fileRoles)
                                       roles.insert(user, role);
                                   return roles;
                               }()},
                              {QStringLiteral("ms"), ms}});
        return moved->audit.ok ? Ok : Problems;
    }
    Table table({tr("Table"), tr("In the file"), tr("On the server")}, {1, 2});
    for (const auto &c : moved->counts)
        table.addRow({c.table, QString::number(c.inFile), QString::number(c.onServer)});
    QString text = tr("Moved %1 onto %2 in %3 s; every table's rows counted on both sides:")
                       .arg(from, moved->server)
                       .arg(double(ms) / 1000.0, 0, 'f', 1) +
                   QStringLiteral("\n\n") + table.render();
    text += QLatin1Char('\n') +
            (moved->audit.ok
                 ? tr("Audit trail: %1 entries, the chain verifies on the server.")
                       .arg(moved->audit.checked)
                 : tr("Audit trail: the chain does not verify (entry %1: %2), as in the file.")
                       .arg(moved->audit.brokenId)
                       .arg(moved->audit.reason));
    QStringList roles;
    for (const auto &[user, role] : std::as_const(moved->fileRoles))
        roles << QStringLiteral("%1 (%2)").arg(user, role);
    text += QLatin1Char('\n') +
            tr("Roles in the file: %1. On a server a person's role is their PostgreSQL "
               "login's group role: the IT department gives each login its role there (see "
               "docs/IT-SETUP.md).")
                .arg(roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", ")));
    printOut(text);
    return moved->audit.ok ? Ok : Problems;
}

int serverRoles(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("server roles"),
                    tr("Set up the tracker's roles on a PostgreSQL server: a group role for "
                       "each (encompass_administrator, encompass_business_support, "
                       "encompass_chair, encompass_coordinator, encompass_read_only) with its "
                       "rights on the tracker's tables, an insert-only audit trail, and the "
                       "announcement of changes to the other desks. Needs a login that owns "
                       "the tracker's tables and may create roles (a superuser). With --sql, "
                       "prints the same as SQL for the IT department to run with psql."),
                    false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("sql"),
                                   tr("Print the SQL (for psql, run by a superuser in the "
                                      "tracker's database after init) instead of running it.")));
    p.addOption(QCommandLineOption(QStringLiteral("schema"),
                                   tr("With --sql: the schema holding the tracker's tables "
                                      "(public when not given)."),
                                   tr("name"), QStringLiteral("public")));
    if (auto done = command.parse(args, context))
        return *done;
    if (command.isSet(QStringLiteral("sql"))) {
        printOut(ServerSchema::script(command.value(QStringLiteral("schema"))).trimmed());
        return Ok;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    if (!db->onServer()) {
        printError(tr("server roles: %1 is a file; roles on a file are given with role set.")
                       .arg(db->path()));
        return Usage;
    }
    auto done = ServerSchema::apply(*db);
    if (!done) {
        printError(done.errorText());
        return Problems;
    }
    printOut(done->join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

int runServer(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("server"),
                    {{QStringLiteral("import-from"), serverImportFrom},
                     {QStringLiteral("roles"), serverRoles}});
}

} // namespace enc::cli
