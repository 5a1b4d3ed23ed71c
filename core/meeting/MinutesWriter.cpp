#include "MinutesWriter.h"
#include "storage/Sha256.h"

#include "domain/DateInput.h"
#include "domain/Quorum.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "repo/Proformas.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::MinutesWriter", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString initials(const QString &forename, const QString &surname)
{
    return NamesInText::Name{0, forename, surname}.initials();
}

QString statusText(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Apologies:
        return tr("Apologies");
    case AttendanceStatus::Deputy:
        return tr("Deputy");
    case AttendanceStatus::Absent:
        break;
    }
    return tr("Absent");
}

} // namespace

Result<QList<Id>> MinutesWriter::childrenHeard(Id meetingId) const
{
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT DISTINCT child_id FROM decision WHERE meeting_id = :m "
                                     "AND archived_at IS NULL ORDER BY child_id"),
                      {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QList<Id> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QList<NamesInText::Name>> MinutesWriter::namesOnAgenda(Id meetingId) const
{
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT id, forename, surname FROM child WHERE id IN (SELECT child_id FROM "
                       "agenda_item WHERE meeting_id = :m UNION SELECT child_id FROM decision "
                       "WHERE meeting_id = :m AND archived_at IS NULL) ORDER BY id"),
        {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QList<NamesInText::Name> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<QList<MinutesWriter::NameInRationale>> MinutesWriter::namesInRationales(Id meetingId) const
{
    auto names = namesOnAgenda(meetingId);
    if (!names)
        return names.error();
    auto q = Sql::run(m_db.sql(),
                      QStringLiteral("SELECT child_id, rationale FROM decision WHERE meeting_id = "
                                     ":m AND archived_at IS NULL ORDER BY id"),
                      {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QList<NameInRationale> out;
    while (q->next())
        for (const NamesInText::Hit &hit : NamesInText::find(q->value(1).toString(), *names))
            out.append({q->value(0).toLongLong(), names->at(hit.name)});
    return out;
}

Result<QString> MinutesWriter::html(Id meetingId) const
{
    auto meeting = Meetings(m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    // The office's choice for what is circulated, whatever the projector showed.
    const bool private_ = !Options(m_db.sql()).minutesNameChildren();
    QList<NamesInText::Name> names;
    if (m_initialsInRationales) {
        auto onAgenda = namesOnAgenda(meetingId);
        if (!onAgenda)
            return onAgenda.error();
        names = *onAgenda;
    }
    const int percent = Options(m_db.sql()).quorumPercent();

    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt\">");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(tr("Operation Encompass meeting: %1").arg(DateInput::format(meeting->date))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 to %2. Minutes and action log.")
                          .arg(meeting->starts.toString(QStringLiteral("HH:mm")),
                               meeting->ends.toString(QStringLiteral("HH:mm")))));
    auto cancelled = Meetings(m_db).cancellations(meeting->date, meeting->date);
    if (!cancelled)
        return cancelled.error();
    if (cancelled->contains(meetingId))
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("Cancelled: %1. Its items went to the next meeting.")
                              .arg(cancelled->value(meetingId))));
    if (private_)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(tr("Privacy mode: children are named by initials.")));

    // Attendance.
    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(tr("Attendance")));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Member")), esc(tr("Agency")), esc(tr("Attendance")), esc(tr("Deputy")));
    auto members = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT m.name, coalesce(ag.name, ''), a.status, a.deputy_name, a.expected "
                       "FROM attendance a JOIN member m ON m.id = a.member_id LEFT JOIN agency ag "
                       "ON ag.id = m.agency_id WHERE a.meeting_id = :m ORDER BY m.name"),
        {{QStringLiteral("m"), meetingId}});
    if (!members)
        return members.error();
    while (members->next()) {
        QString status = statusText(attendanceFromString(members->value(2).toString()));
        if (!members->value(4).toBool())
            status += QLatin1Char(' ') + tr("(not expected)");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(members->value(0).toString()), esc(members->value(1).toString()),
                      esc(status), esc(members->value(3).toString()));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(Quorum::describe(Quorum::evaluate(meeting->attendance, percent))));

    // Decisions, one row per child heard.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Children heard and decisions")));
    auto decisions = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT d.id, d.child_id, c.forename, c.surname, o.label, d.rationale, "
                       "d.quorate FROM decision d JOIN child c ON c.id = d.child_id JOIN outcome "
                       "o ON o.id = d.outcome_id WHERE d.meeting_id = :m AND d.archived_at IS NULL "
                       "ORDER BY d.id"),
        {{QStringLiteral("m"), meetingId}});
    if (!decisions)
        return decisions.error();
    int heard = 0;
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Child")), esc(tr("Decision")), esc(tr("Rationale")), esc(tr("Quorate")));
    while (decisions->next()) {
        ++heard;
        const QString child =
            private_
                ? tr("%1 (id %2)")
                      .arg(initials(decisions->value(2).toString(), decisions->value(3).toString()))
                      .arg(decisions->value(1).toLongLong())
                : tr("%1 %2 (id %3)")
                      .arg(decisions->value(2).toString(), decisions->value(3).toString())
                      .arg(decisions->value(1).toLongLong());
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(child), esc(decisions->value(4).toString()),
                      esc(NamesInText::initialsFor(decisions->value(5).toString(), names)),
                      decisions->value(6).toBool() ? esc(tr("Yes")) : esc(tr("No: confirmed")));
    }
    h += QStringLiteral("</table>");
    if (heard == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No child was heard.")));

    // Action log.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Action log")));
    auto actions = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT a.child_id, c.forename, c.surname, a.description, "
                       "coalesce(m.name, a.owner_text), a.due_on FROM action a JOIN decision d ON "
                       "d.id = a.decision_id JOIN child c ON c.id = a.child_id LEFT JOIN member m "
                       "ON m.id = a.owner_member_id WHERE d.meeting_id = :m AND a.archived_at IS "
                       "NULL ORDER BY a.due_on, a.id"),
        {{QStringLiteral("m"), meetingId}});
    if (!actions)
        return actions.error();
    int actionCount = 0;
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Child")), esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")));
    while (actions->next()) {
        ++actionCount;
        const QString child =
            private_
                ? initials(actions->value(1).toString(), actions->value(2).toString())
                : actions->value(1).toString() + QLatin1Char(' ') + actions->value(2).toString();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(tr("%1 (id %2)").arg(child).arg(actions->value(0).toLongLong())),
                      esc(actions->value(3).toString()), esc(actions->value(4).toString()),
                      esc(DateInput::format(Sql::toDate(actions->value(5)))));
    }
    h += QStringLiteral("</table>");
    if (actionCount == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No actions were agreed.")));
    if (!meeting->notes.trimmed().isEmpty())
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("Notes")), esc(meeting->notes));
    h += QStringLiteral("</body></html>");
    return h;
}

Status MinutesWriter::write(Id meetingId, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return Status::failure(tr("Minutes are written as .pdf or .odt: choose a file name "
                                  "ending in one of them (not \"%1\").")
                                   .arg(QFileInfo(path).fileName()),
                               QStringLiteral("out"));
    auto html = this->html(meetingId);
    if (!html)
        return html.error();
    QTextDocument doc;
    doc.setHtml(*html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(tr("Meeting minutes"));
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.print(&pdf);
    } else {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc))
            return Status::failure(tr("The minutes could not be written as OpenDocument text."));
    }
    buffer.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            tr("Could not write %1: %2. Check the folder exists and you may write to it.")
                .arg(path, file.errorString()),
            QStringLiteral("out"));
    auto heard = childrenHeard(meetingId);
    if (!heard)
        return heard.error();
    Disclosure d;
    d.kind = QStringLiteral("minutes");
    d.recipient = tr("Meeting members");
    d.fields = {QStringLiteral("attendance"), QStringLiteral("child_initials_or_name"),
                QStringLiteral("child_id"),   QStringLiteral("decision"),
                QStringLiteral("rationale"),  QStringLiteral("actions")};
    d.fileName = QFileInfo(path).fileName();
    d.sha256 = QString::fromLatin1(Sha256::hash(bytes).toHex());
    d.childIds = *heard;
    auto logged = Disclosures(m_db).record(d);
    if (!logged)
        return logged.error();
    return {};
}

} // namespace enc
