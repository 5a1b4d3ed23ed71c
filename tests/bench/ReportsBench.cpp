// encompass-reports-bench: the whole Reports dashboard on a county-size database.
//
//   encompass-reports-bench [--db PATH] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--repetitions R]
//
// Prints one JSON object: the median time of ReportBuilder::build plus ReportTables::build
// (everything the page shows), the median of the same SQL run through the SQLite C API with
// no Qt Sql layer (the floor), their ratio, and the 500 ms target. The period defaults to the
// two years up to the latest incident in the database.

#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

using namespace enc;

namespace {

constexpr double TargetMs = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("encompass-reports-bench", text);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// CPU time of this thread in ms: on a loaded machine wall time mostly measures waiting.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

// The 1-minute load average, to read the timings against (-1 where unknown).
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QString::fromLatin1(f.readAll()).split(QLatin1Char(' ')).value(0).toDouble();
}

// The report's SQL through the C API: prepare, bind :from and :to, read every column.
class CBaseline
{
public:
    explicit CBaseline(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~CBaseline() { sqlite3_close(m_db); }
    CBaseline(const CBaseline &) = delete;
    CBaseline &operator=(const CBaseline &) = delete;
    bool ok() const { return m_db != nullptr; }

    // Rows read, or -1 when a statement fails.
    qint64 run(const QString &sql, const QByteArray &from, const QByteArray &to)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) !=
            SQLITE_OK)
            return -1;
        for (const auto &[name, value] : {std::pair{":from", &from}, std::pair{":to", &to}}) {
            const int index = sqlite3_bind_parameter_index(stmt, name);
            if (index > 0)
                sqlite3_bind_text(stmt, index, value->constData(), int(value->size()),
                                  SQLITE_STATIC);
        }
        qint64 rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        }
        sqlite3_finalize(stmt);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("encompass-reports-bench"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the whole Reports dashboard and the same SQL through the SQLite C API."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("path"),
                                      QStringLiteral("/tmp/county-reports.sqlite"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (yyyy-MM-dd)."),
                                        tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day (yyyy-MM-dd)."),
                                      tr("date"));
    const QCommandLineOption repsOption(
        QStringLiteral("repetitions"), tr("Timed runs (default 9)."), tr("r"), QStringLiteral("9"));
    parser.addOptions({dbOption, fromOption, toOption, repsOption});
    parser.process(app);
    const int repetitions = std::clamp(parser.value(repsOption).toInt(), 1, 100);
    const QString path = parser.value(dbOption);
    if (!QFile::exists(path)) {
        err << tr("No database at %1: create one with \"encompass-cli --db %1 demo --children "
                  "100000\".")
                   .arg(path)
            << '\n';
        return 2;
    }
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        err << opened.errorText() << '\n';
        return 1;
    }
    Database &db = **opened;

    QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!to.isValid()) {
        auto latest = Sql::scalar(db.sql(), QStringLiteral("SELECT max(incident_on) FROM ppn"));
        to = latest ? Sql::toDate(*latest) : QDate();
    }
    QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    if (!from.isValid() && to.isValid())
        from = to.addYears(-2).addDays(1);
    if (!from.isValid() || !to.isValid()) {
        err << tr("Give --from and --to as yyyy-MM-dd (the database holds no PPNs).") << '\n';
        return 2;
    }

    CBaseline baseline(path);
    if (!baseline.ok()) {
        err << tr("The SQLite C API cannot open %1.").arg(path) << '\n';
        return 1;
    }
    const QByteArray fromText = from.toString(Qt::ISODate).toUtf8();
    const QByteArray toText = to.toString(Qt::ISODate).toUtf8();
    const QStringList statements = ReportBuilder::statements();

    const auto ours = [&]() -> qint64 {
        auto report = ReportBuilder::build(db.sql(), from, to);
        if (!report) {
            err << report.errorText() << '\n';
            return -1;
        }
        return ReportTables::build(*report, false).size();
    };
    QList<QList<double>> perStatement(statements.size());
    const auto base = [&]() -> qint64 {
        qint64 rows = 0;
        QElapsedTimer t;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            t.start();
            const qint64 n = baseline.run(statements[i], fromText, toText);
            perStatement[i] << t.nsecsElapsed() / 1e6;
            if (n < 0)
                return -1;
            rows += n;
        }
        return rows;
    };

    // One warm-up each, then alternate so both see the same cache and machine load.
    if (ours() < 0 || base() < 0)
        return 1;
    for (QList<double> &list : perStatement)
        list.clear();
    QList<double> oursMs;
    QList<double> baseMs;
    QList<double> oursCpu;
    QList<double> baseCpu;
    QElapsedTimer t;
    for (int i = 0; i < repetitions; ++i) {
        double cpu = cpuMs();
        t.start();
        ours();
        oursMs << t.nsecsElapsed() / 1e6;
        oursCpu << cpuMs() - cpu;
        cpu = cpuMs();
        t.start();
        base();
        baseMs << t.nsecsElapsed() / 1e6;
        baseCpu << cpuMs() - cpu;
    }
    const double o = median(oursMs);
    const double b = median(baseMs);
    QJsonArray statementTimes;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        statementTimes.append(
            QJsonObject{{QStringLiteral("sql"), statements[i].left(60)},
                        {QStringLiteral("baseline_median_ms"), round2(median(perStatement[i]))}});
    }
    const QJsonObject result{
        {QStringLiteral("database"), path},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("ours_median_ms"), round2(o)},
        {QStringLiteral("ours_min_ms"), round2(*std::min_element(oursMs.begin(), oursMs.end()))},
        {QStringLiteral("baseline_median_ms"), round2(b)},
        {QStringLiteral("ours_cpu_median_ms"), round2(median(oursCpu))},
        {QStringLiteral("baseline_cpu_median_ms"), round2(median(baseCpu))},
        {QStringLiteral("load_average"), loadAverage()},
        {QStringLiteral("ratio"), b > 0 ? round2(o / b) : 0.0},
        {QStringLiteral("target_ms"), TargetMs},
        {QStringLiteral("pass"), o <= TargetMs},
        {QStringLiteral("repetitions"), repetitions},
        {QStringLiteral("statements"), statementTimes}};
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
