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
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

const AttendanceStatus Statuses[] = {AttendanceStatus::Present, AttendanceStatus::Apologies,
                                     AttendanceStatus::Deputy, AttendanceStatus::Absent};

} // namespace

AttendancePanel::AttendancePanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_quorumLabel(new QLabel(this)),
      m_police(new QLabel(this))
{
    m_table->setObjectName(QLatin1String(names::AttendanceTable));
    m_quorumLabel->setObjectName(QLatin1String(names::QuorumLabel));
    m_police->setObjectName(QLatin1String(names::PoliceWarning));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Attendance"), tr("Deputy's name")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
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
}

void AttendancePanel::setMeeting(Database *db, Editor *editor, Id meetingId)
{
    m_db = db;
    m_editor = editor;
    m_meetingId = meetingId;
    reload();
}

void AttendancePanel::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_attendance.clear();
    if (!m_db || !m_meetingId) {
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
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { write(row); });
        m_table->setCellWidget(row, 1, combo);
        auto *deputy = new QLineEdit(a.deputyName, m_table);
        deputy->setPlaceholderText(tr("Name of the deputy"));
        connect(deputy, &QLineEdit::editingFinished, this, [this, row] { write(row); });
        m_table->setCellWidget(row, 2, deputy);
    }
    m_table->resizeColumnToContents(1);
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
    updateQuorum();
    if (a.status != AttendanceStatus::Absent && a.status != AttendanceStatus::Apologies) {
        auto police = MeetingChecks::policeAttendedInLastMonth(*m_db, m_date);
        m_police->setVisible(police && !*police);
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
