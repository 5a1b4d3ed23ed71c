#include "ServerSchema.h"

#include "Database.h"
#include "ServerNotifications.h"
#include "ServerRoles.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ServerSchema", text);
}

QString marker()
{
    return QStringLiteral("encompass server objects %1.%2")
        .arg(Database::SchemaVersion)
        .arg(ServerSchema::Revision);
}

QString currentSchema(const QSqlDatabase &db)
{
    auto s = Sql::scalar(db, QStringLiteral("SELECT current_schema()"));
    return s ? s->toString() : QStringLiteral("public");
}

// The objects every revision makes (idempotent), for the tables in schema.
QStringList objectStatements(const QString &schema)
{
    QStringList out = ServerNotifications::statements();
    out << QStringLiteral("CREATE OR REPLACE FUNCTION encompass_audit_no_truncate() RETURNS "
                          "trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The audit "
                          "trail cannot be emptied.'; END $$")
        << QStringLiteral("DROP TRIGGER IF EXISTS encompass_audit_no_truncate ON audit")
        << QStringLiteral("CREATE TRIGGER encompass_audit_no_truncate BEFORE TRUNCATE ON audit "
                          "FOR EACH STATEMENT EXECUTE FUNCTION encompass_audit_no_truncate()")
        // A decision recorded by the chair marks its PPNs heard through a trigger: the
        // trigger runs as the tables' owner, so the chair needs no right on the PPNs.
        << QStringLiteral("DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid FROM "
                          "pg_proc p WHERE p.pronamespace = to_regnamespace('%1') AND "
                          "p.prorettype = 'trigger'::regtype LOOP EXECUTE format('ALTER "
                          "FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', f, "
                          "'%1'); END LOOP; END $$")
               .arg(QString(schema).replace(QLatin1Char('\''), QStringLiteral("''")));
    return out;
}

QString markStatement()
{
    return QStringLiteral("COMMENT ON TABLE schema_version IS '%1'").arg(marker());
}

Status run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        // DDL through exec(sql): QPSQL's PREPARE takes no DDL.
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(Sql::errorText(q));
    }
    return {};
}

} // namespace

Status ServerSchema::ensure(Database &db)
{
    const QSqlDatabase sql = db.sql();
    auto current = Sql::scalar(
        sql, QStringLiteral("SELECT obj_description(to_regclass('schema_version'), 'pg_class')"));
    if (!current)
        return current.error();
    if (current->toString() == marker() || !ServerRoles::ownsTracker(sql, ServerRoles::login(sql)))
        return {};
    return db.transaction([&]() -> Status {
        const QString schema = currentSchema(sql);
        QStringList statements = objectStatements(schema);
        QStringList groups;
        if (ServerRoles::mayCreateRoles(sql))
            statements << ServerRoles::createStatements(schema);
        else
            groups = ServerRoles::existingGroups(sql);
        // No group yet and none to be made: the grants wait for `server roles`.
        if (!groups.isEmpty() || ServerRoles::mayCreateRoles(sql))
            statements << ServerRoles::grantStatements(schema, groups);
        statements << markStatement();
        if (Status s = run(sql, statements); !s) {
            return Status::failure(
                tr("Cannot set up %1's server objects: %2").arg(db.path(), s.errorText()));
        }
        return {};
    });
}

Result<QStringList> ServerSchema::apply(Database &db)
{
    const QSqlDatabase sql = db.sql();
    const QString login = ServerRoles::login(sql);
    if (!ServerRoles::mayCreateRoles(sql) || !ServerRoles::ownsTracker(sql, login)) {
        return Result<QStringList>::failure(
            tr("%1 may not set up the tracker's roles: that needs a login that owns the "
               "tracker's tables and may create roles (a superuser). Give the IT department "
               "the SQL of encompass-cli server roles --sql to run with psql.")
                .arg(login),
            QStringLiteral("role"));
    }
    const QString schema = currentSchema(sql);
    Status done = db.transaction([&]() -> Status {
        return run(sql, objectStatements(schema) + ServerRoles::createStatements(schema) +
                            ServerRoles::grantStatements(schema) + QStringList{markStatement()});
    });
    if (!done)
        return done.error();
    QStringList lines;
    for (Access::Role r : Access::roles()) {
        lines << tr("Group role %1: the %2 role's rights on the tracker's tables.")
                     .arg(ServerRoles::groupRole(r), Access::roleName(r));
    }
    lines << tr("The audit trail: insert-only for every role (no UPDATE, DELETE or TRUNCATE).")
          << tr("Changes are announced to the other desks (LISTEN/NOTIFY).");
    return lines;
}

QString ServerSchema::script(const QString &schema)
{
    QStringList lines;
    lines << QStringLiteral("-- The tracker's group roles, grants and server objects (Encompass "
                            "Tracker, schema %1).")
                 .arg(Database::SchemaVersion)
          << QStringLiteral("-- Run as a superuser in the tracker's database, after init:")
          << QStringLiteral("--   psql -v ON_ERROR_STOP=1 -d DATABASE -f this-file.sql")
          << QStringLiteral("BEGIN;")
          << QStringLiteral("SET LOCAL search_path = %1;").arg(ServerRoles::quoted(schema));
    const QStringList statements =
        objectStatements(schema) + ServerRoles::createStatements(schema) +
        ServerRoles::grantStatements(schema) + QStringList{markStatement()};
    for (const QString &s : statements)
        lines << s + QLatin1Char(';');
    lines << QStringLiteral("COMMIT;");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ServerSchema::accessProblem(Database &db)
{
    const QSqlDatabase sql = db.sql();
    auto may = Sql::scalar(sql, QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') "
                                               "IS NULL OR has_table_privilege("
                                               "'schema_version', 'SELECT') THEN 1 ELSE 0 END"));
    if (!may || may->toInt() == 1)
        return {};
    const QString login = ServerRoles::login(sql);
    return tr("%1 has no role on the tracker at %2: ask the tracker's administrator to give "
              "you one (encompass-cli role set %1 read-only, or another role).")
        .arg(login, db.path());
}

} // namespace enc
