#include "ActionDialog.h"

#include "commands/Editor.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace enc::ui {

ActionDialog::ActionDialog(Database &db, Editor &editor, Id childId, Id decisionId, QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_childId(childId), m_decisionId(decisionId),
      m_description(new QLineEdit(this)), m_owner(new QComboBox(this)),
      m_due(new DateField(tr("Due date"), true, this)), m_error(formMessage(this))
{
    setWindowTitle(tr("Add an action"));
    m_description->setAccessibleName(tr("Action"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItem(QString(), 0);
    if (auto members = Directory(m_db).members()) {
        for (const Member &m : *members)
            m_owner->addItem(m.role.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.role), m.id);
    }
    m_due->setDate(QDate::currentDate().addDays(7));
    auto *form = new QFormLayout;
    form->addRow(tr("&Action"), m_description);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("&Due"), m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 220);
}

Action ActionDialog::action() const
{
    Action a;
    a.childId = m_childId;
    a.decisionId = m_decisionId;
    a.description = m_description->text();
    const int index = m_owner->findText(m_owner->currentText());
    a.ownerMemberId = index > 0 ? m_owner->itemData(index).toLongLong() : 0;
    if (a.ownerMemberId == 0)
        a.ownerText = m_owner->currentText();
    a.dueOn = m_due->date();
    return a;
}

QString ActionDialog::errorText() const
{
    return m_error->text();
}

bool ActionDialog::save()
{
    if (!m_due->isValid()) {
        m_due->showMessage();
        m_error->setText(m_due->message());
        m_error->show();
        return false;
    }
    auto saved = m_editor.addAction(action());
    if (!saved) {
        m_error->setText(saved.errorText());
        m_error->show();
        return false;
    }
    return true;
}

void ActionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
