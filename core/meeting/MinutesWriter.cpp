#include "MinutesWriter.h"
#include "storage/Sha256.h"

#include "domain/DateInput.h"
#include "domain/Quorum.h"
#include "letters/LetterDocument.h"
#include "meeting/AgendaItem.h"
#include "repo/MeetingDetails.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "repo/Proformas.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextDocument>

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

// The minutes' body text in points: read on paper at arm's length.
constexpr double BodyPoints = 10.5;

// A heading for each group of members in the attendance.
QString statusText(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Apologies:
        return tr("Apologies");
    case AttendanceStatus::Deputy:
        return tr("Deputies");
    case AttendanceStatus::Absent:
        break;
    }
    return tr("Absent");
}

QString kindText(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::TriageAndReview:
        return tr("Triage and tracking review");
    case MeetingKind::AdHoc:
        return tr("Ad-hoc");
    case MeetingKind::Triage:
        break;
    }
    return tr("Triage");
}

// "Name (Agency)", or "Name (Agency; not expected)" for a member not expected that day.
QString withAgency(const QString &name, const QString &agency, bool expected = true)
{
    QStringList about;
    if (!agency.isEmpty())
        about << agency;
    if (!expected)
        about << tr("not expected");
    return about.isEmpty() ? name : tr("%1 (%2)").arg(name, about.join(QStringLiteral("; ")));
}

// A child as the minutes name them: initials and tracker id unless the office chose names.
// Text typed over several lines, its line breaks kept.
QString paragraphs(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString childText(bool private_, const QString &forename, const QString &surname, Id id)
{
    return private_ ? tr("%1 (id %2)").arg(initials(forename, surname)).arg(id)
                    : tr("%1 %2 (id %3)").arg(forename, surname).arg(id);
}

struct Column
{
    QString title;
    int percent = 0; // of the page's width
};

// A ruled table the page's width, its heading row repeated on every page it runs onto.
QString table(const QList<Column> &columns, const QString &rows)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\" style=\"border-color: #808080\"><thead><tr>");
    for (const Column &c : columns)
        h += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"#e8e8e8\">%2</th>")
                 .arg(c.percent)
                 .arg(esc(c.title));
    return h + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

// "Name (Agency)" of a member, empty when there is none with that id.
Result<QString> memberName(Database &db, Id memberId)
{
    auto q = Sql::run(db.sql(),
                      QStringLiteral("SELECT m.name, coalesce(ag.name, '') FROM member m LEFT "
                                     "JOIN agency ag ON ag.id = m.agency_id WHERE m.id = :id"),
                      {{QStringLiteral("id"), memberId}});
    if (!q)
        return q.error();
    return q->next() ? withAgency(q->value(0).toString(), q->value(1).toString()) : QString();
}

// The notes typed on the agenda's items, as a table (empty when there are none).
Result<QString> itemNotesHtml(Database &db, Id meetingId, bool private_,
                              const QList<NamesInText::Name> &names)
{
    auto q = Sql::run(
        db.sql(),
        QStringLiteral("SELECT coalesce(c.id, 0), coalesce(c.forename, ''), coalesce(c.surname, "
                       "''), i.section, i.notes FROM agenda_item i LEFT JOIN child c ON c.id = "
                       "i.child_id WHERE i.meeting_id = :m AND i.notes <> '' ORDER BY i.position, "
                       "i.id"),
        {{QStringLiteral("m"), meetingId}});
    if (!q)
        return q.error();
    QString rows;
    while (q->next()) {
        const QString child = childText(private_, q->value(1).toString(), q->value(2).toString(),
                                        q->value(0).toLongLong());
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(esc(child), esc(sectionTitle(agendaSectionFromString(q->value(3).toString()))),
                     paragraphs(NamesInText::initialsFor(q->value(4).toString(), names)));
    }
    if (rows.isEmpty())
        return QString();
    return QStringLiteral("<h3>%1</h3>").arg(esc(tr("Notes on agenda items"))) +
           table({{tr("Child"), 16}, {tr("On the agenda for"), 20}, {tr("Notes"), 64}}, rows);
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
    auto cancelled = Meetings(m_db).cancellations(meeting->date, meeting->date);
    if (!cancelled)
        return cancelled.error();
    auto chair = chairOf(*meeting);
    if (!chair)
        return chair.error();
    auto attendance = attendanceHtml(meetingId);
    if (!attendance)
        return attendance.error();

    QString h;
    h += QStringLiteral("<html><body style=\"font-size: %1pt\">").arg(BodyPoints);
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(tr("Operation Encompass meeting: minutes and action log")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    const auto headRow = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"14%\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    headRow(tr("Date"),
            QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(meeting->date.dayOfWeek()) +
                QLatin1Char(' ') + DateInput::format(meeting->date));
    headRow(tr("Time"), tr("%1 to %2")
                            .arg(meeting->starts.toString(QStringLiteral("HH:mm")),
                                 meeting->ends.toString(QStringLiteral("HH:mm"))));
    headRow(tr("Meeting"), kindText(meeting->kind));
    headRow(tr("Chair"), chair->isEmpty() ? tr("not recorded") : *chair);
    auto chairs = MeetingDetails(m_db).chairs(meetingId);
    if (!chairs)
        return chairs.error();
    if (chairs->deputy) {
        auto deputy = memberName(m_db, chairs->deputy);
        if (!deputy)
            return deputy.error();
        headRow(tr("Deputy chair"), *deputy);
    }
    headRow(tr("Quorum"), Quorum::describe(Quorum::evaluate(meeting->attendance, percent)));
    h += QStringLiteral("</table>");
    if (cancelled->contains(meetingId))
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("Cancelled: %1. Its items went to the next meeting.")
                              .arg(cancelled->value(meetingId))));
    if (private_)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(tr("Privacy mode: children are named by initials and tracker id.")));
    h += *attendance;

    // Decisions, one row per child heard.
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Children heard and decisions")));
    auto decisions = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT d.id, d.child_id, c.forename, c.surname, o.label, d.rationale, "
                       "d.quorate FROM decision d JOIN child c ON c.id = d.child_id JOIN outcome "
                       "o ON o.id = d.outcome_id WHERE d.meeting_id = :m AND d.archived_at IS NULL "
                       "ORDER BY d.id"),
        {{QStringLiteral("m"), meetingId}});
    if (!decisions)
        return decisions.error();
    QString rows;
    while (decisions->next()) {
        const QString child =
            childText(private_, decisions->value(2).toString(), decisions->value(3).toString(),
                      decisions->value(1).toLongLong());
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(child), esc(decisions->value(4).toString()),
                         esc(NamesInText::initialsFor(decisions->value(5).toString(), names)),
                         decisions->value(6).toBool() ? esc(tr("Yes")) : esc(tr("No: confirmed")));
    }
    h += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No child was heard.")))
                        : table({{tr("Child"), 16},
                                 {tr("Outcome"), 20},
                                 {tr("Rationale"), 54},
                                 {tr("Quorate"), 10}},
                                rows);

    // Action log.
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Action log")));
    auto actions = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT a.child_id, c.forename, c.surname, a.description, "
                       "coalesce(m.name, a.owner_text), a.due_on FROM action a JOIN decision d ON "
                       "d.id = a.decision_id JOIN child c ON c.id = a.child_id LEFT JOIN member m "
                       "ON m.id = a.owner_member_id WHERE d.meeting_id = :m AND a.archived_at IS "
                       "NULL ORDER BY a.due_on NULLS FIRST, a.id"),
        {{QStringLiteral("m"), meetingId}});
    if (!actions)
        return actions.error();
    rows.clear();
    while (actions->next()) {
        const QString child =
            childText(private_, actions->value(1).toString(), actions->value(2).toString(),
                      actions->value(0).toLongLong());
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(child), esc(actions->value(3).toString()),
                         esc(actions->value(4).toString()),
                         esc(DateInput::format(Sql::toDate(actions->value(5)))));
    }
    h += rows.isEmpty()
             ? QStringLiteral("<p>%1</p>").arg(esc(tr("No actions were agreed.")))
             : table({{tr("Child"), 16}, {tr("Action"), 46}, {tr("Owner"), 24}, {tr("Due"), 14}},
                     rows);
    // Notes are typed live: a child named in them is named as the office chose for the minutes.
    QList<NamesInText::Name> noteNames = names;
    if (private_ && noteNames.isEmpty()) {
        auto onAgenda = namesOnAgenda(meetingId);
        if (!onAgenda)
            return onAgenda.error();
        noteNames = *onAgenda;
    }
    auto itemNotes = itemNotesHtml(m_db, meetingId, private_, noteNames);
    if (!itemNotes)
        return itemNotes.error();
    h += *itemNotes;
    if (!meeting->notes.trimmed().isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(tr("Notes")),
                      paragraphs(NamesInText::initialsFor(meeting->notes, noteNames)));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QString> MinutesWriter::chairOf(const Meeting &meeting) const
{
    if (meeting.chairMemberId != 0) {
        auto name = memberName(m_db, meeting.chairMemberId);
        if (!name || !name->isEmpty())
            return name;
    }
    // The window does not ask who chaired: the one member present whose role in the members'
    // list is the chair's (not a deputy or vice chair's), said to be taken from that role.
    auto q = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT m.name, coalesce(ag.name, ''), m.role FROM attendance a JOIN member "
                       "m ON m.id = a.member_id LEFT JOIN agency ag ON ag.id = m.agency_id WHERE "
                       "a.meeting_id = :m AND a.status = 'present' ORDER BY m.name"),
        {{QStringLiteral("m"), meeting.id}});
    if (!q)
        return q.error();
    static const QRegularExpression chairRole(QStringLiteral("\\bchair(man|woman|person)?\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression deputyRole(QStringLiteral("\\b(deputy|vice|acting)[ -]?chair"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList chairs;
    while (q->next()) {
        const QString role = q->value(2).toString();
        if (chairRole.match(role).hasMatch() && !deputyRole.match(role).hasMatch())
            chairs << withAgency(q->value(0).toString(), q->value(1).toString());
    }
    if (chairs.size() != 1)
        return QString();
    return tr("%1, by role (no chair was recorded)").arg(chairs.first());
}

// Who came, sent apologies or a deputy, or was absent: one line each, names with agencies.
Result<QString> MinutesWriter::attendanceHtml(Id meetingId) const
{
    auto members = Sql::run(
        m_db.sql(),
        QStringLiteral("SELECT m.name, coalesce(ag.name, ''), a.status, a.deputy_name, a.expected "
                       "FROM attendance a JOIN member m ON m.id = a.member_id LEFT JOIN agency ag "
                       "ON ag.id = m.agency_id WHERE a.meeting_id = :m ORDER BY m.name"),
        {{QStringLiteral("m"), meetingId}});
    if (!members)
        return members.error();
    const QList<AttendanceStatus> order = {AttendanceStatus::Present, AttendanceStatus::Deputy,
                                           AttendanceStatus::Apologies, AttendanceStatus::Absent};
    QMap<AttendanceStatus, QStringList> byStatus;
    while (members->next()) {
        const AttendanceStatus status = attendanceFromString(members->value(2).toString());
        QString who = withAgency(members->value(0).toString(), members->value(1).toString(),
                                 members->value(4).toBool());
        if (status == AttendanceStatus::Deputy)
            who = tr("%1 for %2")
                      .arg(members->value(3).toString().trimmed().isEmpty()
                               ? tr("a deputy (name not recorded)")
                               : members->value(3).toString(),
                           who);
        byStatus[status].append(who);
    }
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Attendance")));
    if (byStatus.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No attendance was recorded.")));
    for (AttendanceStatus status : order)
        if (byStatus.contains(status))
            h += QStringLiteral("<p><b>%1 (%2):</b> %3.</p>")
                     .arg(esc(statusText(status)))
                     .arg(byStatus.value(status).size())
                     .arg(esc(byStatus.value(status).join(QStringLiteral("; "))));
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
    auto meeting = Meetings(m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    QFont font = LetterDocument::font();
    font.setPointSizeF(BodyPoints);
    doc.setDefaultFont(font);
    doc.setHtml(*html);
    QByteArray bytes;
    if (suffix == QLatin1String("pdf")) {
        bytes = LetterDocument::toPdf(
            doc, tr("Meeting minutes"),
            tr("Minutes of the meeting of %1.").arg(DateInput::format(meeting->date)));
    } else {
        auto odt = LetterDocument::toOdt(doc);
        if (!odt)
            return Status::failure(tr("The minutes could not be written as OpenDocument text."));
        bytes = *odt;
    }
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
