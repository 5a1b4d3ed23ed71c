#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCOMPASS_VERSION));
    return enc::cli::run(QCoreApplication::arguments());
}
