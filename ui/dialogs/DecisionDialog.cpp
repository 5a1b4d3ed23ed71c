#include "DecisionDialog.h"

#include "commands/Editor.h"
#include "repo/Decisions.h"
#include "repo/Directory.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace enc::ui {

DecisionDialog::DecisionDialog(Database &db, Editor &editor, Id childId, Id meetingId,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_childId(childId), m_meetingId(meetingId),
      m_outcome(new QComboBox(this)), m_rationale(new QPlainTextEdit(this)),
      m_decidedBy(new QLineEdit(Audit::currentUser(db.sql()), this)),
      m_date(new DateField(tr("Decision date"), true, this)), m_warning(formMessage(this, true)),
      m_error(formMessage(this))
{
    setWindowTitle(tr("Record a triage decision"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(tr("Why this decision (record decisions not to act, too)"));
    m_rationale->setTabChangesFocus(true);
    m_decidedBy->setAccessibleName(tr("Decided by"));
    m_date->setDate(QDate::currentDate());
    if (auto outcomes = Decisions(m_db).outcomes()) {
        for (const Outcome &o : *outcomes)
            m_outcome->addItem(o.label, o.id);
    }
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateWarning);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(QString(), m_warning);
    form->addRow(tr("&Rationale"), m_rationale);
    form->addRow(tr("Decided &by"), m_decidedBy);
    form->addRow(tr("&Date"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 380);
    updateWarning();
}

void DecisionDialog::updateWarning()
{
    auto warnings = Decisions(m_db).warningsFor(m_childId, m_outcome->currentData().toLongLong());
    const QString text = warnings ? warnings->join(QLatin1Char('\n')) : QString();
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

QString DecisionDialog::warningText() const
{
    return m_warning->text();
}

QString DecisionDialog::errorText() const
{
    return m_error->text();
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.childId = m_childId;
    d.meetingId = m_meetingId;
    d.outcomeId = m_outcome->currentData().toLongLong();
    d.rationale = m_rationale->toPlainText();
    d.decidedBy = m_decidedBy->text();
    d.decidedOn = m_date->date();
    return d;
}

bool DecisionDialog::save()
{
    if (!m_date->isValid()) {
        m_date->showMessage();
        m_error->setText(m_date->message());
        m_error->show();
        return false;
    }
    auto saved = m_editor.recordDecision(decision());
    if (!saved) {
        m_error->setText(saved.errorText());
        m_error->show();
        return false;
    }
    return true;
}

void DecisionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
