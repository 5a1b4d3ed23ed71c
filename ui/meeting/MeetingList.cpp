// The meetings page's list of meetings (scheduled, held, skipped, ad hoc, over a range)
// and its minutes: closing a meeting, and writing a held meeting's minutes again.

#include "MeetingsPage.h"

#include "MeetingListRoles.h"

#include "AgendaListModel.h"
#include "AttendancePanel.h"
#include "FileDialog.h"
#include "MeetingNames.h"
#include "MessageBox.h"
#include "PresenterWindow.h"
#include "RecordingPanel.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "domain/MeetingSchedule.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/AgendaStore.h"
#include "meeting/MeetingChecks.h"
#include "meeting/MinutesWriter.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace enc::ui {

void MeetingsPage::refresh()
{
    m_meetings->clear();
    if (!m_db)
        return;
    const QDate today = QDate::currentDate();
    const auto range = Range(m_range->currentData().toInt());
    QDate from = today.addDays(-28);
    const QDate to = today.addDays(21);
    if (range == Range::ThreeMonths)
        from = today.addMonths(-3);
    else if (range == Range::Year)
        from = today.addYears(-1);
    else if (range == Range::All) {
        auto first = Sql::scalar(m_db->sql(), QStringLiteral("SELECT min(date) FROM meeting"));
        const QDate earliest = first ? Sql::toDate(*first) : QDate();
        from = earliest.isValid() && earliest < from ? earliest : from;
    }
    const ScheduleConfig cfg = Options(m_db->sql()).schedule();
    auto held = Meetings(*m_db).between(from, to);
    auto cancellations = Meetings(*m_db).cancellations(from, to);
    const QHash<Id, QString> cancelled = cancellations ? *cancellations : QHash<Id, QString>();
    const auto stateOf = [&](const Meeting &m, const QString &open) {
        if (cancelled.contains(m.id))
            return tr("Cancelled: %1").arg(cancelled.value(m.id));
        return m.closed ? tr("Held: minutes written") : open;
    };
    QHash<QDate, Meeting> byDate;
    QList<Meeting> adHoc;
    if (held)
        for (const Meeting &m : *held)
            (m.kind == MeetingKind::AdHoc || byDate.contains(m.date))
                ? adHoc.append(m)
                : void(byDate.insert(m.date, m));
    struct Row
    {
        QDate date;
        QString kind;
        QString state;
        Id id = 0;
        bool skipped = false;
        bool closed = false;
    };
    QList<Row> rows; // in date order, ad-hoc meetings among the scheduled ones
    auto addRow = [this](QDate date, const QString &kind, const QString &state, Id id, bool skipped,
                         bool closed) {
        auto *item = new QTreeWidgetItem(m_meetings,
                                         {QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                  .dayName(date.dayOfWeek(), QLocale::ShortFormat) +
                                              QLatin1Char(' ') + DateInput::format(date),
                                          kind, state});
        item->setData(0, MeetingIdRole, id);
        item->setData(0, DateRole, date);
        item->setData(0, ClosedRole, closed);
        if (skipped) {
            item->setFlags(Qt::ItemIsEnabled);
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (date == QDate::currentDate())
            m_meetings->setCurrentItem(item);
    };
    for (const ScheduledMeeting &s : MeetingSchedule::between(from, to, cfg)) {
        const QString kind = s.trackingReview ? tr("Triage and tracking review") : tr("Triage");
        if (s.skipped) {
            rows.append({s.date, kind, tr("Skipped: %1").arg(s.skipReason), 0, true});
            continue;
        }
        const Meeting m = byDate.value(s.date);
        const QString state = m.id ? stateOf(m, s.date > today ? tr("Scheduled") : tr("Open"))
                              : s.date < today ? tr("Not recorded")
                                               : tr("Scheduled");
        rows.append({s.date, kind, state, m.id, false, m.closed});
        byDate.remove(s.date);
    }
    adHoc += byDate.values();
    for (const Meeting &m : adHoc)
        rows.append({m.date, tr("Ad-hoc"),
                     stateOf(m, m.date > today ? tr("Scheduled") : tr("Open")), m.id, false,
                     m.closed});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.date < b.date; });
    for (const Row &r : std::as_const(rows))
        addRow(r.date, r.kind, r.state, r.id, r.skipped, r.closed);
    // Wide enough to read each row without scrolling sideways (the splitter can still narrow it
    // by hand down to the date column).
    const int full = m_meetings->header()->length() + 2 * m_meetings->frameWidth() +
                     m_meetings->verticalScrollBar()->sizeHint().width();
    m_meetings->setMinimumWidth(qMin(full, m_meetings->header()->sectionSize(0) * 4));
}

bool MeetingsPage::closeMeeting()
{
    if (!m_db || !m_meetingId || m_closed)
        return false;
    QString question = tr("Close the meeting of %1 and write the minutes and action log?")
                           .arg(DateInput::format(m_date));
    const QString unreached = notReached();
    if (!unreached.isEmpty())
        question += QStringLiteral("\n\n") + unreached;
    if (MessageBox::question(this, tr("Close meeting"), question,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    const QString folder = FileDialog::directory(this, tr("Folder for the minutes"));
    if (folder.isEmpty())
        return false;
    if (!flushNotes()) {
        MessageBox::warning(this, tr("Close meeting"),
                            tr("The notes typed were not saved (see the message under them): "
                               "the meeting stays open."));
        return false;
    }
    if (Status s = Meetings(*m_db).close(m_meetingId, QString()); !s) {
        MessageBox::warning(this, tr("Close meeting"), s.errorText());
        return false;
    }
    auto minutes = writeMinutes(m_meetingId, folder);
    if (!minutes) {
        MessageBox::warning(this, tr("Minutes"), minutes.errorText());
        return false;
    }
    const QStringList written = *minutes;
    openMeeting(m_meetingId);
    refresh();
    // Not a modal box: the chair is often still talking to the room. The names are said, the
    // folder shortened in the middle (the full paths in the tooltip): a deep folder must not
    // push the screen wider than the window.
    QStringList names;
    for (const QString &path : written)
        names << QFileInfo(path).fileName();
    m_title->setText(m_title->text() + QLatin1Char('\n') +
                     tr("Minutes and action log written: %1, in %2")
                         .arg(names.join(QStringLiteral(" and ")),
                              m_title->fontMetrics().elidedText(QDir::toNativeSeparators(folder),
                                                                Qt::ElideMiddle, 400)));
    m_title->setToolTip(written.join(QLatin1Char('\n')));
    return true;
}

QString MeetingsPage::notReached() const
{
    QStringList lines;
    int open = 0;
    for (int row = 0; row < m_agenda.items.size(); ++row) {
        if (m_agenda.items[row].status != AgendaStatus::Open)
            continue;
        if (++open <= 10)
            lines << QStringLiteral("\u2022 ") + m_agendaModel->heading(row);
    }
    if (open == 0)
        return {};
    if (open > 10)
        lines << tr("... and %1 more").arg(open - 10);
    const ScheduledMeeting next =
        MeetingSchedule::next(m_date.addDays(1), Options(m_db->sql()).schedule());
    const QString where = next.date.isValid()
                              ? tr("the next meeting, on %1").arg(DateInput::format(next.date))
                              : tr("the next meeting");
    const QString head = open == 1
                             ? tr("1 item was not reached; it goes to %1:").arg(where)
                             : tr("%1 items were not reached; they go to %2:").arg(open).arg(where);
    return head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

bool MeetingsPage::cancelMeeting(QDate date, const QString &reason)
{
    if (!m_db || !date.isValid())
        return false;
    auto cancelled = Meetings(*m_db).cancelOn(date, reason);
    if (!cancelled) {
        MessageBox::warning(this, tr("Cancel meeting"), cancelled.errorText());
        return false;
    }
    refresh();
    if (m_meetingId == *cancelled)
        openMeeting(m_meetingId); // read-only now
    return true;
}

void MeetingsPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range))); // refreshes
}

QList<QDate> MeetingsPage::listedDates() const
{
    QList<QDate> out;
    for (int i = 0; i < m_meetings->topLevelItemCount(); ++i)
        out << m_meetings->topLevelItem(i)->data(0, DateRole).toDate();
    return out;
}

Result<QStringList> MeetingsPage::writeMinutes(Id meetingId, const QString &folder)
{
    if (!m_db)
        return Result<QStringList>::failure(tr("No database is open."));
    auto meeting = Meetings(*m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    // The chair's words may name a child in full: initials in the minutes, if wished.
    MinutesWriter writer(*m_db);
    auto named = writer.namesInRationales(meetingId);
    if (!named)
        return named.error();
    QStringList names;
    for (const MinutesWriter::NameInRationale &n : *named)
        names << tr("%1 (in the decision for child id %2)")
                     .arg(n.named.fullName())
                     .arg(n.decisionChild);
    names.removeDuplicates();
    if (!names.isEmpty())
        writer.setInitialsInRationales(
            MessageBox::question(
                this, tr("Names in the rationale"),
                tr("A rationale names a child in full:\n%1\n\nWrite initials instead in the "
                   "minutes? The rationale as recorded is not changed.")
                    .arg(names.join(QLatin1Char('\n'))),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                {{QMessageBox::Yes, tr("Write initials")},
                 {QMessageBox::No, tr("Write as recorded")}}) == QMessageBox::Yes);
    QStringList written;
    const QString base = QStringLiteral("minutes-%1").arg(meeting->date.toString(Qt::ISODate));
    for (const QString &ext : {QStringLiteral("pdf"), QStringLiteral("odt")}) {
        const QString path = QDir(folder).filePath(base + QLatin1Char('.') + ext);
        if (Status s = writer.write(meetingId, path); !s)
            return s.error();
        written << QDir::toNativeSeparators(path);
    }
    return written;
}

} // namespace enc::ui
