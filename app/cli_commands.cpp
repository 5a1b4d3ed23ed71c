// Every command of encompass-cli but the import and its review queue: a library that cli.cpp
// loads when one of them is asked for, so that the import starts without Qt Gui, qpdf,
// xlsxwriter and the libraries they bring.

#include "CliStart.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT int encompassCliMain(int argc, char *argv[])
{
    enc::cli::installQuietHandler();
    // Letters and reports lay out text and write PDFs, which needs fonts and so a
    // QGuiApplication; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return enc::cli::runWith(enc::cli::allCommands());
}

static_assert(std::is_same_v<decltype(encompassCliMain), EncompassCliMain>);
