// Figures for issue 5: building the meeting's agenda on the county database, and loading
// the next household for the presenter screen. Usage: encompass-agenda-bench DB [DATE]
// [--builds N] (only N screen builds, nothing else: for perf record) [--open-meeting] (opens
// a meeting on DATE as the meeting screen does, twice, and leaves it in DB: give a copy).
// Times are wall clock and the thread's CPU time: the machines are shared, and under load
// the CPU time is the steadier figure.

#include "meeting/AgendaBuilder.h"
#include "meeting/AgendaStore.h"
#include "meeting/HouseholdCard.h"
#include "repo/Meetings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace enc;

namespace {

// Microseconds of CPU time used by this thread.
qint64 cpuMicros()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

struct Timing
{
    qint64 wall = 0; // microseconds
    qint64 cpu = 0;
};

// Medians of each.
Timing median(QList<Timing> runs)
{
    Timing m;
    std::sort(runs.begin(), runs.end(), [](Timing a, Timing b) { return a.wall < b.wall; });
    m.wall = runs[runs.size() / 2].wall;
    std::sort(runs.begin(), runs.end(), [](Timing a, Timing b) { return a.cpu < b.cpu; });
    m.cpu = runs[runs.size() / 2].cpu;
    return m;
}

// The floor: the agenda's SQL through the SQLite C API (prepare, bind, step, read every
// column as the type it holds), with no Qt and no grouping or wording, on a connection with the
// application's cache size, warm like the builds it is compared with. Wall -1 on failure.
Timing sqlFloor(sqlite3 *db, const Agenda &agenda, QDate lastReview,
                QList<QList<qint64>> *each = nullptr)
{
    const QByteArray since =
        agenda.since.isValid() ? agenda.since.toString(Qt::ISODate).toUtf8() : QByteArray("0000");
    const QByteArray date = agenda.date.toString(Qt::ISODate).toUtf8();
    const QByteArray last =
        lastReview.isValid() ? lastReview.toString(Qt::ISODate).toUtf8() : QByteArray("0000");
    QElapsedTimer t;
    t.start();
    const qint64 cpu = cpuMicros();
    QStringList statements = AgendaBuilder::statements();
    if (!agenda.trackingReview)
        statements.removeAt(3);
    if (each)
        each->resize(statements.size());
    for (qsizetype s = 0; s < statements.size(); ++s) {
        const QString &sql = statements[s];
        const qint64 started = cpuMicros();
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
            return {-1, -1};
        for (const auto &[name, value] :
             {std::pair{":since", &since}, std::pair{":d", &date}, std::pair{":last", &last}}) {
            const int index = sqlite3_bind_parameter_index(stmt, name);
            if (index > 0)
                sqlite3_bind_text(stmt, index, value->constData(), int(value->size()),
                                  SQLITE_STATIC);
        }
        // Each column read as what it holds (text read as text, numbers as numbers).
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    sqlite3_column_text(stmt, c);
                else
                    sqlite3_column_int64(stmt, c);
        sqlite3_finalize(stmt);
        if (each)
            (*each)[s].append(cpuMicros() - started);
    }
    return {t.nsecsElapsed() / 1000, cpuMicros() - cpu};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: encompass-agenda-bench DB [yyyy-mm-dd]\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return 2;
    }
    const QDate date = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate)
                                : QDate::currentDate();
    AgendaBuilder builder(**db);
    if (argc > 4 && qstrcmp(argv[3], "--builds") == 0) {
        for (int i = 0, n = QByteArray(argv[4]).toInt(); i < n; ++i)
            if (!builder.build(date, 200))
                return 1;
        return 0;
    }
    if (argc > 3 && qstrcmp(argv[3], "--open-meeting") == 0) {
        // The meeting screen opening a meeting, and opening it again (its reload when
        // another desk changes something): the stored agenda merged with a fresh build, the
        // first 300 items' references, and the positions saved.
        Meeting m;
        m.date = date;
        m.starts = QTime(11, 0);
        m.ends = QTime(12, 0);
        auto created = Meetings(**db).create(m);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorText()));
            return 1;
        }
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            auto agenda = builder.forMeeting(created->id, 300);
            if (!agenda)
                return 1;
            const qint64 built = t.nsecsElapsed() / 1000;
            if (Status s = AgendaStore(**db).save(created->id, agenda->items); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
                return 1;
            }
            std::printf("%s: %lld items, merged %.1f ms, saved %.1f ms\n",
                        i == 0 ? "first opening" : "opening again", qlonglong(agenda->items.size()),
                        built / 1000.0, (t.nsecsElapsed() / 1000 - built) / 1000.0);
        }
        return 0;
    }
    QList<Timing> times;
    Agenda agenda;
    // The meeting screen asks for the references of the first 200 other items (what it
    // shows first); the CLI for all of them (measured last).
    QList<qint64> full;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 cpu = cpuMicros();
        auto built = builder.build(date, i < 7 ? 200 : -1);
        if (i >= 7) {
            full.append(t.nsecsElapsed() / 1000);
            continue;
        }
        times.append({t.nsecsElapsed() / 1000, cpuMicros() - cpu});
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.errorText()));
            return 1;
        }
        agenda = *built;
    }
    QList<int> counts(6, 0);
    for (const AgendaItem &i : agenda.items)
        ++counts[int(i.section)];
    std::printf("agenda %s: %lld items (new PPNs %d, escalations %d, actions %d, review %d, "
                "carried over %d)\n",
                qPrintable(date.toString(Qt::ISODate)), qlonglong(agenda.items.size()), counts[0],
                counts[1], counts[2], counts[3], counts[4]);
    const Timing build = median(times);
    std::sort(times.begin(), times.end(), [](Timing a, Timing b) { return a.wall < b.wall; });
    std::printf("build (screen): median %.1f ms (CPU %.1f ms), best %.1f ms, worst %.1f ms "
                "(7 runs, warm)\n",
                build.wall / 1000.0, build.cpu / 1000.0, times[0].wall / 1000.0,
                times[6].wall / 1000.0);
    std::sort(full.begin(), full.end());
    std::printf("build with every reference (CLI): median %.1f ms\n", full[1] / 1000.0);

    // The floor, warm (one connection, the first run not counted), same process: the
    // sections' SQL alone. The tracking review's :last is the previous Friday's meeting or
    // earlier; a week back is close enough here.
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(QString::fromLocal8Bit(argv[1])).constData(), &raw,
                        SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return 1;
    }
    // The same page cache as the tracker's connections (Database::configure).
    sqlite3_exec(raw, "PRAGMA cache_size=-16384", nullptr, nullptr, nullptr);
    QList<Timing> floors;
    QList<QList<qint64>> each; // CPU microseconds of each statement, each run
    for (int i = 0; i < 8; ++i) {
        const Timing f = sqlFloor(raw, agenda, date.addDays(-7), i > 0 ? &each : nullptr);
        if (f.wall < 0) {
            sqlite3_close(raw);
            return 1;
        }
        if (i > 0)
            floors.append(f);
    }
    sqlite3_close(raw);
    const Timing floor = median(floors);
    std::printf("floor (the same SQL through the C API): median %.1f ms (CPU %.1f ms); ratio "
                "%.2f (CPU %.2f)\n",
                floor.wall / 1000.0, floor.cpu / 1000.0, double(build.wall) / double(floor.wall),
                floor.cpu > 0 ? double(build.cpu) / double(floor.cpu) : 0.0);
    // Where the floor goes: each statement's median CPU time and its first words.
    QStringList statements = AgendaBuilder::statements();
    if (!agenda.trackingReview)
        statements.removeAt(3);
    for (qsizetype s = 0; s < each.size() && s < statements.size(); ++s) {
        std::sort(each[s].begin(), each[s].end());
        std::printf("  %6.1f ms  %s...\n", each[s][each[s].size() / 2] / 1000.0,
                    qPrintable(statements[s].simplified().left(70)));
    }

    // The presenter moving through the first households of the agenda.
    HouseholdCards cards(**db);
    QList<qint64> moves;
    Id last = -1;
    for (const AgendaItem &i : agenda.items) {
        const Id key = i.householdId ? i.householdId : -i.childId;
        if (key == last)
            continue;
        last = key;
        QElapsedTimer t;
        t.start();
        auto card = cards.forChild(i.childId, date);
        moves.append(t.nsecsElapsed() / 1000);
        if (!card)
            return 1;
        if (moves.size() >= 200)
            break;
    }
    if (!moves.isEmpty()) {
        std::sort(moves.begin(), moves.end());
        std::printf("next household (%lld loaded): median %.2f ms, 95th %.2f ms, worst %.2f ms\n",
                    qlonglong(moves.size()), moves[moves.size() / 2] / 1000.0,
                    moves[moves.size() * 95 / 100] / 1000.0, moves.last() / 1000.0);
    }
    return 0;
}
