// partner add|list: what partner agencies know of a child, before the meeting.

#include "cli/Commands.h"

#include "repo/Children.h"
#include "repo/PartnerInfos.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

void childOptionFor(Command &command)
{
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("child"), tr("The child (the number from \"children\")."), tr("id")));
}

int add(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("partner add"),
                    tr("Add what a partner agency (police, health visiting, social care, "
                       "housing...) knows of a child, for the meeting: shown on the operator's "
                       "screen, never on the projector in privacy mode."),
                    false);
    childOptionFor(command);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("agency"), tr("The agency."), tr("text")));
    p.addOption(QCommandLineOption(QStringLiteral("person"), tr("Who at the agency (optional)."),
                                   tr("text")));
    p.addOption(QCommandLineOption(QStringLiteral("on"), tr("When they knew it (default today)."),
                                   tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("info"), tr("What they know."), tr("text")));
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!usable(child))
        return Usage;
    auto on = dateOption(command, QStringLiteral("on"), QDate::currentDate());
    if (!usable(on))
        return Usage;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    PartnerInfo info;
    info.childId = *child;
    info.agency = command.value(QStringLiteral("agency"));
    info.person = command.value(QStringLiteral("person"));
    info.information = command.value(QStringLiteral("info"));
    info.knownOn = *on;
    auto id = PartnerInfos(*db).add(info);
    if (!id) {
        printError(fieldMessage(id.error()));
        return Problems;
    }
    printOut(tr("Partner's information %1 added for child %2 (%3, %4).")
                 .arg(*id)
                 .arg(*child)
                 .arg(info.agency.simplified(), textDate(*on)));
    return Ok;
}

int list(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("partner list"),
                    tr("List what partner agencies know of a child, newest first."), true);
    childOptionFor(command);
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!usable(child))
        return Usage;
    auto db = openForReading(context);
    if (!db)
        return Usage;
    if (!usable(Children(*db).get(*child)))
        return Problems;
    auto all = PartnerInfos(*db).forChild(*child);
    if (!usable(all))
        return Problems;
    if (command.json()) {
        QJsonArray rows;
        for (const PartnerInfo &i : *all)
            rows.append(QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("agency"), i.agency},
                                    {QStringLiteral("person"), i.person},
                                    {QStringLiteral("known_on"), jsonDate(i.knownOn)},
                                    {QStringLiteral("information"), i.information},
                                    {QStringLiteral("recorded_by"), i.recordedBy},
                                    {QStringLiteral("version"), i.version}});
        printJson(QJsonObject{{QStringLiteral("child"), *child},
                              {QStringLiteral("partner_information"), rows}});
        return Ok;
    }
    Table table({tr("Id"), tr("When"), tr("Agency"), tr("Who"), tr("Information")}, {0});
    for (const PartnerInfo &i : *all)
        table.addRow({QString::number(i.id), textDate(i.knownOn), i.agency, i.person,
                      QString(i.information).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    if (table.rowCount() > 0)
        printOut(table.render());
    printOut(tr("Partners' information for child %1: %2.").arg(*child).arg(all->size()));
    return Ok;
}

} // namespace

int runPartner(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("partner"),
                    {{QStringLiteral("add"), add}, {QStringLiteral("list"), list}});
}

} // namespace enc::cli
