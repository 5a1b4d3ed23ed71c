// meeting create|apologies|chair|notes|show: a meeting's record beyond its agenda (issue 19).

#include "cli/CommandMeeting.h"

#include "domain/Quorum.h"
#include "repo/Directory.h"
#include "repo/MeetingDetails.h"
#include "repo/Meetings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

const qint64 MaxId = std::numeric_limits<qint64>::max();

void addOnOption(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(
        QStringLiteral("on"), tr("The meeting's date, yyyy-mm-dd or dd/mm/yyyy."), tr("date")));
}

// --on DATE (required).
Result<QDate> onOption(const Command &command)
{
    auto on = dateOption(command, QStringLiteral("on"), QDate());
    if (on && !on->isValid())
        return Result<QDate>::failure(tr("Give the meeting's date with --on DATE."));
    return on;
}

// "--field: message" when the error names the field an option gives.
QString optionError(const Error &e, const QHash<QString, QString> &options = {})
{
    return fieldMessage(e, options.value(e.field));
}

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

int create(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("meeting create"),
                    tr("Add an ad-hoc meeting on a date (refused when a meeting is held or due "
                       "that day: use that one)."),
                    false);
    auto &p = command.parser();
    addOnOption(p);
    p.addOption(QCommandLineOption(
        QStringLiteral("from"), tr("Start time, HH:mm (default the office's start)."), tr("time")));
    p.addOption(QCommandLineOption(QStringLiteral("to"),
                                   tr("End time, HH:mm (default the office's end)."), tr("time")));
    if (auto done = command.parse(args, context))
        return *done;
    auto on = onOption(command);
    if (!on) {
        printError(on.errorText());
        return Usage;
    }
    Meeting m;
    m.date = *on;
    for (const auto &[option, time] :
         {std::pair{QStringLiteral("from"), &m.starts}, std::pair{QStringLiteral("to"), &m.ends}}) {
        if (!command.isSet(option))
            continue;
        *time = QTime::fromString(command.value(option), QStringLiteral("H:mm"));
        if (!time->isValid()) {
            printError(tr("--%1: \"%2\" is not a time: write it as HH:mm, e.g. 14:30.")
                           .arg(option, command.value(option)));
            return Usage;
        }
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto saved = MeetingDetails(*db).addAdHoc(m);
    if (!saved) {
        printError(optionError(saved.error(), {{QStringLiteral("date"), QStringLiteral("on")},
                                               {QStringLiteral("ends"), QStringLiteral("to")}}));
        return Problems;
    }
    auto made = Meetings(*db).get(saved->id);
    if (!made) {
        printError(made.errorText());
        return Problems;
    }
    printOut(tr("Ad-hoc meeting %1 on %2, %3 to %4.")
                 .arg(saved->id)
                 .arg(textDate(made->date), hhmm(made->starts), hhmm(made->ends)));
    return Ok;
}

int apologies(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("meeting apologies"),
                    tr("Record a member's apologies for a meeting before the day: the meeting's "
                       "attendance starts from them."),
                    false);
    auto &p = command.parser();
    addOnOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("member"), tr("The member's id."), tr("id")));
    if (auto done = command.parse(args, context))
        return *done;
    auto on = onOption(command);
    auto member = numberOption(command, QStringLiteral("member"), 0, 1, MaxId);
    if (!on || !member || !command.isSet(QStringLiteral("member"))) {
        printError(!on      ? on.errorText()
                   : member ? tr("Give the member with --member ID.")
                            : member.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto sent = MeetingDetails(*db).sendApologies(*on, *member, QDate::currentDate());
    if (!sent) {
        printError(optionError(sent.error(), {{QStringLiteral("date"), QStringLiteral("on")}}));
        return Problems;
    }
    auto quorum = Meetings(*db).quorum(sent->meetingId);
    auto meeting = Meetings(*db).get(sent->meetingId);
    auto who = Directory(*db).member(*member);
    int sentApologies = 0; // by members the quorum counts
    if (meeting)
        for (const Attendance &a : meeting->attendance)
            sentApologies += a.expected && a.status == AttendanceStatus::Apologies;
    printOut(tr("Apologies of %1 recorded for the meeting of %2 (meeting %3). Apologies so far "
                "from %4 of the %5 members expected; the quorum needs %6 of them.")
                 .arg(who ? who->name : tr("member %1").arg(*member), textDate(*on))
                 .arg(sent->meetingId)
                 .arg(sentApologies)
                 .arg(quorum ? quorum->expected : 0)
                 .arg(quorum ? quorum->needed : 0));
    return Ok;
}

int chair(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("meeting chair"),
                    tr("Record who chairs a meeting and who is deputy chair (0: none). An "
                       "option left out keeps what is recorded."),
                    false);
    auto &p = command.parser();
    addOnOption(p);
    p.addOption(
        QCommandLineOption(QStringLiteral("chair"), tr("The chair's member id."), tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("deputy"), tr("The deputy chair's member id."),
                                   tr("id")));
    if (auto done = command.parse(args, context))
        return *done;
    auto on = onOption(command);
    if (!on) {
        printError(on.errorText());
        return Usage;
    }
    if (!command.isSet(QStringLiteral("chair")) && !command.isSet(QStringLiteral("deputy"))) {
        printError(tr("Give the chair with --chair ID, the deputy chair with --deputy ID, or "
                      "both."));
        return Usage;
    }
    auto chairId = numberOption(command, QStringLiteral("chair"), 0, 0, MaxId);
    auto deputyId = numberOption(command, QStringLiteral("deputy"), 0, 0, MaxId);
    if (!chairId || !deputyId) {
        printError(!chairId ? chairId.errorText() : deputyId.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto id = MeetingDetails(*db).recordOn(*on);
    auto meeting = id ? Meetings(*db).get(*id) : Result<Meeting>(id.error());
    auto was = id ? MeetingDetails(*db).chairs(*id) : Result<MeetingDetails::Chairs>(id.error());
    if (!meeting || !was) {
        printError(!meeting ? meeting.errorText() : was.errorText());
        return Problems;
    }
    const Id newChair = command.isSet(QStringLiteral("chair")) ? *chairId : was->chair;
    const Id newDeputy = command.isSet(QStringLiteral("deputy")) ? *deputyId : was->deputy;
    if (Status s = MeetingDetails(*db).setChairs(meeting->id, newChair, newDeputy, was->chair,
                                                 was->deputy);
        !s) {
        printError(
            optionError(s.error(), {{QStringLiteral("deputy_chair"), QStringLiteral("deputy")}}));
        return Problems;
    }
    const auto name = [&](Id member) {
        if (!member)
            return tr("none");
        auto m = Directory(*db).member(member);
        return m ? m->name : tr("member %1").arg(member);
    };
    printOut(tr("Meeting of %1 (meeting %2): chair %3, deputy chair %4.")
                 .arg(textDate(*on))
                 .arg(meeting->id)
                 .arg(name(newChair), name(newDeputy)));
    return Ok;
}

int notes(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("meeting notes"),
                    tr("Replace the notes of a meeting (written in its minutes)."), false);
    auto &p = command.parser();
    addOnOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("text"), tr("The notes."), tr("text")));
    if (auto done = command.parse(args, context))
        return *done;
    auto on = onOption(command);
    if (!on || !command.isSet(QStringLiteral("text"))) {
        printError(on ? tr("Give the notes with --text TEXT.") : on.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto id = MeetingDetails(*db).recordOn(*on);
    auto meeting = id ? Meetings(*db).get(*id) : Result<Meeting>(id.error());
    if (!meeting) {
        printError(meeting.errorText());
        return Problems;
    }
    if (Status s = MeetingDetails(*db).setNotes(meeting->id, command.value(QStringLiteral("text")),
                                                meeting->notes);
        !s) {
        printError(s.errorText());
        return Problems;
    }
    printOut(
        tr("Notes of the meeting of %1 (meeting %2) saved.").arg(textDate(*on)).arg(meeting->id));
    return Ok;
}

int show(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("meeting show"),
                    tr("Show a recorded meeting: chair, deputy chair, attendance, quorum and "
                       "notes."),
                    true);
    addOnOption(command.parser());
    if (auto done = command.parse(args, context))
        return *done;
    auto on = onOption(command);
    if (!on) {
        printError(on.errorText());
        return Usage;
    }
    auto db = openForReading(context);
    if (!db)
        return Usage;
    auto found = Meetings(*db).onDate(*on);
    auto meeting = found && found->id ? Meetings(*db).get(found->id) : found;
    auto members = Directory(*db).members(false);
    auto quorum = meeting && meeting->id ? Meetings(*db).quorum(meeting->id)
                                         : Result<QuorumResult>(QuorumResult());
    auto chairs = meeting && meeting->id ? MeetingDetails(*db).chairs(meeting->id)
                                         : Result<MeetingDetails::Chairs>(MeetingDetails::Chairs());
    if (!meeting || !members || !quorum || !chairs) {
        printError(!meeting   ? meeting.errorText()
                   : !members ? members.errorText()
                   : !quorum  ? quorum.errorText()
                              : chairs.errorText());
        return Problems;
    }
    if (!meeting->id) {
        printError(tr("No meeting is recorded on %1.").arg(textDate(*on)));
        return Problems;
    }
    QHash<Id, QString> names;
    for (const Member &m : *members)
        names.insert(m.id, m.name);
    if (command.json()) {
        QJsonArray attendance;
        for (const Attendance &a : meeting->attendance)
            attendance.append(QJsonObject{{QStringLiteral("member"), a.memberId},
                                          {QStringLiteral("name"), names.value(a.memberId)},
                                          {QStringLiteral("status"), toString(a.status)},
                                          {QStringLiteral("deputy_name"), a.deputyName},
                                          {QStringLiteral("expected"), a.expected}});
        const auto member = [](Id id) {
            return id ? QJsonValue(id) : QJsonValue();
        };
        printJson(QJsonObject{{QStringLiteral("id"), meeting->id},
                              {QStringLiteral("date"), jsonDate(meeting->date)},
                              {QStringLiteral("start"), hhmm(meeting->starts)},
                              {QStringLiteral("end"), hhmm(meeting->ends)},
                              {QStringLiteral("kind"), toString(meeting->kind)},
                              {QStringLiteral("closed"), meeting->closed},
                              {QStringLiteral("chair"), member(chairs->chair)},
                              {QStringLiteral("deputy_chair"), member(chairs->deputy)},
                              {QStringLiteral("notes"), meeting->notes},
                              {QStringLiteral("quorate"), quorum->quorate},
                              {QStringLiteral("attending"), quorum->attending},
                              {QStringLiteral("expected"), quorum->expected},
                              {QStringLiteral("attendance"), attendance}});
        return Ok;
    }
    const auto name = [&](Id id) {
        return id ? names.value(id) : tr("not recorded");
    };
    QString text = tr("Meeting %1 on %2, %3 to %4%5\nChair: %6\nDeputy chair: %7\n%8\n")
                       .arg(meeting->id)
                       .arg(textDate(meeting->date), hhmm(meeting->starts), hhmm(meeting->ends),
                            meeting->closed ? tr(" (closed)") : QString(), name(chairs->chair),
                            name(chairs->deputy), Quorum::describe(*quorum));
    Table t({tr("Member"), tr("Attendance")});
    for (const Attendance &a : meeting->attendance)
        t.addRow({tr("%1 (id %2)").arg(names.value(a.memberId)).arg(a.memberId),
                  a.status == AttendanceStatus::Deputy && !a.deputyName.isEmpty()
                      ? tr("deputy: %1").arg(a.deputyName)
                      : toString(a.status)});
    text += t.render();
    if (!meeting->notes.isEmpty())
        text += tr("Notes:\n%1\n").arg(meeting->notes);
    printOut(text);
    return Ok;
}

} // namespace

int runMeeting(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("meeting"),
                    {{QStringLiteral("create"), create},
                     {QStringLiteral("apologies"), apologies},
                     {QStringLiteral("chair"), chair},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("show"), show}});
}

} // namespace enc::cli
