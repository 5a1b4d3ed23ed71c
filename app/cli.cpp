#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#endif

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
// A command holds tens of megabytes at once (an import's rows, its plan, its report, SQLite's
// pages): the heap is taken in one stretch, backed by 2 MiB pages where Linux allows it
// (transparent huge pages in "madvise" mode), instead of being faulted in 4 KiB at a time.
// Page faults were a quarter of a 10,000-row import's CPU. It is what glibc's tunable
// glibc.malloc.hugetlb=1 does, without an environment variable. Advice only: nothing changes
// where the system says no.
void reserveHeap()
{
#if defined(__GLIBC__) && defined(__linux__)
    constexpr int Stretch = 256 << 20;    // address space; memory only as it is used
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // blocks up to 32 MiB from the heap as well
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // memory freed kept for the next blocks
    mallopt(M_TOP_PAD, Stretch);
    void *probe = std::malloc(1 << 20); // more than the heap has: it grows by the stretch
    if (!probe)
        return;
    const auto from = (std::uintptr_t(probe) + 4095) & ~std::uintptr_t(4095);
    const auto to = std::uintptr_t(sbrk(0));
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    std::free(probe);
#endif
}

// The command named on the line: "import" in "encompass-cli --db F import day.csv".
QByteArrayView commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--db" || arg == "-db")
            ++i; // and its value
        else if (!arg.startsWith('-'))
            return arg;
    }
    return {};
}

// Import and review lay out no text and draw nothing (core/import uses no Qt Gui class): they
// start without a QGuiApplication and its platform plugin, and so run where none can load.
bool needsGui(QByteArrayView command)
{
    return command != "import" && command != "review";
}

int run()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCOMPASS_VERSION));
    return enc::cli::run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    reserveHeap();
    previousHandler = qInstallMessageHandler(quietHandler);
    if (!needsGui(commandOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        return run();
    }
    // Letters and reports lay out text and write PDFs, which needs fonts and so a
    // QGuiApplication; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return run();
}
