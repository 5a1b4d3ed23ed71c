#pragma once

// The subcommands of encompass-cli. Each takes its own arguments (args[0] is its name)
// and returns the exit code; errors are printed as one line on stderr.

#include "cli/CliSupport.h"

namespace enc::cli {

// Creates or upgrades the database and prints its path and schema version.
int runInit(Context &context, const QStringList &args);
// Integrity, schema version and row counts per table.
int runCheck(Context &context, const QStringList &args);
// Fills an empty database with synthetic records.
int runDemo(Context &context, const QStringList &args);
// Lists children matching a search and status.
int runChildren(Context &context, const QStringList &args);
// Lists children whose escalation rule triggered (and near misses).
int runEscalations(Context &context, const QStringList &args);
// The chair's follow-up of an escalation ("escalation liaise|feedback|close").
int runEscalation(Context &context, const QStringList &args);
// A child's setting said the child no longer attends ("child no-longer-attends").
int runChild(Context &context, const QStringList &args);
// What partner agencies know of a child ("partner add|list").
int runPartner(Context &context, const QStringList &args);
// Lists the regular meetings between two dates, bank holidays skipped.
int runSchedule(Context &context, const QStringList &args);
// Proformas: "proforma list|request|return|review|chase".
int runProforma(Context &context, const QStringList &args);
// Writes letters to settings and logs them in the disclosure log.
int runLetters(Context &context, const QStringList &args);
// The planning report for a period, printed and exported (xlsx, pdf, csv).
int runReport(Context &context, const QStringList &args);
// Imports the police daily spreadsheet ("import undo BATCH" undoes one).
int runImport(Context &context, const QStringList &args);
// Lists and resolves the import review queue.
int runReview(Context &context, const QStringList &args);
// Lists, exports and reads back the children with no known setting.
int runNoSetting(Context &context, const QStringList &args);
// The agenda of the meeting on a date, built from the data.
int runAgenda(Context &context, const QStringList &args);
// Marks the meeting on a date cancelled, with a reason; its items go to the next meeting.
int runCancelMeeting(Context &context, const QStringList &args);
// Writes a meeting's minutes and action log (PDF or .odt) and logs the disclosure.
int runMinutes(Context &context, const QStringList &args);
// Writes a backup (to a file, optionally encrypted, or rotated into the backup folder).
int runBackup(Context &context, const QStringList &args);
// Replaces the database with a checked backup, keeping the current file aside.
int runRestore(Context &context, const QStringList &args);
// Checks the audit trail's hash chain ("audit verify") or lists entries ("audit list").
int runAudit(Context &context, const QStringList &args);
// Lists users' roles ("role list") or gives one a role ("role set USER ROLE").
int runRole(Context &context, const QStringList &args);
// A PostgreSQL server: "server import-from FILE" (moving a tracker onto it) and "server roles"
// (the group roles and their grants; --sql).
int runServer(Context &context, const QStringList &args);
// Records due for review, legal hold, anonymise and delete ("retention list|hold|...").
int runRetention(Context &context, const QStringList &args);
// Lists the office's options ("options list") or changes them ("options set KEY VALUE").
int runOptions(Context &context, const QStringList &args);
// The settings directory: "settings list" and "settings import FILE [--dry-run]".
int runSettings(Context &context, const QStringList &args);
// One child's whole record, other people redacted, as JSON and PDF.
int runSubjectAccess(Context &context, const QStringList &args);

} // namespace enc::cli
