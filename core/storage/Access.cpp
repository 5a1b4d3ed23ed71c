#include "Access.h"

#include "Audit.h"
#include "Database.h"
#include "Dialect.h"
#include "ServerRoles.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Access", text);
}

using Right = Access::Right;
using Role = Access::Role;

} // namespace

QList<Access::Role> Access::roles()
{
    return {Role::Administrator, Role::BusinessSupport, Role::Chair, Role::Coordinator,
            Role::ReadOnly};
}

QString Access::roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::BusinessSupport:
        return tr("business support");
    case Role::Chair:
        return tr("chair");
    case Role::Coordinator:
        return tr("coordinator");
    case Role::ReadOnly:
        break;
    }
    return tr("read-only");
}

QString Access::roleToken(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::BusinessSupport:
        return QStringLiteral("business-support");
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::ReadOnly:
        break;
    }
    return QStringLiteral("read-only");
}

std::optional<Access::Role> Access::roleFromToken(const QString &token)
{
    const QString t = token.trimmed().toLower();
    for (Role r : roles()) {
        if (t == roleToken(r) || t == roleName(r) ||
            t == roleToken(r).replace(QLatin1Char('-'), QLatin1Char(' ')) ||
            (r == Role::Administrator && t == QLatin1String("admin")))
            return r;
    }
    return std::nullopt;
}

bool Access::allows(Role role, Right right)
{
    if (right == Right::Record)
        return true;
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::BusinessSupport:
        return right == Right::Children || right == Right::Ppns || right == Right::Import ||
               right == Right::Directory || right == Right::Options || right == Right::Decisions ||
               right == Right::Actions;
    case Role::Chair:
        return right == Right::Meetings || right == Right::Decisions || right == Right::Actions;
    case Role::Coordinator:
        return right == Right::Letters || right == Right::Proformas;
    case Role::ReadOnly:
        break;
    }
    return false;
}

Access::Role Access::roleOf(const QSqlDatabase &db, const QString &user)
{
    // On a server the login's group role is the truth: it is what the server enforces.
    if (Dialect::of(db) == Backend::PostgreSQL)
        return ServerRoles::roleOf(db, user);
    auto role = Sql::scalar(db, QStringLiteral("SELECT role FROM user_role WHERE user_name = :u"),
                            {{QStringLiteral("u"), user}});
    if (!role || role->isNull())
        return Role::ReadOnly;
    return roleFromToken(role->toString()).value_or(Role::ReadOnly);
}

Access::Role Access::currentRole(const QSqlDatabase &db)
{
    return roleOf(db, Audit::currentUser(db));
}

bool Access::can(const QSqlDatabase &db, Right right)
{
    return right == Right::Record || allows(currentRole(db), right);
}

Status Access::require(const QSqlDatabase &db, Right right, const QString &doing)
{
    if (right == Right::Record)
        return {};
    const Role role = currentRole(db);
    if (allows(role, right))
        return {};
    return Status::failure(
        tr("Your role (%1) does not allow %2. Ask an administrator if you need to.")
            .arg(roleName(role), doing),
        QStringLiteral("role"));
}

Access::Right Access::rightFor(const QString &action, const QString &entity)
{
    // A backup is a copy anyone may take (the daily one runs for everybody); a restore is
    // checked before it starts (Backup::restore) and only logged here, under the restored
    // file's roles.
    if (action == QLatin1String("view") || action == QLatin1String("export") ||
        action == QLatin1String("seed-template") || action == QLatin1String("backup") ||
        action == QLatin1String("restore"))
        return Right::Record;
    if (action == QLatin1String("green-off") || action == QLatin1String("reopen"))
        return Right::Decisions;
    // The chair's follow-up of an escalation (the rule itself opens them with a PPN's rights).
    if (entity == QLatin1String("escalation") &&
        (action == QLatin1String("escalation-liaison") ||
         action == QLatin1String("escalation-liaison-removed") ||
         action == QLatin1String("escalation-feedback") ||
         action == QLatin1String("escalation-closed") ||
         action == QLatin1String("escalation-restored")))
        return Right::Decisions;
    if (action == QLatin1String("anonymise") || action == QLatin1String("delete") ||
        action == QLatin1String("legal-hold"))
        return Right::Retention;
    // The tracking review's decision on a proforma is the meeting's, recorded by the chair.
    if (action == QLatin1String("reviewed") && entity == QLatin1String("proforma"))
        return Right::Decisions;
    static const QHash<QString, Right> byEntity = {
        {QStringLiteral("child"), Right::Children},
        {QStringLiteral("household"), Right::Children},
        {QStringLiteral("partner_info"), Right::Children},
        {QStringLiteral("no_longer_attends"), Right::Children},
        {QStringLiteral("ppn"), Right::Ppns},
        {QStringLiteral("escalation"), Right::Ppns},
        {QStringLiteral("import_batch"), Right::Import},
        {QStringLiteral("import_profile"), Right::Import},
        {QStringLiteral("import_review"), Right::Import},
        {QStringLiteral("area"), Right::Directory},
        {QStringLiteral("setting"), Right::Directory},
        {QStringLiteral("agency"), Right::Directory},
        {QStringLiteral("member"), Right::Directory},
        {QStringLiteral("outcome"), Right::Options},
        {QStringLiteral("config"), Right::Options},
        {QStringLiteral("meeting"), Right::Meetings},
        {QStringLiteral("agenda_item"), Right::Meetings},
        {QStringLiteral("decision"), Right::Decisions},
        {QStringLiteral("action"), Right::Actions},
        {QStringLiteral("letter_template"), Right::Letters},
        // Finishing or removing letters a stop left half-written: whoever opens the database
        // next, whatever their role, so that the folder and the disclosure log agree again.
        {QStringLiteral("letter_batch"), Right::Record},
        // The disclosure log records an export (minutes, lists, letters); the letters
        // themselves are checked by the letter writer.
        {QStringLiteral("disclosure"), Right::Record},
        {QStringLiteral("proforma"), Right::Proformas},
        {QStringLiteral("user_role"), Right::Roles},
        {QStringLiteral("retention"), Right::Retention},
    };
    // Anything not listed is for administrators only.
    return byEntity.value(entity, Right::Roles);
}

QString Access::doingFor(const QString &action, const QString &entity)
{
    static const QHash<QString, const char *> nouns = {
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("enc::Access", "a child's record")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("enc::Access", "a household")},
        {QStringLiteral("partner_info"),
         QT_TRANSLATE_NOOP("enc::Access", "a partner's information")},
        {QStringLiteral("no_longer_attends"),
         QT_TRANSLATE_NOOP("enc::Access", "that a child no longer attends a setting")},
        {QStringLiteral("ppn"), QT_TRANSLATE_NOOP("enc::Access", "a PPN")},
        {QStringLiteral("escalation"), QT_TRANSLATE_NOOP("enc::Access", "an escalation")},
        {QStringLiteral("import_batch"), QT_TRANSLATE_NOOP("enc::Access", "an import")},
        {QStringLiteral("import_profile"), QT_TRANSLATE_NOOP("enc::Access", "an import profile")},
        {QStringLiteral("import_review"),
         QT_TRANSLATE_NOOP("enc::Access", "the import review queue")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("enc::Access", "an area")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("enc::Access", "an education setting")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("enc::Access", "an agency")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("enc::Access", "a meeting member")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("enc::Access", "a triage outcome")},
        {QStringLiteral("config"), QT_TRANSLATE_NOOP("enc::Access", "the office's settings")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("enc::Access", "a meeting")},
        {QStringLiteral("agenda_item"), QT_TRANSLATE_NOOP("enc::Access", "a meeting's agenda")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("enc::Access", "a decision")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("enc::Access", "an action")},
        {QStringLiteral("letter_template"), QT_TRANSLATE_NOOP("enc::Access", "a letter template")},
        {QStringLiteral("letter_batch"), QT_TRANSLATE_NOOP("enc::Access", "a batch of letters")},
        {QStringLiteral("proforma"), QT_TRANSLATE_NOOP("enc::Access", "a proforma")},
        {QStringLiteral("user_role"), QT_TRANSLATE_NOOP("enc::Access", "users' roles")},
    };
    const auto noun = nouns.constFind(entity);
    const QString what = noun == nouns.constEnd()
                             ? tr("the database")
                             : QCoreApplication::translate("enc::Access", *noun);
    if (action == QLatin1String("add") || action == QLatin1String("send"))
        return tr("adding %1").arg(what);
    if (action == QLatin1String("archive"))
        return tr("archiving %1").arg(what);
    if (action == QLatin1String("green-off"))
        return tr("greening off a child");
    if (action == QLatin1String("reopen"))
        return tr("reopening a child");
    if (action == QLatin1String("import"))
        return tr("importing PPNs");
    if (action == QLatin1String("anonymise"))
        return tr("anonymising a child's record");
    if (action == QLatin1String("delete"))
        return tr("deleting a child's record");
    if (action == QLatin1String("legal-hold"))
        return tr("changing a legal hold");
    return tr("changing %1").arg(what);
}

Result<QList<Access::Mapping>> Access::mappings(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QStringLiteral("SELECT user_name, role, set_by, set_at FROM user_role "
                                         "ORDER BY lower(user_name), user_name"));
    if (!q)
        return q.error();
    QList<Mapping> out;
    while (q->next()) {
        out.append({q->value(0).toString(),
                    roleFromToken(q->value(1).toString()).value_or(Role::ReadOnly),
                    q->value(2).toString(), q->value(3).toString()});
    }
    if (Dialect::of(db) != Backend::PostgreSQL)
        return out;
    // On a server: the logins in the group roles, with who set each role when the tracker did.
    auto members = ServerRoles::members(db);
    if (!members)
        return members.error();
    QList<Mapping> onServer;
    for (const auto &[login, role] : std::as_const(*members)) {
        Mapping m{login, role, {}, {}};
        for (const Mapping &set : std::as_const(out)) {
            if (set.user.compare(login, Qt::CaseInsensitive) == 0 && set.role == role) {
                m.setBy = set.setBy;
                m.setAt = set.setAt;
            }
        }
        onServer.append(m);
    }
    return onServer;
}

Status Access::setRole(Database &db, const QString &user, Role role)
{
    QString name = user.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("Give the user's sign-in name."), QStringLiteral("user"));
    return db.transaction([&]() -> Status {
        const QSqlDatabase sql = db.sql();
        if (Status s = require(sql, Right::Roles, tr("changing users' roles")); !s)
            return s;
        if (db.onServer()) {
            // A role is a login's membership of a group role: the login must exist.
            auto login = ServerRoles::loginNamed(sql, name);
            if (!login)
                return login.error();
            name = *login;
        }
        const Role before = roleOf(sql, name);
        if (before == Role::Administrator && role != Role::Administrator) {
            if (db.onServer() && ServerRoles::ownsTracker(sql, name)) {
                return Status::failure(tr("%1 owns the tracker's tables on the server (or is a "
                                          "superuser) and is always an administrator.")
                                           .arg(name),
                                       QStringLiteral("role"));
            }
            auto admins =
                Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM user_role WHERE role = :r"),
                            {{QStringLiteral("r"), roleToken(Role::Administrator)}});
            if (db.onServer()) {
                auto members = ServerRoles::members(sql);
                if (!members)
                    return members.error();
                admins = QVariant(
                    qint64(std::count_if(members->cbegin(), members->cend(), [](const auto &m) {
                        return m.second == Role::Administrator;
                    })));
            }
            if (!admins)
                return admins.error();
            if (admins->toInt() <= 1)
                return Status::failure(tr("%1 is the only administrator: make someone else an "
                                          "administrator first.")
                                           .arg(name),
                                       QStringLiteral("role"));
        }
        // Audited before the change, while the role that allows it still holds.
        if (Status s = Audit::record(
                sql, QStringLiteral("set-role"), QStringLiteral("user_role"), 0, 0,
                {{QStringLiteral("user"), name}, {QStringLiteral("role"), roleToken(before)}},
                {{QStringLiteral("user"), name}, {QStringLiteral("role"), roleToken(role)}});
            !s)
            return s;
        if (db.onServer()) {
            if (Status s = ServerRoles::grant(sql, name, role); !s)
                return s;
        }
        return Sql::exec(
            sql,
            QStringLiteral("INSERT INTO user_role (user_name, role, set_by, set_at) VALUES "
                           "(:u, :r, :by, :at) ON CONFLICT(user_name) DO UPDATE SET role = "
                           "excluded.role, set_by = excluded.set_by, set_at = excluded.set_at"),
            {{QStringLiteral("u"), name},
             {QStringLiteral("r"), roleToken(role)},
             {QStringLiteral("by"), Audit::currentUser(sql)},
             {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    });
}

Status Access::mapCreator(const QSqlDatabase &db)
{
    return Sql::exec(
        db,
        QStringLiteral("INSERT INTO user_role (user_name, role, set_by, set_at) "
                       "VALUES (:u, :r, :by, :at) ON CONFLICT DO NOTHING"),
        {{QStringLiteral("u"), Audit::currentUser(db)},
         {QStringLiteral("r"), roleToken(Role::Administrator)},
         {QStringLiteral("by"), QStringLiteral("(created or upgraded the database)")},
         {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

} // namespace enc
