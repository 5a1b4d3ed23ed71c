#include "MainWindow.h"
#include "ObjectNames.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

// Milliseconds since the kernel started this process (exec, loading Qt and static
// initialisers included), from /proc/self/stat; -1 where that is not available. The start
// time is kept in clock ticks, so the figure is good to 10 ms.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces: the fields are counted after its closing bracket.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
#else
    return -1;
#endif
}

// For benchmarks (--quit-after-first-paint): once the tracker's view has painted rows, quits
// on the next turn of the event loop (the painted frame flushed) and prints the time taken.
class FirstPaint : public QObject
{
public:
    FirstPaint(QAbstractItemView *view, const QElapsedTimer &sinceMain)
        : QObject(view), m_view(view), m_sinceMain(sinceMain)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && m_view->model() &&
            m_view->model()->rowCount() > 0) {
            m_seen = true;
            QTimer::singleShot(0, this, [this]() {
                std::printf("%.1f ms from process start to the tracker's first painted rows "
                            "(%.1f ms from main)\n",
                            msSinceProcessStart(), double(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
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
    // For tests/bench/user_bench.sh, so not offered in --help.
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaintOption);
    parser.process(app);

    // On the heap: File > Open Database... replaces the window with another, and this one is
    // deleted when it closes.
    auto *window = new enc::ui::MainWindow(parser.value(dbOption));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->openDatabase()) {
        delete window;
        return 2;
    }
    if (parser.isSet(firstPaintOption)) {
        auto *view =
            window->findChild<QAbstractItemView *>(QLatin1String(enc::ui::names::TrackerView));
        if (!view) {
            std::fprintf(stderr, "The tracker's view was not found.\n");
            return 1;
        }
        new FirstPaint(view, sinceMain);
    }
    window->show();
    const int code = QApplication::exec();
    // The last window closed: deleted now (its database closed), not left to the process's end.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
