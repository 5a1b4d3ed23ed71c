// encompass-ui-bench: the tracker screen on a county-size database.
//   encompass-ui-bench --db county.sqlite [--repeat N]
// Prints JSON: tracker open to first rows painted, a search key (a real key event) to
// repaint, Ctrl+End to the last child painted, resident memory after scrolling the whole
// list; each against the same SQL through the sqlite3 C API (the floor), as a ratio.

#include "BenchSupport.h"
#include "ChildTableModel.h"
#include "TrackerPage.h"
#include "repo/ChildQuery.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

#include <sqlite3.h>

#include <algorithm>

using namespace enc;

namespace {

// A window of the tracker through the C API: the statement ChildQuery::page runs (the ids by
// key), then the rows on the screen, one prepared statement per row as the model reads them.
double baselineMs(sqlite3 *db, const ChildQuery::Statement &s, int rows)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *ids = nullptr;
    sqlite3_prepare_v2(db, s.sql.toUtf8().constData(), -1, &ids, nullptr);
    for (int i = 1; i <= sqlite3_bind_parameter_count(ids); ++i) {
        const QVariant v =
            s.values.value(QString::fromUtf8(sqlite3_bind_parameter_name(ids, i) + 1));
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(ids, i, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(ids, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    QList<qint64> all;
    while (sqlite3_step(ids) == SQLITE_ROW)
        all.append(sqlite3_column_int64(ids, 0));
    sqlite3_finalize(ids);
    sqlite3_stmt *row = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.setting_known, s.name, a.name, "
        "c.ppn_count, c.last_incident_on, c.status, c.escalated, c.open_actions, "
        "c.next_action_due, c.archived_at, (SELECT count(*) FROM ppn_child pc WHERE pc.child_id = "
        "c.id AND pc.archived = 0 AND pc.incident_on >= ?1 AND pc.incident_on <= ?2) FROM child c "
        "LEFT JOIN setting s ON s.id = c.setting_id LEFT JOIN area a ON a.id = c.area_id WHERE "
        "c.id = ?3",
        -1, &row, nullptr);
    const QByteArray from = QDate::currentDate().addMonths(-3).toString(Qt::ISODate).toUtf8();
    const QByteArray to = QDate::currentDate().toString(Qt::ISODate).toUtf8();
    for (int i = 0; i < std::min<int>(rows, int(all.size())); ++i) {
        sqlite3_bind_text(row, 1, from.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(row, 2, to.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(row, 3, all[i]);
        while (sqlite3_step(row) == SQLITE_ROW) {
            for (int c = 0; c < 15; ++c)
                sqlite3_column_text(row, c);
        }
        sqlite3_reset(row);
    }
    sqlite3_finalize(row);
    return t.nsecsElapsed() / 1e6;
}

// A key pressed and released, as the window system delivers it.
void press(QWidget *to, int key, Qt::KeyboardModifiers modifiers = {}, const QString &text = {})
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(to, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(to, &up);
}

// Runs the event loop until done says so (the search's zero timer, the worker's count).
template <typename Done> void until(Done done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Types text's last letter into the search (the rest already there) and waits for the repaint.
double keyToRepaintMs(ui::TrackerPage *page, const QString &text)
{
    page->searchEdit()->setText(text.chopped(1));
    until([&] { return page->model()->filter().search == text.chopped(1); });
    page->view()->viewport()->grab();
    QElapsedTimer t;
    t.start();
    const QChar last = text.back();
    press(page->searchEdit(), last.toUpper().unicode(), {}, QString(last));
    until([&] { return page->model()->filter().search == text; });
    page->view()->viewport()->grab();
    return t.nsecsElapsed() / 1e6;
}

QJsonObject figure(const QString &name, const QList<double> &ours, const QList<double> &base,
                   double target)
{
    const double o = bench::median(ours);
    const double b = bench::median(base);
    return {{QStringLiteral("name"), name},        {QStringLiteral("ms"), o},
            {QStringLiteral("baseline_ms"), b},    {QStringLiteral("ratio"), b > 0 ? o / b : 0},
            {QStringLiteral("target_ms"), target}, {QStringLiteral("within_target"), o < target}};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("County database."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                      QStringLiteral("9")});
    parser.process(app);
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    const qint64 rssBefore = bench::statusKiB("VmRSS:");

    auto opened = Database::open(parser.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!opened) {
        qCritical("%s", qPrintable(opened.errorText()));
        return 2;
    }
    Database &db = **opened;
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(parser.value(QStringLiteral("db")).toUtf8().constData(), &raw,
                    SQLITE_OPEN_READONLY, nullptr);

    QList<double> open, openBase, key, keyBase, part, partBase, end, endBase, count;
    qint64 rssScrolled = 0;
    const int visibleRows = 36; // 1000 px of 26 px rows
    const int block = ui::ChildTableModel::BlockSize;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto *page = new ui::TrackerPage;
        page->resize(1600, 1000);
        page->setDatabase(&db);
        page->show();
        page->grab(); // paints the first rows
        open << t.nsecsElapsed() / 1e6;
        until([&] { return page->model()->countState() == ui::ChildTableModel::Count::Exact; });
        count << t.nsecsElapsed() / 1e6; // the count shown, from the worker
        openBase << baselineMs(
            raw, ChildQuery::pageStatement({}, ChildSort::Surname, false, {}, false, block),
            visibleRows);

        // Ctrl+End on the whole list: the last children, read back from the end, painted.
        page->view()->setFocus();
        t.restart();
        press(page->view(), Qt::Key_End, Qt::ControlModifier);
        page->view()->viewport()->grab();
        end << t.nsecsElapsed() / 1e6;
        endBase << baselineMs(
            raw, ChildQuery::pageStatement({}, ChildSort::Surname, false, {}, true, block),
            visibleRows);
        // The scroll bar dragged through the whole list, for the memory it leaves held.
        QScrollBar *bar = page->view()->verticalScrollBar();
        for (int step = 0; step <= 50; ++step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 50));
            page->view()->viewport()->grab();
        }
        rssScrolled = std::max(rssScrolled, bench::statusKiB("VmRSS:"));
        press(page->view(), Qt::Key_Home, Qt::ControlModifier);

        // One key in the search box: the search narrows and the view repaints.
        const QStringList prefixes = {QStringLiteral("sm"), QStringLiteral("pat"),
                                      QStringLiteral("jo"), QStringLiteral("ev")};
        ChildFilter f;
        f.search = prefixes[i % prefixes.size()];
        key << keyToRepaintMs(page, f.search);
        keyBase << baselineMs(
            raw, ChildQuery::pageStatement(f, ChildSort::Surname, false, {}, false, block),
            visibleRows);
        // A later part of a double-barrelled surname, alone or with a forename (either order):
        // no index serves it, so this is the slowest keystroke.
        const QStringList parts = {QStringLiteral("hall"), QStringLiteral("ahmed"),
                                   QStringLiteral("smith ja"), QStringLiteral("mia hall")};
        f.search = parts[i % parts.size()];
        part << keyToRepaintMs(page, f.search);
        partBase << baselineMs(
            raw, ChildQuery::pageStatement(f, ChildSort::Surname, false, {}, false, block),
            visibleRows);
        delete page;
    }
    sqlite3_close(raw);

    QJsonArray figures{
        figure(QStringLiteral("tracker_open_first_paint"), open, openBase, 300),
        figure(QStringLiteral("search_key_to_repaint"), key, keyBase, 30),
        figure(QStringLiteral("search_key_to_repaint_surname_part"), part, partBase, 30),
        figure(QStringLiteral("ctrl_end_to_repaint"), end, endBase, 30),
        figure(QStringLiteral("tracker_open_to_count_shown"), count, {}, 300)};
    QJsonObject out{{QStringLiteral("figures"), figures},
                    {QStringLiteral("rss_mb_before_open"), rssBefore / 1024.0},
                    {QStringLiteral("rss_mb_after_scrolling_whole_list"), rssScrolled / 1024.0},
                    {QStringLiteral("rss_mb"), bench::statusKiB("VmRSS:") / 1024.0},
                    {QStringLiteral("peak_rss_mb"), bench::statusKiB("VmHWM:") / 1024.0},
                    {QStringLiteral("memory_target_mb"), 150}};
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
