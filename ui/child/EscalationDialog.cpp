#include "EscalationDialog.h"

#include "commands/Editor.h"
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

EscalationDialog::EscalationDialog(Editor &editor, const EscalationRecord &escalation, Step step,
                                   const QString &worker, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_escalation(escalation), m_step(step),
      m_date(new DateField(tr("Date"), true, this)), m_text(new QPlainTextEdit(this)),
      m_error(formMessage(this))
{
    const QString triggered = escalation.triggeredOn.toString(QStringLiteral("dd/MM/yyyy"));
    auto *form = new QFormLayout;
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    form->addRow(about);
    m_date->setDate(QDate::currentDate());
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    switch (step) {
    case Step::Liaison:
        setWindowTitle(tr("Record a liaison"));
        about->setText(
            tr("The chair's liaison about the escalation triggered on %1.").arg(triggered));
        m_with = new QComboBox(this);
        m_with->setEditable(true);
        m_with->setInsertPolicy(QComboBox::NoInsert);
        m_with->setAccessibleName(tr("Liaised with"));
        m_with->addItem(tr("MASH"));
        if (!worker.trimmed().isEmpty())
            m_with->addItem(tr("Social worker %1").arg(worker.trimmed()));
        form->addRow(tr("&Date"), m_date);
        form->addRow(tr("&With"), m_with);
        form->addRow(tr("&Agreed"), m_text);
        m_text->setAccessibleName(tr("What was agreed"));
        // The box is made after the date and the text: Tab goes down the form.
        setTabOrder(m_date->lineEdit(), m_with);
        setTabOrder(m_with, m_text);
        break;
    case Step::Feedback:
        setWindowTitle(tr("Feedback to the group"));
        about->setText(tr("What the chair told the meeting about the escalation triggered on "
                          "%1.")
                           .arg(triggered));
        form->addRow(tr("&Date"), m_date);
        form->addRow(tr("&Feedback"), m_text);
        m_text->setAccessibleName(tr("Feedback"));
        break;
    case Step::Close:
        setWindowTitle(tr("Close the escalation"));
        about->setText(tr("Closing the escalation triggered on %1 takes the child off the "
                          "agenda until the rule triggers again on a new PPN.")
                           .arg(triggered));
        form->addRow(tr("&Date"), m_date);
        form->addRow(tr("&Reason"), m_text);
        m_text->setAccessibleName(tr("Reason"));
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 280);
}

QString EscalationDialog::errorText() const
{
    return m_error->text();
}

bool EscalationDialog::save()
{
    if (!m_date->isValid()) {
        m_date->showMessage();
        m_error->setText(m_date->message());
        m_error->show();
        return false;
    }
    const QString text = m_text->toPlainText();
    Status s;
    switch (m_step) {
    case Step::Liaison:
        s = m_editor.liaiseEscalation(m_escalation.id, m_escalation.version, m_date->date(),
                                      m_with->currentText(), text);
        break;
    case Step::Feedback:
        s = m_editor.feedbackEscalation(m_escalation.id, m_escalation.version, m_date->date(),
                                        text);
        break;
    case Step::Close:
        s = m_editor.closeEscalation(m_escalation.id, m_escalation.version, m_date->date(), text);
        break;
    }
    if (!s) {
        m_error->setText(s.errorText());
        m_error->show();
        const QString field = s.error().field;
        if (field == QLatin1String("on"))
            m_date->lineEdit()->setFocus();
        else if (field == QLatin1String("with") && m_with)
            m_with->setFocus();
        else if (!field.isEmpty() && field != QLatin1String("version"))
            m_text->setFocus();
        return false;
    }
    return true;
}

void EscalationDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
