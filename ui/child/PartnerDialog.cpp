#include "PartnerDialog.h"

#include "RecordNames.h"
#include "commands/Editor.h"
#include "repo/Directory.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace enc::ui {

PartnerDialog::PartnerDialog(Database &db, Editor &editor, const PartnerInfo &info,
                             const QString &childName, QWidget *parent)
    : RecordFormDialog(tr("Date known"), parent), m_editor(editor), m_shown(info),
      m_agency(new QComboBox(this)), m_person(new QLineEdit(this)), m_info(new QPlainTextEdit(this))
{
    setObjectName(QLatin1String(names::PartnerDialog));
    setWindowTitle(info.id ? tr("Change partner's information") : tr("Partner's information"));
    auto *heading = new QLabel(
        tr("%1: what a partner agency knows, for the meeting. The operator's screen shows it; "
           "the projector never does in privacy mode.")
            .arg(childName),
        this);
    m_agency->setEditable(true);
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->setToolTip(tr("Choose an agency or type one"));
    QStringList agencies{tr("Police"), tr("Health visiting"), tr("Children's social care"),
                         tr("Housing")};
    if (auto known = Directory(db).agencies()) {
        for (const Agency &a : *known) {
            if (!agencies.contains(a.name, Qt::CaseInsensitive))
                agencies << a.name;
        }
    }
    m_agency->addItems(agencies);
    m_agency->setCurrentText(info.agency);
    m_person->setAccessibleName(tr("Who"));
    m_person->setPlaceholderText(tr("Who at the agency (optional)"));
    m_person->setText(info.person);
    m_info->setAccessibleName(tr("What they know"));
    m_info->setPlaceholderText(tr("What the agency knows of the child and family"));
    m_info->setTabChangesFocus(true);
    m_info->setPlainText(info.information);
    if (info.knownOn.isValid())
        m_date->setDate(info.knownOn);
    auto *form = new QFormLayout;
    form->addRow(tr("A&gency"), m_agency);
    form->addRow(tr("&Who"), m_person);
    form->addRow(tr("&Known on"), m_date);
    form->addRow(tr("&Information"), m_info);
    finish(heading, form, QSize(540, 360));
    // The form's order, agency first (the date field was made first).
    setTabOrder(m_agency, m_person);
    setTabOrder(m_person, m_date->lineEdit());
    setTabOrder(m_date->lineEdit(), m_info);
    m_agency->setFocus();
}

Status PartnerDialog::write()
{
    PartnerInfo info = m_shown;
    info.agency = m_agency->currentText();
    info.person = m_person->text();
    info.information = m_info->toPlainText();
    info.knownOn = m_date->date();
    if (info.id)
        return m_editor.editPartnerInfo(info);
    auto id = m_editor.addPartnerInfo(info);
    return id ? Status() : Status(id.error());
}

QWidget *PartnerDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("agency"))
        return m_agency;
    if (field == QLatin1String("person"))
        return m_person;
    if (field == QLatin1String("info"))
        return m_info;
    return RecordFormDialog::fieldWidget(field);
}

} // namespace enc::ui
