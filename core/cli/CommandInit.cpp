// init and check: the database file itself.

#include "cli/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

int runInit(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("init"),
                    QCoreApplication::translate(
                        "enc::cli", "Create the tracker database, or upgrade it to this version's "
                                    "schema (a copy is kept before an upgrade)."),
                    true);
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenOrCreate);
    if (!db)
        return Usage;

    const QString path = QDir::toNativeSeparators(db->path());
    if (command.json()) {
        QJsonObject o{{QStringLiteral("path"), path},
                      {QStringLiteral("schema_version"), db->schemaVersion()}};
        if (!db->preUpgradeCopy().isEmpty())
            o.insert(QStringLiteral("pre_upgrade_copy"),
                     QDir::toNativeSeparators(db->preUpgradeCopy()));
        printJson(o);
        return Ok;
    }
    Table t({QCoreApplication::translate("enc::cli", "Database"), path});
    t.addRow({QCoreApplication::translate("enc::cli", "Schema version"),
              QString::number(db->schemaVersion())});
    if (!db->preUpgradeCopy().isEmpty()) {
        t.addRow({QCoreApplication::translate("enc::cli", "Copy before upgrade"),
                  QDir::toNativeSeparators(db->preUpgradeCopy())});
    }
    printOut(t.render());
    return Ok;
}

// A file this big takes long enough to check for a word before the wait (370 MB: ~10 s).
constexpr qint64 BigFile = 200'000'000;

int runCheck(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("check"),
                    QCoreApplication::translate(
                        "enc::cli", "Check the database: integrity (every page and index), "
                                    "schema version and the number of rows in each table. "
                                    "Exit status 1 when problems are found."),
                    true);
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openForReading(context);
    if (!db)
        return Usage;

    const QString path = QDir::toNativeSeparators(db->path());
    // SQLite reads every page: minutes for a county-size file, so say so before the wait.
    const qint64 bytes = db->onServer() ? 0 : QFileInfo(db->path()).size();
    if (bytes > BigFile && !command.json()) {
        printError(QCoreApplication::translate("enc::cli",
                                               "Checking every page of %1 (%2 MB): this can "
                                               "take some minutes...")
                       .arg(path)
                       .arg(bytes / 1'000'000));
    }
    const QStringList problems = db->integrityProblems();
    const auto counts = db->tableCounts();

    if (command.json()) {
        QJsonObject countsJson;
        for (const auto &[table, count] : counts)
            countsJson.insert(table, count);
        QJsonObject o{{QStringLiteral("path"), path},
                      {QStringLiteral("schema_version"), db->schemaVersion()},
                      {QStringLiteral("counts"), countsJson}};
        o.insert(QStringLiteral("integrity"),
                 db->onServer()       ? QJsonValue(QStringLiteral("not checked on a server"))
                 : problems.isEmpty() ? QJsonValue(QStringLiteral("ok"))
                                      : QJsonValue(QJsonArray::fromStringList(problems)));
        printJson(o);
        return problems.isEmpty() ? Ok : Problems;
    }

    Table summary({QCoreApplication::translate("enc::cli", "Database"), path});
    summary.addRow({QCoreApplication::translate("enc::cli", "Schema version"),
                    QString::number(db->schemaVersion())});
    summary.addRow(
        {QCoreApplication::translate("enc::cli", "Integrity"),
         db->onServer() ? QCoreApplication::translate(
                              "enc::cli", "not checked here: the server keeps its own pages "
                                          "(its administrator checks them with pg_amcheck)")
         : problems.isEmpty()
             ? QCoreApplication::translate("enc::cli", "ok")
             : QCoreApplication::translate("enc::cli", "%1 problems found").arg(problems.size())});
    QString text = summary.render();
    for (const QString &p : problems)
        text += QStringLiteral("  ") + p + QLatin1Char('\n');
    Table table({QCoreApplication::translate("enc::cli", "Table"),
                 QCoreApplication::translate("enc::cli", "Rows")},
                {1});
    for (const auto &[name, count] : counts)
        table.addRow({name, QString::number(count)});
    text += QLatin1Char('\n') + table.render();
    printOut(text);
    if (!problems.isEmpty()) {
        printError(QCoreApplication::translate(
                       "enc::cli", "%1 has integrity problems: restore it from a backup.")
                       .arg(path));
        return Problems;
    }
    return Ok;
}

} // namespace enc::cli
