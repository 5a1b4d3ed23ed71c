#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace enc {

class Database;

// Who may do what: each OS user name maps to one role (table user_role). Every write in core
// asks Access first (and Audit::record asks again as a safety net), so a role without the
// right is refused by core whatever the window shows.
class Access
{
public:
    enum class Role
    {
        Administrator,
        BusinessSupport,
        Chair,
        Coordinator,
        ReadOnly
    };
    // What a write needs.
    enum class Right
    {
        Children,  // children, households, legal hold
        Ppns,      // police notifications, escalation feedback
        Import,    // spreadsheet import, profiles, review queue
        Directory, // education settings, areas, agencies, members
        Options,   // the office's settings
        Meetings,  // meetings, agenda, attendance
        Decisions, // triage decisions
        Actions,   // actions
        Letters,   // letters, templates, disclosures
        Proformas, // proformas
        Roles,     // who has which role
        Retention, // anonymise, delete, retention rules
        Record,    // views and exports: every role, audited
    };

    // The roles, most powerful first.
    static QList<Role> roles();
    // The role's name for people ("business support").
    static QString roleName(Role role);
    // The role's token for the command line and the table ("business-support").
    static QString roleToken(Role role);
    // The role named by a token or a name, case ignored.
    static std::optional<Role> roleFromToken(const QString &token);
    // Whether a role has a right (the table in one place).
    static bool allows(Role role, Right right);

    // The role of a user name: read-only when the name is not mapped.
    static Role roleOf(const QSqlDatabase &db, const QString &user);
    // The role of the current OS user.
    static Role currentRole(const QSqlDatabase &db);
    // Whether the current user has the right.
    static bool can(const QSqlDatabase &db, Right right);
    // Ok, or "Your role (read-only) does not allow adding a PPN." (doing: "adding a PPN").
    static Status require(const QSqlDatabase &db, Right right, const QString &doing);

    // The right and the words for an audited write (action and entity as Audit records them).
    static Right rightFor(const QString &action, const QString &entity);
    static QString doingFor(const QString &action, const QString &entity);

    struct Mapping
    {
        QString user;
        Role role = Role::ReadOnly;
        QString setBy;
        QString setAt;
    };
    // Every mapped user, by name.
    static Result<QList<Mapping>> mappings(const QSqlDatabase &db);
    // Maps user to role (administrators only; the last administrator cannot be demoted). Audited.
    static Status setRole(Database &db, const QString &user, Role role);
    // Maps the current user as administrator (the creator of a new database). Not audited:
    // set_by and set_at record it.
    static Status mapCreator(const QSqlDatabase &db);
};

} // namespace enc
