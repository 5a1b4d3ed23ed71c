// options: the office's options, listed and changed (administrators), each change audited.

#include "cli/Commands.h"

#include "repo/OptionCatalog.h"
#include "repo/Options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

int optionsList(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("options list"),
                    tr("List the office's options: key, value, default and what each means."),
                    true);
    if (auto done = command.parse(args, context))
        return *done;
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    const QHash<QString, QString> values = Options(db->sql()).catalogValues();
    if (command.json()) {
        QJsonArray a;
        for (const OptionSpec &s : OptionCatalog::all())
            a.append(QJsonObject{
                {QStringLiteral("key"), s.key},
                {QStringLiteral("value"), values.value(s.key)},
                {QStringLiteral("shown"), OptionCatalog::display(s, values.value(s.key))},
                {QStringLiteral("default"), s.fallback},
                {QStringLiteral("label"), s.label},
                {QStringLiteral("help"), s.help}});
        printJson(a);
        return Ok;
    }
    Table t({tr("Key"), tr("Value"), tr("Default"), tr("Option")});
    for (const OptionSpec &s : OptionCatalog::all())
        t.addRow({s.key, OptionCatalog::display(s, values.value(s.key)),
                  OptionCatalog::display(s, s.fallback), s.label});
    printOut(t.render() + tr("Change one with \"encompass-cli options set KEY VALUE\"."));
    return Ok;
}

int optionsSet(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("options set"),
                    tr("Change options: KEY VALUE, and more pairs after. Administrators only; "
                       "all change or none, each audited. Days as names (mon,wed,fri), yes/no, "
                       "times as HH:MM, a day's own hours as \"Fri 10:00-12:30\"."),
                    false);
    // "set KEY VALUE [KEY VALUE...] [options]": the pairs first, the options after them.
    QStringList pairs;
    QStringList rest = args.mid(0, 1);
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--")))
            rest << args.at(i);
        else
            pairs << args.at(i);
    }
    if (auto done = command.parse(rest, context))
        return *done;
    if (pairs.isEmpty() || pairs.size() % 2) {
        printError(tr("options set needs a key and a value, e.g. \"options set quorum.percent "
                      "75\" (\"options list\" lists the keys)."));
        return Usage;
    }
    QHash<QString, QString> changes;
    for (int i = 0; i < pairs.size(); i += 2)
        changes.insert(pairs.at(i), pairs.at(i + 1));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const OptionSpec *spec = OptionCatalog::find(it.key());
        if (!spec) {
            printError(tr("there is no option \"%1\": \"options list\" lists them.").arg(it.key()));
            return Usage;
        }
        if (auto v = OptionCatalog::normalise(*spec, it.value()); !v) {
            printError(v.errorText());
            return Usage;
        }
    }
    auto db = openDatabase(context, Database::Mode::OpenExisting);
    if (!db)
        return Usage;
    QStringList changed;
    if (Status s = Options::change(*db, changes, &changed); !s) {
        printError(s.errorText());
        return Problems;
    }
    if (changed.isEmpty()) {
        printOut(tr("Nothing changed: the options already had those values."));
        return Ok;
    }
    const QHash<QString, QString> values = Options(db->sql()).catalogValues();
    for (const QString &key : std::as_const(changed)) {
        const OptionSpec *spec = OptionCatalog::find(key);
        printOut(tr("%1 (%2) is now %3.")
                     .arg(spec->label, key, OptionCatalog::display(*spec, values.value(key))));
    }
    return Ok;
}

} // namespace

int runOptions(Context &context, const QStringList &args)
{
    return dispatch(context, args, QStringLiteral("options"),
                    {{QStringLiteral("list"), optionsList}, {QStringLiteral("set"), optionsSet}});
}

} // namespace enc::cli
