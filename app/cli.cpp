#include "CliStart.h"
#include "cli/CliSupport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#endif

namespace {

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

// Import and review lay out no text and draw nothing (core/import uses no Qt Gui class): this
// program has only them, and starts them without a QGuiApplication and its platform plugin.
// Everything else is in a library loaded on demand (cli_commands.cpp): a daily import does
// not load Qt Gui, qpdf, xlsxwriter and what they bring (some 30 libraries, a third of the
// program's start-up).
bool inThisProgram(QByteArrayView command)
{
    return command == "import" || command == "review";
}

// The folder of this program, before any QCoreApplication exists to say it.
QString programFolder(const char *argv0)
{
#ifdef Q_OS_LINUX
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
#endif
    return QFileInfo(QFile::decodeName(argv0)).absolutePath();
}

// The other commands, from their library next to this program.
int runFromLibrary(int argc, char *argv[])
{
    QLibrary library(programFolder(argv[0]) + QStringLiteral("/" ENCOMPASS_CLI_COMMANDS));
    auto *entry = reinterpret_cast<EncompassCliMain *>(library.resolve("encompassCliMain"));
    if (!entry) {
        enc::cli::printError(QCoreApplication::translate(
                                 "enc::cli", "the library of its commands cannot be loaded (%1).")
                                 .arg(library.errorString()));
        return enc::cli::Usage;
    }
    return entry(argc, argv); // the library stays loaded until the program ends
}

} // namespace

int main(int argc, char *argv[])
{
    reserveHeap();
    if (!inThisProgram(commandOf(argc, argv)))
        return runFromLibrary(argc, argv);
    enc::cli::installQuietHandler();
    QCoreApplication app(argc, argv);
    return enc::cli::runWith(enc::cli::importCommands());
}
