// audit: check the hash chain, list entries; role: who may do what; retention: review,
// legal hold, anonymise and delete.

#include "cli/Commands.h"

#include "repo/AuditText.h"
#include "repo/Retention.h"
#include "repo/SubjectAccess.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("enc::cli", text, disambiguation, n);
}

int auditVerify(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("audit verify"),
                    tr("Check the audit trail's hash chain from the first entry to the last. "
                       "Exit status 1 names the first entry that was changed or removed."),
                    true);
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    const AuditChain::Check check = AuditChain::verify(db->sql());
    if (command.json()) {
        QJsonObject o{{QStringLiteral("ok"), check.ok}, {QStringLiteral("entries"), check.checked}};
        if (!check.ok) {
            o.insert(QStringLiteral("first_broken"), check.brokenId);
            o.insert(QStringLiteral("reason"), check.reason);
        }
        printJson(o);
    } else if (check.ok) {
        printOut(tr("The audit trail is intact: %n entries checked.", nullptr, int(check.checked)));
    }
    if (!check.ok) {
        printError(
            tr("the audit trail is broken at entry %1: %2").arg(check.brokenId).arg(check.reason));
        return Problems;
    }
    return Ok;
}

QJsonObject toJson(const AuditLog::Entry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("user"), e.user},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("entity"), e.entity}};
    o.insert(QStringLiteral("entity_id"), e.entityId ? QJsonValue(e.entityId) : QJsonValue());
    o.insert(QStringLiteral("child_id"), e.childId ? QJsonValue(e.childId) : QJsonValue());
    o.insert(QStringLiteral("before"),
             e.before.isEmpty() ? QJsonValue()
                                : QJsonValue(QJsonDocument::fromJson(e.before.toUtf8()).object()));
    o.insert(QStringLiteral("after"),
             e.after.isEmpty() ? QJsonValue()
                               : QJsonValue(QJsonDocument::fromJson(e.after.toUtf8()).object()));
    return o;
}

int auditList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("audit list"),
                    tr("List audit entries, newest first, filtered by child, user and date."),
                    true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(QStringLiteral("child"), tr("Only entries about this child."),
                                   QStringLiteral("ID")));
    p.addOption(
        QCommandLineOption(QStringLiteral("user"), tr("Only entries by this user."), tr("name")));
    p.addOption(QCommandLineOption(QStringLiteral("from"),
                                   tr("Only entries on or after this date."), tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("to"), tr("Only entries on or before this date."),
                                   tr("date")));
    p.addOption(QCommandLineOption(QStringLiteral("limit"),
                                   tr("Show at most N entries (default 100; 0 shows all)."),
                                   QStringLiteral("N")));
    if (auto done = command.parse(args, context))
        return *done;
    AuditLog::Filter filter;
    auto child = numberOption(command, QStringLiteral("child"), 0, 1, 1LL << 62);
    auto from = dateOption(command, QStringLiteral("from"), QDate());
    auto to = dateOption(command, QStringLiteral("to"), QDate());
    auto limit = numberOption(command, QStringLiteral("limit"), 100, 0, 1LL << 31);
    for (const Error *e : {child ? nullptr : &child.error(), from ? nullptr : &from.error(),
                           to ? nullptr : &to.error(), limit ? nullptr : &limit.error()}) {
        if (e) {
            printError(e->message);
            return Usage;
        }
    }
    filter.childId = *child;
    filter.user = command.value(QStringLiteral("user"));
    filter.from = *from;
    filter.to = *to;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        printError(
            tr("--to (%1) is before --from (%2).").arg(textDate(filter.to), textDate(filter.from)));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    const int pageSize = 1000;
    QList<AuditLog::Entry> entries;
    Id before = 0;
    while (*limit == 0 || entries.size() < *limit) {
        const int want =
            *limit == 0 ? pageSize : int(std::min<qint64>(pageSize, *limit - entries.size()));
        auto page = AuditLog::page(db->sql(), filter, before, want);
        if (!page) {
            printError(page.errorText());
            return Problems;
        }
        entries += *page;
        if (page->size() < want)
            break;
        before = page->last().id;
    }
    if (command.json()) {
        QJsonArray a;
        for (const AuditLog::Entry &e : entries)
            a.append(toJson(e));
        printJson(a);
        return Ok;
    }
    Table t({tr("Id"), tr("When"), tr("User"), tr("Action"), tr("Child"), tr("What")}, {0});
    AuditText text(db->sql());
    text.prepare(entries);
    for (const AuditLog::Entry &e : entries) {
        const QString childText =
            e.childId ? (e.childName.isEmpty()
                             ? QStringLiteral("#%1").arg(e.childId)
                             : QStringLiteral("%1 (#%2)").arg(e.childName).arg(e.childId))
                      : QString();
        t.addRow({QString::number(e.id),
                  e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.user,
                  AuditText::action(e.action), childText, text.describe(e)});
    }
    printOut(t.render() + tr("%n entries.", nullptr, int(entries.size())));
    return Ok;
}

int roleList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("role list"),
                    tr("List the users given a role. Anyone not listed is read-only."), true);
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto list = Access::mappings(db->sql());
    if (!list) {
        printError(list.errorText());
        return Problems;
    }
    if (command.json()) {
        QJsonArray a;
        for (const Access::Mapping &m : *list)
            a.append(QJsonObject{{QStringLiteral("user"), m.user},
                                 {QStringLiteral("role"), Access::roleToken(m.role)},
                                 {QStringLiteral("set_by"), m.setBy},
                                 {QStringLiteral("set_at"), m.setAt}});
        printJson(a);
        return Ok;
    }
    Table t({tr("User"), tr("Role"), tr("Set by"), tr("Set at")});
    for (const Access::Mapping &m : *list)
        t.addRow({m.user, Access::roleName(m.role), m.setBy, m.setAt});
    // On a server a login's role is its group role: one in none may read nothing.
    printOut(t.render() + (db->onServer()
                               ? tr("Logins not listed have no role and cannot open the tracker.")
                               : tr("Anyone not listed is read-only.")));
    return Ok;
}

int roleSet(Context &context, const QStringList &args)
{
    QStringList tokens;
    for (Access::Role r : Access::roles())
        tokens << Access::roleToken(r);
    Command command(
        QStringLiteral("role set"),
        tr("Give USER a role: %1. Administrators only.").arg(tokens.join(QStringLiteral(", "))),
        false);
    // "set USER ROLE [options]": the two names come first, the options after them.
    QStringList pos;
    QStringList rest = args.mid(0, 1);
    for (int i = 1; i < args.size(); ++i) {
        if (pos.size() < 2 && i <= 2 && !args.at(i).startsWith(QLatin1Char('-')))
            pos << args.at(i);
        else
            rest << args.at(i);
    }
    if (auto done = command.parse(rest, context))
        return *done;
    if (pos.size() != 2) {
        printError(tr("role set needs a user name and a role, e.g. \"role set jsmith chair\"."));
        return Usage;
    }
    const auto role = Access::roleFromToken(pos.at(1));
    if (!role) {
        printError(tr("\"%1\" is not a role: use one of %2.")
                       .arg(pos.at(1), tokens.join(QStringLiteral(", "))));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    if (Status s = Access::setRole(*db, pos.at(0), *role); !s) {
        printError(s.errorText());
        return Problems;
    }
    printOut(tr("%1 is now %2.").arg(pos.at(0).trimmed(), Access::roleName(*role)));
    return Ok;
}

int retentionList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("retention list"),
                    tr("List the children's records due for review under the retention rules "
                       "(date of birth + N years; last activity + N years)."),
                    true);
    command.parser().addOption(QCommandLineOption(
        QStringLiteral("as-of"), tr("The day to review on (default today)."), tr("date")));
    if (auto done = command.parse(args, context))
        return *done;
    auto asOf = dateOption(command, QStringLiteral("as-of"), QDate::currentDate());
    if (!asOf) {
        printError(asOf.errorText());
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    Retention retention(*db);
    auto due = retention.due(*asOf);
    if (!due) {
        printError(due.errorText());
        return Problems;
    }
    if (command.json()) {
        QJsonArray a;
        for (const Retention::Due &d : *due)
            a.append(QJsonObject{{QStringLiteral("child_id"), d.childId},
                                 {QStringLiteral("name"), d.name},
                                 {QStringLiteral("date_of_birth"), jsonDate(d.dateOfBirth)},
                                 {QStringLiteral("last_activity"), jsonDate(d.lastActivity)},
                                 {QStringLiteral("due_on"), jsonDate(d.dueOn)},
                                 {QStringLiteral("reason"), d.reason},
                                 {QStringLiteral("legal_hold"), d.legalHold}});
        printJson(a);
        return Ok;
    }
    const Retention::Rules rules = retention.rules();
    Table t({tr("Id"), tr("Name"), tr("Date of birth"), tr("Last activity"), tr("Due"),
             tr("Legal hold"), tr("Why")},
            {0});
    for (const Retention::Due &d : *due)
        t.addRow({QString::number(d.childId), d.name, textDate(d.dateOfBirth),
                  textDate(d.lastActivity), textDate(d.dueOn), d.legalHold ? tr("yes") : QString(),
                  d.reason});
    printOut(t.render() + tr("%n records due for review (rules: %1 years after birth, %2 years "
                             "after the last activity).",
                             nullptr, int(due->size()))
                              .arg(rules.yearsAfterBirth)
                              .arg(rules.yearsAfterActivity));
    return Ok;
}

int retentionAct(Context &context, const QStringList &args, const QString &what)
{
    const bool hold = what == QLatin1String("hold");
    Command command(QStringLiteral("retention ") + what,
                    hold ? tr("Put a child's record on legal hold (or lift it with --off): a held "
                              "record cannot be anonymised or deleted.")
                    : what == QLatin1String("anonymise")
                        ? tr("Anonymise a record due for review: names, day and month of birth, "
                             "addresses and free text go; the counts stay.")
                        : tr("Delete a record due for review, with its decisions, actions and the "
                             "PPNs that name no other child. Needs --confirm."),
                    false);
    auto &p = command.parser();
    p.addOption(
        QCommandLineOption(QStringLiteral("child"), tr("The child's id."), QStringLiteral("ID")));
    if (hold)
        p.addOption(QCommandLineOption(QStringLiteral("off"), tr("Lift the hold.")));
    if (what == QLatin1String("delete"))
        p.addOption(
            QCommandLineOption(QStringLiteral("confirm"), tr("Yes, delete the record for good.")));
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!child) {
        printError(child.errorText());
        return Usage;
    }
    if (what == QLatin1String("delete") && !command.isSet(QStringLiteral("confirm"))) {
        printError(tr("retention delete removes the record for good: add --confirm."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    Retention retention(*db);
    if (hold) {
        const bool on = !command.isSet(QStringLiteral("off"));
        if (Status s = retention.setLegalHold(*child, on); !s) {
            printError(s.errorText());
            return Problems;
        }
        printOut(on ? tr("Child %1 is on legal hold.").arg(*child)
                    : tr("The legal hold on child %1 is lifted.").arg(*child));
        return Ok;
    }
    if (what == QLatin1String("anonymise")) {
        if (Status s = retention.anonymise(*child); !s) {
            printError(s.errorText());
            return Problems;
        }
        printOut(tr("Child %1 is anonymised.").arg(*child));
        return Ok;
    }
    auto deleted = retention.remove(*child);
    if (!deleted) {
        printError(deleted.errorText());
        return Problems;
    }
    printOut(tr("Child %1 is deleted, with %2 decisions, %3 actions and %4 PPNs.")
                 .arg(*child)
                 .arg(deleted->decisions)
                 .arg(deleted->actions)
                 .arg(deleted->ppns));
    return Ok;
}

int retentionHold(Context &context, const QStringList &args)
{
    return retentionAct(context, args, QStringLiteral("hold"));
}

int retentionAnonymise(Context &context, const QStringList &args)
{
    return retentionAct(context, args, QStringLiteral("anonymise"));
}

int retentionDelete(Context &context, const QStringList &args)
{
    return retentionAct(context, args, QStringLiteral("delete"));
}

} // namespace

int runAudit(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("audit"),
                    {{QStringLiteral("verify"), auditVerify}, {QStringLiteral("list"), auditList}});
}

int runRetention(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("retention"),
                    {{QStringLiteral("list"), retentionList},
                     {QStringLiteral("hold"), retentionHold},
                     {QStringLiteral("anonymise"), retentionAnonymise},
                     {QStringLiteral("delete"), retentionDelete}});
}

int runSubjectAccess(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("subject-access"),
                    tr("Export one child's whole record (JSON and PDF) for a subject access "
                       "request, other people's details redacted. Audited as an export."),
                    false);
    auto &p = command.parser();
    p.addOption(
        QCommandLineOption(QStringLiteral("child"), tr("The child's id."), QStringLiteral("ID")));
    p.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The folder to write into."), tr("folder")));
    if (auto done = command.parse(args, context))
        return *done;
    auto child = childOption(command);
    if (!child) {
        printError(child.errorText());
        return Usage;
    }
    if (!command.isSet(QStringLiteral("out"))) {
        printError(tr("subject-access: give --out FOLDER."));
        return Usage;
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    auto written = SubjectAccess(*db).write(*child, command.value(QStringLiteral("out")));
    if (!written) {
        printError(written.errorText());
        return written.error().field == QLatin1String("out") ? Usage : Problems;
    }
    printOut(
        tr("Written %1 and %2.")
            .arg(QDir::toNativeSeparators(written->json), QDir::toNativeSeparators(written->pdf)));
    return Ok;
}

int runRole(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("role"),
                    {{QStringLiteral("list"), roleList}, {QStringLiteral("set"), roleSet}});
}

} // namespace enc::cli
