// children: the tracker list, filtered as on screen.

#include "cli/Commands.h"

#include "repo/ChildQuery.h"
#include "repo/Options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace enc::cli {

namespace {

struct StatusName
{
    QString name;
    ChildFilter::State status;
};

const QList<StatusName> &statusNames()
{
    static const QList<StatusName> names = {
        {QStringLiteral("open"), ChildFilter::State::Open},
        {QStringLiteral("greened-off"), ChildFilter::State::GreenedOff},
        {QStringLiteral("escalated"), ChildFilter::State::Escalated},
    };
    return names;
}

// Machine-readable status, as --status takes it.
QString statusToken(const ChildRow &r)
{
    return r.status == ChildStatus::GreenedOff ? QStringLiteral("greened-off")
                                               : QStringLiteral("open");
}

QString statusText(const ChildRow &r)
{
    QString s = r.status == ChildStatus::GreenedOff
                    ? QCoreApplication::translate("enc::cli", "Greened off")
                    : QCoreApplication::translate("enc::cli", "Open");
    if (r.escalated)
        s = QCoreApplication::translate("enc::cli", "%1, escalated").arg(s);
    return s;
}

QJsonObject toJson(const ChildRow &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("forename"), r.forename},
                       {QStringLiteral("surname"), r.surname},
                       {QStringLiteral("date_of_birth"), jsonDate(r.dateOfBirth)},
                       {QStringLiteral("setting"), r.settingName},
                       {QStringLiteral("area"), r.areaName},
                       {QStringLiteral("ppn_count"), r.ppnCount},
                       {QStringLiteral("last_incident"), jsonDate(r.lastIncident)},
                       {QStringLiteral("ppns_in_window"), r.ppnsInWindow},
                       {QStringLiteral("status"), statusToken(r)},
                       {QStringLiteral("escalated"), r.escalated},
                       {QStringLiteral("open_actions"), r.openActions},
                       {QStringLiteral("next_action_due"), jsonDate(r.nextActionDue)}};
}

} // namespace

int runChildren(Context &context, const QStringList &args)
{
    QStringList allowed;
    for (const StatusName &s : statusNames())
        allowed << s.name;

    Command command(
        QStringLiteral("children"),
        QCoreApplication::translate("enc::cli", "List the children on the tracker, by surname."),
        true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("search"),
        QCoreApplication::translate(
            "enc::cli", "Only children whose names start with these words (accents and case "
                        "ignored), or with this postcode or police reference."),
        QCoreApplication::translate("enc::cli", "text")));
    p.addOption(QCommandLineOption(
        QStringLiteral("status"),
        QCoreApplication::translate("enc::cli", "Only children with this status: %1.")
            .arg(allowed.join(QStringLiteral(", "))),
        QCoreApplication::translate("enc::cli", "status")));
    p.addOption(
        QCommandLineOption(QStringLiteral("limit"),
                           QCoreApplication::translate(
                               "enc::cli", "Show at most N children (default 50; 0 shows all)."),
                           QStringLiteral("N")));
    if (auto done = command.parse(args, context))
        return *done;

    ChildFilter filter;
    filter.search = command.value(QStringLiteral("search"));
    if (command.isSet(QStringLiteral("status"))) {
        const QString wanted = command.value(QStringLiteral("status")).trimmed().toLower();
        bool found = false;
        for (const StatusName &s : statusNames()) {
            if (s.name == wanted) {
                filter.status = s.status;
                found = true;
            }
        }
        if (!found) {
            printError(QCoreApplication::translate(
                           "enc::cli", "--status \"%1\" is not a status: use one of %2.")
                           .arg(command.value(QStringLiteral("status")),
                                allowed.join(QStringLiteral(", "))));
            return Usage;
        }
    }
    auto limit = numberOption(command, QStringLiteral("limit"), 50, 0, 100000000);
    if (!limit) {
        printError(limit.errorText());
        return Usage;
    }

    auto db = openForReading(context);
    if (!db)
        return Usage;
    auto ids = ChildQuery::ids(db->sql(), filter);
    if (!ids) {
        printError(ids.errorText());
        return Problems;
    }
    const QList<Id> shown = *limit > 0 ? ids->mid(0, *limit) : *ids;
    auto rows =
        ChildQuery::rows(db->sql(), shown, filter, Options(db->sql()).escalation().windowMonths);
    if (!rows) {
        printError(rows.errorText());
        return Problems;
    }

    if (command.json()) {
        QJsonArray a;
        for (const ChildRow &r : *rows)
            a.append(toJson(r));
        printJson(a);
        return Ok;
    }
    Table t({QCoreApplication::translate("enc::cli", "Id"),
             QCoreApplication::translate("enc::cli", "Name"),
             QCoreApplication::translate("enc::cli", "Date of birth"),
             QCoreApplication::translate("enc::cli", "Setting"),
             QCoreApplication::translate("enc::cli", "PPNs"),
             QCoreApplication::translate("enc::cli", "Last incident"),
             QCoreApplication::translate("enc::cli", "Status")},
            {0, 4});
    for (const ChildRow &r : *rows) {
        t.addRow({QString::number(r.id), r.forename + QLatin1Char(' ') + r.surname,
                  textDate(r.dateOfBirth), r.settingName, QString::number(r.ppnCount),
                  textDate(r.lastIncident), statusText(r)});
    }
    QString text = t.render();
    if (shown.size() < ids->size()) {
        text += QCoreApplication::translate("enc::cli",
                                            "Showing %1 of %2 children: use --limit to see more.")
                    .arg(shown.size())
                    .arg(ids->size());
    } else {
        text += ids->size() == 1
                    ? QCoreApplication::translate("enc::cli", "1 child.")
                    : QCoreApplication::translate("enc::cli", "%1 children.").arg(ids->size());
    }
    printOut(text);
    return Ok;
}

} // namespace enc::cli
