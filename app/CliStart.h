#pragma once

// What encompass-cli (cli.cpp) and the library of its other commands (cli_commands.cpp) both do
// before a command runs.

#include "cli/CliApp.h"

#include <QCoreApplication>

namespace enc::cli {

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

// Without a desktop session Qt warns that XDG_RUNTIME_DIR is not set; the command line keeps
// stderr for its own one-line errors.
inline void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler())
        previousHandler()(type, context, message);
}

inline void installQuietHandler()
{
    previousHandler() = qInstallMessageHandler(quietHandler);
}

// Runs the command line with the application (QCoreApplication or QGuiApplication) made.
inline int runWith(const QList<Subcommand> &commands)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCOMPASS_VERSION));
    return run(QCoreApplication::arguments(), commands);
}

} // namespace enc::cli

// The other commands' library's entry point: what main() was before the import was split out.
using EncompassCliMain = int(int argc, char *argv[]);
