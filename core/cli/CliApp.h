#pragma once

#include <QList>
#include <QStringList>

namespace enc::cli {

// Exit codes of encompass-cli.
enum Exit
{
    Ok = 0,
    Problems = 1,
    Usage = 2,
    Busy = 3 // another program holds the database: try again in a moment
};

struct Context;

// One command: its name, its line in the help, and what runs it.
struct Subcommand
{
    QString name;
    QString summary;
    int (*run)(Context &, const QStringList &);
};

// Runs encompass-cli with its arguments (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);
// The same with only the commands given: the help lists them, and any other is unknown.
int run(const QStringList &arguments, const QList<Subcommand> &commands);

// Every command (CliCommands.cpp).
QList<Subcommand> allCommands();
// The import and its review queue alone: a program with only these needs Qt Core and Sql,
// SQLite and libzip, none of the libraries the documents need (app/cli.cpp starts with them).
QList<Subcommand> importCommands();

} // namespace enc::cli
