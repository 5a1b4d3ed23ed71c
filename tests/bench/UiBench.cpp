// encompass-ui-bench: the tracker screen on a county-size database.
//   encompass-ui-bench --db county.sqlite [--repeat N]
// Prints JSON: tracker open to first rows painted, one search keystroke, resident memory;
// each against the same SQL through the sqlite3 C API (the floor), as a ratio.

#include "BenchSupport.h"
#include "ChildTableModel.h"
#include "TrackerPage.h"
#include "repo/ChildQuery.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>

#include <sqlite3.h>

#include <algorithm>

using namespace enc;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// The tracker's queries through the C API: the matching ids in order, then the
// first screenful of rows, one prepared statement per row as the model does.
double baselineMs(sqlite3 *db, const char *idsSql, const QHash<QByteArray, QByteArray> &binds,
                  int rows)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *ids = nullptr;
    sqlite3_prepare_v2(db, idsSql, -1, &ids, nullptr);
    for (int i = 1; i <= sqlite3_bind_parameter_count(ids); ++i) {
        const QByteArray name(sqlite3_bind_parameter_name(ids, i));
        const QByteArray v = binds.value(name);
        if (name == ":limit")
            sqlite3_bind_int64(ids, i, v.toLongLong());
        else
            sqlite3_bind_text(ids, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
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

// The statement ChildQuery runs for the tracker's search (the first rows, as the model asks),
// through the C API.
double baselineMs(sqlite3 *db, const ChildFilter &filter, int rows)
{
    const ChildQuery::Statement s = ChildQuery::idsStatement(filter, ChildSort::Surname, false,
                                                             ui::ChildTableModel::SearchLimit + 1);
    QHash<QByteArray, QByteArray> binds;
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
        binds.insert(':' + it.key().toUtf8(), it.value().toString().toUtf8());
    return baselineMs(db, s.sql.toUtf8().constData(), binds, rows);
}

QJsonObject figure(const QString &name, const QList<double> &ours, const QList<double> &base,
                   double target)
{
    const double o = median(ours);
    const double b = median(base);
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

    QList<double> open, openBase, key, keyBase, part, partBase;
    const int visibleRows = 36; // 1000 px of 26 px rows
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto *page = new ui::TrackerPage;
        page->resize(1600, 1000);
        page->setDatabase(&db);
        page->show();
        page->grab(); // paints the first rows
        open << t.nsecsElapsed() / 1e6;
        openBase << baselineMs(raw,
                               "SELECT c.id FROM child c WHERE c.archived_at IS NULL ORDER BY "
                               "c.surname_key, c.forename_key, c.id",
                               {}, visibleRows);

        // One keystroke: the search narrows and the view repaints.
        const QStringList prefixes = {QStringLiteral("sm"), QStringLiteral("pat"),
                                      QStringLiteral("jo"), QStringLiteral("ev")};
        const QString prefix = prefixes[i % prefixes.size()];
        ChildFilter f = page->model()->filter();
        f.search = prefix;
        t.restart();
        page->model()->setFilter(f);
        page->view()->viewport()->grab();
        key << t.nsecsElapsed() / 1e6;
        // The same SQL ChildQuery builds for a two- or three-letter prefix.
        const QByteArray lo = prefix.toUtf8();
        const QByteArray pc = prefix.toUpper().toUtf8();
        const QByteArray end = "\xEF\xBF\xBF";
        const bool withRef = prefix.size() >= 3;
        keyBase << baselineMs(
            raw,
            withRef ? "SELECT c.id FROM child c WHERE c.archived_at IS NULL AND ((((c.surname_key "
                      ">= :k0 AND c.surname_key < :e0) OR (c.forename_key >= :k0 AND "
                      "c.forename_key < :e0))) OR (c.postcode_key >= :pc AND c.postcode_key < "
                      ":pce) OR c.id IN (SELECT pc.child_id FROM ppn p JOIN ppn_child pc ON "
                      "pc.ppn_id = p.id WHERE p.police_ref_key >= :ref AND p.police_ref_key < "
                      ":refe)) ORDER BY c.surname_key, c.forename_key, c.id"
                    : "SELECT c.id FROM child c WHERE c.archived_at IS NULL AND ((((c.surname_key "
                      ">= :k0 AND c.surname_key < :e0) OR (c.forename_key >= :k0 AND "
                      "c.forename_key < :e0))) OR (c.postcode_key >= :pc AND c.postcode_key < "
                      ":pce)) ORDER BY c.surname_key, c.forename_key, c.id",
            {{":k0", lo},
             {":e0", lo + end},
             {":pc", pc},
             {":pce", pc + end},
             {":ref", pc},
             {":refe", pc + end}},
            visibleRows);
        // A later part of a double-barrelled surname, alone or with a forename (either order):
        // no index serves it, so this is the slowest keystroke.
        const QStringList parts = {QStringLiteral("hall"), QStringLiteral("ahmed"),
                                   QStringLiteral("smith ja"), QStringLiteral("mia hall")};
        f.search = parts[i % parts.size()];
        t.restart();
        page->model()->setFilter(f);
        page->view()->viewport()->grab();
        part << t.nsecsElapsed() / 1e6;
        partBase << baselineMs(raw, f, visibleRows);
        delete page;
    }
    sqlite3_close(raw);

    QJsonArray figures{figure(QStringLiteral("tracker_open_first_paint"), open, openBase, 300),
                       figure(QStringLiteral("search_keystroke"), key, keyBase, 30),
                       figure(QStringLiteral("search_keystroke_surname_part"), part, partBase, 30)};
    QJsonObject out{{QStringLiteral("figures"), figures},
                    {QStringLiteral("rss_mb_before_open"), rssBefore / 1024.0},
                    {QStringLiteral("rss_mb"), bench::statusKiB("VmRSS:") / 1024.0},
                    {QStringLiteral("peak_rss_mb"), bench::statusKiB("VmHWM:") / 1024.0},
                    {QStringLiteral("memory_target_mb"), 200}};
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
