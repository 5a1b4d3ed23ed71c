#include "Migrations.h"

#include "Access.h"
#include "AuditChain.h"
#include "Database.h"
#include "Dialect.h"
#include "MigrationSteps.h"
#include "TableDefinitions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace enc::Migrations {

Status runAll(QSqlDatabase &db, const QStringList &statements)
{
    // Written for SQLite; a server takes each as the dialect translates it (types, ids,
    // triggers). Run without prepare(): the server prepares only queries, not DDL.
    const Backend backend = Dialect::of(db);
    for (const QString &written : statements) {
        for (const QString &sql : Dialect::schemaStatements(backend, written)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                return Status::failure(QCoreApplication::translate("enc::Migrations", "%1 (in: %2)")
                                           .arg(q.lastError().text(), sql.simplified().left(80)));
            }
        }
    }
    return {};
}

namespace {

// Schema 1: everything DOMAIN.md records. Dates are ISO 8601 text; *_key columns
// hold folded text (case, accents, punctuation) for indexed search.
Status toVersion1(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE config (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE area (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            child_population INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE household (
            id INTEGER PRIMARY KEY,
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            area_id INTEGER REFERENCES area(id),
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE setting (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            urn TEXT,
            area_id INTEGER REFERENCES area(id),
            dsl_name TEXT NOT NULL DEFAULT '',
            dsl_email TEXT NOT NULL DEFAULT '',
            deputy_name TEXT NOT NULL DEFAULT '',
            deputy_email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            contacts_verified_on TEXT,
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX setting_name ON setting(name_key)"),
            QStringLiteral("CREATE INDEX setting_urn ON setting(urn)"),
            QStringLiteral(R"(CREATE TABLE child (
            id INTEGER PRIMARY KEY,
            forename TEXT NOT NULL,
            surname TEXT NOT NULL,
            forename_key TEXT NOT NULL,
            surname_key TEXT NOT NULL,
            date_of_birth TEXT,
            gender TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            postcode_key TEXT NOT NULL DEFAULT '',
            area_id INTEGER REFERENCES area(id),
            setting_id INTEGER REFERENCES setting(id),
            setting_known TEXT NOT NULL DEFAULT 'unknown'
                CHECK (setting_known IN ('known','not_in_setting','unknown','out_of_area','home_educated')),
            household_id INTEGER REFERENCES household(id),
            case_reference TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','greened_off')),
            social_care_open INTEGER NOT NULL DEFAULT 0,
            social_worker TEXT NOT NULL DEFAULT '',
            ppn_count INTEGER NOT NULL DEFAULT 0,
            last_incident_on TEXT,
            next_action_due TEXT,
            open_actions INTEGER NOT NULL DEFAULT 0,
            escalated INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX child_surname ON child(surname_key, forename_key)"),
            QStringLiteral("CREATE INDEX child_forename ON child(forename_key)"),
            QStringLiteral("CREATE INDEX child_postcode ON child(postcode_key)"),
            QStringLiteral("CREATE INDEX child_household ON child(household_id)"),
            QStringLiteral("CREATE INDEX child_setting ON child(setting_id)"),
            QStringLiteral("CREATE INDEX child_area ON child(area_id)"),
            QStringLiteral("CREATE INDEX child_dob ON child(date_of_birth)"),
            QStringLiteral("CREATE INDEX child_status ON child(status, escalated)"),
            QStringLiteral("CREATE INDEX child_last_incident ON child(last_incident_on)"),
            QStringLiteral("CREATE INDEX child_next_due ON child(next_action_due)"),
            QStringLiteral(R"(CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            undone_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE ppn (
            id INTEGER PRIMARY KEY,
            police_ref TEXT NOT NULL,
            police_ref_key TEXT NOT NULL UNIQUE,
            incident_on TEXT NOT NULL,
            incident_time TEXT,
            received_on TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'domestic_abuse'
                CHECK (type IN ('domestic_abuse','missing_child')),
            risk TEXT NOT NULL DEFAULT 'unknown' CHECK (risk IN ('standard','medium','high','unknown')),
            dash_score INTEGER,
            crime TEXT NOT NULL DEFAULT 'unknown' CHECK (crime IN ('crime','non_crime','unknown')),
            incident_address TEXT NOT NULL DEFAULT '',
            home_address TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            batch_id INTEGER REFERENCES import_batch(id),
            created_at TEXT NOT NULL,
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX ppn_received ON ppn(received_on)"),
            QStringLiteral("CREATE INDEX ppn_incident ON ppn(incident_on)"),
            QStringLiteral("CREATE INDEX ppn_batch ON ppn(batch_id)"),
            QStringLiteral(R"(CREATE TABLE ppn_child (
            ppn_id INTEGER NOT NULL REFERENCES ppn(id) ON DELETE CASCADE,
            child_id INTEGER NOT NULL REFERENCES child(id),
            presence TEXT NOT NULL DEFAULT 'unknown'
                CHECK (presence IN ('present','witnessed','resident_not_present','unknown')),
            incident_on TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (ppn_id, child_id)) WITHOUT ROWID)"),
            // Covering index: the escalation pass over every child reads only this index.
            QStringLiteral(
                "CREATE INDEX ppn_child_child ON ppn_child(child_id, incident_on, archived)"),
            QStringLiteral(R"(CREATE TABLE agency (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            is_police INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            agency_id INTEGER REFERENCES agency(id),
            email TEXT NOT NULL DEFAULT '',
            commitment TEXT NOT NULL DEFAULT 'always'
                CHECK (commitment IN ('always','monthly','optional')),
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'triage' CHECK (kind IN ('triage','triage_review','adhoc')),
            chair_member_id INTEGER REFERENCES member(id),
            notes TEXT NOT NULL DEFAULT '',
            closed_at TEXT))"),
            QStringLiteral("CREATE INDEX meeting_date ON meeting(date)"),
            QStringLiteral(R"(CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES member(id),
            status TEXT NOT NULL CHECK (status IN ('present','apologies','deputy','absent')),
            deputy_name TEXT NOT NULL DEFAULT '',
            expected INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (meeting_id, member_id)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE outcome (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            warn_above_standard INTEGER NOT NULL DEFAULT 0,
            high_risk_route INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            meeting_id INTEGER REFERENCES meeting(id),
            outcome_id INTEGER NOT NULL REFERENCES outcome(id),
            rationale TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_on TEXT NOT NULL,
            quorate INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX decision_child ON decision(child_id, decided_on)"),
            QStringLiteral("CREATE INDEX decision_meeting ON decision(meeting_id)"),
            QStringLiteral(R"(CREATE TABLE action (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            decision_id INTEGER REFERENCES decision(id),
            description TEXT NOT NULL,
            owner_member_id INTEGER REFERENCES member(id),
            owner_text TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            completed_on TEXT,
            completed_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            archived_at TEXT,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX action_child ON action(child_id)"),
            QStringLiteral(
                "CREATE INDEX action_open_due ON action(due_on) WHERE completed_on IS NULL"),
            QStringLiteral(R"(CREATE TABLE proforma (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            setting_id INTEGER REFERENCES setting(id),
            sent_on TEXT NOT NULL,
            due_on TEXT,
            returned_on TEXT,
            summary TEXT NOT NULL DEFAULT '',
            voice_of_child TEXT NOT NULL DEFAULT '',
            reviewed_meeting_id INTEGER REFERENCES meeting(id)))"),
            QStringLiteral("CREATE INDEX proforma_child ON proforma(child_id)"),
            QStringLiteral("CREATE INDEX proforma_returned ON proforma(returned_on)"),
            QStringLiteral(R"(CREATE TABLE escalation (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES child(id),
            triggered_on TEXT NOT NULL,
            ppn_ids TEXT NOT NULL DEFAULT '[]',
            liaison_with TEXT NOT NULL DEFAULT '',
            feedback TEXT NOT NULL DEFAULT '',
            closed_on TEXT,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX escalation_child ON escalation(child_id)"),
            QStringLiteral(R"(CREATE TABLE disclosure (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            setting_id INTEGER REFERENCES setting(id),
            fields TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE disclosure_child (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure(id),
            child_id INTEGER NOT NULL REFERENCES child(id),
            PRIMARY KEY (disclosure_id, child_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX disclosure_child_child ON disclosure_child(child_id)"),
            QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            child_id INTEGER,
            before TEXT,
            after TEXT))"),
            QStringLiteral("CREATE INDEX audit_child ON audit(child_id)"),
            QStringLiteral("CREATE INDEX audit_entity ON audit(entity, entity_id)"),
            // The controlled list of triage outcomes (DOMAIN.md); the office may edit it.
            QStringLiteral(
                R"(INSERT INTO outcome (code, label, sort_order, warn_above_standard, high_risk_route) VALUES
            ('nfa', 'No further action / information only', 10, 0, 0),
            ('universal', 'Universal services or signposting', 20, 0, 0),
            ('proforma', 'Proforma to setting', 30, 0, 0),
            ('eha', 'Early Help Assessment offer', 40, 0, 0),
            ('rpc', 'Reducing Parental Conflict offer', 50, 1, 0),
            ('family_hub', 'Family Hub', 60, 0, 0),
            ('specialist_da', 'Specialist domestic abuse service', 70, 0, 0),
            ('hv_follow_up', 'Health visitor follow-up', 80, 0, 0),
            ('inform_sw', 'Already open to social care: inform allocated worker', 90, 0, 0),
            ('mash', 'Refer to MASH / social care', 100, 0, 1),
            ('marac', 'Marac referral (high risk)', 110, 0, 1))"),
        });
}

// Schema 2: the police spreadsheet import: saved column mappings and the review
// queue (close matches to confirm, and known references whose details changed).
Status toVersion2(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE import_profile (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            header_key TEXT NOT NULL,
            mapping TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX import_profile_header ON import_profile(header_key)"),
            QStringLiteral(R"(CREATE TABLE import_review (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER REFERENCES import_batch(id),
            kind TEXT NOT NULL CHECK (kind IN ('match','conflict')),
            ppn_id INTEGER REFERENCES ppn(id),
            row_number INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}',
            candidate_child_id INTEGER REFERENCES child(id),
            reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open','linked','created','dismissed')),
            resolved_child_id INTEGER REFERENCES child(id),
            resolved_by TEXT,
            resolved_at TEXT,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX import_review_status ON import_review(status, id)"),
            QStringLiteral("CREATE INDEX import_review_batch ON import_review(batch_id)"),
            QStringLiteral(
                "CREATE INDEX child_name_dob ON child(date_of_birth, surname_key, forename_key)"),
        });
}

// Schema 3: letter templates, kept in versions (a saved edit adds a version;
// letters record which version they used).
Status toVersion3(QSqlDatabase &db)
{
    return runAll(db,
                  {
                      QStringLiteral(R"(CREATE TABLE letter_template (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (kind, version)))"),
                      QStringLiteral("ALTER TABLE disclosure ADD COLUMN template_id INTEGER "
                                     "REFERENCES letter_template(id)"),
                      // A decision recorded in error is withdrawn (kept, audited), never deleted.
                      QStringLiteral("ALTER TABLE decision ADD COLUMN archived_at TEXT"),
                  });
}

// Schema 4: the meeting's agenda as the chair shapes it: items added, reordered,
// deferred (carried over to the next meeting) and heard.
Status toVersion4(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            child_id INTEGER REFERENCES child(id),
            household_id INTEGER REFERENCES household(id),
            section TEXT NOT NULL CHECK (section IN
                ('new_ppns','escalations','actions_due','tracking_review','carried_over','added')),
            position INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','heard','deferred')),
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)"),
            QStringLiteral("CREATE INDEX agenda_item_child ON agenda_item(child_id, status)"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN privacy INTEGER NOT NULL DEFAULT 1"),
        });
}

// Schema 5: indexes for the county-size screens: the tracker's default list read
// from one partial index, and the report's per-period counts.
Status toVersion5(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral("CREATE INDEX child_live_name ON child(surname_key, forename_key, id) "
                           "WHERE archived_at IS NULL"),
            QStringLiteral("CREATE INDEX decision_outcome ON decision(outcome_id, decided_on)"),
            QStringLiteral("CREATE INDEX proforma_sent ON proforma(sent_on, returned_on)"),
            QStringLiteral("CREATE INDEX escalation_triggered ON escalation(triggered_on)"),
            // Without statistics for the new indexes the planner walks the name index for
            // every search (measured: 25 ms a keystroke with them, 239 ms without).
            QStringLiteral("ANALYZE"),
        });
}

// Schema 6: data safety. The audit table becomes hash-chained (existing entries chained
// in order) and append-only; users map to roles (whoever creates or upgrades the database
// is its first administrator); children get a legal hold and a mark when anonymised.
Status toVersion6(QSqlDatabase &db)
{
    if (Status s = runAll(db,
                          {
                              QStringLiteral("ALTER TABLE audit ADD COLUMN hash TEXT"),
                              QStringLiteral("CREATE INDEX audit_user ON audit(user_name, id)"),
                              QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
                          });
        !s)
        return s;
    if (Status s = AuditChain::chainAll(db); !s)
        return s;
    if (Status s =
            runAll(db,
                   {
                       QStringLiteral(R"(CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END)"),
                       QStringLiteral(R"(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END)"),
                       QStringLiteral(R"(CREATE TABLE user_role (
            user_name TEXT PRIMARY KEY COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN
                ('administrator','business-support','chair','coordinator','read-only')),
            set_by TEXT NOT NULL,
            set_at TEXT NOT NULL))"),
                       QStringLiteral(
                           "ALTER TABLE child ADD COLUMN legal_hold INTEGER NOT NULL DEFAULT 0"),
                       QStringLiteral("ALTER TABLE child ADD COLUMN anonymised_at TEXT"),
                   });
        !s)
        return s;
    return Access::mapCreator(db);
}

// Schema 7: covering partial indexes for the meeting's agenda (issue 5), so that each
// section reads one index rather than a table row per line: open actions by due date with
// their child and wording, live PPNs by date received, live decisions by date (the children
// heard since the last meeting), each live child's household and the escalations awaiting
// liaison. Columns named in the WHERE are listed too:
// SQLite 3.40 only treats an index as covering when it holds every column the query names.
Status toVersion7(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral("CREATE INDEX action_open_due_cover ON action(due_on, id, child_id, "
                           "description, completed_on, archived_at) "
                           "WHERE completed_on IS NULL AND archived_at IS NULL"),
            QStringLiteral("CREATE INDEX ppn_live_received ON ppn(received_on, id, incident_on, "
                           "police_ref, archived_at) WHERE archived_at IS NULL"),
            QStringLiteral("CREATE INDEX decision_heard ON decision(decided_on, child_id, "
                           "archived_at) WHERE archived_at IS NULL"),
            QStringLiteral("CREATE INDEX child_live_household ON child(id, household_id, "
                           "archived_at) WHERE archived_at IS NULL"),
            QStringLiteral("CREATE INDEX escalation_open ON escalation(triggered_on, id, "
                           "child_id, ppn_ids, closed_on, liaison_with) "
                           "WHERE closed_on IS NULL AND liaison_with = ''"),
            // Statistics for the new indexes, as for schema 5: without them the planner keeps
            // to the older, non-covering ones.
            QStringLiteral("ANALYZE"),
        });
}

Status toVersion8(QSqlDatabase &db)
{
    // The agenda's actions section reads each live child with an action due, and its
    // household, in one range of this index instead of a look-up per action. Children with
    // nothing due (most of them, and every child an import creates) are not in it at all.
    // One index of names serves the tracker's name searches and sorts, live children only
    // (archived_at is read from the index) or all: two took every new child, and the names
    // are random keys, the dearest to insert.
    return runAll(
        db, {
                QStringLiteral("DROP INDEX child_next_due"),
                QStringLiteral("CREATE INDEX child_next_due ON child(next_action_due, "
                               "household_id, archived_at) WHERE next_action_due IS NOT NULL"),
                QStringLiteral("DROP INDEX child_surname"),
                QStringLiteral("DROP INDEX child_live_name"),
                QStringLiteral("CREATE INDEX child_name ON child(surname_key, forename_key, id, "
                               "archived_at)"),
                QStringLiteral("ANALYZE child_next_due"),
                QStringLiteral("ANALYZE child_name"),
            });
}

Status toVersion9(QSqlDatabase &db)
{
    // Tables of later steps: write their CHECKs as comparisons from the start (this step
    // rewrites only the tables it finds).
    if (Status s = TableDefinitions::checksWithoutInLists(db); !s)
        return s;
    // Three indexes of the child table that no query needed, each written by every new child
    // and by every change of its column, which an import makes for thousands of children:
    // - child_dob is the first column of child_name_dob, which serves the date of birth sort
    //   (now by name within a date, then id) and the matcher;
    // - child_status (status, escalated) was read by no plan: the status filters read the
    //   names index in order, and the state sort sorts. Only the escalated children (a few
    //   percent) are worth an index: the status bar counts them and the filter lists them;
    // - child_last_incident made the tracker's full read in that order slower than a sort
    //   (a table look-up per child in index order) and took every matched child twice.
    return runAll(db, {
                          QStringLiteral("DROP INDEX child_dob"),
                          QStringLiteral("DROP INDEX child_status"),
                          QStringLiteral("DROP INDEX child_last_incident"),
                          QStringLiteral("CREATE INDEX child_escalated ON child(archived_at) "
                                         "WHERE escalated = 1"),
                          QStringLiteral("ANALYZE child_escalated"),
                      });
}

// Whether a live decision for the link's child, dated on or after the day its PPN was
// received, has heard it (DOMAIN.md: every PPN is heard). link: the row, ppn_child or NEW.
// A literal, joined to each statement at compile time: no SQL is assembled at run time.
#define ENC_LINK_HEARD(link)                                                                       \
    "EXISTS (SELECT 1 FROM decision d WHERE d.child_id = " link ".child_id AND "                   \
    "d.archived_at IS NULL AND d.decided_on >= (SELECT p.received_on FROM ppn p WHERE p.id "       \
    "= " link ".ppn_id))"

// Schema 10: every PPN stays on the agenda until a decision hears it, whatever meetings were
// held, cancelled or not reached. Each link of a PPN to a child says whether it has been
// heard; triggers keep that true on every write (a decision recorded, withdrawn, restored,
// redated or deleted; a link added or moved; a PPN's date received changed), so no writer
// has to remember it; and a partial index holds only the links not heard, which the agenda
// reads instead of every PPN (a county has 300,000). A meeting can be cancelled, with a reason.
Status toVersion10(QSqlDatabase &db)
{
    return runAll(
        db,
        {
            QStringLiteral("ALTER TABLE ppn_child ADD COLUMN heard INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE ppn_child SET heard = 1 WHERE " ENC_LINK_HEARD("ppn_child")),
            QStringLiteral("CREATE INDEX ppn_child_unheard ON ppn_child(ppn_id, child_id, heard, "
                           "archived) WHERE heard = 0 AND archived = 0"),
            QStringLiteral("CREATE TRIGGER decision_hears AFTER INSERT ON decision "
                           "WHEN NEW.archived_at IS NULL BEGIN "
                           "UPDATE ppn_child SET heard = 1 WHERE child_id = NEW.child_id AND "
                           "heard = 0 AND (SELECT p.received_on FROM ppn p WHERE "
                           "p.id = ppn_child.ppn_id) <= NEW.decided_on; END"),
            QStringLiteral("CREATE TRIGGER decision_changes_hearing AFTER UPDATE OF child_id, "
                           "decided_on, archived_at ON decision BEGIN "
                           "UPDATE ppn_child SET heard = " ENC_LINK_HEARD(
                               "ppn_child") " WHERE child_id IN (OLD.child_id, NEW.child_id); "
                                            "END"),
            QStringLiteral("CREATE TRIGGER decision_deleted_hearing AFTER DELETE ON decision "
                           "BEGIN UPDATE ppn_child SET heard = " ENC_LINK_HEARD(
                               "ppn_child") " WHERE child_id = OLD.child_id AND heard = 1; END"),
            // A link is added not heard; the rare one an earlier-dated decision already
            // heard (a late import of an old PPN) is marked. The check is one probe of
            // decision_child per link an import writes.
            QStringLiteral("CREATE TRIGGER ppn_child_added_hearing AFTER INSERT ON ppn_child "
                           "WHEN " ENC_LINK_HEARD("NEW") " BEGIN UPDATE ppn_child SET heard = 1 "
                                                         "WHERE ppn_id = NEW.ppn_id AND "
                                                         "child_id = NEW.child_id; END"),
            QStringLiteral(
                "CREATE TRIGGER ppn_child_moved_hearing AFTER UPDATE OF ppn_id, "
                "child_id ON ppn_child BEGIN UPDATE ppn_child SET heard = " ENC_LINK_HEARD(
                    "ppn_child") " WHERE ppn_id = NEW.ppn_id AND child_id = "
                                 "NEW.child_id; END"),
            QStringLiteral("CREATE TRIGGER ppn_received_hearing AFTER UPDATE OF received_on ON "
                           "ppn BEGIN UPDATE ppn_child SET heard = " ENC_LINK_HEARD(
                               "ppn_child") " WHERE ppn_id = NEW.id; END"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN cancelled_at TEXT"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ANALYZE ppn_child_unheard"),
        });
}

#undef ENC_LINK_HEARD

} // namespace

int latestVersion()
{
    return Database::SchemaVersion; // one number: schema 11 was written but never applied
}

Status apply(QSqlDatabase &db, int toVersion)
{
    switch (toVersion) {
    case 1:
        return toVersion1(db);
    case 2:
        return toVersion2(db);
    case 3:
        return toVersion3(db);
    case 4:
        return toVersion4(db);
    case 5:
        return toVersion5(db);
    case 6:
        return toVersion6(db);
    case 7:
        return toVersion7(db);
    case 8:
        return toVersion8(db);
    case 9:
        return toVersion9(db);
    case 10:
        return toVersion10(db);
    case 11:
        return toVersion11(db);
    case 12:
        return toVersion12(db);
    default:
        return Status::failure(
            QCoreApplication::translate("enc::Migrations", "No upgrade step to schema %1.")
                .arg(toVersion));
    }
}

} // namespace enc::Migrations
