#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {
QtMessageHandler previousHandler = nullptr;

// Without a desktop session Qt warns that XDG_RUNTIME_DIR is not set; the command line keeps
// stderr for its own one-line errors.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(quietHandler);
    // Letters and reports lay out text and write PDFs, which needs fonts and so a
    // QGuiApplication; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCOMPASS_VERSION));
    return enc::cli::run(QCoreApplication::arguments());
}
