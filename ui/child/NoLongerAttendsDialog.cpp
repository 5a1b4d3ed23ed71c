#include "NoLongerAttendsDialog.h"

#include "RecordNames.h"
#include "commands/Editor.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace enc::ui {

NoLongerAttendsDialog::NoLongerAttendsDialog(Editor &editor, const Child &child,
                                             const QString &settingName, QWidget *parent)
    : RecordFormDialog(tr("Date told"), parent), m_editor(editor), m_child(child),
      m_toldBy(new QLineEdit(this))
{
    setObjectName(QLatin1String(names::NoLongerAttendsDialog));
    setWindowTitle(tr("No longer attends"));
    auto *heading = new QLabel(
        tr("%1 no longer attends %2, the setting says: the notification went to the wrong "
           "setting.\n\nSaving clears the child's setting, puts the child on the no-known-setting "
           "list and marks the latest letter to %2 misdirected in the disclosure log.")
            .arg(child.fullName(), settingName),
        this);
    m_toldBy->setAccessibleName(tr("Told by"));
    m_toldBy->setPlaceholderText(tr("Who at the setting said so (e.g. the DSL)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Told on"), m_date);
    form->addRow(tr("Told &by"), m_toldBy);
    finish(heading, form, QSize(520, 260));
}

Status NoLongerAttendsDialog::write()
{
    return m_editor.noLongerAttends(m_child.id, m_child.version, m_date->date(), m_toldBy->text());
}

QWidget *NoLongerAttendsDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("told-by"))
        return m_toldBy;
    return RecordFormDialog::fieldWidget(field);
}

} // namespace enc::ui
