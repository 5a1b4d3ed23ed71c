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
// Lists the regular meetings between two dates, bank holidays skipped.
int runSchedule(Context &context, const QStringList &args);

} // namespace enc::cli
