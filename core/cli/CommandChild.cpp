// child no-longer-attends: the child's setting said the child no longer attends (a
// misdirected notification).

#include "cli/Commands.h"

#include "repo/Children.h"
#include "repo/NoLongerAttends.h"

#include <QCoreApplication>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

int noLongerAttends(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("child no-longer-attends"),
                    tr("Record that the child's setting said the child no longer attends (the "
                       "notification went to the wrong setting): the child's setting is cleared, "
                       "the child is back on the no-known-setting list (\"no-setting\") and the "
                       "latest letter to that setting is marked misdirected in the disclosure "
                       "log."),
                    false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("child"),
                                   tr("The child (the number from \"children\")."), tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("on"),
                                   tr("The day the setting said so (yyyy-mm-dd or dd/mm/yyyy)."),
                                   tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("told-by"),
                                   tr("Who at the setting said so (e.g. the DSL's name)."),
                                   tr("text")));
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!usable(child))
        return Usage;
    for (const char *required : {"on", "told-by"}) {
        if (!command.isSet(QLatin1String(required))) {
            printError(tr("give --%1.").arg(QLatin1String(required)));
            return Usage;
        }
    }
    auto on = dateOption(command, QStringLiteral("on"), QDate::currentDate());
    if (!usable(on))
        return Usage;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto found = Children(*db).get(*child);
    if (!usable(found))
        return Problems;
    NoLongerAttends records(*db);
    auto id = records.record(*child, found->version, *on, command.value(QStringLiteral("told-by")));
    if (!id) {
        printError(fieldMessage(id.error()));
        return Problems;
    }
    auto all = records.forChild(*child);
    const NoLongerAttendsRecord r = all && !all->isEmpty() ? all->first() : NoLongerAttendsRecord{};
    printOut(tr("%1 (child %2) no longer attends %3 (told on %4 by %5): setting cleared, on the "
                "no-known-setting list.")
                 .arg(found->fullName())
                 .arg(*child)
                 .arg(r.settingName, textDate(*on), r.toldBy));
    printOut(r.disclosureId
                 ? tr("The letter of %1 to %2 is marked misdirected in the disclosure log.")
                       .arg(textDate(r.letterSent.toLocalTime().date()), r.settingName)
                 : tr("No letter about the child had gone to %1: nothing to mark misdirected.")
                       .arg(r.settingName));
    return Ok;
}

} // namespace

int runChild(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("child"),
                    {{QStringLiteral("no-longer-attends"), noLongerAttends}});
}

} // namespace enc::cli
