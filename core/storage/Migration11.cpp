#include "MigrationSteps.h"

namespace enc::Migrations {

// Schema 11: what the police write and the office's whole round (issues 18 and 19).
// - A PPN keeps the setting name and the risk as the force wrote them.
// - The import's review holds two more kinds: a row with an age and no date of birth
//   ('age': matched by a person, never a child with an invented birth date) and a child
//   already at a new PPN's home address who is not named on it ('missed'). Its CHECKs are
//   comparisons, not IN lists (see TableDefinitions).
// - Proformas: chased, reviewed (when and what was decided), the request letter, withdrawn,
//   and a version for the stale-edit check.
// - Escalations: each liaison with the social worker or MASH, feedback at a meeting, the
//   reason an escalation was closed; the agenda reads the escalations not closed.
// - Meetings: a deputy chair; notes on each agenda item.
// - What partner agencies know of a child before the meeting.
// - A setting saying a child no longer attends (a misdirected notification).
Status toVersion11(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral("ALTER TABLE ppn ADD COLUMN setting_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE ppn ADD COLUMN risk_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE import_review_11 (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER REFERENCES import_batch(id),
            kind TEXT NOT NULL CHECK (kind = 'match' OR kind = 'conflict' OR kind = 'age' OR
                kind = 'missed'),
            ppn_id INTEGER REFERENCES ppn(id),
            row_number INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}',
            candidate_child_id INTEGER REFERENCES child(id),
            reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status = 'open' OR status = 'linked' OR status = 'created' OR
                status = 'dismissed'),
            resolved_child_id INTEGER REFERENCES child(id),
            resolved_by TEXT,
            resolved_at TEXT,
            created_at TEXT NOT NULL))"),
            QStringLiteral("INSERT INTO import_review_11 SELECT id, batch_id, kind, ppn_id, "
                           "row_number, data, candidate_child_id, reason, status, "
                           "resolved_child_id, resolved_by, resolved_at, created_at FROM "
                           "import_review"),
            QStringLiteral("DROP TABLE import_review"),
            QStringLiteral("ALTER TABLE import_review_11 RENAME TO import_review"),
            QStringLiteral("CREATE INDEX import_review_status ON import_review(status, id)"),
            QStringLiteral("CREATE INDEX import_review_batch ON import_review(batch_id)"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN chased_on TEXT"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN chase_count INTEGER NOT NULL "
                           "DEFAULT 0"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN reviewed_on TEXT"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN review_outcome TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN request_disclosure_id INTEGER "
                           "REFERENCES disclosure(id)"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN created_at TEXT"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN archived_at TEXT"),
            QStringLiteral("ALTER TABLE proforma ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX proforma_open ON proforma(due_on, child_id) WHERE "
                           "returned_on IS NULL AND archived_at IS NULL"),
            QStringLiteral("ALTER TABLE escalation ADD COLUMN feedback_on TEXT"),
            QStringLiteral("ALTER TABLE escalation ADD COLUMN feedback_meeting_id INTEGER "
                           "REFERENCES meeting(id)"),
            QStringLiteral("ALTER TABLE escalation ADD COLUMN close_reason TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE escalation ADD COLUMN version INTEGER NOT NULL "
                           "DEFAULT 1"),
            QStringLiteral("CREATE INDEX escalation_unclosed ON escalation(triggered_on, id, "
                           "child_id, closed_on) WHERE closed_on IS NULL"),
            QStringLiteral(R"(CREATE TABLE escalation_liaison (
            id INTEGER PRIMARY KEY,
            escalation_id INTEGER NOT NULL REFERENCES escalation(id),
            liaised_on TEXT NOT NULL,
            with_whom TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX escalation_liaison_escalation ON "
                           "escalation_liaison(escalation_id, liaised_on)"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN deputy_chair_member_id INTEGER "
                           "REFERENCES member(id)"),
            QStringLiteral("ALTER TABLE agenda_item ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE partner_info (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            agency TEXT NOT NULL,
            person TEXT NOT NULL DEFAULT '',
            information TEXT NOT NULL,
            known_on TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX partner_info_child ON partner_info(child_id, known_on)"),
            QStringLiteral(R"(CREATE TABLE no_longer_attends (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            setting_id INTEGER REFERENCES setting(id),
            told_on TEXT NOT NULL,
            told_by TEXT NOT NULL DEFAULT '',
            disclosure_id INTEGER REFERENCES disclosure(id),
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX no_longer_attends_child ON no_longer_attends(child_id)"),
            QStringLiteral("ALTER TABLE disclosure ADD COLUMN misdirected_on TEXT"),
            QStringLiteral("ANALYZE"),
        });
}

} // namespace enc::Migrations
