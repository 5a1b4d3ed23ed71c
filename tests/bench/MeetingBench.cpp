// encompass-meeting-bench: the meeting screen on a county-size database, as the chair uses it.
//   encompass-meeting-bench DB DATE
// Opens (creating) the meeting of DATE, so give it a copy of the county file. Prints the
// time to open the meeting (the agenda built, merged with what is stored, saved, listed and
// the list shown), to open it again, to go to the next item (the recording form and the
// presenter follow) and to move an item down (saved, with undo); and the agenda alone, built
// and merged, in the same run, so that the screen's own cost reads as a ratio.

#include "commands/Editor.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/MeetingsPage.h"
#include "meeting/PresenterWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace enc;

namespace {

// CPU time of the process in milliseconds: steadier than the wall clock on a busy machine.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: encompass-meeting-bench DB yyyy-mm-dd\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return 2;
    }
    const QDate date = QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate);
    ui::Editor editor(**db);
    ui::MeetingsPage page;
    page.setDatabase(db->get(), &editor);
    page.resize(1920, 1080);
    page.show();
    QElapsedTimer t;
    t.start();
    const Id meeting = page.openDate(date);
    const double opened = t.nsecsElapsed() / 1e6;
    // Shown: the list laid out and painted (a view lays itself out on the next event loop).
    QCoreApplication::processEvents();
    const double first = t.nsecsElapsed() / 1e6;
    if (!meeting) {
        std::fprintf(stderr, "no meeting on %s\n", argv[2]);
        return 1;
    }
    QList<double> again, againCpu;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        const double cpu = cpuMs();
        page.openMeeting(meeting);
        QCoreApplication::processEvents();
        again.append(t.nsecsElapsed() / 1e6);
        againCpu.append(cpuMs() - cpu);
    }
    // The agenda alone, as the screen asks for it (stored agenda merged with a fresh build):
    // what opening the meeting costs beyond it is the screen's own.
    QList<double> built, builtCpu;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        const double cpu = cpuMs();
        if (!AgendaBuilder(**db).forMeeting(meeting, 300))
            return 1;
        built.append(t.nsecsElapsed() / 1e6);
        builtCpu.append(cpuMs() - cpu);
    }
    QList<double> next;
    for (int i = 1; i <= 50; ++i) {
        t.restart();
        page.setCurrentItem(i);
        QCoreApplication::processEvents();
        next.append(t.nsecsElapsed() / 1e6);
    }
    QList<double> moves;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        page.moveCurrent(1);
        QCoreApplication::processEvents();
        moves.append(t.nsecsElapsed() / 1e6);
    }
    std::printf("meeting of %s: %lld items\n", argv[2], qlonglong(page.agenda().items.size()));
    std::printf("open (first time): %.1f ms, of which openDate %.1f ms\nopen again: median "
                "%.1f ms (CPU %.1f ms)\n",
                first, opened, median(again), median(againCpu));
    std::printf("agenda built and merged alone: median %.1f ms (CPU %.1f ms); open again / "
                "agenda: %.2f (CPU %.2f)\n",
                median(built), median(builtCpu), median(again) / median(built),
                median(againCpu) / median(builtCpu));
    std::printf("next item: median %.2f ms, worst %.2f ms\n", median(next),
                *std::max_element(next.begin(), next.end()));
    std::printf("move an item down: median %.1f ms, worst %.1f ms\n", median(moves),
                *std::max_element(moves.begin(), moves.end()));
    return 0;
}
