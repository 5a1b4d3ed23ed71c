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
    return Sql::exec(db, QString::fromLatin1(SummarySet));
}

} // namespace enc
