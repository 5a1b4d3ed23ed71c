#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("Encompass Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(ENCOMPASS_VERSION));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("encompass"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Operation Encompass tracker for Early Help offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    enc::ui::MainWindow window(parser.value(dbOption));
    if (!window.openDatabase())
        return 2;
    window.show();
    return QApplication::exec();
}
