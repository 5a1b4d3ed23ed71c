#include "ServerRoles.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace enc {

namespace {

using Role = Access::Role;

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ServerRoles", text);
}

// Where the login of a connection is kept once read (on the driver: one per connection).
const char *const LoginProperty = "encompassLogin";

// The tables each role writes beyond what every role writes (the audit trail, the disclosure
// log, the office's own bookkeeping in config), from Access::allows and what core's writes
// touch. Administrators write every table.
QStringList writes(Role role)
{
    switch (role) {
    case Role::BusinessSupport:
        return {QStringLiteral("child"),         QStringLiteral("household"),
                QStringLiteral("partner_info"),  QStringLiteral("no_longer_attends"),
                QStringLiteral("ppn"),           QStringLiteral("ppn_child"),
                QStringLiteral("escalation"),    QStringLiteral("escalation_liaison"),
                QStringLiteral("import_batch"),  QStringLiteral("import_profile"),
                QStringLiteral("import_review"), QStringLiteral("area"),
                QStringLiteral("setting"),       QStringLiteral("agency"),
                QStringLiteral("member"),        QStringLiteral("outcome"),
                QStringLiteral("decision"),      QStringLiteral("action"),
                QStringLiteral("proforma")};
    case Role::Chair:
        // Meetings, decisions (with the follow-up of escalations and the tracking review of
        // proformas) and actions.
        return {QStringLiteral("meeting"),
                QStringLiteral("agenda_item"),
                QStringLiteral("attendance"),
                QStringLiteral("decision"),
                QStringLiteral("action"),
                QStringLiteral("escalation"),
                QStringLiteral("escalation_liaison"),
                QStringLiteral("proforma")};
    case Role::Coordinator:
        return {QStringLiteral("letter_template"), QStringLiteral("proforma")};
    case Role::Administrator:
    case Role::ReadOnly:
        break;
    }
    return {};
}

QStringList groupNames()
{
    QStringList out;
    for (Role r : Access::roles())
        out << ServerRoles::groupRole(r);
    return out;
}

QString groupList()
{
    QStringList quotedNames;
    for (const QString &g : groupNames())
        quotedNames << QLatin1Char('\'') + g + QLatin1Char('\'');
    return quotedNames.join(QStringLiteral(", "));
}

} // namespace

QString ServerRoles::groupRole(Access::Role role)
{
    return QStringLiteral("encompass_") +
           Access::roleToken(role).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString ServerRoles::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString ServerRoles::login(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return QStringLiteral("unknown");
    const QString known = driver->property(LoginProperty).toString();
    if (!known.isEmpty())
        return known;
    auto user = Sql::scalar(db, QStringLiteral("SELECT session_user"));
    if (!user || user->toString().isEmpty())
        return QStringLiteral("unknown");
    driver->setProperty(LoginProperty, user->toString());
    return user->toString();
}

bool ServerRoles::ownsTracker(const QSqlDatabase &db, const QString &user)
{
    auto owns = Sql::scalar(
        db,
        QStringLiteral("SELECT CASE WHEN u.rolsuper OR pg_has_role(u.oid, c.relowner, 'MEMBER') "
                       "THEN 1 ELSE 0 END FROM pg_roles u, pg_class c WHERE u.rolname = :u AND "
                       "c.oid = to_regclass('audit')"),
        {{QStringLiteral("u"), user}});
    return owns && owns->toInt() == 1;
}

Access::Role ServerRoles::roleOf(const QSqlDatabase &db, const QString &user)
{
    // One round trip (every write asks): the owner of the tables and a superuser are
    // administrators; anyone else has the groups they are a member of.
    auto groups = Sql::scalar(
        db,
        QStringLiteral("SELECT CASE WHEN u.rolsuper OR coalesce(pg_has_role(u.oid, c.relowner, "
                       "'MEMBER'), false) THEN 'encompass_administrator' ELSE (SELECT "
                       "string_agg(g.rolname, ',') FROM pg_roles g WHERE g.rolname IN (%1) AND "
                       "pg_has_role(u.oid, g.oid, 'MEMBER')) END FROM pg_roles u LEFT JOIN "
                       "pg_class c ON c.oid = to_regclass('audit') WHERE u.rolname = :u")
            .arg(groupList()),
        {{QStringLiteral("u"), user}});
    const QStringList names =
        groups ? groups->toString().split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    for (Role r : Access::roles()) {
        if (names.contains(groupRole(r)))
            return r;
    }
    return Role::ReadOnly;
}

Result<QList<QPair<QString, Access::Role>>> ServerRoles::members(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QStringLiteral("SELECT DISTINCT m.rolname, lower(m.rolname) FROM "
                                         "pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                         "JOIN pg_roles m ON m.oid = a.member WHERE "
                                         "m.rolcanlogin AND g.rolname IN (%1) ORDER BY 2, 1")
                              .arg(groupList()));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    QList<QPair<QString, Access::Role>> out;
    for (const QString &name : std::as_const(names))
        out.append({name, roleOf(db, name)});
    return out;
}

Result<QString> ServerRoles::loginNamed(const QSqlDatabase &db, const QString &user)
{
    // Logins are case-sensitive on the server; a name given in another case finds the one
    // login that matches, as user names do on SQLite.
    auto q = Sql::run(db,
                      QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND "
                                     "lower(rolname) = lower(:u) ORDER BY rolname = :u DESC"),
                      {{QStringLiteral("u"), user}});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Result<QString>::failure(
            tr("The server has no login called %1: ask the IT department to create it (CREATE "
               "ROLE \"%1\" LOGIN), then give it a role.")
                .arg(user),
            QStringLiteral("user"));
    }
    return q->value(0).toString();
}

Status ServerRoles::grant(const QSqlDatabase &db, const QString &user, Access::Role role)
{
    auto missing = Sql::scalar(
        db, QStringLiteral("SELECT to_regprocedure('encompass_grant_role(text,text)') IS NULL"));
    if (!missing)
        return missing.error();
    if (missing->toBool()) {
        return Status::failure(tr("The server's group roles for the tracker are not set up: ask "
                                  "the IT department to run encompass-cli server roles (or the "
                                  "SQL it prints with --sql)."),
                               QStringLiteral("role"));
    }
    return Sql::exec(db, QStringLiteral("SELECT encompass_grant_role(:u, :g)"),
                     {{QStringLiteral("u"), user}, {QStringLiteral("g"), groupRole(role)}});
}

QStringList ServerRoles::existingGroups(const QSqlDatabase &db)
{
    auto q = Sql::run(
        db, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (%1)").arg(groupList()));
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

bool ServerRoles::mayCreateRoles(const QSqlDatabase &db)
{
    auto may = Sql::scalar(db, QStringLiteral("SELECT CASE WHEN rolsuper OR rolcreaterole THEN 1 "
                                              "ELSE 0 END FROM pg_roles WHERE rolname = "
                                              "current_user"));
    return may && may->toInt() == 1;
}

QStringList ServerRoles::createStatements(const QString &schema)
{
    QStringList out;
    for (const QString &g : groupNames()) {
        // Two databases set up at once on one server: the second finds the role made.
        out << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN "
                              "duplicate_object OR unique_violation THEN NULL; END $$")
                   .arg(g);
    }
    const QString audit = quoted(schema) + QStringLiteral(".audit");
    // The owner of the tables (the login that ran init) is an administrator.
    out << QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT encompass_administrator TO %I', "
                          "(SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = "
                          "to_regclass('%1'))); EXCEPTION WHEN unique_violation THEN NULL; "
                          "END $$")
               .arg(audit);
    // Administrators give logins roles through this function, which runs as the login that
    // made the groups (one that may create roles); nobody else may call it.
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION %1.encompass_grant_role(login text, grp text) "
               "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "
               "pg_temp AS $$ DECLARE g text; BEGIN "
               "IF NOT pg_has_role(session_user, 'encompass_administrator', 'MEMBER') THEN "
               "RAISE EXCEPTION 'Only administrators may change roles.' USING ERRCODE = "
               "'42501'; END IF; "
               "IF grp NOT IN (%2) THEN RAISE EXCEPTION '% is not a role of the tracker', grp; "
               "END IF; "
               "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolcanlogin) "
               "THEN RAISE EXCEPTION 'The server has no login called %', login; END IF; "
               "FOR g IN SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = "
               "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = login AND "
               "r.rolname IN (%2) AND r.rolname <> grp LOOP "
               "EXECUTE format('REVOKE %I FROM %I', g, login); END LOOP; "
               "EXECUTE format('GRANT %I TO %I', grp, login); END $$")
               .arg(quoted(schema), groupList());
    out << QStringLiteral("REVOKE ALL ON FUNCTION %1.encompass_grant_role(text, text) FROM "
                          "PUBLIC")
               .arg(quoted(schema))
        << QStringLiteral("GRANT EXECUTE ON FUNCTION %1.encompass_grant_role(text, text) TO "
                          "encompass_administrator")
               .arg(quoted(schema));
    return out;
}

QStringList ServerRoles::grantStatements(const QString &schema, const QStringList &existing)
{
    const QString s = quoted(schema);
    const auto table = [&](const QString &name) {
        return s + QLatin1Char('.') + name;
    };
    QStringList out;
    // Nobody may change or empty the audit trail, whatever was granted before.
    out << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM PUBLIC")
               .arg(table(QStringLiteral("audit")));
    for (Role r : Access::roles()) {
        const QString g = groupRole(r);
        if (!existing.isEmpty() && !existing.contains(g))
            continue;
        // Exactly this revision's grants: what an earlier one gave goes first.
        out << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(s, g)
            << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, g)
            // New rows' ids in bulk (NewIds: nextval) for the tables the role writes: a
            // number taken gives no right to a table, so every sequence, for every role.
            << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, g)
            << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, g)
            // Every role's views and exports are audited and logged; the office's bookkeeping
            // (the last backup, letters left half-written) is anyone's.
            << QStringLiteral("GRANT INSERT ON %1, %2, %3 TO %4")
                   .arg(table(QStringLiteral("audit")), table(QStringLiteral("disclosure")),
                        table(QStringLiteral("disclosure_child")), g)
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                   .arg(table(QStringLiteral("config")), g);
        if (r == Role::Administrator) {
            out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                       .arg(s, g)
                << QStringLiteral("REVOKE UPDATE, DELETE ON %1 FROM %2")
                       .arg(table(QStringLiteral("audit")), g)
                << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2")
                       .arg(table(QStringLiteral("schema_version")), g);
            continue;
        }
        QStringList tables;
        for (const QString &t : writes(r))
            tables << table(t);
        if (!tables.isEmpty()) {
            out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                       .arg(tables.join(QStringLiteral(", ")), g);
        }
        if (r == Role::Chair) {
            // Greening off and reopening, and the counts a decision or an action keeps on
            // the child's row; never the child's details.
            out << QStringLiteral("GRANT UPDATE (status, updated_at, version, escalated, "
                                  "ppn_count, last_incident_on, open_actions, next_action_due) "
                                  "ON %1 TO %2")
                       .arg(table(QStringLiteral("child")), g);
        }
    }
    return out;
}

} // namespace enc
