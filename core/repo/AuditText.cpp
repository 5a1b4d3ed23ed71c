#include "AuditText.h"

#include "storage/Sql.h"
#include "storage/SqlParts.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AuditText", text);
}

QJsonObject object(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// Columns a person never edits (bookkeeping, or summaries the tracker keeps itself).
bool bookkeeping(const QString &field)
{
    static const QSet<QString> fields = {QStringLiteral("id"),
                                         QStringLiteral("version"),
                                         QStringLiteral("created_at"),
                                         QStringLiteral("updated_at"),
                                         QStringLiteral("ppn_count"),
                                         QStringLiteral("last_incident_on"),
                                         QStringLiteral("next_action_due"),
                                         QStringLiteral("open_actions"),
                                         QStringLiteral("hash"),
                                         QStringLiteral("setting_known")};
    return fields.contains(field) || field.endsWith(QLatin1String("_key"));
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("forename"), QT_TRANSLATE_NOOP("enc::AuditText", "Forename")},
        {QStringLiteral("surname"), QT_TRANSLATE_NOOP("enc::AuditText", "Surname")},
        {QStringLiteral("date_of_birth"), QT_TRANSLATE_NOOP("enc::AuditText", "Date of birth")},
        {QStringLiteral("setting_id"), QT_TRANSLATE_NOOP("enc::AuditText", "Setting")},
        {QStringLiteral("area_id"), QT_TRANSLATE_NOOP("enc::AuditText", "Area")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("enc::AuditText", "Household")},
        {QStringLiteral("case_reference"), QT_TRANSLATE_NOOP("enc::AuditText", "Case reference")},
        {QStringLiteral("social_care_open"),
         QT_TRANSLATE_NOOP("enc::AuditText", "Open to social care")},
        {QStringLiteral("dsl_name"), QT_TRANSLATE_NOOP("enc::AuditText", "DSL name")},
        {QStringLiteral("dsl_email"), QT_TRANSLATE_NOOP("enc::AuditText", "DSL email")},
        {QStringLiteral("deputy_name"), QT_TRANSLATE_NOOP("enc::AuditText", "Deputy DSL name")},
        {QStringLiteral("deputy_email"), QT_TRANSLATE_NOOP("enc::AuditText", "Deputy DSL email")},
        {QStringLiteral("urn"), QT_TRANSLATE_NOOP("enc::AuditText", "URN")},
        {QStringLiteral("contacts_verified_on"),
         QT_TRANSLATE_NOOP("enc::AuditText", "Contacts verified on")},
        {QStringLiteral("outcome_id"), QT_TRANSLATE_NOOP("enc::AuditText", "Outcome")},
        {QStringLiteral("owner_member_id"), QT_TRANSLATE_NOOP("enc::AuditText", "Owner")},
        {QStringLiteral("owner_text"), QT_TRANSLATE_NOOP("enc::AuditText", "Owner")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("enc::AuditText", "Due")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("enc::AuditText", "Completed on")},
        {QStringLiteral("police_ref"), QT_TRANSLATE_NOOP("enc::AuditText", "Police reference")},
        {QStringLiteral("incident_on"), QT_TRANSLATE_NOOP("enc::AuditText", "Incident date")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("enc::AuditText", "Date received")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("enc::AuditText", "DASH risk")},
        {QStringLiteral("archived_at"), QT_TRANSLATE_NOOP("enc::AuditText", "Archived")},
    };
    if (const char *label = labels.value(field))
        return tr(label);
    // Any other column, readable: "social_worker" -> "Social worker".
    QString text = field;
    if (text.endsWith(QLatin1String("_id")))
        text.chop(3);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "greened_off" -> "Greened off".
QString readable(QString token)
{
    token.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!token.isEmpty())
        token[0] = token.at(0).toUpper();
    return token;
}

QString quoted(const QString &text)
{
    return tr("\"%1\"").arg(text.size() > 60 ? text.left(57) + QStringLiteral("...") : text);
}

QString fullName(const QJsonObject &o)
{
    return (o.value(QStringLiteral("forename")).toString() + QLatin1Char(' ') +
            o.value(QStringLiteral("surname")).toString())
        .trimmed();
}

QList<qint64> idsIn(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    return v.isDouble() && v.toDouble() > 0 ? QList<qint64>{qint64(v.toDouble())} : QList<qint64>{};
}

} // namespace

QString AuditText::action(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("add"), QT_TRANSLATE_NOOP("enc::AuditText", "Added")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("enc::AuditText", "Changed")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("enc::AuditText", "Changed")},
        {QStringLiteral("view"), QT_TRANSLATE_NOOP("enc::AuditText", "Viewed")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("enc::AuditText", "Archived")},
        {QStringLiteral("unarchive"), QT_TRANSLATE_NOOP("enc::AuditText", "Restored")},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("enc::AuditText", "Undone")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("enc::AuditText", "Redone")},
        {QStringLiteral("undo"), QT_TRANSLATE_NOOP("enc::AuditText", "Undone")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("enc::AuditText", "Exported")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("enc::AuditText", "Imported")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("enc::AuditText", "Deleted")},
        {QStringLiteral("anonymise"), QT_TRANSLATE_NOOP("enc::AuditText", "Anonymised")},
    };
    if (const char *word = words.value(action))
        return tr(word);
    QString text = action;
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return readable(text);
}

void AuditText::read(const QString &kind, const QString &sql, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    auto q = Sql::run(m_db, sql, {{QStringLiteral("ids"), SqlParts::idList(ids)}});
    if (!q)
        return; // the sentence falls back to the number
    QHash<qint64, QString> &names = m_names[kind];
    while (q->next()) {
        QString &text = names[q->value(0).toLongLong()];
        text =
            text.isEmpty() ? q->value(1).toString() : text + tr(" and ") + q->value(1).toString();
    }
}

void AuditText::prepare(const QList<AuditLog::Entry> &entries)
{
    m_names.clear();
    QHash<QString, QSet<qint64>> wanted;
    static const QList<QPair<QString, QString>> references = {
        {QStringLiteral("setting_id"), QStringLiteral("setting")},
        {QStringLiteral("area_id"), QStringLiteral("area")},
        {QStringLiteral("outcome_id"), QStringLiteral("outcome")},
        {QStringLiteral("owner_member_id"), QStringLiteral("member")},
        {QStringLiteral("member_id"), QStringLiteral("member")},
        {QStringLiteral("child_id"), QStringLiteral("child")},
    };
    for (const AuditLog::Entry &e : entries) {
        if (e.entity == QLatin1String("ppn") && e.action == QLatin1String("add"))
            wanted[QStringLiteral("ppn_children")].insert(e.entityId);
        for (const QJsonObject &o : {object(e.before), object(e.after)}) {
            for (const auto &[field, kind] : references) {
                for (qint64 id : idsIn(o, field))
                    wanted[kind].insert(id);
            }
        }
    }
    // One statement per kind, for this page's entries only.
    const QString ids = SqlParts::idListRows(m_db);
    const QHash<QString, QString> statements = {
        {QStringLiteral("setting"),
         QStringLiteral("SELECT id, name FROM setting WHERE id IN (%1)").arg(ids)},
        {QStringLiteral("area"),
         QStringLiteral("SELECT id, name FROM area WHERE id IN (%1)").arg(ids)},
        {QStringLiteral("outcome"),
         QStringLiteral("SELECT id, label FROM outcome WHERE id IN (%1)").arg(ids)},
        {QStringLiteral("member"),
         QStringLiteral("SELECT id, name FROM member WHERE id IN (%1)").arg(ids)},
        {QStringLiteral("child"),
         QStringLiteral("SELECT id, forename || ' ' || surname FROM child WHERE id IN (%1)")
             .arg(ids)},
        {QStringLiteral("ppn_children"),
         QStringLiteral("SELECT pc.ppn_id, c.forename || ' ' || c.surname FROM ppn_child pc "
                        "JOIN child c ON c.id = pc.child_id WHERE pc.ppn_id IN (%1) "
                        "ORDER BY pc.ppn_id, c.date_of_birth NULLS FIRST, c.id")
             .arg(ids)},
    };
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        read(it.key(), statements.value(it.key()), it.value().values());
}

QString AuditText::name(const QString &kind, const QJsonValue &id) const
{
    const qint64 n = qint64(id.toDouble());
    const QString text = m_names.value(kind).value(n);
    return text.isEmpty() ? QStringLiteral("#%1").arg(n) : text;
}

QString AuditText::settingText(const QJsonObject &o) const
{
    const QJsonValue id = o.value(QStringLiteral("setting_id"));
    if (id.isDouble() && id.toDouble() > 0)
        return name(QStringLiteral("setting"), id);
    const QString known = o.value(QStringLiteral("setting_known")).toString();
    if (known == QLatin1String("not_in_setting"))
        return tr("Not in a setting");
    if (known == QLatin1String("home_educated"))
        return tr("Home educated");
    if (known == QLatin1String("out_of_area"))
        return tr("Out of area");
    return tr("Unknown");
}

QString AuditText::value(const QString &field, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return tr("blank");
    if (field == QLatin1String("setting_id"))
        return name(QStringLiteral("setting"), v);
    if (field == QLatin1String("area_id"))
        return name(QStringLiteral("area"), v);
    if (field == QLatin1String("outcome_id"))
        return name(QStringLiteral("outcome"), v);
    if (field == QLatin1String("owner_member_id") || field == QLatin1String("member_id"))
        return name(QStringLiteral("member"), v);
    if (field == QLatin1String("child_id"))
        return name(QStringLiteral("child"), v);
    static const QSet<QString> flags = {
        QStringLiteral("social_care_open"), QStringLiteral("legal_hold"),
        QStringLiteral("escalated"),        QStringLiteral("quorate"),
        QStringLiteral("active"),           QStringLiteral("privacy"),
        QStringLiteral("is_police"),        QStringLiteral("archived")};
    if (flags.contains(field))
        return v.toVariant().toInt() ? tr("Yes") : tr("No");
    const QString text = v.toVariant().toString();
    // Stored dates and times (ISO) as the office writes them.
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (date.isValid() &&
        (text.size() == 10 || text.at(10) == QLatin1Char(' ') || text.at(10) == QLatin1Char('T'))) {
        return text.size() == 10 ? date.toString(QStringLiteral("dd/MM/yyyy"))
                                 : date.toString(QStringLiteral("dd/MM/yyyy ")) + text.mid(11, 5);
    }
    static const QSet<QString> tokens = {QStringLiteral("status"), QStringLiteral("risk"),
                                         QStringLiteral("type"), QStringLiteral("crime"),
                                         QStringLiteral("presence")};
    return tokens.contains(field) ? readable(text) : quoted(text);
}

QString AuditText::changes(const QString &entity, const QJsonObject &before,
                           const QJsonObject &after) const
{
    QStringList out;
    if (before.isEmpty())
        return {}; // a new record or an event, not a change: the sentence says what it is
    // A child's setting is two columns (which setting, or why none): one change in words.
    if (entity == QLatin1String("child") &&
        (before.value(QStringLiteral("setting_id")) != after.value(QStringLiteral("setting_id")) ||
         before.value(QStringLiteral("setting_known")) !=
             after.value(QStringLiteral("setting_known")))) {
        out << tr("Setting changed from %1 to %2").arg(settingText(before), settingText(after));
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QString &field = it.key();
        if (bookkeeping(field) || before.value(field) == it.value())
            continue;
        if (entity == QLatin1String("child") && field == QLatin1String("setting_id"))
            continue;
        if (field == QLatin1String("archived_at")) {
            out << (it.value().toString().isEmpty() ? tr("Brought back") : tr("Archived"));
            continue;
        }
        const QString was = value(field, before.value(field));
        const QString now = value(field, it.value());
        if (was != now)
            out << tr("%1 changed from %2 to %3").arg(fieldLabel(field), was, now);
    }
    return out.join(QStringLiteral("; "));
}

QString AuditText::describe(const AuditLog::Entry &e) const
{
    const QJsonObject before = object(e.before);
    const QJsonObject after = object(e.after);
    const QJsonObject now = after.isEmpty() ? before : after;
    const QString &a = e.action;
    const auto is = [&](const char *action) {
        return a == QLatin1String(action);
    };
    if (is("export")) {
        return tr("%1 written to %2")
            .arg(after.value(QStringLiteral("what")).toString(),
                 after.value(QStringLiteral("file")).toString());
    }
    if (is("view"))
        return tr("Opened the child's record");
    const QString what = changes(e.entity, before, after);
    const QString detail = what.isEmpty() ? QString() : QStringLiteral(": ") + what;

    if (e.entity == QLatin1String("ppn")) {
        const QString ref = now.value(QStringLiteral("police_ref")).toString();
        if (is("add")) {
            const QString children =
                m_names.value(QStringLiteral("ppn_children")).value(e.entityId);
            return children.isEmpty() ? tr("PPN %1 recorded").arg(ref)
                                      : tr("PPN %1 recorded for %2").arg(ref, children);
        }
        if (is("withdraw"))
            return tr("PPN %1 undone: no longer on the tracker, and the reference can be "
                      "entered again")
                .arg(ref);
        if (is("restore"))
            return tr("PPN %1 entered again (redo)").arg(ref);
        if (is("archive"))
            return tr("PPN %1 withdrawn").arg(ref);
        if (is("unarchive"))
            return tr("PPN %1 brought back").arg(ref);
        return tr("PPN %1 changed%2").arg(ref, detail);
    }
    if (e.entity == QLatin1String("child")) {
        if (is("add"))
            return tr("Child %1 added").arg(fullName(after));
        if (is("archive"))
            return tr("Child's record archived");
        if (is("unarchive"))
            return tr("Child's record brought back");
        const QJsonObject told = after.value(QStringLiteral("no_longer_attends")).toObject();
        if (is("no-longer-attends"))
            return tr("No longer attends %1 (told on %2 by %3): setting cleared")
                .arg(told.value(QStringLiteral("setting")).toString(),
                     value(QStringLiteral("told_on"), told.value(QStringLiteral("told_on"))),
                     told.value(QStringLiteral("told_by")).toString());
        if (is("no-longer-attends-undone"))
            return tr("No longer attends: taken back, the setting is the child's again");
        if (!what.isEmpty())
            return what;
    }
    if (e.entity == QLatin1String("disclosure") && is("misdirected"))
        return tr("Letter to %1 marked misdirected")
            .arg(now.value(QStringLiteral("recipient")).toString());
    if (e.entity == QLatin1String("partner_info")) {
        const QString agency = now.value(QStringLiteral("agency")).toString();
        if (is("add"))
            return tr("What %1 knows added: %2")
                .arg(agency, now.value(QStringLiteral("information")).toString());
        if (is("remove"))
            return tr("What %1 knows removed (undone)").arg(agency);
        if (is("archive"))
            return tr("What %1 knows archived").arg(agency);
        return tr("What %1 knows changed%2").arg(agency, detail);
    }
    if (e.entity == QLatin1String("decision")) {
        const QString outcome =
            value(QStringLiteral("outcome_id"), now.value(QStringLiteral("outcome_id")));
        if (is("add"))
            return tr("Decision recorded: %1").arg(outcome);
        if (is("archive"))
            return tr("Decision withdrawn: %1").arg(outcome);
        if (is("unarchive"))
            return tr("Decision brought back: %1").arg(outcome);
    }
    if (e.entity == QLatin1String("action")) {
        const QString description = now.value(QStringLiteral("description")).toString();
        if (is("add")) {
            const QString due = now.value(QStringLiteral("due_on")).toString();
            return due.isEmpty() ? tr("Action added: %1").arg(description)
                                 : tr("Action added: %1 (due %2)")
                                       .arg(description, value(QStringLiteral("due_on"), due));
        }
        const bool wasDone = !before.value(QStringLiteral("completed_on")).toString().isEmpty();
        const bool done = !after.value(QStringLiteral("completed_on")).toString().isEmpty();
        if (!wasDone && done)
            return tr("Action completed: %1").arg(description);
        if (wasDone && !done)
            return tr("Action reopened: %1").arg(description);
        if (is("archive"))
            return tr("Action withdrawn: %1").arg(description);
    }
    if (e.entity == QLatin1String("escalation")) {
        const int ppns =
            QJsonDocument::fromJson(now.value(QStringLiteral("ppn_ids")).toString().toUtf8())
                .array()
                .size();
        if (is("escalation-triggered"))
            return tr("Escalated: %1 PPNs within the escalation window").arg(ppns);
        if (is("escalation-withdrawn"))
            return tr("Escalation withdrawn (fewer PPNs in the window now)");
        const QJsonObject liaison = after.value(QStringLiteral("liaison")).toObject();
        if (is("escalation-liaison"))
            return tr("Escalation: liaison with %1 recorded: %2")
                .arg(liaison.value(QStringLiteral("with_whom")).toString(),
                     liaison.value(QStringLiteral("outcome")).toString());
        if (is("escalation-liaison-removed"))
            return tr("Escalation: liaison with %1 removed")
                .arg(liaison.value(QStringLiteral("with_whom")).toString());
        if (is("escalation-feedback"))
            return tr("Escalation: feedback to the group recorded");
        if (is("escalation-closed"))
            return tr("Escalation closed: %1")
                .arg(after.value(QStringLiteral("close_reason")).toString());
        if (is("escalation-restored"))
            return after.value(QStringLiteral("closed_on")).toString().isEmpty()
                       ? tr("Escalation reopened")
                       : tr("Escalation closed: %1")
                             .arg(after.value(QStringLiteral("close_reason")).toString());
    }
    if (e.entity == QLatin1String("import_batch")) {
        const QString file = now.value(QStringLiteral("file_name")).toString();
        if (is("undo"))
            return tr("Import of %1 undone: %2 PPNs withdrawn")
                .arg(file)
                .arg(after.value(QStringLiteral("ppns_archived")).toInt());
        if (is("import"))
            return tr("File %1 imported: %2 new PPNs, %3 new children, %4 for review")
                .arg(file)
                .arg(after.value(QStringLiteral("new_ppns")).toInt())
                .arg(after.value(QStringLiteral("new_children")).toInt())
                .arg(after.value(QStringLiteral("for_review")).toInt());
    }
    // Anything else: what it is, its name where it has one, and what changed.
    QString subject = fieldLabel(e.entity);
    const QString label = now.value(QStringLiteral("name")).toString();
    if (!label.isEmpty())
        subject += QLatin1Char(' ') + label;
    if (is("add"))
        return tr("%1 added").arg(subject);
    if (is("archive"))
        return tr("%1 archived").arg(subject);
    if (is("unarchive"))
        return tr("%1 brought back").arg(subject);
    return what.isEmpty() ? tr("%1: %2").arg(subject, action(a).toLower())
                          : tr("%1%2").arg(subject, detail);
}

} // namespace enc
