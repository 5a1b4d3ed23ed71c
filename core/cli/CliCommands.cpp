// Every command of encompass-cli, in the order its help lists them. Apart from CliApp.cpp so that
// an executable with only the import (app/cli.cpp) links none of the others and the libraries
// they need (Qt Gui, qpdf, xlsxwriter, ...).

#include "cli/CliApp.h"
#include "cli/CommandMeeting.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace enc::cli {

QList<Subcommand> allCommands()
{
    QList<Subcommand> commands = {
        {QStringLiteral("init"),
         QCoreApplication::translate("enc::cli", "Create or upgrade the database."), runInit},
        {QStringLiteral("demo"),
         QCoreApplication::translate("enc::cli", "Fill an empty database with invented records."),
         runDemo},
        {QStringLiteral("check"),
         QCoreApplication::translate("enc::cli",
                                     "Check the database's integrity and count its records."),
         runCheck},
        {QStringLiteral("children"),
         QCoreApplication::translate("enc::cli", "List children on the tracker."), runChildren},
        {QStringLiteral("child"),
         QCoreApplication::translate("enc::cli",
                                     "Record that a child no longer attends their setting."),
         runChild},
        {QStringLiteral("partner"),
         QCoreApplication::translate("enc::cli",
                                     "Add or list what partner agencies know of a child."),
         runPartner},
        {QStringLiteral("escalations"),
         QCoreApplication::translate("enc::cli", "List children whose PPNs trigger escalation."),
         runEscalations},
        {QStringLiteral("proforma"),
         QCoreApplication::translate("enc::cli", "Proformas: list, request, return, review, "
                                                 "chase."),
         runProforma},
        {QStringLiteral("escalation"),
         QCoreApplication::translate("enc::cli", "Record liaison, feedback or closing of an "
                                                 "escalation."),
         runEscalation},
        {QStringLiteral("schedule"),
         QCoreApplication::translate("enc::cli", "List the meetings due, bank holidays skipped."),
         runSchedule},
        {QStringLiteral("letters"),
         QCoreApplication::translate("enc::cli",
                                     "Write letters to settings, logged as disclosures."),
         runLetters},
        {QStringLiteral("report"),
         QCoreApplication::translate("enc::cli", "Print or export the planning report."),
         runReport}};
    commands += importCommands();
    commands +=
        {{QStringLiteral("no-setting"),
          QCoreApplication::translate("enc::cli",
                                      "List, export or read back the children with no known "
                                      "setting."),
          runNoSetting},
         {QStringLiteral("agenda"),
          QCoreApplication::translate("enc::cli", "Build the agenda of a meeting from the data."),
          runAgenda},
         {QStringLiteral("meeting"),
          QCoreApplication::translate("enc::cli", "Ad-hoc meetings, apologies in advance, chair "
                                                  "and notes."),
          runMeeting},
         {QStringLiteral("cancel-meeting"),
          QCoreApplication::translate("enc::cli",
                                      "Mark a meeting cancelled; its items go to the next one."),
          runCancelMeeting},
         {QStringLiteral("minutes"),
          QCoreApplication::translate("enc::cli", "Write a meeting's minutes (PDF or .odt)."),
          runMinutes},
         {QStringLiteral("backup"),
          QCoreApplication::translate("enc::cli",
                                      "Back up the database (to a file, encrypted, or rotated)."),
          runBackup},
         {QStringLiteral("restore"),
          QCoreApplication::translate("enc::cli", "Restore the database from a checked backup."),
          runRestore},
         {QStringLiteral("audit"),
          QCoreApplication::translate("enc::cli",
                                      "Check the audit trail (verify) or list its entries (list)."),
          runAudit},
         {QStringLiteral("role"),
          QCoreApplication::translate("enc::cli", "List users' roles or give a user a role."),
          runRole},
         {QStringLiteral("server"),
          QCoreApplication::translate("enc::cli", "A PostgreSQL server: move a tracker's file onto "
                                                  "it (import-from), set up its roles (roles)."),
          runServer},
         {QStringLiteral("retention"),
          QCoreApplication::translate("enc::cli",
                                      "Review records due under the retention rules; hold, "
                                      "anonymise or delete them."),
          runRetention},
         {QStringLiteral("options"),
          QCoreApplication::translate("enc::cli",
                                      "List the office's options or change them (administrators)."),
          runOptions},
         {QStringLiteral("settings"),
          QCoreApplication::translate("enc::cli", "List the settings directory or import it from a "
                                                  "spreadsheet."),
          runSettings},
         {QStringLiteral("subject-access"),
          QCoreApplication::translate("enc::cli",
                                      "Export one child's record (JSON and PDF), others redacted."),
          runSubjectAccess}};
    return commands;
}

int run(const QStringList &arguments)
{
    return run(arguments, allCommands());
}

} // namespace enc::cli
