#include "RecordingPanel.h"

#include "MeetingNames.h"
#include "MessageBox.h"
#include "PartnerBox.h"
#include "ProformaBox.h"
#include "commands/Editor.h"
#include "repo/Decisions.h"
#include "repo/Directory.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace enc::ui {

RecordingPanel::RecordingPanel(QWidget *parent)
    : QWidget(parent), m_child(new QLabel(this)), m_outcome(new QComboBox(this)),
      m_rationale(new QPlainTextEdit(this)), m_action(new QLineEdit(this)),
      m_owner(new QComboBox(this)), m_due(new DateField(tr("Due date"), false, this)),
      m_alsoHeard(new QCheckBox(tr("Also mark this child's other items &heard"), this)),
      m_message(new QLabel(this)), m_record(new QPushButton(tr("Record deci&sion"), this)),
      m_proforma(new ProformaBox(this)), m_partners(new PartnerBox(this))
{
    m_outcome->setObjectName(QLatin1String(names::OutcomeCombo));
    m_rationale->setObjectName(QLatin1String(names::RationaleEdit));
    m_action->setObjectName(QLatin1String(names::ActionEdit));
    m_owner->setObjectName(QLatin1String(names::ActionOwner));
    m_record->setObjectName(QLatin1String(names::RecordButton));
    m_alsoHeard->setObjectName(QLatin1String(names::AlsoHeardCheck));
    m_message->setObjectName(QLatin1String(names::RecordMessage));
    m_outcome->setPlaceholderText(tr("Choose the outcome"));
    m_alsoHeard->setToolTip(tr("The decision marks the item it is recorded on heard; ticked, "
                               "the child's other open items on this agenda too"));
    m_alsoHeard->hide();
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why: record decisions not to act, too"));
    m_rationale->setMaximumHeight(90);
    m_action->setPlaceholderText(tr("Action agreed (optional)"));
    m_owner->setEditable(true);
    m_owner->setToolTip(tr("A member, or type an agency"));
    m_message->setWordWrap(true);
    QFont bold = m_child->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_child->setFont(bold);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_child);
    form->addRow(m_partners);
    // Alt+letters unique on the whole meeting screen (tests/gui/test_meeting_cursor.cpp).
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(m_alsoHeard);
    form->addRow(m_proforma);
    // The outcome's warning (Reducing Parental Conflict on a medium or high risk PPN) is shown
    // while the chair chooses, against this child, not after the form has moved on.
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_proforma->setOutcome(m_outcome->currentData(OutcomeCodeRole).toString());
        QString warning;
        if (m_db && m_childId && m_outcome->currentIndex() >= 0)
            if (auto w =
                    Decisions(*m_db).warningsFor(m_childId, m_outcome->currentData().toLongLong()))
                warning = w->join(QLatin1Char('\n'));
        m_message->setText(warning);
    });
    form->addRow(m_message);
    form->addRow(m_record);
    m_record->setToolTip(tr("Ctrl+Return"));
    connect(m_record, &QPushButton::clicked, this, [this] { record(); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { record(); });
    setEnabled(false);
}

void RecordingPanel::setDatabase(Database *db, Editor *editor)
{
    m_db = db;
    m_editor = editor;
    m_proforma->setDatabase(db);
    m_partners->setDatabase(db);
    reloadLists();
}

void RecordingPanel::reloadLists()
{
    m_outcome->clear();
    m_owner->clear();
    if (!m_db)
        return;
    if (auto outcomes = Decisions(*m_db).outcomes())
        for (const Outcome &o : *outcomes) {
            m_outcome->addItem(o.label, o.id);
            m_outcome->setItemData(m_outcome->count() - 1, o.code, OutcomeCodeRole);
        }
    m_owner->addItem(QString(), 0);
    if (auto members = Directory(*m_db).members())
        for (const Member &m : *members)
            m_owner->addItem(m.name, m.id);
    m_outcome->setCurrentIndex(-1);
}

QString RecordingPanel::childLabel() const
{
    return m_child->text();
}

void RecordingPanel::setItem(Id meetingId, QDate date, const AgendaItem &item,
                             const QList<Id> &otherItems, const QString &label)
{
    const Id childId = item.childId;
    m_otherItems = childId ? otherItems : QList<Id>();
    m_alsoHeard->setVisible(!m_otherItems.isEmpty());
    m_child->setText(childId ? label : tr("Choose an agenda item"));
    setEnabled(childId != 0);
    m_partners->setChild(childId);
    // The same item again (the agenda re-read): the chair's typing stays.
    if (meetingId == m_meetingId && childId == m_childId && item.id == m_itemId && childId)
        return;
    m_meetingId = meetingId;
    m_date = date;
    m_childId = childId;
    m_itemId = item.id;
    m_section = item.section;
    clearForm();
    // A heard item says what was decided, so that the chair does not decide it twice.
    if (item.status == AgendaStatus::Heard && m_db && childId) {
        QStringList said;
        const auto decisions = Decisions(*m_db).forChild(childId);
        for (const Decision &d : decisions ? *decisions : QList<Decision>{})
            if (d.meetingId == meetingId) {
                const int at = m_outcome->findData(d.outcomeId);
                const QString outcome = at >= 0 ? m_outcome->itemText(at) : QString();
                said << (d.rationale.trimmed().isEmpty()
                             ? outcome
                             : tr("%1: %2").arg(outcome, d.rationale.trimmed()));
            }
        if (!said.isEmpty())
            m_message->setText(
                tr("Heard at this meeting: %1").arg(said.join(QStringLiteral("; "))));
    }
}

void RecordingPanel::clearForm()
{
    m_outcome->setCurrentIndex(-1);
    m_alsoHeard->setChecked(false);
    m_rationale->clear();
    m_action->clear();
    m_owner->setCurrentIndex(0);
    m_owner->setEditText(QString());
    m_due->setDate(m_date.isValid() ? m_date.addDays(14) : QDate());
    m_message->clear();
    m_proforma->setItem(m_childId, m_section);
}

bool RecordingPanel::record()
{
    if (!m_db || !m_editor || !m_childId)
        return false;
    if (const QString wrong = m_check ? m_check(m_itemId, m_childId) : QString();
        !wrong.isEmpty()) {
        m_message->setText(wrong);
        return false;
    }
    if (m_outcome->currentIndex() < 0) {
        m_message->setText(tr("Choose the outcome."));
        return false;
    }
    if (!m_action->text().trimmed().isEmpty() && !m_due->isValid()) {
        m_due->showMessage();
        return false;
    }
    // An action agreed is never dropped: without an owner nothing is recorded yet.
    if (!m_action->text().trimmed().isEmpty() && m_owner->currentText().trimmed().isEmpty()) {
        m_message->setText(tr("Say who owns the action \"%1\" (Owner), or clear the action.")
                               .arg(m_action->text().trimmed()));
        m_owner->setFocus();
        return false;
    }
    if (!m_quorate &&
        MessageBox::question(this, tr("Meeting not quorate"),
                             tr("The meeting is not quorate. Record this decision anyway? It will "
                                "be marked as taken while not quorate.")) != QMessageBox::Yes)
        return false;
    Decision d;
    d.childId = m_childId;
    d.meetingId = m_meetingId;
    d.outcomeId = m_outcome->currentData().toLongLong();
    d.rationale = m_rationale->toPlainText();
    d.decidedOn = m_date.isValid() ? m_date : QDate::currentDate();
    d.quorate = m_quorate;
    QList<Id> heard;
    if (m_itemId)
        heard << m_itemId;
    if (m_alsoHeard->isChecked())
        heard += m_otherItems;
    Action a;
    if (!m_action->text().trimmed().isEmpty()) {
        a.childId = m_childId;
        a.description = m_action->text().trimmed();
        const int index = m_owner->findText(m_owner->currentText());
        a.ownerMemberId = index > 0 ? m_owner->itemData(index).toLongLong() : 0;
        if (!a.ownerMemberId)
            a.ownerText = m_owner->currentText().trimmed();
        a.dueOn = m_due->date();
    }
    auto saved = m_editor->recordDecision(d, heard, a.childId ? &a : nullptr);
    if (!saved) {
        m_message->setText(saved.errorText());
        return false;
    }
    const QString rationale = d.rationale.trimmed();
    QStringList notes = saved->warnings;
    if (const QString done = m_proforma->apply(
            *m_editor, m_meetingId, d.decidedOn,
            rationale.isEmpty() ? m_outcome->currentText()
                                : tr("%1: %2").arg(m_outcome->currentText(), rationale));
        !done.isEmpty())
        notes << done;
    const Id child = m_childId;
    const QString who = m_child->text();
    clearForm(); // recorded: never twice by a second Ctrl+Return
    emit recorded(child, saved->id);
    if (!notes.isEmpty()) // said of the child just recorded, under the next one's form
        m_message->setText(tr("Recorded for %1. %2").arg(who, notes.join(QLatin1Char('\n'))));
    return true;
}

} // namespace enc::ui
