// escalation liaise|feedback|close: the chair's follow-up of a child's open escalation.

#include "cli/Commands.h"

#include "repo/EscalationFollowUp.h"

#include <QCoreApplication>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

enum class Step
{
    Liaise,
    Feedback,
    Close
};

int follow(Context &context, const QStringList &args, Step step)
{
    const QString name = step == Step::Liaise     ? QStringLiteral("escalation liaise")
                         : step == Step::Feedback ? QStringLiteral("escalation feedback")
                                                  : QStringLiteral("escalation close");
    const QString about =
        step == Step::Liaise
            ? tr("Record the chair's liaison with the social worker or MASH about a child's open "
                 "escalation: when, with whom and what was agreed.")
        : step == Step::Feedback
            ? tr("Record the feedback given to the group at the meeting on a date.")
            : tr("Close a child's open escalation with the reason: the child leaves the agenda "
                 "until the rule triggers again on a new PPN.");
    Command command(name, about, false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("child"), tr("The child's id."), tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("on"),
                                   tr("The date, yyyy-mm-dd or dd/mm/yyyy (default today)."),
                                   tr("date")));
    if (step == Step::Liaise) {
        p.addOption(QCommandLineOption(QStringLiteral("with"),
                                       tr("Who the chair liaised with (the social worker or "
                                          "MASH)."),
                                       tr("text")));
        p.addOption(
            QCommandLineOption(QStringLiteral("outcome"), tr("What was agreed."), tr("text")));
    } else {
        p.addOption(QCommandLineOption(
            step == Step::Feedback ? QStringLiteral("text") : QStringLiteral("reason"),
            step == Step::Feedback ? tr("The feedback given.") : tr("Why it is closed."),
            tr("text")));
    }
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!child) {
        printError(child.errorText());
        return Usage;
    }
    auto on = dateOption(command, QStringLiteral("on"), QDate::currentDate());
    if (!on) {
        printError(on.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    EscalationFollowUp followUp(*db);
    auto open = followUp.openFor(*child);
    if (!open) {
        printError(open.errorText());
        return Problems;
    }
    Status written;
    QString said;
    switch (step) {
    case Step::Liaise: {
        auto id =
            followUp.liaise(open->id, open->version, *on, command.value(QStringLiteral("with")),
                            command.value(QStringLiteral("outcome")));
        written = id ? Status() : Status(id.error());
        said = tr("Liaison of %1 recorded on the escalation of child %2 (triggered on %3).");
        break;
    }
    case Step::Feedback:
        written =
            followUp.feedback(open->id, open->version, *on, command.value(QStringLiteral("text")));
        said = tr("Feedback of %1 recorded on the escalation of child %2 (triggered on %3).");
        break;
    case Step::Close:
        written =
            followUp.close(open->id, open->version, *on, command.value(QStringLiteral("reason")));
        said = tr("Escalation of child %2 (triggered on %3) closed on %1: off the next agenda.");
        break;
    }
    if (!written) {
        // The feedback's text is given with --text.
        printError(fieldMessage(written.error(), written.error().field == QLatin1String("feedback")
                                                     ? QStringLiteral("text")
                                                     : QString()));
        return Problems;
    }
    printOut(said.arg(textDate(*on)).arg(*child).arg(textDate(open->triggeredOn)));
    return Ok;
}

int liaise(Context &context, const QStringList &args)
{
    return follow(context, args, Step::Liaise);
}

int feedback(Context &context, const QStringList &args)
{
    return follow(context, args, Step::Feedback);
}

int close(Context &context, const QStringList &args)
{
    return follow(context, args, Step::Close);
}

} // namespace

int runEscalation(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("escalation"),
                    {{QStringLiteral("liaise"), liaise},
                     {QStringLiteral("feedback"), feedback},
                     {QStringLiteral("close"), close}});
}

} // namespace enc::cli
