// demo: synthetic records for demonstrations, training and benchmarks.

#include "cli/Commands.h"

#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <cstdio>
#include <limits>

namespace enc::cli {

namespace {

void showProgress(int done, int total)
{
    const int percent = total > 0 ? done * 100 / total : 100;
    // The carriage return redraws the same line on the terminal.
    const QString line =
        QLatin1Char('\r') +
        QCoreApplication::translate("enc::cli", "Generating demo data: %1%").arg(percent);
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runDemo(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("demo"),
                    QCoreApplication::translate(
                        "enc::cli", "Fill an empty tracker with invented children, PPNs, meetings "
                                    "and decisions (nothing real). Refused when the database "
                                    "already holds children. The same seed and date give the "
                                    "same data."),
                    true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("children"),
        QCoreApplication::translate("enc::cli", "How many children to invent (default 300)."),
        QStringLiteral("N")));
    p.addOption(QCommandLineOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("enc::cli", "Seed of the random choices (default 1)."),
        QStringLiteral("S")));
    p.addOption(QCommandLineOption(
        QStringLiteral("today"),
        QCoreApplication::translate("enc::cli",
                                    "The day the data is generated as of, yyyy-mm-dd or dd/mm/yyyy "
                                    "(default today)."),
        QCoreApplication::translate("enc::cli", "date")));
    if (auto done = command.parse(args, context))
        return *done;

    auto children = numberOption(command, QStringLiteral("children"), 300, 1, 1000000);
    if (!children) {
        printError(children.errorText());
        return Usage;
    }
    auto seed =
        numberOption(command, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed) {
        printError(seed.errorText());
        return Usage;
    }
    auto today = dateOption(command, QStringLiteral("today"), QDate::currentDate());
    if (!today) {
        printError(today.errorText());
        return Usage;
    }

    auto db = openDatabase(context, Database::Mode::OpenOrCreate);
    if (!db)
        return Usage;
    const QString path = QDir::toNativeSeparators(db->path());
    auto existing = Sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM child"));
    if (!existing) {
        printError(existing.errorText());
        return Problems;
    }
    if (existing->toLongLong() > 0) {
        printError(QCoreApplication::translate(
                       "enc::cli", "%1 already holds %2 children: demo data goes only into an "
                                   "empty database. Use \"--db\" with a new file.")
                       .arg(path)
                       .arg(existing->toLongLong()));
        return Problems;
    }

    DemoOptions options;
    options.children = int(*children);
    options.seed = quint64(*seed);
    options.today = *today;
    const bool terminal = stderrIsTerminal();
    if (terminal) {
        options.progress = [](int done, int total) {
            showProgress(done, total);
            return true;
        };
    }
    auto stats = DemoGenerator::generate(*db, options);
    if (terminal)
        std::fputc('\n', stderr);
    if (!stats) {
        printError(stats.errorText());
        return Problems;
    }

    const DemoStats &s = *stats;
    if (command.json()) {
        printJson(QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("seed"), QString::number(*seed)},
                              {QStringLiteral("today"), jsonDate(*today)},
                              {QStringLiteral("children"), s.children},
                              {QStringLiteral("households"), s.households},
                              {QStringLiteral("settings"), s.settings},
                              {QStringLiteral("members"), s.members},
                              {QStringLiteral("ppns"), s.ppns},
                              {QStringLiteral("meetings"), s.meetings},
                              {QStringLiteral("decisions"), s.decisions},
                              {QStringLiteral("actions"), s.actions},
                              {QStringLiteral("proformas"), s.proformas},
                              {QStringLiteral("escalations"), s.escalations},
                              {QStringLiteral("elapsed_ms"), s.elapsedMs}});
        return Ok;
    }
    const auto n = [](qint64 v) {
        return QString::number(v);
    };
    Table t({QCoreApplication::translate("enc::cli", "Database"), path});
    t.addRow({QCoreApplication::translate("enc::cli", "As of"), textDate(*today)});
    t.addRow({QCoreApplication::translate("enc::cli", "Children"), n(s.children)});
    t.addRow({QCoreApplication::translate("enc::cli", "Households"), n(s.households)});
    t.addRow({QCoreApplication::translate("enc::cli", "Settings"), n(s.settings)});
    t.addRow({QCoreApplication::translate("enc::cli", "Members"), n(s.members)});
    t.addRow({QCoreApplication::translate("enc::cli", "PPNs"), n(s.ppns)});
    t.addRow({QCoreApplication::translate("enc::cli", "Meetings"), n(s.meetings)});
    t.addRow({QCoreApplication::translate("enc::cli", "Decisions"), n(s.decisions)});
    t.addRow({QCoreApplication::translate("enc::cli", "Actions"), n(s.actions)});
    t.addRow({QCoreApplication::translate("enc::cli", "Proformas"), n(s.proformas)});
    t.addRow({QCoreApplication::translate("enc::cli", "Escalations"), n(s.escalations)});
    t.addRow({QCoreApplication::translate("enc::cli", "Time taken"),
              QCoreApplication::translate("enc::cli", "%1 s")
                  .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)});
    printOut(t.render());
    return Ok;
}

} // namespace enc::cli
