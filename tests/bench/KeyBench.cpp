// encompass-key-bench: a key pressed in the tracker's search box, to the list repainted, in the
// real window (offscreen unless QT_QPA_PLATFORM says otherwise).
//
//   encompass-key-bench --db FILE [--words smith,patel,...] [--repeat N] [--settle-ms MS]
//                       [--verbose]
//
// Opens a MainWindow on FILE as the app does, waits for its first painted rows, then types each
// word into the search box one key at a time (QTest::keyClick: key press and release through
// the application's event delivery). Each key is timed from just before the press to the end
// of the tracker viewport's first paint after the model changed. The SQL the window ran in
// between (every connection, caught with sqlite3_trace_v2) is then run again through the
// SQLite C API on a connection of its own, reading every row and column: the floor of the
// same search is the tracker's own statements (those reading "FROM child c": the matching ids
// and the rows shown); the floor of everything adds the rest the window ran for that key (the
// options it read, the status bar's counts). Prints one JSON object (medians, the floors, the
// ratio to the search's floor, peak memory). --db may name a PostgreSQL database instead
// (issue 21: the same keys on the server, beside SQLite's figures): the keys are timed as on
// a file; the statements are counted (each a round trip, SQLite's trace of the same window);
// there is no C API floor.

#include "BenchSupport.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "storage/Dialect.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>

namespace {

// What the window's connections ran while a key was being timed.
struct Recorder
{
    std::mutex mutex;
    std::atomic<bool> on{false};
    QList<QByteArray> statements;
    qint64 profileNs = 0;
};
Recorder recorder;

int onTrace(unsigned type, void *, void *p, void *x)
{
    if (!recorder.on)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(p);
    if (type == SQLITE_TRACE_STMT) {
        const auto *text = static_cast<const char *>(x);
        if (!text || qstrncmp(text, "--", 2) == 0) // a trigger's program
            return 0;
        char *expanded = sqlite3_expanded_sql(stmt);
        const QByteArray sql = QByteArray(expanded ? expanded : text).trimmed();
        sqlite3_free(expanded);
        const QByteArray head = sql.left(6).toUpper();
        if (head.startsWith("SELECT") || head.startsWith("WITH")) {
            const std::lock_guard lock(recorder.mutex);
            recorder.statements << sql;
        }
    } else if (type == SQLITE_TRACE_PROFILE) {
        const std::lock_guard lock(recorder.mutex);
        recorder.profileNs += *static_cast<const sqlite3_int64 *>(x);
    }
    return 0;
}

// Registered with sqlite3_auto_extension: every connection opened from then on is traced.
int traceConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, onTrace, nullptr);
    return SQLITE_OK;
}

// The statements again through the C API, every row and column read; ms, best of three.
double floorMs(sqlite3 *db, const QList<QByteArray> &statements)
{
    if (!db || statements.isEmpty())
        return 0;
    QList<double> runs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &sql : statements) {
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) !=
                SQLITE_OK) {
                std::fprintf(stderr, "floor: %s in %s\n", sqlite3_errmsg(db), sql.constData());
                continue;
            }
            const int columns = sqlite3_column_count(stmt);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    sqlite3_column_text(stmt, c);
            }
            sqlite3_finalize(stmt);
        }
        runs << t.nsecsElapsed() / 1e6;
    }
    return *std::min_element(runs.begin(), runs.end());
}

// Waits for the viewport's first paint after the model changed (or, for the first rows, the
// first paint with rows); the time at the end of that paint (the next turn of the event loop),
// or -1 after timeoutMs.
class RepaintWatch : public QObject
{
public:
    explicit RepaintWatch(QAbstractItemView *view) : m_view(view)
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        const auto changed = [this]() {
            m_changed = true;
        };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
    }

    // Runs action, then waits; ms from the action's start to the end of the repaint.
    double time(const std::function<void()> &action, int timeoutMs, bool afterChange = true)
    {
        m_afterChange = afterChange;
        m_changed = false;
        m_painted = false;
        m_ms = -1;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_timer.start();
        action();
        if (!m_painted)
            loop.exec();
        m_loop = nullptr;
        return m_ms;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool ready = m_afterChange ? m_changed : m_view->model()->rowCount() > 0;
        if (m_loop && ready && !m_painted && event->type() == QEvent::Paint) {
            m_painted = true;
            QTimer::singleShot(0, m_loop, [this]() {
                m_ms = m_timer.nsecsElapsed() / 1e6;
                m_loop->quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_timer;
    bool m_afterChange = true;
    bool m_changed = false;
    bool m_painted = false;
    double m_ms = -1;
};

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&traceConnection));
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // The window's own settings (column widths, sort order), as the app reads them.
    QApplication::setOrganizationName(QStringLiteral("EncompassTracker"));
    QApplication::setApplicationName(QStringLiteral("Encompass Tracker"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption wordsOption(
        QStringLiteral("words"), QStringLiteral("Words typed, comma-separated."),
        QStringLiteral("list"), QStringLiteral("smith,patel,jones,ahmed,nowak"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Times the words are typed."),
                                          QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption settleOption(
        QStringLiteral("settle-ms"),
        QStringLiteral("Wait after the first rows, as a user would, before typing."),
        QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("List each key's SQL on stderr."));
    parser.addOptions({dbOption, wordsOption, repeatOption, settleOption, verboseOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const bool onServer = enc::Dialect::isServerAddress(path);
    if (path.isEmpty() || (!onServer && !QFile::exists(path))) {
        std::fprintf(stderr, "Give --db with an existing tracker file or a server's address.\n");
        return 2;
    }

    enc::ui::MainWindow window(path);
    if (!window.openDatabase())
        return 2;
    window.resize(1366, 768);
    auto *view = window.findChild<QAbstractItemView *>(QLatin1String(enc::ui::names::TrackerView));
    auto *search = window.findChild<QLineEdit *>(QLatin1String(enc::ui::names::TrackerSearch));
    if (!view || !search) {
        std::fprintf(stderr, "The tracker's view or search box was not found.\n");
        return 1;
    }
    RepaintWatch watch(view);
    const double firstPaint = watch.time([&]() { window.show(); }, 600000, false) >= 0
                                  ? sinceMain.nsecsElapsed() / 1e6
                                  : -1;
    idle(parser.value(settleOption).toInt());

    sqlite3 *raw = nullptr;
    if (!onServer && sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY,
                                     nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "Cannot open %s: %s\n", qPrintable(path), sqlite3_errmsg(raw));
        return 1;
    }

    QJsonArray keys;
    QList<double> keyMs, floors, floorsAll, sqlMs, statementCounts;
    int timeouts = 0;
    const QStringList words = parser.value(wordsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (int r = 0; r < repeat; ++r) {
        for (const QString &word : words) {
            search->setFocus();
            if (!search->text().isEmpty()) {
                watch.time([&]() { search->clear(); }, 10000);
                idle(300);
            }
            for (const QChar c : word) {
                {
                    const std::lock_guard lock(recorder.mutex);
                    recorder.statements.clear();
                    recorder.profileNs = 0;
                }
                recorder.on = true;
                const double ms = watch.time(
                    [&]() { QTest::keyClick(search, c.toLatin1(), Qt::NoModifier, -1); }, 10000);
                recorder.on = false;
                QList<QByteArray> statements;
                qint64 profileNs = 0;
                {
                    const std::lock_guard lock(recorder.mutex);
                    statements = recorder.statements;
                    profileNs = recorder.profileNs;
                }
                QList<QByteArray> trackerSql;
                for (const QByteArray &sql : statements) {
                    if (sql.contains("FROM child c ") || sql.contains("FROM child AS c "))
                        trackerSql << sql;
                }
                const double floor = floorMs(raw, trackerSql);
                const double floorAll = floorMs(raw, statements);
                if (ms < 0) {
                    ++timeouts;
                } else {
                    keyMs << ms;
                    floors << floor;
                    floorsAll << floorAll;
                    sqlMs << profileNs / 1e6;
                    statementCounts << statements.size();
                }
                if (parser.isSet(verboseOption)) {
                    std::fprintf(stderr, "%s: %.1f ms, floor %.2f ms (all SQL %.2f ms)\n",
                                 qPrintable(search->text()), ms, floor, floorAll);
                    for (const QByteArray &sql : statements)
                        std::fprintf(stderr, "  %s\n", sql.left(300).constData());
                }
                keys.append(QJsonObject{{QStringLiteral("text"), search->text()},
                                        {QStringLiteral("ms"), ms},
                                        {QStringLiteral("floor_ms"), floor},
                                        {QStringLiteral("floor_all_ms"), floorAll},
                                        {QStringLiteral("sql_ms"), profileNs / 1e6},
                                        {QStringLiteral("statements"), statements.size()},
                                        {QStringLiteral("rows"), view->model()->rowCount()}});
                idle(200);
            }
        }
    }
    sqlite3_close(raw);

    const double key = bench::median(keyMs);
    const double floor = bench::median(floors);
    const QJsonObject out{{QStringLiteral("database"), path},
                          {QStringLiteral("first_paint_ms_from_main"), firstPaint},
                          {QStringLiteral("key_median_ms"), key},
                          {QStringLiteral("key_max_ms"),
                           keyMs.isEmpty() ? -1 : *std::max_element(keyMs.begin(), keyMs.end())},
                          {QStringLiteral("floor_median_ms"), floor},
                          {QStringLiteral("floor_all_median_ms"), bench::median(floorsAll)},
                          {QStringLiteral("ratio"), floor > 0 ? key / floor : 0},
                          {QStringLiteral("sql_in_window_median_ms"), bench::median(sqlMs)},
                          // SELECTs the window ran per key (traced on SQLite only: 0 on a server)
                          {QStringLiteral("statements_median"), bench::median(statementCounts)},
                          {QStringLiteral("keys_timed"), keyMs.size()},
                          {QStringLiteral("keys_without_repaint"), timeouts},
                          {QStringLiteral("peak_rss_kib"), bench::statusKiB("VmHWM:")},
                          {QStringLiteral("rss_kib"), bench::statusKiB("VmRSS:")},
                          {QStringLiteral("keys"), keys}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
