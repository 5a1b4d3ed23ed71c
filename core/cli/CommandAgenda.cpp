// agenda and minutes: the meeting's agenda built from the data, and its minutes as a file.

#include "cli/Commands.h"

#include "domain/MeetingSchedule.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/MinutesWriter.h"
#include "repo/Meetings.h"
#include "repo/Options.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

const AgendaSection SectionOrder[] = {AgendaSection::NewPpns,     AgendaSection::Escalations,
                                      AgendaSection::ActionsDue,  AgendaSection::TrackingReview,
                                      AgendaSection::CarriedOver, AgendaSection::Added};

QJsonObject toJson(const AgendaItem &i)
{
    return {
        {QStringLiteral("child_id"), i.childId},
        {QStringLiteral("household_id"), i.householdId ? QJsonValue(i.householdId) : QJsonValue()},
        {QStringLiteral("police_references"), QJsonArray::fromStringList(i.policeReferences)},
        {QStringLiteral("reason"), i.reason()},
        {QStringLiteral("status"), toString(i.status)}};
}

// Why no agenda is built for date (one line, naming the next meeting day), or empty when
// a meeting is due or recorded (an ad-hoc one) that day.
QString notAMeetingDay(Database &db, QDate date)
{
    const auto onDay = Meetings(db).between(date, date);
    const auto cancelledOnDay = Meetings(db).cancellations(date, date);
    const QHash<Id, QString> cancelled = cancelledOnDay ? *cancelledOnDay : QHash<Id, QString>();
    if (onDay)
        for (const Meeting &m : *onDay)
            if (!cancelled.contains(m.id))
                return {}; // recorded and not cancelled: a meeting, ad-hoc or not
    const ScheduleConfig cfg = Options(db.sql()).schedule();
    const ScheduledMeeting due = MeetingSchedule::on(date, cfg);
    QString why;
    if (!cancelled.isEmpty())
        why = tr("the meeting of %1 was cancelled (%2)")
                  .arg(textDate(date), cancelled.cbegin().value());
    else if (!due.date.isValid())
        why = tr("%1 (a %2) is not a meeting day")
                  .arg(textDate(date),
                       QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(date.dayOfWeek()));
    else if (due.skipped)
        why = tr("%1 is not a meeting day (%2)").arg(textDate(date), due.skipReason);
    else
        return {};
    const ScheduledMeeting next = MeetingSchedule::next(date.addDays(1), cfg);
    return next.date.isValid()
               ? tr("%1: the next meeting is on %2 %3. Give --ad-hoc for an ad-hoc meeting.")
                     .arg(why,
                          QLocale(QLocale::English, QLocale::UnitedKingdom)
                              .dayName(next.date.dayOfWeek()),
                          textDate(next.date))
               : tr("%1. Give --ad-hoc for an ad-hoc meeting.").arg(why);
}

} // namespace

int runAgenda(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("agenda"),
                    tr("Build the agenda of the meeting on a date from the tracker: new PPNs not "
                       "yet heard (by household, oldest incident first), escalations awaiting "
                       "discussion, actions due or overdue, on the review day the proformas "
                       "returned and overdue, and items carried over. Children are named by id."),
                    true);
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("date"), tr("Meeting date, yyyy-mm-dd or dd/mm/yyyy (default today)."),
        tr("date")));
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("ad-hoc"), tr("Build the agenda even when the date is not a meeting day "
                                     "(an ad-hoc meeting).")));
    if (auto done = command.parse(args, context))
        return *done;
    auto date = dateOption(command, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        printError(date.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    if (!command.isSet(QStringLiteral("ad-hoc"))) {
        const QString notHeld = notAMeetingDay(*db, *date);
        if (!notHeld.isEmpty()) {
            printError(notHeld);
            return Problems;
        }
    }
    auto agenda = AgendaBuilder(*db).build(*date);
    if (!agenda) {
        printError(agenda.errorText());
        return Problems;
    }
    if (command.json()) {
        QJsonObject sections;
        for (AgendaSection s : SectionOrder) {
            if (s == AgendaSection::TrackingReview && !agenda->trackingReview)
                continue;
            QJsonArray list;
            for (const AgendaItem &i : agenda->items)
                if (i.section == s)
                    list.append(toJson(i));
            sections.insert(toString(s), list);
        }
        printJson(QJsonObject{{QStringLiteral("date"), jsonDate(agenda->date)},
                              {QStringLiteral("since"), jsonDate(agenda->since)},
                              {QStringLiteral("tracking_review"), agenda->trackingReview},
                              {QStringLiteral("items"), int(agenda->items.size())},
                              {QStringLiteral("sections"), sections}});
        return Ok;
    }
    QString text = tr("Agenda for %1 (previous meeting %2; PPNs not yet heard are listed "
                      "whenever they came in)")
                       .arg(textDate(agenda->date),
                            agenda->since.isValid() ? textDate(agenda->since) : tr("none"));
    text += QLatin1Char('\n');
    for (AgendaSection s : SectionOrder) {
        if (s == AgendaSection::TrackingReview && !agenda->trackingReview)
            continue;
        Table t({tr("Child"), tr("Household"), tr("Police references"), tr("Why")}, {0, 1});
        for (const AgendaItem &i : agenda->items)
            if (i.section == s)
                t.addRow({QString::number(i.childId),
                          i.householdId ? QString::number(i.householdId) : QString(),
                          i.policeReferences.join(QStringLiteral(", ")), i.reason()});
        text += QLatin1Char('\n') + sectionTitle(s) + QStringLiteral(": ");
        if (t.rowCount() == 0) {
            text += tr("none") + QLatin1Char('\n');
            continue;
        }
        text += (t.rowCount() == 1 ? tr("1 item") : tr("%1 items").arg(t.rowCount())) +
                QLatin1Char('\n') + t.render();
    }
    printOut(text);
    return Ok;
}

int runCancelMeeting(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("cancel-meeting"),
                    tr("Mark the meeting on a date cancelled, with the reason. Nothing on its "
                       "agenda is lost: the PPNs not yet heard, and the items deferred or "
                       "added to it, are on the next meeting's agenda."),
                    false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("date"),
                                   tr("Meeting date, yyyy-mm-dd or dd/mm/yyyy."), tr("date")));
    p.addOption(
        QCommandLineOption(QStringLiteral("reason"), tr("Why it is cancelled."), tr("text")));
    if (auto done = command.parse(args, context))
        return *done;
    auto date = dateOption(command, QStringLiteral("date"), QDate());
    if (!date || !date->isValid()) {
        printError(date ? tr("Give the meeting's date with --date DATE.") : date.errorText());
        return Usage;
    }
    const QString reason = command.value(QStringLiteral("reason")).simplified();
    if (reason.isEmpty()) {
        printError(tr("Give the reason the meeting is cancelled with --reason TEXT."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto cancelled = Meetings(*db).cancelOn(*date, reason);
    if (!cancelled) {
        printError(cancelled.errorText());
        return Problems;
    }
    const ScheduledMeeting next =
        MeetingSchedule::next(date->addDays(1), Options(db->sql()).schedule());
    printOut(tr("Meeting %1 of %2 cancelled (%3). Its items go to the next meeting%4.")
                 .arg(*cancelled)
                 .arg(textDate(*date), reason,
                      next.date.isValid() ? tr(", on %1").arg(textDate(next.date)) : QString()));
    return Ok;
}

int runMinutes(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("minutes"),
                    tr("Write a meeting's minutes and action log as PDF or OpenDocument text (by "
                       "the file's extension) and record it in the disclosure log."),
                    false);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("meeting"), tr("The meeting's id."), tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write (.pdf or .odt)."),
                                   tr("file")));
    p.addOption(QCommandLineOption(
        QStringLiteral("keep-names"),
        tr("Write the rationales as recorded even where they name a child in full (by "
           "default such names are written as initials, with a warning).")));
    if (auto done = command.parse(args, context))
        return *done;
    auto meeting =
        numberOption(command, QStringLiteral("meeting"), 0, 1, std::numeric_limits<qint64>::max());
    if (!meeting || !command.isSet(QStringLiteral("meeting"))) {
        printError(meeting ? tr("Give the meeting with --meeting ID.") : meeting.errorText());
        return Usage;
    }
    const QString out = command.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(tr("Give the file to write with --out FILE (.pdf or .odt)."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    MinutesWriter writer(*db);
    auto named = writer.namesInRationales(*meeting);
    if (!named) {
        printError(named.errorText());
        return Problems;
    }
    const bool keep = command.isSet(QStringLiteral("keep-names"));
    for (const MinutesWriter::NameInRationale &n : *named)
        printError(tr("Warning: the rationale of the decision for child %1 names %2 in full; %3.")
                       .arg(n.decisionChild)
                       .arg(n.named.fullName(),
                            keep ? tr("written as recorded (--keep-names)")
                                 : tr("the minutes give the initials %1 instead (the stored "
                                      "rationale is unchanged; --keep-names writes it as "
                                      "recorded)")
                                       .arg(n.named.initials())));
    writer.setInitialsInRationales(!keep);
    if (Status s = writer.write(*meeting, out); !s) {
        printError(s.errorText());
        return Problems;
    }
    printOut(tr("Minutes of meeting %1 written to %2.")
                 .arg(*meeting)
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return Ok;
}

} // namespace enc::cli
