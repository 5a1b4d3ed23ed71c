#pragma once

#include "Access.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace enc {

// Who the user is on a PostgreSQL server, and what the server lets them do. The user is the
// server's login (session_user: a password through libpq, or Kerberos), never an environment
// variable; the tracker stores no password. Each of Access's roles is a group role without
// login (encompass_chair, ...) holding the grants that role needs on the tracker's tables, so a
// role's limits hold for someone who connects with psql too; a login has the role whose group
// it is a member of. The login that owns the tables (it ran init) and a superuser are
// administrators: the server lets them do anything.
namespace ServerRoles {

// The group role of a role ("encompass_business_support").
QString groupRole(Access::Role role);
// The login of the connection (session_user), read once per connection.
QString login(const QSqlDatabase &db);
// The role of a login: the most powerful group it is a member of; read-only when none (or
// no such login).
Access::Role roleOf(const QSqlDatabase &db, const QString &user);
// True when the login owns the tracker's tables or is a superuser (always an administrator).
bool ownsTracker(const QSqlDatabase &db, const QString &user);
// Every login with a role, by name, with that role.
Result<QList<QPair<QString, Access::Role>>> members(const QSqlDatabase &db);
// The login's name as the server spells it, for a name given in any case; a message naming
// it when there is no such login.
Result<QString> loginNamed(const QSqlDatabase &db, const QString &user);
// Makes the login a member of the role's group and of no other (needs an administrator's
// login: the administrators' group may grant the others). In the caller's transaction.
Status grant(const QSqlDatabase &db, const QString &user, Access::Role role);

// The statements creating the group roles, when missing, and letting the administrators'
// group give them (needs a login that may create roles: CREATEROLE or a superuser).
QStringList createStatements(const QString &schema);
// The grants of every group role on the tracker's tables in schema (needs the tables' owner).
// Only for the groups in existing (all when empty).
QStringList grantStatements(const QString &schema, const QStringList &existing = {});
// The group roles that exist on the server.
QStringList existingGroups(const QSqlDatabase &db);
// True when the connection's login may create roles.
bool mayCreateRoles(const QSqlDatabase &db);
// An identifier quoted for SQL ("a""b").
QString quoted(const QString &identifier);

} // namespace ServerRoles

} // namespace enc
