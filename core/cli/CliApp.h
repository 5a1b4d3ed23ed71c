#pragma once

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

// Runs encompass-cli with its arguments (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace enc::cli
