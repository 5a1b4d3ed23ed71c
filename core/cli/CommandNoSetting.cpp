// no-setting: children with no known setting, exported for children's services to fill in
// and read back.

#include "cli/Commands.h"

#include "import/NoSettingList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

} // namespace

int runNoSetting(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("no-setting"),
                    tr("List the children with no known setting; \"no-setting export FILE\" "
                       "writes the list (.csv or .xlsx) to be filled in, \"no-setting import "
                       "FILE\" reads the filled list back and sets each child's setting."),
                    true);
    auto &p = command.parser();
    p.addOption(
        QCommandLineOption(QStringLiteral("area"), tr("Only children in this area."), tr("name")));
    // Command takes options only: the action and file follow the command name.
    QStringList rest = args;
    QStringList pos;
    while (rest.size() > 1 && !rest.at(1).startsWith(QLatin1Char('-')) && pos.size() < 2)
        pos << rest.takeAt(1);
    if (auto done = command.parse(rest, context))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    NoSettingList list(*db);
    const QString area = command.value(QStringLiteral("area"));

    if (pos.isEmpty()) {
        auto entries = list.entries(area);
        if (!entries) {
            printError(entries.errorText());
            return Problems;
        }
        if (command.json()) {
            QJsonArray out;
            for (const auto &e : *entries) {
                out.append(QJsonObject{{QStringLiteral("child_id"), e.childId},
                                       {QStringLiteral("forename"), e.forename},
                                       {QStringLiteral("surname"), e.surname},
                                       {QStringLiteral("date_of_birth"), jsonDate(e.dateOfBirth)},
                                       {QStringLiteral("area"), e.area}});
            }
            printJson(out);
            return Ok;
        }
        Table t({tr("Id"), tr("Forename"), tr("Surname"), tr("Born"), tr("Area")}, {0});
        for (const auto &e : *entries)
            t.addRow({QString::number(e.childId), e.forename, e.surname, textDate(e.dateOfBirth),
                      e.area});
        printOut(t.rowCount() == 0 ? tr("Every child has a known setting.") : t.render());
        return Ok;
    }
    if (pos.size() != 2 ||
        (pos.first() != QLatin1String("export") && pos.first() != QLatin1String("import"))) {
        printError(tr("no-setting: use \"no-setting export FILE\" or \"no-setting import FILE\"."));
        return Usage;
    }
    if (pos.first() == QLatin1String("export")) {
        auto n = list.exportTo(pos.at(1), area);
        if (!n) {
            printError(n.errorText());
            return Problems;
        }
        printOut(tr("%1 children written to %2.").arg(*n).arg(pos.at(1)));
        return Ok;
    }
    auto applied = list.importFrom(pos.at(1));
    if (!applied) {
        printError(applied.errorText());
        return Usage;
    }
    if (command.json()) {
        QJsonArray errors;
        for (const Error &e : applied->errors)
            errors.append(QJsonObject{{QStringLiteral("row"), e.row},
                                      {QStringLiteral("column"), e.field},
                                      {QStringLiteral("message"), e.message}});
        printJson(QJsonObject{{QStringLiteral("updated"), applied->updated},
                              {QStringLiteral("blank"), applied->unchanged},
                              {QStringLiteral("row_errors"), errors}});
    } else {
        QString text = tr("%1 children's settings set; %2 rows left blank.\n")
                           .arg(applied->updated)
                           .arg(applied->unchanged);
        for (const Error &e : applied->errors)
            text += tr("Row %1, %2: %3\n").arg(e.row).arg(e.field, e.message);
        printOut(text);
    }
    return applied->errors.isEmpty() ? Ok : Problems;
}

} // namespace enc::cli
