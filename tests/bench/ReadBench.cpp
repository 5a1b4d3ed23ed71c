// Issue 21, part 9: the reads the meeting needs, side by side on SQLite and on a PostgreSQL
// server holding the same data. Usage: encompass-read-bench DB [yyyy-mm-dd] [--runs N]
// (DB: a file or a server's address, as --db takes it). Prints the median wall and CPU time of
// the agenda build (the screen's: references for the first 200 items, and the command line's:
// all), the escalation pass over every child, and a year's report.

#include "meeting/AgendaBuilder.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace enc;

namespace {

qint64 cpuMicros()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

// Runs work n times (after one warm-up run); prints the median wall and CPU milliseconds and
// what the last run found. False when a run failed.
bool measure(const char *name, int n, const std::function<Result<qint64>()> &work)
{
    QList<qint64> walls, cpus;
    qint64 found = 0;
    for (int i = 0; i <= n; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 cpu = cpuMicros();
        auto r = work();
        if (!r) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(r.errorText()));
            return false;
        }
        found = *r;
        if (i == 0)
            continue; // warm-up
        walls.append(t.nsecsElapsed() / 1000);
        cpus.append(cpuMicros() - cpu);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    std::printf("%-24s %9.1f ms wall %9.1f ms cpu  (%lld found)\n", name,
                walls[walls.size() / 2] / 1000.0, cpus[cpus.size() / 2] / 1000.0,
                static_cast<long long>(found));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: encompass-read-bench DB [yyyy-mm-dd] [--runs N]\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return 2;
    }
    const QDate date = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate)
                                : QDate::currentDate();
    const int runs = argc > 4 && qstrcmp(argv[3], "--runs") == 0 ? QByteArray(argv[4]).toInt() : 5;
    Database &d = **db;
    std::printf("%s, %s, %d runs\n", d.onServer() ? "PostgreSQL" : "SQLite",
                qPrintable(date.toString(Qt::ISODate)), runs);
    AgendaBuilder builder(d);
    const auto agenda = [&](int references) {
        return [&builder, date, references]() -> Result<qint64> {
            auto a = builder.build(date, references);
            if (!a)
                return a.error();
            return qint64(a->items.size());
        };
    };
    const EscalationConfig config = Options(d.sql()).escalation();
    bool ok = measure("agenda (screen, 200)", runs, agenda(200)) &&
              measure("agenda (all references)", runs, agenda(-1)) &&
              measure("escalations", runs,
                      [&]() -> Result<qint64> {
                          auto all = EscalationService::evaluateAll(d.sql(), date, config);
                          if (!all)
                              return all.error();
                          return qint64(all->size());
                      }) &&
              measure("report (a year)", runs, [&]() -> Result<qint64> {
                  auto r = ReportBuilder::build(d.sql(), date.addYears(-1), date);
                  if (!r)
                      return r.error();
                  return qint64(r->ppns);
              });
    return ok ? 0 : 1;
}
