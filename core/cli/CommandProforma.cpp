// proforma: asked of a setting, returned, reviewed at the Friday meeting, chased when overdue.

#include "cli/Commands.h"

#include "repo/Children.h"
#include "repo/Meetings.h"
#include "repo/Proformas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

QString stateToken(const Proforma &p, int daysOverdue)
{
    if (p.reviewed())
        return QStringLiteral("reviewed");
    if (p.returned())
        return QStringLiteral("returned");
    return daysOverdue > 0 ? QStringLiteral("overdue") : QStringLiteral("awaited");
}

QString stateText(const Proforma &p, int daysOverdue)
{
    if (p.reviewed())
        return tr("reviewed");
    if (p.returned())
        return tr("to review");
    if (daysOverdue > 0)
        return tr("overdue");
    return tr("awaited");
}

QJsonValue optionalId(Id id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonObject toJson(const ProformaListEntry &e)
{
    const Proforma &p = e.proforma;
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("child"),
             QJsonObject{{QStringLiteral("id"), p.childId}, {QStringLiteral("name"), e.childName}}},
            {QStringLiteral("setting"), QJsonObject{{QStringLiteral("id"), optionalId(p.settingId)},
                                                    {QStringLiteral("name"), e.settingName}}},
            {QStringLiteral("state"), stateToken(p, e.daysOverdue)},
            {QStringLiteral("requested_on"), jsonDate(p.sentOn)},
            {QStringLiteral("due_on"), jsonDate(e.dueOn)},
            {QStringLiteral("days_overdue"), e.daysOverdue},
            {QStringLiteral("request_letter"), optionalId(p.requestDisclosureId)},
            {QStringLiteral("chased_on"), jsonDate(p.chasedOn)},
            {QStringLiteral("chase_count"), p.chaseCount},
            {QStringLiteral("returned_on"), jsonDate(p.returnedOn)},
            {QStringLiteral("summary"), p.summary},
            {QStringLiteral("voice_of_child"), p.voiceOfChild},
            {QStringLiteral("reviewed_on"), jsonDate(p.reviewedOn)},
            {QStringLiteral("reviewed_meeting"), optionalId(p.reviewedMeetingId)},
            {QStringLiteral("review_outcome"), p.reviewOutcome}};
}

int proformaList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("proforma list"),
                    tr("List the proformas asked of settings: awaited, overdue, returned to "
                       "review, reviewed. One is overdue when not back within the office's "
                       "working days of the request (option proforma.due_working_days, "
                       "default 10)."),
                    true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("overdue"), tr("Only those overdue, to chase.")));
    p.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                   tr("The day to judge overdue on (default today)."), tr("date")));
    if (auto done = command.parse(args, context))
        return *done;
    auto asOf = dateOption(command, QStringLiteral("as-of"), QDate::currentDate());
    if (!asOf) {
        printError(asOf.errorText());
        return Usage;
    }
    auto db = openForReading(context);
    if (!db)
        return Usage;
    const ProformaRule rule = Proformas(*db).rule();
    auto list = Proformas(*db).list(command.isSet(QStringLiteral("overdue")), *asOf, rule);
    if (!list) {
        printError(list.errorText());
        return Problems;
    }
    if (command.json()) {
        QJsonArray rows;
        for (const ProformaListEntry &e : *list)
            rows.append(toJson(e));
        printJson(QJsonObject{{QStringLiteral("as_of"), jsonDate(*asOf)},
                              {QStringLiteral("due_working_days"), rule.dueDays()},
                              {QStringLiteral("proformas"), rows}});
        return Ok;
    }
    Table table({tr("Id"), tr("Child"), tr("Child id"), tr("Setting"), tr("Requested"), tr("Due"),
                 tr("Days late"), tr("Chased"), tr("Chases"), tr("Returned"), tr("Reviewed"),
                 tr("State")},
                {0, 2, 6, 8});
    int overdue = 0;
    for (const ProformaListEntry &e : *list) {
        const Proforma &pf = e.proforma;
        overdue += e.daysOverdue > 0 ? 1 : 0;
        table.addRow(
            {QString::number(pf.id), e.childName, QString::number(pf.childId), e.settingName,
             textDate(pf.sentOn), textDate(e.dueOn),
             e.daysOverdue ? QString::number(e.daysOverdue) : QString(), textDate(pf.chasedOn),
             pf.chaseCount ? QString::number(pf.chaseCount) : QString(), textDate(pf.returnedOn),
             textDate(pf.reviewedOn), stateText(pf, e.daysOverdue)});
    }
    if (table.rowCount() > 0)
        printOut(table.render());
    printOut(tr("Proformas: %1; overdue on %2: %3 (due back %4 working days after the request).")
                 .arg(list->size())
                 .arg(textDate(*asOf))
                 .arg(overdue)
                 .arg(rule.dueDays()));
    return Ok;
}

// What the verbs that change one child's proforma share: --child and --on, the database.
struct ChildEdit
{
    std::unique_ptr<Database> db;
    Child child;
    QDate on;
};

std::optional<int> openChildEdit(Command &command, Context &context, const QStringList &args,
                                 bool onRequired, ChildEdit &edit)
{
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("child"),
                                   tr("The child (the number from "
                                      "\"children\")."),
                                   tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("on"),
                                   onRequired ? tr("The day (yyyy-mm-dd or dd/mm/yyyy).")
                                              : tr("The day (default today)."),
                                   tr("date")));
    if (auto done = command.parse(args, context))
        return done;
    auto child = childOption(command);
    if (!child) {
        printError(child.errorText());
        return Usage;
    }
    if (onRequired && !command.isSet(QStringLiteral("on"))) {
        printError(tr("give --on DATE."));
        return Usage;
    }
    auto on = dateOption(command, QStringLiteral("on"), QDate::currentDate());
    if (!on) {
        printError(on.errorText());
        return Usage;
    }
    edit.on = *on;
    edit.db = openDatabase(context, Database::Mode::OpenExisting);
    if (!edit.db)
        return Usage;
    auto found = Children(*edit.db).get(*child);
    if (!found) {
        printError(found.errorText());
        return Problems;
    }
    edit.child = *found;
    return std::nullopt;
}

int refused(const QString &message)
{
    printError(message);
    return Problems;
}

int proformaRequest(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("proforma request"),
                    tr("Record that a proforma was asked of the child's setting; it is due back "
                       "the office's working days later. Then write the request letter with "
                       "\"letters --child ID --kind proforma-request\"."),
                    false);
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("setting"), tr("Ask this setting instead of the child's own."), tr("id")));
    ChildEdit edit;
    if (auto done = openChildEdit(command, context, args, false, edit))
        return *done;
    auto setting = numberOption(command, QStringLiteral("setting"), 0, 1, 1LL << 62);
    if (!setting) {
        printError(setting.errorText());
        return Usage;
    }
    const ProformaRule rule = Proformas(*edit.db).rule();
    auto saved = Proformas(*edit.db).request(edit.child.id, edit.on, rule, *setting);
    if (!saved)
        return refused(saved.errorText());
    auto p = Proformas(*edit.db).get(saved->id);
    if (!p)
        return refused(p.errorText());
    printOut(tr("Proforma %1 requested for %2 on %3, due back %4. Write the request letter: "
                "encompass-cli letters --child %5 --kind proforma-request --out FOLDER")
                 .arg(QString::number(p->id), edit.child.fullName(), textDate(p->sentOn),
                      textDate(p->dueOn), QString::number(edit.child.id)));
    return Ok;
}

Result<Proforma> awaited(Database &db, const Child &child)
{
    auto p = Proformas(db).awaitedFor(child.id);
    if (p && p->id == 0)
        return Result<Proforma>::failure(
            tr("%1 (id %2) has no proforma awaited: request one first (\"proforma request\").")
                .arg(child.fullName())
                .arg(child.id));
    return p;
}

int proformaReturn(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("proforma return"),
                    tr("Record the child's proforma as returned by the setting, with a summary "
                       "and the voice of the child."),
                    false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("summary"),
                                   tr("What the setting said (required)."), tr("text")));
    p.addOption(QCommandLineOption(QStringLiteral("voice"),
                                   tr("The voice of the child: what the child said or showed."),
                                   tr("text")));
    ChildEdit edit;
    if (auto done = openChildEdit(command, context, args, true, edit))
        return *done;
    auto pf = awaited(*edit.db, edit.child);
    if (!pf)
        return refused(pf.errorText());
    if (Status s = Proformas(*edit.db).markReturned(pf->id, edit.on,
                                                    command.value(QStringLiteral("summary")),
                                                    command.value(QStringLiteral("voice")));
        !s)
        return refused(s.errorText());
    printOut(tr("Proforma %1 for %2 returned on %3: on the next tracking review's agenda.")
                 .arg(QString::number(pf->id), edit.child.fullName(), textDate(edit.on)));
    return Ok;
}

int proformaReview(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("proforma review"),
                    tr("Record the tracking review's decision on the child's returned proforma "
                       "(the chair, at the Friday meeting)."),
                    false);
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("outcome"), tr("What the meeting decided (required)."), tr("text")));
    ChildEdit edit;
    if (auto done = openChildEdit(command, context, args, false, edit))
        return *done;
    auto pf = Proformas(*edit.db).toReviewFor(edit.child.id);
    if (!pf)
        return refused(pf.errorText());
    if (pf->id == 0)
        return refused(tr("%1 (id %2) has no returned proforma waiting for review.")
                           .arg(edit.child.fullName())
                           .arg(edit.child.id));
    auto meeting = Meetings(*edit.db).onDate(edit.on);
    if (!meeting)
        return refused(meeting.errorText());
    if (Status s = Proformas(*edit.db).markReviewed(pf->id, meeting->id, edit.on,
                                                    command.value(QStringLiteral("outcome")));
        !s)
        return refused(s.errorText());
    printOut(tr("Proforma %1 for %2 reviewed on %3.")
                 .arg(QString::number(pf->id), edit.child.fullName(), textDate(edit.on)));
    return Ok;
}

int proformaChase(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("proforma chase"),
                    tr("Record that the setting was chased for the child's overdue proforma (a "
                       "reminder letter written with \"letters --overdue-proformas --kind "
                       "proforma-chase\" is recorded by itself)."),
                    false);
    ChildEdit edit;
    if (auto done = openChildEdit(command, context, args, false, edit))
        return *done;
    auto pf = awaited(*edit.db, edit.child);
    if (!pf)
        return refused(pf.errorText());
    if (Status s = Proformas(*edit.db).recordChase(pf->id, edit.on); !s)
        return refused(s.errorText());
    printOut(tr("Proforma %1 for %2 chased on %3 (chases so far: %4).")
                 .arg(QString::number(pf->id), edit.child.fullName(), textDate(edit.on),
                      QString::number(pf->chaseCount + 1)));
    return Ok;
}

} // namespace

int runProforma(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("proforma"),
                    {{QStringLiteral("list"), proformaList},
                     {QStringLiteral("request"), proformaRequest},
                     {QStringLiteral("return"), proformaReturn},
                     {QStringLiteral("review"), proformaReview},
                     {QStringLiteral("chase"), proformaChase}});
}

} // namespace enc::cli
