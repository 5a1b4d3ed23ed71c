#include "AttendancePanel.h"

#include "MeetingNames.h"
#include "commands/Editor.h"
#include "meeting/MeetingChecks.h"
#include "repo/Directory.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace enc::ui {

namespace {

const AttendanceStatus Statuses[] = {AttendanceStatus::Present, AttendanceStatus::Apologies,
                                     AttendanceStatus::Deputy, AttendanceStatus::Absent};

const char RowProperty[] = "attendanceRow";

bool sameAttendance(const QList<Attendance> &a, const QList<Attendance> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].memberId != b[i].memberId || a[i].status != b[i].status ||
            a[i].deputyName != b[i].deputyName || a[i].expected != b[i].expected)
            return false;
    return true;
}

// The status a plain letter sets in the list, if any. Alt+letter stays the screen's.
std::optional<AttendanceStatus> statusKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers other =
        key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (other)
        return std::nullopt;
    switch (key->key()) {
    case Qt::Key_P:
        return AttendanceStatus::Present;
    case Qt::Key_A:
        return AttendanceStatus::Apologies;
    case Qt::Key_D:
        return AttendanceStatus::Deputy;
    case Qt::Key_X:
        return AttendanceStatus::Absent;
    default:
        return std::nullopt;
    }
}

} // namespace

AttendancePanel::AttendancePanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_quorumLabel(new QLabel(this)),
      m_police(new QLabel(this)), m_keys(new QLabel(this))
{
    m_table->setObjectName(QLatin1String(names::AttendanceTable));
    m_quorumLabel->setObjectName(QLatin1String(names::QuorumLabel));
    m_police->setObjectName(QLatin1String(names::PoliceWarning));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Attendance"), tr("Deputy's name")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // One Tab stop: the list. Rows are chosen with Up and Down, statuses with letters.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    // The cursor stays in the member column: moving it onto a cell's box would focus the box.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (row >= 0 && column != 0)
            m_table->setCurrentCell(row, 0);
    });
    m_keys->setObjectName(QLatin1String(names::AttendanceKeys));
    m_keys->setWordWrap(true);
    m_keys->setText(tr("Keys in the list: P present, A apologies, X absent (each goes on to the "
                       "next member), D deputy (type the name, then Enter). Up and Down move. "
                       "Ctrl+Z: undo."));
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_quorumLabel->font();
    bold.setBold(true);
    m_quorumLabel->setFont(bold);
    m_police->setWordWrap(true);
    m_police->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_police->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quorumLabel);
    layout->addWidget(m_police);
    layout->addWidget(m_table);
    layout->addWidget(m_keys);
}

void AttendancePanel::setMeeting(Database *db, Editor *editor, Id meetingId)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_db = db;
    m_editor = editor;
    m_meetingId = meetingId;
    if (m_editor)
        connect(m_editor, &Editor::replayed, this, &AttendancePanel::followStore);
    reload();
}

void AttendancePanel::followStore()
{
    if (!m_db || !m_meetingId)
        return;
    auto meeting = Meetings(*m_db).get(m_meetingId);
    if (!meeting || sameAttendance(meeting->attendance, m_attendance))
        return;
    const int row = m_table->currentRow();
    const bool focused = m_table->hasFocus() || m_table->isAncestorOf(focusWidget());
    reload();
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, 0);
    if (focused)
        m_table->setFocus();
}

void AttendancePanel::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_attendance.clear();
    if (!m_db || !m_meetingId) {
        m_keys->hide();
        m_loading = false;
        updateQuorum();
        return;
    }
    auto meeting = Meetings(*m_db).get(m_meetingId);
    if (!meeting) {
        m_loading = false;
        return;
    }
    m_date = meeting->date;
    m_attendance = meeting->attendance;
    Directory directory(*m_db);
    m_table->setRowCount(int(m_attendance.size()));
    for (int row = 0; row < m_attendance.size(); ++row) {
        const Attendance &a = m_attendance[row];
        auto member = directory.member(a.memberId);
        QString name = member ? member->name : tr("Member %1").arg(a.memberId);
        if (member && !member->role.isEmpty())
            name += QStringLiteral(" (") + member->role + QLatin1Char(')');
        if (!a.expected)
            name += QLatin1Char(' ') + tr("[not expected]");
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, item);
        auto *combo = new QComboBox(m_table);
        combo->addItems({tr("Present"), tr("Apologies"), tr("Deputy"), tr("Absent")});
        combo->setCurrentIndex(int(a.status));
        combo->setFocusPolicy(Qt::ClickFocus); // the list's letters set it from the keyboard
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { write(row); });
        m_table->setCellWidget(row, 1, combo);
        auto *deputy = new QLineEdit(a.deputyName, m_table);
        deputy->setObjectName(QLatin1String(names::DeputyEdit));
        deputy->setProperty(RowProperty, row);
        deputy->installEventFilter(this);
        connect(deputy, &QLineEdit::editingFinished, this, [this, row] { write(row); });
        connect(deputy, &QLineEdit::textChanged, this, [this, row] { updateDeputyField(row); });
        m_table->setCellWidget(row, 2, deputy);
        updateDeputyField(row);
    }
    m_table->resizeColumnToContents(1);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    m_keys->setVisible(m_table->rowCount() > 0);
    auto police = MeetingChecks::policeAttendedInLastMonth(*m_db, m_date);
    m_police->setText(tr("No police member has attended a meeting in the last calendar month: "
                         "invite the police representative."));
    m_police->setVisible(police && !*police);
    m_loading = false;
    updateQuorum();
}

void AttendancePanel::write(int row)
{
    if (m_loading || row < 0 || row >= m_attendance.size())
        return;
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    auto *deputy = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2));
    Attendance a = m_attendance[row];
    a.status = Statuses[std::max(0, combo->currentIndex())];
    a.deputyName = a.status == AttendanceStatus::Deputy ? deputy->text().trimmed() : QString();
    if (a.status == m_attendance[row].status && a.deputyName == m_attendance[row].deputyName)
        return;
    if (m_editor) {
        if (Status s = m_editor->setAttendance(m_meetingId, a); !s) {
            m_quorumLabel->setText(s.errorText());
            return;
        }
    }
    m_attendance[row] = a;
    updateDeputyField(row);
    updateQuorum();
    if (a.status != AttendanceStatus::Absent && a.status != AttendanceStatus::Apologies) {
        auto police = MeetingChecks::policeAttendedInLastMonth(*m_db, m_date);
        m_police->setVisible(police && !*police);
    }
}

void AttendancePanel::updateDeputyField(int row)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    auto *deputy = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2));
    if (!combo || !deputy)
        return;
    const bool isDeputy = Statuses[std::max(0, combo->currentIndex())] == AttendanceStatus::Deputy;
    deputy->setEnabled(isDeputy);
    deputy->setPlaceholderText(isDeputy ? tr("Name of the deputy") : QString());
    deputy->setFocusPolicy(deputy->text().trimmed().isEmpty() ? Qt::ClickFocus : Qt::StrongFocus);
}

void AttendancePanel::keyStatus(int row, AttendanceStatus status)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    if (!combo)
        return;
    combo->setCurrentIndex(int(status)); // writes through the editor: one undo step
    if (status != AttendanceStatus::Deputy)
        return;
    if (auto *deputy = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2))) {
        deputy->setFocus(Qt::OtherFocusReason);
        deputy->selectAll();
    }
}

void AttendancePanel::backToList(int row, int delta)
{
    write(row);
    const int to = std::clamp(row + delta, 0, std::max(0, m_table->rowCount() - 1));
    m_table->setFocus(Qt::OtherFocusReason);
    if (to < m_table->rowCount())
        m_table->setCurrentCell(to, 0);
}

bool AttendancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        const int row = m_table->currentRow();
        const auto status = statusKey(key);
        if (!status || row < 0 || row >= m_attendance.size())
            return false;
        keyStatus(row, *status);
        // P, A and X go on to the next member, as down a register; D waits for the name.
        if (*status != AttendanceStatus::Deputy && row + 1 < m_table->rowCount() &&
            m_table->hasFocus())
            m_table->setCurrentCell(row + 1, 0);
        return true;
    }
    auto *deputy = qobject_cast<QLineEdit *>(watched);
    const Qt::KeyboardModifiers other = key->modifiers() & ~Qt::KeypadModifier;
    if (!deputy || other)
        return false;
    const int row = deputy->property(RowProperty).toInt();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: // the name given: on to the next member
        backToList(row, row + 1 < m_table->rowCount() ? 1 : 0);
        return true;
    case Qt::Key_Escape: // the name as it was
        deputy->setText(row < m_attendance.size() ? m_attendance[row].deputyName : QString());
        backToList(row, 0);
        return true;
    case Qt::Key_Down:
        backToList(row, 1);
        return true;
    case Qt::Key_Up:
        backToList(row, -1);
        return true;
    default:
        return false;
    }
}

void AttendancePanel::setStatus(Id memberId, AttendanceStatus status, const QString &deputy)
{
    for (int row = 0; row < m_attendance.size(); ++row) {
        if (m_attendance[row].memberId != memberId)
            continue;
        auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2));
        m_loading = true;
        edit->setText(deputy);
        m_loading = false;
        qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->setCurrentIndex(int(status));
        write(row);
    }
}

void AttendancePanel::updateQuorum()
{
    const bool was = m_quorum.quorate;
    const int percent = m_db ? Options(m_db->sql()).quorumPercent() : 75;
    m_quorum = Quorum::evaluate(m_attendance, percent);
    m_quorumLabel->setText(Quorum::describe(m_quorum));
    m_quorumLabel->setVisible(m_meetingId != 0); // no meeting chosen: nothing to be quorate
    m_quorumLabel->setStyleSheet(m_quorum.quorate ? QStringLiteral("color: #1b5e20")
                                                  : QStringLiteral("color: #b71c1c"));
    if (was != m_quorum.quorate)
        emit quorumChanged(m_quorum.quorate);
}

QString AttendancePanel::quorumText() const
{
    return m_quorumLabel->text();
}

bool AttendancePanel::policeWarningShown() const
{
    return !m_police->isHidden();
}

} // namespace enc::ui
