// encompass-bench: county-size timings of the tracker's heaviest queries.
//
//   encompass-bench [--db PATH] [--children N] [--seed S] [--regenerate] [--out FILE]
//                   [--repetitions R] [--today yyyy-MM-dd]
//
// Prints one JSON object: the generation time (when it generated), then for each query our
// median and the median of the same SQL through the SQLite C API (Baseline.cpp), their ratio,
// the target and whether it was met.

#include "Baseline.h"

#include "demo/DemoGenerator.h"
#include "repo/ChildQuery.h"
#include "repo/EscalationService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

using namespace enc;

namespace {

constexpr double GenerationTargetMs = 60000;
constexpr double EscalationTargetMs = 300;
constexpr double SearchTargetMs = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("encompass-bench", text);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

// Peak resident set size in KiB (VmHWM), or -1 where /proc is not available.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QStringList lines = QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("VmHWM:")))
            return line.mid(6).trimmed().split(QLatin1Char(' ')).value(0).toLongLong();
    }
    return -1;
}

// The 1-minute load average, to read the timings against (-1 where unknown).
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0).toDouble();
}

qint64 fileSize(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        size += wal.size();
    return size;
}

qint64 scalar(Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    return v ? v->toLongLong() : -1;
}

// Runs ours and the baseline alternately, after one warm-up each; medians in ms.
QJsonObject measure(const QString &name, double targetMs, int repetitions,
                    const std::function<int()> &ours, const std::function<int()> &baseline)
{
    QList<double> oursMs;
    QList<double> baseMs;
    const int oursRows = ours();
    const int baseRows = baseline();
    QElapsedTimer t;
    for (int i = 0; i < repetitions; ++i) {
        t.start();
        ours();
        oursMs << t.nsecsElapsed() / 1e6;
        t.start();
        baseline();
        baseMs << t.nsecsElapsed() / 1e6;
    }
    const double o = median(oursMs);
    const double b = median(baseMs);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ours_median_ms"), round2(o)},
            {QStringLiteral("baseline_median_ms"), round2(b)},
            {QStringLiteral("ratio"), b > 0 ? round2(o / b) : 0.0},
            {QStringLiteral("target_ms"), targetMs},
            {QStringLiteral("pass"), o <= targetMs},
            {QStringLiteral("rows"), oursRows},
            {QStringLiteral("baseline_rows"), baseRows},
            {QStringLiteral("same_rows"), oursRows == baseRows},
            {QStringLiteral("repetitions"), repetitions}};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("encompass-bench"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times the tracker's heaviest queries on a demo "
                                        "database and compares them with the SQLite C API."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Database file (reused when it "
                                         "already holds children)."),
                                      tr("path"));
    const QCommandLineOption childrenOption(QStringLiteral("children"),
                                            tr("Children to generate (default 100000)."), tr("n"),
                                            QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Demo seed (default 1)."),
                                        tr("s"), QStringLiteral("1"));
    const QCommandLineOption regenerateOption(QStringLiteral("regenerate"),
                                              tr("Delete the database and generate it again."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Also write the JSON here."),
                                       tr("file"));
    const QCommandLineOption repsOption(QStringLiteral("repetitions"),
                                        tr("Timed runs per query (default 9)."), tr("r"),
                                        QStringLiteral("9"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("The date taken as today (yyyy-MM-dd)."), tr("date"),
                                         QDate::currentDate().toString(Qt::ISODate));
    parser.addOptions({dbOption, childrenOption, seedOption, regenerateOption, outOption,
                       repsOption, todayOption});
    parser.process(app);

    const int children = parser.value(childrenOption).toInt();
    const int repetitions = std::clamp(parser.value(repsOption).toInt(), 1, 100);
    const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
    if (children < 1 || !today.isValid()) {
        err << tr("Give a positive --children and a --today as yyyy-MM-dd.") << '\n';
        return 2;
    }
    const QString path =
        parser.isSet(dbOption)
            ? parser.value(dbOption)
            : QDir::temp().filePath(QStringLiteral("encompass-bench-%1.sqlite").arg(children));
    if (parser.isSet(regenerateOption))
        removeDatabaseFiles(path);

    QJsonObject result;
    result.insert(QStringLiteral("database"), QDir::toNativeSeparators(path));
    {
        auto opened = Database::open(path);
        if (!opened) {
            err << opened.errorText() << '\n';
            return 1;
        }
        Database &db = **opened;
        if (scalar(db, QStringLiteral("SELECT count(*) FROM child")) == 0) {
            DemoOptions options;
            options.children = children;
            options.seed = parser.value(seedOption).toULongLong();
            options.today = today;
            options.progress = [&err](int done, int total) {
                if (done % 10 == 0)
                    err << tr("Generating: %1%").arg(done * 100 / std::max(1, total)) << '\n'
                        << Qt::flush;
                return true;
            };
            QElapsedTimer t;
            t.start();
            const std::clock_t cpuStart = std::clock();
            auto stats = DemoGenerator::generate(db, options);
            const qint64 ms = t.elapsed();
            // CPU time as well: on a shared machine the wall clock also measures the neighbours.
            const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
            if (!stats) {
                err << stats.errorText() << '\n';
                return 1;
            }
            result.insert(QStringLiteral("generation"),
                          QJsonObject{{QStringLiteral("ms"), ms},
                                      {QStringLiteral("cpu_ms"), cpuMs},
                                      {QStringLiteral("target_ms"), GenerationTargetMs},
                                      {QStringLiteral("pass"), ms <= GenerationTargetMs},
                                      {QStringLiteral("households"), stats->households},
                                      {QStringLiteral("settings"), stats->settings},
                                      {QStringLiteral("meetings"), stats->meetings},
                                      {QStringLiteral("decisions"), stats->decisions},
                                      {QStringLiteral("actions"), stats->actions},
                                      {QStringLiteral("proformas"), stats->proformas},
                                      {QStringLiteral("escalations"), stats->escalations}});
        } else {
            result.insert(QStringLiteral("generation"), QStringLiteral("reused"));
        }
        // Start the queries from a checkpointed file, as after a restart.
        if (!Sql::exec(db.sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            err << tr("Could not checkpoint the database; timings may include WAL reads.") << '\n';

        bench::Baseline baseline(db.path());
        if (!baseline.ok()) {
            err << baseline.error() << '\n';
            return 1;
        }
        QJsonArray queries;
        const EscalationConfig config;
        queries.append(measure(
            QStringLiteral("escalation_all"), EscalationTargetMs, repetitions,
            [&]() {
                auto r = EscalationService::evaluateAll(db.sql(), today, config);
                return r ? int(r->size()) : -1;
            },
            [&]() { return baseline.escalationAll(today, config); }));
        const QStringList prefixes = {QStringLiteral("smi"), QStringLiteral("o'b"),
                                      QStringLiteral("now"), QStringLiteral("pat"),
                                      QStringLiteral("zo"),  QStringLiteral("siân"),
                                      QStringLiteral("ZT1"), QStringLiteral("NICHE-2024-001")};
        for (const QString &prefix : prefixes) {
            ChildFilter filter;
            filter.search = prefix;
            filter.today = today;
            queries.append(measure(
                QStringLiteral("search_prefix:") + prefix, SearchTargetMs, repetitions,
                [&]() {
                    auto r = ChildQuery::find(db.sql(), filter, 100);
                    return r ? int(r->size()) : -1;
                },
                [&]() { return baseline.searchPrefix(prefix, today, 100); }));
        }
        result.insert(QStringLiteral("queries"), queries);
        result.insert(QStringLiteral("children"),
                      scalar(db, QStringLiteral("SELECT count(*) FROM child")));
        result.insert(QStringLiteral("ppns"),
                      scalar(db, QStringLiteral("SELECT count(*) FROM ppn")));
        result.insert(QStringLiteral("ppn_children"),
                      scalar(db, QStringLiteral("SELECT count(*) FROM ppn_child")));
    }
    result.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    result.insert(QStringLiteral("database_bytes"), fileSize(path));
    result.insert(QStringLiteral("peak_rss_kib"), peakRssKiB());
    result.insert(QStringLiteral("load_average"), loadAverage());

    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << QString::fromUtf8(json);
    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            err << tr("Cannot write %1: %2").arg(parser.value(outOption), out.errorString())
                << '\n';
            return 1;
        }
    }
    return 0;
}
