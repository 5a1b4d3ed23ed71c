#include "ChildSummary.h"

#include "storage/Sql.h"

namespace enc {

namespace {
// One statement for one child or all: the summary columns from their sources.
const char *const SummarySet =
    "UPDATE child SET "
    "ppn_count = (SELECT count(*) FROM ppn_child pc WHERE pc.child_id = child.id "
    "AND pc.archived = 0), "
    "last_incident_on = (SELECT max(pc.incident_on) FROM ppn_child pc "
    "WHERE pc.child_id = child.id AND pc.archived = 0), "
    "open_actions = (SELECT count(*) FROM action a WHERE a.child_id = child.id "
    "AND a.completed_on IS NULL AND a.archived_at IS NULL), "
    "next_action_due = (SELECT min(a.due_on) FROM action a WHERE a.child_id = child.id "
    "AND a.completed_on IS NULL AND a.archived_at IS NULL)";
} // namespace

Status ChildSummary::refresh(const QSqlDatabase &db, Id childId)
{
    return Sql::exec(db, QString::fromLatin1(SummarySet) + QStringLiteral(" WHERE id = :id"),
                     {{QStringLiteral("id"), childId}});
}

Status ChildSummary::refreshAll(const QSqlDatabase &db)
{
    // Set-based: one grouped pass over each source instead of four lookups per child.
    if (Status s =
            Sql::exec(db, QStringLiteral("UPDATE child SET ppn_count = 0, last_incident_on "
                                         "= NULL, open_actions = 0, next_action_due = NULL"));
        !s)
        return s;
    if (Status s =
            Sql::exec(db, QStringLiteral("UPDATE child SET ppn_count = p.n, last_incident_on "
                                         "= p.last FROM (SELECT child_id, count(*) AS n, "
                                         "max(incident_on) AS last FROM ppn_child WHERE "
                                         "archived = 0 GROUP BY child_id) AS p WHERE "
                                         "p.child_id = child.id"));
        !s)
        return s;
    return Sql::exec(db, QStringLiteral("UPDATE child SET open_actions = a.n, next_action_due = "
                                        "a.due FROM (SELECT child_id, count(*) AS n, min(due_on) "
                                        "AS due FROM action WHERE completed_on IS NULL AND "
                                        "archived_at IS NULL GROUP BY child_id) AS a WHERE "
                                        "a.child_id = child.id"));
}

} // namespace enc
