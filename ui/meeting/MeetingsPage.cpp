#include "MeetingsPage.h"

#include "AgendaFilterBar.h"
#include "AgendaListModel.h"
#include "AgendaView.h"
#include "MeetingListRoles.h"

#include "AddChildDialog.h"
#include "AttendancePanel.h"
#include "ChairPicker.h"
#include "FileDialog.h"
#include "MeetingNames.h"
#include "MessageBox.h"
#include "NotesBox.h"
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

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace enc::ui {

MeetingsPage::MeetingsPage(QWidget *parent)
    : QWidget(parent), m_meetings(new QTreeWidget(this)), m_title(new QLabel(this)),
      m_attendance(new AttendancePanel(this)), m_agendaList(new AgendaView(this)),
      m_filter(new AgendaFilterBar(this)), m_agendaModel(new AgendaListModel(this)),
      m_recording(new RecordingPanel(this)), m_chairs(new ChairPicker(this)),
      m_itemNotes(new NotesBox(tr("Item notes (never projected)"),
                               tr("What the partners said, typed as they speak"), this)),
      m_meetingNotes(new NotesBox(tr("Meeting notes"),
                                  tr("Anything for the record of the whole meeting"), this)),
      m_apologies(new QPushButton(tr("Apologies in advance..."), this)),
      m_range(new QComboBox(this)), m_minutes(new QPushButton(tr("Write minutes a&gain..."), this)),
      m_close(new QPushButton(tr("&Close meeting and "
                                 "write minutes"),
                              this)),
      m_present(new QPushButton(tr("&Presenter screen"), this)),
      m_browse(new QPushButton(tr("&Browse meetings"), this)), m_poll(new QTimer(this))
{
    setObjectName(QLatin1String(names::MeetingsPage));
    m_meetings->setObjectName(QLatin1String(names::MeetingList));
    m_agendaList->setObjectName(QLatin1String(names::AgendaList));
    m_agendaList->setModel(m_agendaModel);
    m_meetings->setHeaderLabels({tr("Date"), tr("Meeting"), tr("State")});
    m_meetings->setRootIsDecorated(false);
    m_meetings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    // The title wraps within the screen's width; it never widens the window.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setText(tr("Choose a meeting"));

    // Alt+letters unique on the whole meeting screen (tests/gui/test_meeting_cursor.cpp).
    auto *open = new QPushButton(tr("Open meet&ing"), this);
    auto *adHoc = new QPushButton(tr("Ad-hoc meeting on a da&y..."), this);
    adHoc->setObjectName(QLatin1String(names::AdHocButton));
    adHoc->setToolTip(tr("A meeting outside the schedule, on a date you choose"));
    m_apologies->setObjectName(QLatin1String(names::ApologiesButton));
    m_apologies->setToolTip(tr("Records a member's apologies for the chosen meeting before the "
                               "day: its attendance starts from them"));
    m_apologies->setEnabled(false);
    m_itemNotes->setObjectName(QLatin1String(names::ItemNotes));
    m_meetingNotes->setObjectName(QLatin1String(names::MeetingNotes));
    m_itemNotes->setToolTip(tr("Notes on the agenda item chosen: on this screen and in the "
                               "minutes, never on the projector. Saved as you type."));
    m_meetingNotes->setToolTip(tr("Notes on the whole meeting, in its minutes. Saved as you "
                                  "type."));
    auto *cancel = new QPushButton(tr("Mar&k meeting cancelled..."), this);
    cancel->setToolTip(tr("Marks the chosen meeting cancelled, with a reason: its items go to "
                          "the next meeting"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_range->setObjectName(QStringLiteral("meetingRange"));
    m_range->addItem(tr("Recent and coming"), int(Range::Recent));
    m_range->addItem(tr("Last 3 months"), int(Range::ThreeMonths));
    m_range->addItem(tr("Last 12 months"), int(Range::Year));
    m_range->addItem(tr("All meetings"), int(Range::All));
    m_range->setToolTip(tr("How far back the list goes: past meetings keep their minutes"));
    m_minutes->setObjectName(QStringLiteral("writeMinutes"));
    m_minutes->setToolTip(tr("Writes the minutes and action log of the chosen held meeting "
                             "again, as PDF and .odt"));
    m_minutes->setEnabled(false);
    leftLayout->addWidget(m_range);
    leftLayout->addWidget(m_meetings);
    leftLayout->addWidget(open);
    leftLayout->addWidget(adHoc);
    leftLayout->addWidget(m_apologies);
    leftLayout->addWidget(cancel);
    leftLayout->addWidget(m_minutes);

    auto *up = new QPushButton(tr("&Move up"), this);
    auto *down = new QPushButton(tr("Move dow&n"), this);
    auto *defer = new QPushButton(tr("&Defer"), this);
    auto *add = new QPushButton(tr("Add chi&ld..."), this);
    m_agendaEdits = {up, down, defer, add}; // a closed meeting's agenda is a record
    up->setToolTip(tr("Ctrl+Up"));
    down->setToolTip(tr("Ctrl+Down"));
    defer->setToolTip(tr("Carries the item over to the next meeting"));
    auto *agendaButtons = new QHBoxLayout;
    for (QPushButton *b : {up, down, defer, add})
        agendaButtons->addWidget(b);
    agendaButtons->addStretch();
    auto *agendaBox = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(new QLabel(tr("Agenda"), this));
    agendaLayout->addWidget(m_filter);
    agendaLayout->addWidget(m_agendaList, 1);
    agendaLayout->addLayout(agendaButtons);
    auto *notes = new QHBoxLayout;
    notes->addWidget(m_itemNotes);
    notes->addWidget(m_meetingNotes);
    agendaLayout->addLayout(notes);

    auto *recordBox = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(recordBox);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_chairs);
    recordLayout->addWidget(new QLabel(tr("Attendance"), this));
    recordLayout->addWidget(m_attendance, 1);
    recordLayout->addWidget(new QLabel(tr("Decision (operator's screen only)"), this));
    recordLayout->addWidget(m_recording);

    auto *work = new QSplitter(Qt::Horizontal, this);
    work->addWidget(agendaBox);
    work->addWidget(recordBox);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    // An open meeting takes the whole width (the chair needs it at 1366x768); the list of
    // meetings comes back with this button.
    m_browse->setObjectName(QStringLiteral("browseMeetings"));
    m_browse->setCheckable(true);
    m_browse->setChecked(true);
    m_browse->setToolTip(tr("Shows or hides the list of meetings beside the open meeting"));
    top->addWidget(m_browse);
    top->addWidget(m_title, 1);
    top->addWidget(m_present);
    top->addWidget(m_close);
    rightLayout->addLayout(top);
    rightLayout->addWidget(work, 1);

    connect(m_browse, &QPushButton::toggled, left, &QWidget::setVisible);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_meetings->currentItem()) {
            const Id id = item->data(0, MeetingIdRole).toLongLong();
            id ? openMeeting(id) : void(openDate(item->data(0, DateRole).toDate()));
        }
    });
    connect(m_meetings, &QTreeWidget::itemActivated, open, &QPushButton::click);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_meetings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_minutes->setEnabled(item && item->data(0, ClosedRole).toBool());
        // Apologies are sent before the day (or on it, before the meeting closes).
        m_apologies->setEnabled(item && !item->data(0, ClosedRole).toBool() &&
                                item->flags().testFlag(Qt::ItemIsSelectable) &&
                                item->data(0, DateRole).toDate() >= QDate::currentDate());
    });
    connect(m_apologies, &QPushButton::clicked, this, &MeetingsPage::askApologies);
    connect(m_minutes, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_meetings->currentItem();
        if (!item || !item->data(0, ClosedRole).toBool())
            return;
        const QString folder = FileDialog::directory(this, tr("Folder for the minutes"));
        if (folder.isEmpty())
            return;
        auto written = writeMinutes(item->data(0, MeetingIdRole).toLongLong(), folder);
        if (!written)
            MessageBox::warning(this, tr("Minutes"), written.errorText());
        else
            MessageBox::information(this, tr("Minutes"),
                                    tr("Minutes and action log written to %1")
                                        .arg(written->join(QStringLiteral(" and "))));
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_meetings->currentItem();
        if (!item || item->data(0, ClosedRole).toBool())
            return;
        const QDate date = item->data(0, DateRole).toDate();
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Cancel meeting"),
            tr("Why is the meeting of %1 cancelled?").arg(DateInput::format(date)),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            cancelMeeting(date, reason);
    });
    connect(adHoc, &QPushButton::clicked, this, &MeetingsPage::askAdHoc);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(defer, &QPushButton::clicked, this, &MeetingsPage::deferCurrent);
    connect(add, &QPushButton::clicked, this, [this] {
        if (!m_db || !m_meetingId)
            return;
        AddChildDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            addChild(dialog.childId());
    });
    auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, m_agendaList);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    connect(m_agendaList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::itemChosen);
    connect(m_filter, &AgendaFilterBar::changed, this, &MeetingsPage::applyFilter);
    connect(m_attendance, &AttendancePanel::quorumChanged, m_recording,
            &RecordingPanel::setQuorate);
    connect(m_recording, &RecordingPanel::recorded, this,
            [this](Id child, Id) { decisionRecorded(child); });
    m_recording->setCheck([this](Id itemId, Id childId) { return cursorProblem(itemId, childId); });
    qApp->installEventFilter(this);
    connect(m_close, &QPushButton::clicked, this, [this] { closeMeeting(); });
    connect(m_present, &QPushButton::clicked, this, [this] { showPresenter(); });
    // Another desk's writes (a PPN added by the business support officer) show within 2 s.
    // Tab from the agenda's find box goes to the agenda, then to the decision form (found: it
    // skipped the agenda, and an arrow key then changed the outcome).
    setTabOrder(m_filter->textBox(), m_agendaList);
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, this, &MeetingsPage::pollForChanges);
    m_close->setEnabled(false);
    m_present->setEnabled(false);
}

MeetingsPage::~MeetingsPage()
{
    delete m_presenter;
}

void MeetingsPage::setDatabase(Database *db, Editor *editor)
{
    flushNotes();
    m_db = db;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor)
        connect(m_editor, &Editor::replayed, this, [this] {
            if (m_meetingId) {
                loadMeetingRecord();
                m_notesItem = 0; // the item's notes are read again
                reloadAgenda();
            }
        });
    m_meetingId = 0;
    m_agenda = Agenda();
    m_recording->setDatabase(db, editor);
    m_attendance->setMeeting(db, editor, 0);
    m_closed = true;
    loadMeetingRecord();
    loadItemNotes(0);
    m_agendaModel->setChildren({}, {});
    m_agendaModel->setItems({}, {});
    if (m_presenter)
        m_presenter->setDatabase(db);
    m_dataVersion = db ? db->dataVersion() : -1;
    if (db)
        m_poll->start();
    else
        m_poll->stop();
    refresh();
}

Id MeetingsPage::openDate(QDate date)
{
    if (!m_db || !date.isValid())
        return 0;
    auto existing = Meetings(*m_db).onDate(date);
    Id id = existing ? existing->id : 0;
    if (!id) {
        const ScheduleConfig cfg = Options(m_db->sql()).schedule();
        Meeting m;
        m.date = date;
        m.starts = cfg.startOn(date.dayOfWeek());
        m.ends = cfg.endOn(date.dayOfWeek());
        m.kind =
            date.dayOfWeek() == cfg.reviewDay ? MeetingKind::TriageAndReview : MeetingKind::Triage;
        auto saved = Meetings(*m_db).create(m);
        if (!saved) {
            MessageBox::warning(this, tr("Open meeting"), saved.errorText());
            return 0;
        }
        id = saved->id;
        refresh();
    }
    openMeeting(id);
    return id;
}

void MeetingsPage::openMeeting(Id meetingId)
{
    if (!m_db)
        return;
    auto meeting = Meetings(*m_db).get(meetingId);
    if (!meeting) {
        MessageBox::warning(this, tr("Open meeting"), meeting.errorText());
        return;
    }
    flushNotes(); // nothing typed is lost when another meeting (or the same) is opened
    m_browse->setChecked(false);    // the meeting takes the width
    if (meetingId != m_meetingId) { // another meeting: its whole agenda
        m_filter->clear();
        m_agendaModel->setFilter({}, -1);
    }
    m_meetingId = meetingId;
    if (m_presenter)
        m_presenter->setPrivacy(true); // names on screen are agreed per meeting
    m_date = meeting->date;
    m_end = meeting->ends.isValid() ? meeting->ends : QTime(12, 0);
    auto cancellations = Meetings(*m_db).cancellations(m_date, m_date);
    const QHash<Id, QString> cancelled = cancellations ? *cancellations : QHash<Id, QString>();
    m_closed = meeting->closed || cancelled.contains(meetingId);
    const QString state = cancelled.contains(meetingId)
                              ? tr(" (cancelled: %1)").arg(cancelled.value(meetingId))
                          : meeting->closed ? tr(" (closed)")
                                            : QString();
    m_title->setText(tr("Meeting of %1, %2 to %3%4")
                         .arg(DateInput::format(m_date),
                              meeting->starts.toString(QStringLiteral("HH:mm")),
                              m_end.toString(QStringLiteral("HH:mm")), state));
    m_attendance->setMeeting(m_db, m_editor, meetingId);
    loadMeetingRecord();
    m_recording->setQuorate(m_attendance->quorum().quorate);
    m_close->setEnabled(!m_closed);
    m_present->setEnabled(true);
    for (QPushButton *b : std::as_const(m_agendaEdits))
        b->setEnabled(!m_closed);
    reloadAgenda();
    setCurrentItem(0);
}

void MeetingsPage::reloadAgenda()
{
    if (!m_db || !m_meetingId)
        return;
    auto agenda = AgendaBuilder(*m_db).forMeeting(m_meetingId, 300);
    if (!agenda) {
        m_title->setText(agenda.errorText());
        return;
    }
    m_agenda = *agenda;
    if (!m_closed)
        (void)AgendaStore(*m_db).save(m_meetingId, m_agenda.items);
    m_dataVersion = m_db->dataVersion();
    fillAgendaList();
    presentAgenda();
    itemChosen();
}

void MeetingsPage::presentAgenda()
{
    if (!m_presenter)
        return;
    // The projection follows the list, never the other way round here.
    const QSignalBlocker block(m_presenter);
    m_presenter->setAgenda(m_agenda, m_date, m_end);
    m_presenter->showItem(std::max(0, currentItem()));
}

void MeetingsPage::itemChosen()
{
    // Read only: the list's model shares the items, and a write would copy all of them.
    const QList<AgendaItem> &items = m_agenda.items;
    const int row = currentItem();
    const bool valid = row >= 0 && row < items.size();
    m_cursorItem = valid ? items[row].id : 0;
    m_cursorChild = valid ? items[row].childId : 0;
    loadItemNotes(m_cursorItem);
    if (!valid || m_closed) {
        m_recording->setItem(m_meetingId, m_date, AgendaItem(), {}, {});
        return;
    }
    const AgendaItem &i = items[row];
    QList<Id> others; // the child's other open items
    for (int j = 0; j < items.size(); ++j)
        if (j != row && items[j].childId == i.childId && items[j].status == AgendaStatus::Open &&
            items[j].id)
            others.append(items[j].id);
    m_recording->setItem(m_meetingId, m_date, i, others, m_agendaModel->heading(row));
    if (m_presenter) {
        const QSignalBlocker block(m_presenter);
        m_presenter->showItem(row);
    }
}

void MeetingsPage::presenterMoved(int household)
{
    const int first = m_presenter ? m_presenter->firstItem(household) : -1;
    if (first < 0 || first >= m_agenda.items.size())
        return;
    const int next = m_presenter->firstItem(household + 1);
    const int end = next < 0 ? int(m_agenda.items.size()) : next;
    const int row = currentItem();
    if (row >= first && row < end)
        return;
    int to = first;
    for (int i = end - 1; i >= first; --i)
        if (m_agenda.items[i].status == AgendaStatus::Open)
            to = i;
    setCurrentItem(to);
}

QString MeetingsPage::cursorProblem(Id itemId, Id childId) const
{
    const int row = currentItem();
    const auto name = [this](Id child) {
        return tr("%1 (id %2)").arg(m_children.value(child).name).arg(child);
    };
    if (row < 0 || row >= m_agenda.items.size())
        return tr("Nothing was recorded: no agenda item is chosen.");
    const AgendaItem &shown = m_agenda.items[row];
    if (shown.id != itemId || shown.childId != childId)
        return tr("Nothing was recorded: the form is for %1 but the agenda shows %2. Choose "
                  "the item again.")
            .arg(name(childId), name(shown.childId));
    if (m_presenter && m_presenter->isVisible() && !m_presenter->isBlank()) {
        const int h = m_presenter->currentHousehold();
        const int first = m_presenter->firstItem(h);
        const int next = m_presenter->firstItem(h + 1);
        if (first < 0 || row < first || (next >= 0 && row >= next))
            return tr("Nothing was recorded: the projector shows another household than %1. "
                      "Choose the item again.")
                .arg(name(childId));
    }
    return {};
}

void MeetingsPage::moveCurrent(int delta)
{
    const int row = currentItem();
    const int to = row + delta;
    if (!m_db || m_closed || row < 0 || to < 0 || to >= m_agenda.items.size())
        return;
    const QList<AgendaItem> before = m_agenda.items;
    m_agenda.items.move(row, to);
    if (Status s = m_editor ? m_editor->reorderAgenda(m_meetingId, before, m_agenda.items)
                            : AgendaStore(*m_db).save(m_meetingId, m_agenda.items);
        !s) {
        MessageBox::warning(this, tr("Move"), s.errorText());
        m_agenda.items = before;
        return;
    }
    // The list first, then the cursor: the recording panel titles the item from the list.
    fillAgendaList(false);
    presentAgenda();
    setCurrentItem(to);
}

void MeetingsPage::deferCurrent()
{
    const int row = currentItem();
    if (!m_db || m_closed || row < 0 || row >= m_agenda.items.size())
        return;
    const AgendaItem &item = m_agenda.items[row];
    if (Status s = m_editor
                       ? m_editor->setAgendaStatus(item.id, item.status, AgendaStatus::Deferred)
                       : AgendaStore(*m_db).setStatus(item.id, AgendaStatus::Deferred);
        !s) {
        MessageBox::warning(this, tr("Defer"), s.errorText());
        return;
    }
    m_agenda.items[row].status = AgendaStatus::Deferred;
    fillAgendaList(false);
    const int next = m_agendaModel->nextShown(row, 1);
    setCurrentItem(next >= 0 ? next : row);
}

void MeetingsPage::addChild(Id childId)
{
    if (!m_db || !m_meetingId)
        return;
    if (m_closed) {
        MessageBox::warning(this, tr("Add a child"),
                            tr("This meeting is closed: add the child to the next meeting."));
        return;
    }
    // A child already waiting on this agenda is not added twice: the cursor goes to them.
    for (int i = 0; i < m_agenda.items.size(); ++i)
        if (m_agenda.items[i].childId == childId &&
            m_agenda.items[i].status == AgendaStatus::Open) {
            setCurrentItem(i);
            if (auto *main = qobject_cast<QMainWindow *>(window()))
                main->statusBar()->showMessage(
                    tr("%1 is already on this agenda (%2): the agenda shows them.")
                        .arg(m_children.value(childId).name,
                             sectionTitle(m_agenda.items[i].section)),
                    8000);
            return;
        }
    const QString reason = tr("Added by the chair");
    auto added = m_editor ? m_editor->addAgendaChild(m_meetingId, childId, reason)
                          : AgendaStore(*m_db).addChild(m_meetingId, childId, reason);
    if (!added) {
        MessageBox::warning(this, tr("Add a child"), added.errorText());
        return;
    }
    reloadAgenda();
    for (int i = 0; i < m_agenda.items.size(); ++i)
        if (m_agenda.items[i].id == *added)
            setCurrentItem(i); // the chair sees the child just added
}

void MeetingsPage::decisionRecorded(Id)
{
    // The form marked its item heard (and the child's others when the chair said so).
    reloadAgenda();
    // The cursor is kept on its item across the reload (another desk may have moved the
    // items): from there on to the next open item the list shows (a filter hides the others).
    const int row = currentItem();
    int next = m_agendaModel->nextShown(row, 1);
    while (next >= 0 && m_agenda.items[next].status != AgendaStatus::Open)
        next = m_agendaModel->nextShown(next, 1);
    setCurrentItem(next >= 0 ? next : row);
}

void MeetingsPage::pollForChanges()
{
    if (!m_db || !m_meetingId || m_closed || !isVisible())
        return;
    if (m_db->dataVersion() != m_dataVersion)
        reloadAgenda();
}

PresenterWindow *MeetingsPage::showPresenter()
{
    if (!m_db || !m_meetingId)
        return nullptr;
    if (!m_presenter) {
        m_presenter = new PresenterWindow(nullptr);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        m_presenter->setDatabase(m_db);
        connect(m_presenter, &PresenterWindow::householdChanged, this,
                &MeetingsPage::presenterMoved);
        connect(m_presenter, &PresenterWindow::namesRequested, this,
                &MeetingsPage::showNamesOnProjector);
    }
    presentAgenda();
    // Full screen on the projector, never over the operator's own window.
    m_presenter->showBeside(window());
    m_presenter->raise();
    m_presenter->activateWindow();
    return m_presenter;
}

} // namespace enc::ui
