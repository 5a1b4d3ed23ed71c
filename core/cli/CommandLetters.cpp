// letters: notification letters and documents for settings, logged in the disclosure log.

#include "cli/Commands.h"

#include "letters/LetterExporter.h"
#include "letters/LetterHistory.h"
#include "letters/LetterSelection.h"
#include "repo/Children.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <limits>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

QStringList kindCodes()
{
    QStringList codes;
    for (LetterKind k : LetterKinds::all())
        codes << LetterKinds::code(k);
    return codes;
}

QJsonArray ids(const QList<Id> &list)
{
    QJsonArray a;
    for (Id id : list)
        a.append(id);
    return a;
}

QJsonObject toJson(const LetterRun &run, const LetterRequest &request)
{
    QJsonArray files;
    for (const WrittenLetter &w : run.written) {
        files.append(QJsonObject{
            {QStringLiteral("file"), QDir::toNativeSeparators(w.path)},
            {QStringLiteral("setting"), QJsonObject{{QStringLiteral("id"), w.settingId},
                                                    {QStringLiteral("name"), w.settingName}}},
            {QStringLiteral("recipient"), w.recipient},
            {QStringLiteral("children"), ids(w.childIds)},
            {QStringLiteral("fields"), QJsonArray::fromStringList(w.fields)},
            {QStringLiteral("sha256"), w.sha256},
            {QStringLiteral("disclosure_id"), w.disclosureId}});
    }
    QJsonArray skipped;
    for (const SkippedChild &s : run.skipped)
        skipped.append(QJsonObject{{QStringLiteral("child"), s.childId},
                                   {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("kind"), LetterKinds::code(request.kind)},
                       {QStringLiteral("format"), formatCode(request.format)},
                       {QStringLiteral("per_child"), request.perChild},
                       {QStringLiteral("password_protected"), !request.password.isEmpty()},
                       {QStringLiteral("template"),
                        QJsonObject{{QStringLiteral("id"), run.usedTemplate.id},
                                    {QStringLiteral("version"), run.usedTemplate.version}}},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("left_out"), run.leftOut},
                       {QStringLiteral("include_high_risk"), request.filter.includeHighRisk},
                       {QStringLiteral("cancelled"), run.cancelled}};
}

QString toText(const LetterRun &run, Database &db)
{
    Table t({tr("File"), tr("Setting"), tr("Children")});
    for (const WrittenLetter &w : run.written) {
        QStringList children;
        for (Id id : w.childIds)
            children << QString::number(id);
        t.addRow(
            {QFileInfo(w.path).fileName(), w.settingName, children.join(QStringLiteral(", "))});
    }
    QString text;
    if (t.rowCount() > 0)
        text += t.render();
    text += run.written.size() == 1 ? tr("1 file written and logged.\n")
                                    : tr("%1 files written and logged.\n").arg(run.written.size());
    if (run.leftOut > 0)
        text +=
            run.leftOut == 1
                ? tr("1 child left out by --risk, --type or --presence.\n")
                : tr("%1 children left out by --risk, --type or --presence.\n").arg(run.leftOut);
    if (!run.skipped.isEmpty()) {
        text += run.skipped.size() == 1
                    ? tr("\nNo letter for 1 child:\n")
                    : tr("\nNo letter for %1 children:\n").arg(run.skipped.size());
        Children children(db); // named, as the window names them, with the id to look up
        for (const SkippedChild &s : run.skipped) {
            const auto c = children.get(s.childId);
            text += c ? tr("  %1 (child %2): %3\n").arg(c->fullName()).arg(s.childId).arg(s.reason)
                      : tr("  child %1: %2\n").arg(s.childId).arg(s.reason);
        }
    }
    return text;
}

Result<QByteArray> readPassword(const QString &path)
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("--password-file: cannot read \"%1\": %2").arg(path, f.errorString()));
    QByteArray pw = f.readAll();
    while (pw.endsWith('\n') || pw.endsWith('\r'))
        pw.chop(1);
    if (pw.isEmpty())
        return Result<QByteArray>::failure(tr("--password-file: \"%1\" is empty.").arg(path));
    return pw;
}

// One of --risk, --type, --presence into *into when given; false (and *error) for a bad word.
template <typename T>
bool listOption(const Command &command, const QString &option,
                std::optional<QList<T>> (*parse)(const QString &, QString *),
                const QStringList &codes, QList<T> *into, QString *error)
{
    if (!command.isSet(option))
        return true;
    QString bad;
    auto values = parse(command.value(option), &bad);
    if (!values) {
        *error = tr("letters: --%1 \"%2\" is not one of %3.")
                     .arg(option, bad, codes.join(QStringLiteral(", ")));
        return false;
    }
    *into = *values;
    return true;
}

// --risk, --type, --presence and --include-high-risk.
Result<LetterFilter> filterOptions(const Command &command)
{
    LetterFilter filter;
    QString error;
    if (!listOption(command, QStringLiteral("risk"), &LetterFilters::risksFromCodes,
                    LetterFilters::riskCodes(), &filter.risks, &error) ||
        !listOption(command, QStringLiteral("type"), &LetterFilters::typesFromCodes,
                    LetterFilters::typeCodes(), &filter.types, &error) ||
        !listOption(command, QStringLiteral("presence"), &LetterFilters::presencesFromCodes,
                    LetterFilters::presenceCodes(), &filter.presences, &error))
        return Result<LetterFilter>::failure(error);
    filter.includeHighRisk = command.isSet(QStringLiteral("include-high-risk"));
    if (filter.risks.contains(DashRisk::High) && !filter.includeHighRisk)
        return Result<LetterFilter>::failure(
            tr("letters: --risk high writes letters about high-risk PPNs: give "
               "--include-high-risk as well (Operation Encompass is not the route for high risk: "
               "make sure the MASH/Marac referral is made)."));
    return filter;
}

} // namespace

int runLetters(Context &context, const QStringList &args)
{
    Command command(
        QStringLiteral("letters"),
        tr("Write letters to settings (one per setting, or per child) from the office's "
           "templates, showing only the proportionate fields, and log each file in the "
           "disclosure log. Exit status: 0 done; 1 some children got no letter, the letters could "
           "not be written (then nothing is written or logged), or letters of this kind were "
           "already sent to these settings about these children (give --again to send them a "
           "second time); 2 bad usage; 3 another program is using the database."),
        true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("received"),
                                   tr("Every child on a PPN received on this date."), tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                   tr("Every child heard at this meeting."), tr("id")));
    p.addOption(QCommandLineOption(QStringLiteral("child"), tr("One child."), tr("id")));
    p.addOption(QCommandLineOption(
        QStringLiteral("overdue-proformas"),
        tr("Every child whose proforma is overdue (for --kind proforma-chase).")));
    p.addOption(QCommandLineOption(QStringLiteral("out"),
                                   tr("The folder the files are written into."), tr("folder")));
    p.addOption(QCommandLineOption(
        QStringLiteral("kind"),
        tr("The document: %1 (default notification).").arg(kindCodes().join(QStringLiteral(", "))),
        tr("kind")));
    p.addOption(QCommandLineOption(QStringLiteral("format"),
                                   tr("pdf, odt or eml (an e-mail draft with the PDF attached); "
                                      "default pdf."),
                                   tr("format")));
    p.addOption(QCommandLineOption(QStringLiteral("per-child"),
                                   tr("One letter per child instead of one per setting.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("password-file"),
        tr("Protect the PDFs with the password in this file (AES-256). It is not stored."),
        tr("file")));
    p.addOption(QCommandLineOption(
        QStringLiteral("again"),
        tr("Write and log the letters even when the disclosure log shows they were already sent "
           "(since the PPN was received, or today for a child without one).")));
    p.addOption(
        QCommandLineOption(QStringLiteral("risk"),
                           tr("Only PPNs of these DASH risks, comma-separated: %1 (default any).")
                               .arg(LetterFilters::riskCodes().join(QStringLiteral(", "))),
                           tr("risks")));
    p.addOption(
        QCommandLineOption(QStringLiteral("type"),
                           tr("Only PPNs of these types, comma-separated: %1 (default any).")
                               .arg(LetterFilters::typeCodes().join(QStringLiteral(", "))),
                           tr("types")));
    p.addOption(QCommandLineOption(
        QStringLiteral("presence"),
        tr("Only children with this presence at the incident, comma-separated: %1 (resident: "
           "lives there, not present; default any).")
            .arg(LetterFilters::presenceCodes().join(QStringLiteral(", "))),
        tr("presences")));
    p.addOption(QCommandLineOption(
        QStringLiteral("include-high-risk"),
        tr("Write notification (and record of referral) letters about high-risk PPNs too. "
           "Without it they are skipped and listed: Operation Encompass is not the route for "
           "high risk, the MASH/Marac referral is. Proforma letters go whatever the risk.")));
    p.addOption(QCommandLineOption(QStringLiteral("today"),
                                   tr("The date the letters carry (default today)."), tr("date")));
    if (auto done = command.parse(args, context))
        return *done;

    const QStringList selectors = {QStringLiteral("received"), QStringLiteral("meeting"),
                                   QStringLiteral("child"), QStringLiteral("overdue-proformas")};
    int chosen = 0;
    for (const QString &s : selectors)
        chosen += command.isSet(s) ? 1 : 0;
    if (chosen != 1) {
        printError(tr("letters: give one of --received DATE, --meeting ID, --child ID or "
                      "--overdue-proformas. See \"encompass-cli letters --help\"."));
        return Usage;
    }
    LetterRequest request;
    if (!command.isSet(QStringLiteral("out"))) {
        printError(tr("letters: --out FOLDER is required."));
        return Usage;
    }
    request.folder = command.value(QStringLiteral("out"));
    if (!QFileInfo::exists(request.folder)) {
        printError(
            tr("letters: the folder \"%1\" does not exist: create it first.").arg(request.folder));
        return Usage;
    }
    if (!QFileInfo(request.folder).isDir()) {
        printError(tr("letters: --out \"%1\" is not a folder.").arg(request.folder));
        return Usage;
    }
    if (command.isSet(QStringLiteral("kind"))) {
        auto kind = LetterKinds::fromCode(command.value(QStringLiteral("kind")));
        if (!kind) {
            printError(tr("letters: --kind \"%1\" is not a kind: use one of %2.")
                           .arg(command.value(QStringLiteral("kind")),
                                kindCodes().join(QStringLiteral(", "))));
            return Usage;
        }
        request.kind = *kind;
    }
    if (command.isSet(QStringLiteral("format"))) {
        auto format = formatFromCode(command.value(QStringLiteral("format")));
        if (!format) {
            printError(tr("letters: --format \"%1\" is not a format: use pdf, odt or eml.")
                           .arg(command.value(QStringLiteral("format"))));
            return Usage;
        }
        request.format = *format;
    }
    request.perChild = command.isSet(QStringLiteral("per-child"));
    if (command.isSet(QStringLiteral("password-file"))) {
        if (request.format == LetterFormat::Odt) {
            printError(tr("letters: --password-file applies to pdf and eml, not odt."));
            return Usage;
        }
        auto pw = readPassword(command.value(QStringLiteral("password-file")));
        if (!pw) {
            printError(pw.errorText());
            return Usage;
        }
        request.password = *pw;
    }
    auto filter = filterOptions(command);
    if (!filter) {
        printError(filter.errorText());
        return Usage;
    }
    request.filter = *filter;
    auto today = dateOption(command, QStringLiteral("today"), QDate::currentDate());
    if (!today) {
        printError(today.errorText());
        return Usage;
    }
    request.today = *today;

    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    LetterSelection selection(*db);
    Result<QList<LetterEntry>> entries = QList<LetterEntry>{};
    if (command.isSet(QStringLiteral("received"))) {
        auto date = dateOption(command, QStringLiteral("received"), {});
        if (!date) {
            printError(date.errorText());
            return Usage;
        }
        entries = selection.receivedOn(*date);
    } else if (command.isSet(QStringLiteral("meeting")) || command.isSet(QStringLiteral("child"))) {
        const bool meeting = command.isSet(QStringLiteral("meeting"));
        auto id =
            numberOption(command, meeting ? QStringLiteral("meeting") : QStringLiteral("child"), 0,
                         1, std::numeric_limits<qint64>::max());
        if (!id) {
            printError(id.errorText());
            return Usage;
        }
        entries = meeting ? selection.heardAt(*id) : selection.child(*id);
    } else {
        entries = selection.overdueProformas(request.today);
    }
    if (!entries) {
        printError(entries.errorText());
        return Usage;
    }
    if (!command.isSet(QStringLiteral("again"))) {
        auto prior = LetterHistory(*db).alreadySent(
            LetterFilters::apply(*entries, request.filter, request.kind).kept, request.kind,
            request.today);
        if (!prior) {
            printError(prior.errorText());
            return Problems;
        }
        if (!prior->isEmpty()) {
            printError(tr("letters: refused: %1 Nothing was written. Give --again to write and "
                          "log them a second time.")
                           .arg(LetterHistory::summary(*prior)));
            std::fputs(qPrintable(LetterHistory::describe(*prior)), stderr);
            return Problems; // ran, found them sent, wrote nothing
        }
    }
    if (stderrIsTerminal() && !command.json()) {
        request.progress = [](int done, int total) {
            std::fprintf(stderr, "\r%d/%d", done, total);
            if (done == total)
                std::fprintf(stderr, "\n");
            return true;
        };
    }
    auto run = LetterExporter(*db).write(*entries, request);
    if (run) {
        for (const QString &note : run->notes)
            printError(note);
    }
    if (!run) {
        printError(run.errorText());
        return Problems;
    }
    if (command.json())
        printJson(toJson(*run, request));
    else
        printOut(toText(*run, *db));
    return run->skipped.isEmpty() ? Ok : Problems;
}

} // namespace enc::cli
