#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "storage/ServerSchema.h"

#include <QCoreApplication>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
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
                    {{QStringLiteral("roles"), serverRoles}});
}

} // namespace enc::cli
