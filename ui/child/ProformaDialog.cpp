#include "ProformaDialog.h"

#include "ProformaNames.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "repo/Meetings.h"
#include "widgets/DateField.h"
#include "widgets/FormMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
QPlainTextEdit *textBox(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

ProformaDialog::ProformaDialog(Database &db, Editor &editor, Mode mode, const Proforma &shown,
                               const QString &childName, QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_mode(mode), m_shown(shown),
      m_date(new DateField(mode == Mode::Return ? tr("Date returned") : tr("Date reviewed"), true,
                           this)),
      m_text(mode == Mode::Return
                 ? textBox(this, tr("Summary"), tr("What the setting said about the child"))
                 : textBox(this, tr("Decision"), tr("What the tracking review decided"))),
      m_error(formMessage(this))
{
    setObjectName(QLatin1String(names::ProformaDialog));
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode == Mode::Return) {
        setWindowTitle(tr("Proforma returned"));
        heading->setText(
            tr("%1: proforma requested on %2, due back %3.")
                .arg(childName, DateInput::format(shown.sentOn), DateInput::format(shown.dueOn)));
        m_voice = textBox(this, tr("Voice of the child"),
                          tr("What the child said, showed or would want us to know"));
        form->addRow(tr("&Returned on"), m_date);
        form->addRow(tr("Su&mmary"), m_text);
        form->addRow(tr("&Voice of the child"), m_voice);
    } else {
        setWindowTitle(tr("Review proforma"));
        QString text =
            tr("%1: proforma returned on %2.").arg(childName, DateInput::format(shown.returnedOn));
        if (!shown.summary.isEmpty())
            text += QLatin1Char('\n') + tr("Summary: %1").arg(shown.summary);
        if (!shown.voiceOfChild.isEmpty())
            text += QLatin1Char('\n') + tr("Voice of the child: %1").arg(shown.voiceOfChild);
        heading->setText(text);
        form->addRow(tr("&Reviewed on"), m_date);
        form->addRow(tr("&Decision"), m_text);
    }
    m_date->setDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProformaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString ProformaDialog::errorText() const
{
    return m_error->text();
}

bool ProformaDialog::save()
{
    Status s;
    if (!m_date->isValid()) {
        m_date->showMessage();
        s = Status::failure(m_date->message());
    } else if (m_mode == Mode::Return) {
        s = m_editor.returnProforma(m_shown, m_date->date(), m_text->toPlainText(),
                                    m_voice->toPlainText());
    } else {
        // Reviewed at the meeting held that day, when there was one.
        auto meeting = Meetings(m_db).onDate(m_date->date());
        s = meeting ? m_editor.reviewProforma(m_shown, meeting->id, m_date->date(),
                                              m_text->toPlainText())
                    : Status(meeting.error());
    }
    if (!s) {
        m_error->setText(s.errorText());
        m_error->show();
        return false;
    }
    return true;
}

void ProformaDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
