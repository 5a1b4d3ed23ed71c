// Figures for issue 5: building the meeting's agenda on the county database, and loading
// the next household for the presenter screen. Usage: encompass-agenda-bench DB [DATE]

#include "meeting/AgendaBuilder.h"
#include "meeting/HouseholdCard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace enc;

namespace {

// The floor: the agenda's SQL through the SQLite C API (prepare, bind, step, read every
// column), with no Qt and no grouping or wording. Microseconds, or -1 on failure.
qint64 sqlFloor(const QString &path, const Agenda &agenda, QDate lastReview)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_exec(db, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    const QByteArray since =
        agenda.since.isValid() ? agenda.since.toString(Qt::ISODate).toUtf8() : QByteArray("0000");
    const QByteArray date = agenda.date.toString(Qt::ISODate).toUtf8();
    const QByteArray last =
        lastReview.isValid() ? lastReview.toString(Qt::ISODate).toUtf8() : QByteArray("0000");
    QElapsedTimer t;
    t.start();
    QStringList statements = AgendaBuilder::statements();
    if (!agenda.trackingReview)
        statements.removeAt(3);
    for (const QString &sql : statements) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(db);
            return -1;
        }
        for (const auto &[name, value] :
             {std::pair{":since", &since}, std::pair{":d", &date}, std::pair{":last", &last}}) {
            const int index = sqlite3_bind_parameter_index(stmt, name);
            if (index > 0)
                sqlite3_bind_text(stmt, index, value->constData(), int(value->size()),
                                  SQLITE_STATIC);
        }
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        sqlite3_finalize(stmt);
    }
    const qint64 us = t.nsecsElapsed() / 1000;
    sqlite3_close(db);
    return us;
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
    QList<qint64> times;
    Agenda agenda;
    // The meeting screen asks for the references of the first 200 other items (what it
    // shows first); the CLI for all of them (measured last).
    QList<qint64> full;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        auto built = builder.build(date, i < 7 ? 200 : -1);
        if (i >= 7) {
            full.append(t.nsecsElapsed() / 1000);
            continue;
        }
        times.append(t.nsecsElapsed() / 1000);
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.errorText()));
            return 1;
        }
        agenda = *built;
    }
    std::sort(times.begin(), times.end());
    QList<int> counts(6, 0);
    for (const AgendaItem &i : agenda.items)
        ++counts[int(i.section)];
    std::printf("agenda %s: %lld items (new PPNs %d, escalations %d, actions %d, review %d, "
                "carried over %d)\n",
                qPrintable(date.toString(Qt::ISODate)), qlonglong(agenda.items.size()), counts[0],
                counts[1], counts[2], counts[3], counts[4]);
    std::printf("build (screen): median %.1f ms, best %.1f ms, worst %.1f ms (7 runs, warm)\n",
                times[3] / 1000.0, times[0] / 1000.0, times[6] / 1000.0);
    std::sort(full.begin(), full.end());
    std::printf("build with every reference (CLI): median %.1f ms\n", full[1] / 1000.0);

    // The floor, warm, same process: the sections' SQL alone. The tracking review's
    // :last is the previous Friday's meeting or earlier; a week back is close enough here.
    QList<qint64> floors;
    for (int i = 0; i < 7; ++i)
        floors.append(sqlFloor(QString::fromLocal8Bit(argv[1]), agenda, date.addDays(-7)));
    std::sort(floors.begin(), floors.end());
    std::printf("floor (the same SQL through the C API): median %.1f ms; ratio %.2f\n",
                floors[3] / 1000.0, floors[3] > 0 ? double(times[3]) / double(floors[3]) : 0.0);

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
