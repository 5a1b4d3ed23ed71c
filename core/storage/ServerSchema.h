#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace enc {

class Database;

// What a PostgreSQL server has beyond the schema the migration steps give both databases: the
// announcement of every change to the other desks (ServerNotifications), an audit trail nobody
// may change, empty or truncate, trigger functions that run as the tables' owner (so a role
// needs no rights on what a trigger keeps in step), and the group roles with their grants
// (ServerRoles). The schema version stays the one of the steps; the revision of these objects
// is kept in the comment of the version table, and a database whose revision is older gets
// them when the login that owns its tables opens it (or runs init).
namespace ServerSchema {

// The revision of the server-only objects (with the schema version, in the version table's
// comment).
constexpr int Revision = 2; // 2: every role may take ids (the chair's agenda)

// Brings the server-only objects up to this revision when they are older and the login owns
// the tables (else nothing: a desk's login leaves it to the owner's next open). Creates the
// group roles too when the login may create roles. In one transaction.
Status ensure(Database &db);
// Creates the group roles, the objects and the grants whatever the revision (encompass-cli
// server roles): needs a login that owns the tables and may create roles (a superuser does).
// What was done, one line each, for people.
Result<QStringList> apply(Database &db);
// The same as SQL for psql (encompass-cli server roles --sql), for the tracker's tables in
// schema; run by a superuser in the tracker's database, after init.
QString script(const QString &schema);
// Empty when the login may read the tracker; else what to tell the user (no role on it).
QString accessProblem(Database &db);

} // namespace ServerSchema

} // namespace enc
