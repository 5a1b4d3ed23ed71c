#include "SubjectAccess.h"

#include "domain/DateInput.h"
#include "repo/Children.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::SubjectAccess", text);
}

const QString Staff = QStringLiteral("[staff member]");
const QString OtherChild = QStringLiteral("[another child]");

// Removes other children's names from free text, whole words, case ignored.
class Redactor
{
public:
    void addName(const QString &forename, const QString &surname)
    {
        for (const QString &n : {forename + QLatin1Char(' ') + surname, forename})
            if (n.trimmed().size() > 1)
                m_names << n.trimmed();
    }
    // Names the child shares (the surname of a sibling) are not removed on their own.
    void keep(const QString &forename) { m_keep << forename.toLower(); }
    QString apply(QString text) const
    {
        for (const QString &n : m_names) {
            if (m_keep.contains(n.toLower()))
                continue;
            const QRegularExpression re(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n)),
                QRegularExpression::CaseInsensitiveOption);
            text.replace(re, OtherChild);
        }
        return text;
    }

private:
    QStringList m_names;
    QStringList m_keep;
};

QJsonValue date(const QVariant &v)
{
    const QDate d = Sql::toDate(v);
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<QJsonObject> SubjectAccess::build(Id childId) const
{
    using R = Result<QJsonObject>;
    const QSqlDatabase db = m_db.sql();
    const QVariantMap id{{QStringLiteral("id"), childId}};
    auto c = Sql::run(db,
                      QStringLiteral("SELECT c.forename, c.surname, c.date_of_birth, c.gender, "
                                     "c.address, c.postcode, c.case_reference, c.status, "
                                     "c.social_care_open, c.legal_hold, s.name, a.name, "
                                     "c.household_id, c.created_at FROM child c LEFT JOIN setting "
                                     "s ON s.id = c.setting_id LEFT JOIN area a ON a.id = "
                                     "c.area_id WHERE c.id = :id"),
                      id);
    if (!c)
        return c.error();
    if (!c->next())
        return R::failure(tr("There is no child with id %1.").arg(childId),
                          QStringLiteral("child"));
    const QString forename = c->value(0).toString();
    QJsonObject child{{QStringLiteral("id"), childId},
                      {QStringLiteral("forename"), forename},
                      {QStringLiteral("surname"), c->value(1).toString()},
                      {QStringLiteral("date_of_birth"), date(c->value(2))},
                      {QStringLiteral("gender"), c->value(3).toString()},
                      {QStringLiteral("address"), c->value(4).toString()},
                      {QStringLiteral("postcode"), c->value(5).toString()},
                      {QStringLiteral("case_reference"), c->value(6).toString()},
                      {QStringLiteral("status"), c->value(7).toString()},
                      {QStringLiteral("open_to_social_care"), c->value(8).toBool()},
                      {QStringLiteral("legal_hold"), c->value(9).toBool()},
                      {QStringLiteral("setting"), c->value(10).toString()},
                      {QStringLiteral("area"), c->value(11).toString()},
                      {QStringLiteral("on_tracker_since"), c->value(13).toString().left(10)}};
    const Id household = c->value(12).toLongLong();

    // Every other child this record touches: household members and children on its PPNs.
    Redactor redactor;
    redactor.keep(forename);
    auto others = Sql::run(db,
                           QStringLiteral("SELECT forename, surname FROM child WHERE id <> :id "
                                          "AND ((household_id IS NOT NULL AND household_id = "
                                          "(SELECT household_id FROM child WHERE id = :id)) OR id "
                                          "IN (SELECT o.child_id FROM ppn_child o JOIN ppn_child "
                                          "m ON m.ppn_id = o.ppn_id WHERE m.child_id = :id))"),
                           id);
    if (!others)
        return others.error();
    while (others->next())
        redactor.addName(others->value(0).toString(), others->value(1).toString());

    QJsonObject out{
        {QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("child"), child}};
    out.insert(QStringLiteral("redactions"),
               tr("Other children (brothers, sisters, children named on the same police "
                  "notifications) are counted but not named, and their names are removed from "
                  "notes. Individual staff and meeting members are shown as [staff member]. "
                  "Organisations and the child's own addresses are shown."));

    if (household) {
        auto h = Sql::run(db,
                          QStringLiteral("SELECT h.address, h.postcode, (SELECT count(*) FROM "
                                         "child o WHERE o.household_id = h.id AND o.id <> :id) "
                                         "FROM household h WHERE h.id = (SELECT household_id FROM "
                                         "child WHERE id = :id)"),
                          id);
        if (h && h->next())
            out.insert(QStringLiteral("household"),
                       QJsonObject{{QStringLiteral("address"), h->value(0).toString()},
                                   {QStringLiteral("postcode"), h->value(1).toString()},
                                   {QStringLiteral("other_children"), h->value(2).toInt()}});
    }

    auto ppns = Sql::run(
        db,
        QStringLiteral("SELECT p.police_ref, p.incident_on, p.incident_time, p.received_on, "
                       "p.type, p.risk, p.dash_score, p.crime, p.home_address, pc.presence, "
                       "(SELECT count(*) FROM ppn_child o WHERE o.ppn_id = p.id AND o.child_id <> "
                       ":id), p.incident_address FROM ppn p JOIN ppn_child pc ON pc.ppn_id = p.id "
                       "WHERE pc.child_id = :id AND p.archived_at IS NULL ORDER BY p.incident_on"),
        id);
    if (!ppns)
        return ppns.error();
    QJsonArray ppnList;
    while (ppns->next()) {
        const QString home = ppns->value(8).toString();
        const QString incident = ppns->value(11).toString();
        QJsonObject p{{QStringLiteral("police_reference"), ppns->value(0).toString()},
                      {QStringLiteral("incident_on"), date(ppns->value(1))},
                      {QStringLiteral("received_on"), date(ppns->value(3))},
                      {QStringLiteral("type"), ppns->value(4).toString()},
                      {QStringLiteral("risk"), ppns->value(5).toString()},
                      {QStringLiteral("crime"), ppns->value(7).toString()},
                      {QStringLiteral("presence"), ppns->value(9).toString()},
                      {QStringLiteral("home_address"), home},
                      {QStringLiteral("other_children"), ppns->value(10).toInt()}};
        // Where it happened may be someone else's home: shown only when it is the child's.
        p.insert(QStringLiteral("incident_address"),
                 incident.isEmpty() || incident == home ||
                         incident == child.value(QStringLiteral("address")).toString()
                     ? incident
                     : tr("[withheld: a third party's address]"));
        ppnList.append(p);
    }
    out.insert(QStringLiteral("ppns"), ppnList);

    auto decisions =
        Sql::run(db,
                 QStringLiteral("SELECT d.decided_on, o.label, d.rationale, d.quorate "
                                "FROM decision d JOIN outcome o ON o.id = d.outcome_id "
                                "WHERE d.child_id = :id AND d.archived_at IS NULL "
                                "ORDER BY d.decided_on"),
                 id);
    if (!decisions)
        return decisions.error();
    QJsonArray decisionList;
    while (decisions->next())
        decisionList.append(QJsonObject{
            {QStringLiteral("decided_on"), date(decisions->value(0))},
            {QStringLiteral("outcome"), decisions->value(1).toString()},
            {QStringLiteral("rationale"), redactor.apply(decisions->value(2).toString())},
            {QStringLiteral("decided_by"), Staff},
            {QStringLiteral("quorate"), decisions->value(3).toBool()}});
    out.insert(QStringLiteral("decisions"), decisionList);

    auto actions = Sql::run(db,
                            QStringLiteral("SELECT a.description, g.name, a.due_on, a.completed_on "
                                           "FROM action a LEFT JOIN member m ON m.id = "
                                           "a.owner_member_id LEFT JOIN agency g ON g.id = "
                                           "m.agency_id WHERE a.child_id = :id AND a.archived_at "
                                           "IS NULL ORDER BY a.id"),
                            id);
    if (!actions)
        return actions.error();
    QJsonArray actionList;
    while (actions->next()) {
        const QString agency = actions->value(1).toString();
        actionList.append(QJsonObject{
            {QStringLiteral("description"), redactor.apply(actions->value(0).toString())},
            {QStringLiteral("owner"),
             agency.isEmpty() ? Staff : Staff + QStringLiteral(", ") + agency},
            {QStringLiteral("due_on"), date(actions->value(2))},
            {QStringLiteral("completed_on"), date(actions->value(3))}});
    }
    out.insert(QStringLiteral("actions"), actionList);

    auto proformas = Sql::run(db,
                              QStringLiteral("SELECT s.name, p.sent_on, p.due_on, p.returned_on, "
                                             "p.summary, p.voice_of_child FROM proforma p LEFT "
                                             "JOIN setting s ON s.id = p.setting_id WHERE "
                                             "p.child_id = :id ORDER BY p.sent_on"),
                              id);
    if (!proformas)
        return proformas.error();
    QJsonArray proformaList;
    while (proformas->next())
        proformaList.append(QJsonObject{
            {QStringLiteral("setting"), proformas->value(0).toString()},
            {QStringLiteral("sent_on"), date(proformas->value(1))},
            {QStringLiteral("due_on"), date(proformas->value(2))},
            {QStringLiteral("returned_on"), date(proformas->value(3))},
            {QStringLiteral("summary"), redactor.apply(proformas->value(4).toString())},
            {QStringLiteral("voice_of_child"), redactor.apply(proformas->value(5).toString())}});
    out.insert(QStringLiteral("proformas"), proformaList);

    auto escalations = Sql::run(db,
                                QStringLiteral("SELECT triggered_on, closed_on, feedback FROM "
                                               "escalation WHERE child_id = :id ORDER BY "
                                               "triggered_on"),
                                id);
    if (!escalations)
        return escalations.error();
    QJsonArray escalationList;
    while (escalations->next())
        escalationList.append(QJsonObject{
            {QStringLiteral("triggered_on"), date(escalations->value(0))},
            {QStringLiteral("closed_on"), date(escalations->value(1))},
            {QStringLiteral("feedback"), redactor.apply(escalations->value(2).toString())}});
    out.insert(QStringLiteral("escalations"), escalationList);

    // The chair's liaison on each escalation: an organisation is named, a person is not.
    QStringList organisations{QStringLiteral("mash")};
    if (auto agencies = Sql::run(db, QStringLiteral("SELECT name FROM agency"))) {
        while (agencies->next())
            organisations << agencies->value(0).toString().trimmed().toLower();
    }
    auto liaisons = Sql::run(db,
                             QStringLiteral("SELECT e.triggered_on, l.liaised_on, l.with_whom, "
                                            "l.outcome FROM escalation_liaison l JOIN escalation "
                                            "e ON e.id = l.escalation_id WHERE e.child_id = :id "
                                            "ORDER BY l.liaised_on, l.id"),
                             id);
    if (!liaisons)
        return liaisons.error();
    QJsonArray liaisonList;
    while (liaisons->next()) {
        const QString with = liaisons->value(2).toString().trimmed();
        liaisonList.append(QJsonObject{
            {QStringLiteral("escalation_triggered_on"), date(liaisons->value(0))},
            {QStringLiteral("liaised_on"), date(liaisons->value(1))},
            {QStringLiteral("with"), organisations.contains(with.toLower()) ? with : Staff},
            {QStringLiteral("outcome"), redactor.apply(liaisons->value(3).toString())}});
    }
    out.insert(QStringLiteral("escalation_liaisons"), liaisonList);

    auto partners = Sql::run(db,
                             QStringLiteral("SELECT known_on, agency, person, information FROM "
                                            "partner_info WHERE child_id = :id AND archived_at IS "
                                            "NULL ORDER BY known_on, id"),
                             id);
    if (!partners)
        return partners.error();
    QJsonArray partnerList;
    while (partners->next())
        partnerList.append(QJsonObject{
            {QStringLiteral("known_on"), date(partners->value(0))},
            {QStringLiteral("agency"), partners->value(1).toString()},
            {QStringLiteral("person"), partners->value(2).toString().isEmpty() ? QString() : Staff},
            {QStringLiteral("information"), redactor.apply(partners->value(3).toString())}});
    out.insert(QStringLiteral("partner_information"), partnerList);

    auto left = Sql::run(db,
                         QStringLiteral("SELECT n.told_on, s.name FROM no_longer_attends n LEFT "
                                        "JOIN setting s ON s.id = n.setting_id WHERE n.child_id = "
                                        ":id ORDER BY n.told_on, n.id"),
                         id);
    if (!left)
        return left.error();
    QJsonArray leftList;
    while (left->next())
        leftList.append(QJsonObject{{QStringLiteral("told_on"), date(left->value(0))},
                                    {QStringLiteral("setting"), left->value(1).toString()},
                                    {QStringLiteral("told_by"), Staff}});
    out.insert(QStringLiteral("no_longer_attends"), leftList);

    auto disclosures = Sql::run(db,
                                QStringLiteral("SELECT d.at, d.kind, d.recipient, "
                                               "d.misdirected_on FROM disclosure d "
                                               "JOIN disclosure_child dc ON dc.disclosure_id = "
                                               "d.id WHERE dc.child_id = :id ORDER BY d.at"),
                                id);
    if (!disclosures)
        return disclosures.error();
    QJsonArray disclosureList;
    while (disclosures->next())
        disclosureList.append(
            QJsonObject{{QStringLiteral("at"), disclosures->value(0).toString()},
                        {QStringLiteral("kind"), disclosures->value(1).toString()},
                        {QStringLiteral("recipient"), disclosures->value(2).toString()},
                        {QStringLiteral("misdirected_on"), date(disclosures->value(3))}});
    out.insert(QStringLiteral("disclosures"), disclosureList);
    return out;
}

QString SubjectAccess::html(const QJsonObject &record)
{
    auto esc = [](const QJsonValue &v) {
        if (v.isBool())
            return v.toBool() ? tr("yes") : tr("no");
        if (v.isDouble())
            return QString::number(v.toInteger());
        QString s = v.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid() && s.size() == 10)
            s = DateInput::format(d);
        return s.toHtmlEscaped();
    };
    auto table = [&](const QString &title, const QJsonArray &rows, const QStringList &keys,
                     const QStringList &headers) {
        QString h = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
        if (rows.isEmpty())
            return h + QStringLiteral("<p>%1</p>").arg(tr("None."));
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "width=\"100%\"><tr>");
        for (const QString &head : headers)
            h += QStringLiteral("<th>%1</th>").arg(head.toHtmlEscaped());
        h += QStringLiteral("</tr>");
        for (const QJsonValue &row : rows) {
            h += QStringLiteral("<tr>");
            for (const QString &k : keys)
                h += QStringLiteral("<td>%1</td>").arg(esc(row.toObject().value(k)));
            h += QStringLiteral("</tr>");
        }
        return h + QStringLiteral("</table>");
    };
    const QJsonObject c = record.value(QStringLiteral("child")).toObject();
    QString h = QStringLiteral("<html><body><h1>%1</h1>")
                    .arg(tr("Subject access: %1 %2")
                             .arg(c.value(QStringLiteral("forename")).toString(),
                                  c.value(QStringLiteral("surname")).toString())
                             .toHtmlEscaped());
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(record.value(QStringLiteral("redactions")).toString().toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2><table cellpadding=\"2\">").arg(tr("The child"));
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("id"), tr("Tracker id")},
        {QStringLiteral("forename"), tr("Forename")},
        {QStringLiteral("surname"), tr("Surname")},
        {QStringLiteral("date_of_birth"), tr("Date of birth")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("postcode"), tr("Postcode")},
        {QStringLiteral("case_reference"), tr("Case reference")},
        {QStringLiteral("setting"), tr("Setting")},
        {QStringLiteral("area"), tr("Area")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("open_to_social_care"), tr("Open to social care")},
        {QStringLiteral("on_tracker_since"), tr("On the tracker since")},
    };
    for (const auto &[key, label] : fields)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(label.toHtmlEscaped(), esc(c.value(key)));
    h += QStringLiteral("</table>");
    const QJsonObject household = record.value(QStringLiteral("household")).toObject();
    if (!household.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Household: %1 %2; %3 other children (not named).")
                          .arg(esc(household.value(QStringLiteral("address"))),
                               esc(household.value(QStringLiteral("postcode"))),
                               esc(household.value(QStringLiteral("other_children")))));
    h += table(tr("Police notifications"), record.value(QStringLiteral("ppns")).toArray(),
               {QStringLiteral("police_reference"), QStringLiteral("incident_on"),
                QStringLiteral("risk"), QStringLiteral("presence"),
                QStringLiteral("incident_address"), QStringLiteral("other_children")},
               {tr("Reference"), tr("Incident"), tr("Risk"), tr("Presence"), tr("Where"),
                tr("Other children")});
    h += table(tr("Decisions"), record.value(QStringLiteral("decisions")).toArray(),
               {QStringLiteral("decided_on"), QStringLiteral("outcome"),
                QStringLiteral("rationale"), QStringLiteral("decided_by")},
               {tr("Date"), tr("Outcome"), tr("Rationale"), tr("By")});
    h += table(tr("Actions"), record.value(QStringLiteral("actions")).toArray(),
               {QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("due_on"),
                QStringLiteral("completed_on")},
               {tr("Action"), tr("Owner"), tr("Due"), tr("Completed")});
    h +=
        table(tr("Proformas"), record.value(QStringLiteral("proformas")).toArray(),
              {QStringLiteral("setting"), QStringLiteral("sent_on"), QStringLiteral("returned_on"),
               QStringLiteral("summary"), QStringLiteral("voice_of_child")},
              {tr("Setting"), tr("Sent"), tr("Returned"), tr("Summary"), tr("Voice of the child")});
    h += table(
        tr("Escalations"), record.value(QStringLiteral("escalations")).toArray(),
        {QStringLiteral("triggered_on"), QStringLiteral("closed_on"), QStringLiteral("feedback")},
        {tr("Triggered"), tr("Closed"), tr("Feedback")});
    h += table(tr("Escalation liaison"),
               record.value(QStringLiteral("escalation_liaisons")).toArray(),
               {QStringLiteral("escalation_triggered_on"), QStringLiteral("liaised_on"),
                QStringLiteral("with"), QStringLiteral("outcome")},
               {tr("Escalation triggered"), tr("Liaison"), tr("With"), tr("Agreed")});
    h += table(tr("What partner agencies know"),
               record.value(QStringLiteral("partner_information")).toArray(),
               {QStringLiteral("known_on"), QStringLiteral("agency"), QStringLiteral("person"),
                QStringLiteral("information")},
               {tr("When"), tr("Agency"), tr("Who"), tr("Information")});
    h += table(tr("Settings the child no longer attends"),
               record.value(QStringLiteral("no_longer_attends")).toArray(),
               {QStringLiteral("told_on"), QStringLiteral("setting"), QStringLiteral("told_by")},
               {tr("Told on"), tr("Setting"), tr("Told by")});
    h += table(tr("Information shared"), record.value(QStringLiteral("disclosures")).toArray(),
               {QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("recipient"),
                QStringLiteral("misdirected_on")},
               {tr("When"), tr("What"), tr("To"), tr("Misdirected (no longer attends)")});
    return h + QStringLiteral("</body></html>");
}

Result<SubjectAccess::Written> SubjectAccess::write(Id childId, const QString &folder) const
{
    using R = Result<Written>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(tr("The PDF cannot be laid out in this program: it has no "
                             "QGuiApplication."));
    const QFileInfo dir(folder);
    if (folder.isEmpty() || !dir.isDir())
        return R::failure(tr("The folder \"%1\" does not exist: choose a folder for the export.")
                              .arg(QDir::toNativeSeparators(folder)),
                          QStringLiteral("out"));
    auto record = build(childId);
    if (!record)
        return record.error();
    Written w;
    w.json = QDir(folder).absoluteFilePath(QStringLiteral("subject-access-%1.json").arg(childId));
    w.pdf = QDir(folder).absoluteFilePath(QStringLiteral("subject-access-%1.pdf").arg(childId));

    QByteArray pdfBytes;
    {
        QBuffer buffer(&pdfBytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocument doc;
        doc.setHtml(html(*record));
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(tr("Subject access"));
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.print(&pdf);
    }
    const QByteArray jsonBytes = QJsonDocument(*record).toJson(QJsonDocument::Indented);
    for (const auto &[path, bytes] : {std::pair(w.json, jsonBytes), std::pair(w.pdf, pdfBytes)}) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return R::failure(tr("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()),
                              QStringLiteral("out"));
    }
    Status s = m_db.transaction([&]() -> Status {
        if (Status st = Audit::recordExport(m_db.sql(), QStringLiteral("subject-access-json"),
                                            w.json, {childId});
            !st)
            return st;
        return Audit::recordExport(m_db.sql(), QStringLiteral("subject-access-pdf"), w.pdf,
                                   {childId});
    });
    if (!s) {
        // An export the trail cannot record must not be left behind.
        QFile::remove(w.json);
        QFile::remove(w.pdf);
        return s.error();
    }
    return w;
}

} // namespace enc
