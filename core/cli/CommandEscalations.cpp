// escalations: children whose PPNs reach the escalation count within the window.

#include "cli/Commands.h"

#include "repo/EscalationFollowUp.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace enc::cli {

namespace {

struct Listed
{
    Id childId = 0;
    QString forename;
    QString surname;
    EscalationResult result;
    QList<PpnDate> ppns; // the triggering PPNs, or for a near miss those in the current window
    std::optional<EscalationRecord> record; // the latest escalation triggered by asOf
};

// The latest of a child's escalations triggered by asOf (records are newest first).
std::optional<EscalationRecord> latestBy(const QList<EscalationRecord> &records, QDate asOf)
{
    for (const EscalationRecord &e : records) {
        if (e.triggeredOn <= asOf)
            return e;
    }
    return std::nullopt;
}

QJsonValue recordJson(const std::optional<EscalationRecord> &e, QDate asOf)
{
    if (!e)
        return QJsonValue();
    QJsonArray liaisons;
    for (const EscalationLiaison &l : e->liaisons) {
        if (l.on > asOf)
            continue;
        liaisons.append(QJsonObject{{QStringLiteral("on"), jsonDate(l.on)},
                                    {QStringLiteral("with"), l.with},
                                    {QStringLiteral("outcome"), l.outcome}});
    }
    const bool fedBack = e->feedbackOn.isValid() && e->feedbackOn <= asOf;
    const bool closed = e->closedOn.isValid() && e->closedOn <= asOf;
    return QJsonObject{
        {QStringLiteral("id"), e->id},
        {QStringLiteral("triggered_on"), jsonDate(e->triggeredOn)},
        {QStringLiteral("state"), toToken(e->state(asOf))},
        {QStringLiteral("liaisons"), liaisons},
        {QStringLiteral("feedback_on"), fedBack ? jsonDate(e->feedbackOn) : QJsonValue()},
        {QStringLiteral("feedback"), fedBack ? QJsonValue(e->feedback) : QJsonValue()},
        {QStringLiteral("closed_on"), closed ? jsonDate(e->closedOn) : QJsonValue()},
        {QStringLiteral("close_reason"), closed ? QJsonValue(e->closeReason) : QJsonValue()}};
}

// "Liaised 03/12/2026 (MASH)", "Closed 05/12/2026": how far the chair has taken it.
QString followUpText(const std::optional<EscalationRecord> &e, QDate asOf)
{
    if (!e)
        return QCoreApplication::translate("enc::cli", "Not recorded");
    const EscalationState state = e->state(asOf);
    switch (state) {
    case EscalationState::Closed:
        return QStringLiteral("%1 %2").arg(toText(state), textDate(e->closedOn));
    case EscalationState::FeedbackGiven:
        return QStringLiteral("%1 %2").arg(toText(state), textDate(e->feedbackOn));
    case EscalationState::Liaised:
        for (auto l = e->liaisons.crbegin(); l != e->liaisons.crend(); ++l) {
            if (l->on <= asOf)
                return QStringLiteral("%1 %2 (%3)").arg(toText(state), textDate(l->on), l->with);
        }
        break;
    case EscalationState::Open:
        break;
    }
    return toText(state);
}

// A near miss has no triggering PPNs: show the ones in the current window instead, for every
// listed near miss at once (a county has thousands: one statement, not one per child; on a
// server each is a round trip). Counting per household reads each child's household apart.
Result<QHash<Id, QList<PpnDate>>> currentWindows(const QSqlDatabase &db, const QList<Id> &children,
                                                 QDate asOf, const EscalationConfig &config)
{
    QHash<Id, QList<PpnDate>> out;
    if (children.isEmpty())
        return out;
    const QVariantMap period{
        {QStringLiteral("from"), Sql::date(asOf.addMonths(-config.windowMonths))},
        {QStringLiteral("to"), Sql::date(asOf)}};
    const auto read = [&](QSqlQuery &q, Id only) {
        while (q.next()) {
            if (q.value(4).toBool() && !config.countMissing)
                continue; // not counted by the office
            out[only ? only : q.value(0).toLongLong()].append(
                {q.value(1).toLongLong(), Sql::toDate(q.value(2)), q.value(3).toString(),
                 q.value(4).toBool()});
        }
    };
    if (!config.perHousehold) {
        QVariantMap values = period;
        values.insert(QStringLiteral("ids"), SqlParts::idList(children));
        auto q = Sql::run(db,
                          QStringLiteral("SELECT pc.child_id, p.id, pc.incident_on, p.police_ref, "
                                         "p.type = 'missing_child' FROM ppn_child pc "
                                         "JOIN ppn p ON p.id = pc.ppn_id WHERE pc.child_id IN (%1) "
                                         "AND pc.archived = 0 AND pc.incident_on >= :from "
                                         "AND pc.incident_on <= :to "
                                         "ORDER BY pc.child_id, pc.incident_on, p.id")
                              .arg(SqlParts::idListRows(db)),
                          values);
        if (!q)
            return q.error();
        read(*q, 0);
        return out;
    }
    for (Id child : children) {
        QVariantMap values = period;
        values.insert(QStringLiteral("child"), child);
        auto q = Sql::run(
            db,
            QStringLiteral("SELECT DISTINCT c.id, p.id, pc.incident_on, p.police_ref, p.type = "
                           "'missing_child' FROM ppn_child pc "
                           "JOIN ppn p ON p.id = pc.ppn_id JOIN child c ON c.id = pc.child_id "
                           "WHERE pc.archived = 0 AND pc.incident_on >= :from AND pc.incident_on "
                           "<= :to AND (c.id = :child OR c.household_id = "
                           "(SELECT household_id FROM child WHERE id = :child)) "
                           "ORDER BY pc.incident_on, p.id"),
            values);
        if (!q)
            return q.error();
        read(*q, child);
    }
    return out;
}

QString stateToken(const EscalationResult &r)
{
    if (r.active)
        return QStringLiteral("active");
    if (r.nearMiss)
        return QStringLiteral("near-miss");
    return QStringLiteral("past");
}

QString stateText(const EscalationResult &r)
{
    if (r.active)
        return QCoreApplication::translate("enc::cli", "Active");
    if (r.nearMiss)
        return QCoreApplication::translate("enc::cli", "Near miss");
    return QCoreApplication::translate("enc::cli", "Past");
}

QJsonObject toJson(const Listed &l, QDate asOf)
{
    QJsonArray ppns;
    for (const PpnDate &p : l.ppns) {
        ppns.append(QJsonObject{{QStringLiteral("ppn_id"), p.ppnId},
                                {QStringLiteral("reference"), p.reference},
                                {QStringLiteral("incident_date"), jsonDate(p.date)}});
    }
    return QJsonObject{
        {QStringLiteral("child_id"), l.childId},
        {QStringLiteral("forename"), l.forename},
        {QStringLiteral("surname"), l.surname},
        {QStringLiteral("state"), stateToken(l.result)},
        {QStringLiteral("triggered"), l.result.triggered},
        {QStringLiteral("active"), l.result.active},
        {QStringLiteral("near_miss"), l.result.nearMiss},
        {QStringLiteral("triggered_on"), jsonDate(l.result.triggeredOn)},
        {QStringLiteral("in_window"), l.result.inCurrentWindow},
        {QStringLiteral("max_in_window"), l.result.maxInWindow},
        {QStringLiteral("follow_up"), l.record ? toToken(l.record->state(asOf)) : QJsonValue()},
        {QStringLiteral("escalation"), recordJson(l.record, asOf)},
        {QStringLiteral("ppns"), ppns}};
}

} // namespace

int runEscalations(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("escalations"),
                    QCoreApplication::translate(
                        "enc::cli", "List the children whose PPNs reached the escalation count "
                                    "within the window (the office's settings, normally 3 in 3 "
                                    "months), with the PPNs that triggered it."),
                    true);
    auto &p = command.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("as-of"),
        QCoreApplication::translate("enc::cli",
                                    "Evaluate as of this date, yyyy-mm-dd or dd/mm/yyyy "
                                    "(default today)."),
        QCoreApplication::translate("enc::cli", "date")));
    p.addOption(QCommandLineOption(
        QStringLiteral("near-miss"),
        QCoreApplication::translate("enc::cli", "Also list near misses: one PPN short of "
                                                "escalation in the current window.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("open"),
        QCoreApplication::translate("enc::cli", "Only the escalations not closed (those on the "
                                                "agenda).")));
    if (auto done = command.parse(args, context))
        return *done;
    auto asOf = dateOption(command, QStringLiteral("as-of"), QDate::currentDate());
    if (!asOf) {
        printError(asOf.errorText());
        return Usage;
    }
    const bool nearMisses = command.isSet(QStringLiteral("near-miss"));
    const bool openOnly = command.isSet(QStringLiteral("open"));

    auto db = openForReading(context);
    if (!db)
        return Usage;
    const QSqlDatabase sql = db->sql();
    const EscalationConfig config = Options(sql).escalation();
    auto all = EscalationService::evaluateAll(sql, *asOf, config);
    if (!all) {
        printError(all.errorText());
        return Problems;
    }

    auto records = EscalationFollowUp(*db).byChild();
    if (!records) {
        printError(records.errorText());
        return Problems;
    }

    // The listed children's names in one statement (on a server, each is a round trip).
    QList<Id> childIds;
    for (const EscalationService::ChildEscalation &e : *all)
        childIds.append(e.childId);
    QHash<Id, QPair<QString, QString>> nameOf;
    {
        auto names =
            Sql::run(sql,
                     QStringLiteral("SELECT id, forename, surname FROM child WHERE id IN (%1)")
                         .arg(SqlParts::idListRows(sql)),
                     {{QStringLiteral("ids"), SqlParts::idList(childIds)}});
        if (!names) {
            printError(names.errorText());
            return Problems;
        }
        while (names->next())
            nameOf.insert(names->value(0).toLongLong(),
                          {names->value(1).toString(), names->value(2).toString()});
    }
    QList<Listed> listed;
    for (const EscalationService::ChildEscalation &e : *all) {
        if (!e.result.triggered && !(nearMisses && e.result.nearMiss))
            continue;
        Listed l{e.childId,
                 {},
                 {},
                 e.result,
                 e.result.triggering,
                 latestBy(records->value(e.childId), *asOf)};
        if (openOnly && (!l.record || l.record->state(*asOf) == EscalationState::Closed))
            continue;
        const QPair<QString, QString> name = nameOf.value(e.childId);
        l.forename = name.first;
        l.surname = name.second;
        listed.append(l);
    }
    QList<Id> nearMissIds;
    for (const Listed &l : std::as_const(listed)) {
        if (!l.result.triggered)
            nearMissIds.append(l.childId);
    }
    auto windows = currentWindows(sql, nearMissIds, *asOf, config);
    if (!windows) {
        printError(windows.errorText());
        return Problems;
    }
    for (Listed &l : listed) {
        if (!l.result.triggered)
            l.ppns = windows->value(l.childId);
    }
    // Active escalations first, the most recent first; then the rest the same way.
    std::stable_sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) {
        if (a.result.active != b.result.active)
            return a.result.active;
        if (a.result.triggered != b.result.triggered)
            return a.result.triggered;
        return a.result.triggeredOn > b.result.triggeredOn;
    });

    if (command.json()) {
        QJsonArray children;
        for (const Listed &l : listed)
            children.append(toJson(l, *asOf));
        printJson(QJsonObject{{QStringLiteral("as_of"), jsonDate(*asOf)},
                              {QStringLiteral("threshold"), config.threshold},
                              {QStringLiteral("window_months"), config.windowMonths},
                              {QStringLiteral("per_household"), config.perHousehold},
                              {QStringLiteral("count_missing"), config.countMissing},
                              {QStringLiteral("children"), children}});
        return Ok;
    }
    Table t({QCoreApplication::translate("enc::cli", "Id"),
             QCoreApplication::translate("enc::cli", "Name"),
             QCoreApplication::translate("enc::cli", "State"),
             QCoreApplication::translate("enc::cli", "Triggered on"),
             QCoreApplication::translate("enc::cli", "In window"),
             QCoreApplication::translate("enc::cli", "Follow-up"),
             QCoreApplication::translate("enc::cli", "PPNs (police reference, incident date)")},
            {0, 4});
    for (const Listed &l : listed) {
        QStringList refs;
        for (const PpnDate &ppn : l.ppns)
            refs << QStringLiteral("%1 %2").arg(ppn.reference, textDate(ppn.date));
        t.addRow({QString::number(l.childId), l.forename + QLatin1Char(' ') + l.surname,
                  stateText(l.result), textDate(l.result.triggeredOn),
                  QString::number(l.result.inCurrentWindow), followUpText(l.record, *asOf),
                  refs.join(QStringLiteral(", "))});
    }
    QString text = t.render();
    text += (config.countMissing
                 ? QCoreApplication::translate("enc::cli", "As of %1: %2 PPNs within %3 months "
                                                           "escalate; %4 listed.")
                 : QCoreApplication::translate("enc::cli",
                                               "As of %1: %2 PPNs within %3 months escalate "
                                               "(missing-child notifications not counted); %4 "
                                               "listed."))
                .arg(textDate(*asOf))
                .arg(config.threshold)
                .arg(config.windowMonths)
                .arg(listed.size());
    printOut(text);
    return Ok;
}

} // namespace enc::cli
