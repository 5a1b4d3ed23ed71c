#include "ProformaDialog.h"

#include "ProformaNames.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "repo/Meetings.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

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
    : RecordFormDialog(mode == Mode::Return ? tr("Date returned") : tr("Date reviewed"), parent),
      m_db(db), m_editor(editor), m_mode(mode), m_shown(shown),
      m_text(mode == Mode::Return
                 ? textBox(this, tr("Summary"), tr("What the setting said about the child"))
                 : textBox(this, tr("Decision"), tr("What the tracking review decided")))
{
    setObjectName(QLatin1String(names::ProformaDialog));
    auto *heading = new QLabel(this);
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
    finish(heading, form, QSize(520, 320));
}

Status ProformaDialog::write()
{
    if (m_mode == Mode::Return)
        return m_editor.returnProforma(m_shown, m_date->date(), m_text->toPlainText(),
                                       m_voice->toPlainText());
    // Reviewed at the meeting held that day, when there was one.
    auto meeting = Meetings(m_db).onDate(m_date->date());
    return meeting ? m_editor.reviewProforma(m_shown, meeting->id, m_date->date(),
                                             m_text->toPlainText())
                   : Status(meeting.error());
}

} // namespace enc::ui
