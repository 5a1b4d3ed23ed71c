#include "MemberDialog.h"

#include "FieldMessage.h"
#include "MembersModel.h"
#include "ObjectNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

// Field names as core reports them in Error::field.
const QString NameField = QStringLiteral("name");
const QString RoleField = QStringLiteral("role");
const QString AgencyField = QStringLiteral("agency");
const QString EmailField = QStringLiteral("email");
const QString OtherField;

} // namespace

MemberDialog::MemberDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_agency(new QComboBox(this)), m_police(new QCheckBox(tr("Agency is &police"), this)),
      m_email(new QLineEdit(this)), m_attends(new QComboBox(this)),
      m_active(new QCheckBox(tr("A&ctive member"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QLatin1String(names::MemberDialog));
    setWindowTitle(tr("New member"));
    setMinimumWidth(420);
    m_name->setAccessibleName(tr("Member name"));
    m_name->setMaxLength(200);
    m_role->setAccessibleName(tr("Role"));
    m_role->setMaxLength(200);
    m_role->setPlaceholderText(tr("e.g. Early Help coordinator"));
    m_agency->setEditable(true);
    m_agency->setInsertPolicy(QComboBox::NoInsert);
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->lineEdit()->setAccessibleName(tr("Agency"));
    m_agency->lineEdit()->setPlaceholderText(tr("Choose or type a new agency"));
    m_police->setAccessibleName(tr("Agency is police"));
    m_police->setToolTip(tr("Tick when the agency above is a police force: the meeting warns "
                            "when no police member has attended for a month"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setMaxLength(200);
    m_attends->setAccessibleName(tr("Attends"));
    for (MemberCommitment c :
         {MemberCommitment::Always, MemberCommitment::Monthly, MemberCommitment::Optional})
        m_attends->addItem(MembersModel::commitmentText(c), int(c));
    m_active->setAccessibleName(tr("Active member"));
    m_active->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save member"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    auto addField = [&](const QString &label, QWidget *field, const QString &fieldName) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
        auto *msg = new FieldMessage(fieldName, this);
        m_messages << msg;
        form->addRow(static_cast<QWidget *>(nullptr), msg);
    };
    addField(tr("&Name:"), m_name, NameField);
    addField(tr("&Role:"), m_role, RoleField);
    addField(tr("A&gency:"), m_agency, AgencyField);
    form->addRow(static_cast<QWidget *>(nullptr), m_police);
    addField(tr("&Email:"), m_email, EmailField);
    form->addRow(tr("A&ttends:"), m_attends);
    form->addRow(static_cast<QWidget *>(nullptr), m_active);
    auto *other = new FieldMessage(OtherField, this);
    m_messages << other;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(other);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_agency);
    setTabOrder(m_agency, m_police);
    setTabOrder(m_police, m_email);
    setTabOrder(m_email, m_attends);
    setTabOrder(m_attends, m_active);
    setTabOrder(m_active, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    connect(m_agency, &QComboBox::editTextChanged, this, &MemberDialog::updatePolice);
    updatePolice();
    m_name->setFocus();
}

void MemberDialog::setAgencies(const QList<Agency> &agencies)
{
    const QString typed = m_agency->currentText();
    m_agencies = agencies;
    m_agency->clear();
    for (const Agency &a : agencies)
        m_agency->addItem(a.name, a.id);
    m_agency->setCurrentIndex(-1);
    m_agency->setEditText(typed);
    updatePolice();
}

void MemberDialog::setMember(const Member &m, const QString &agencyName)
{
    m_original = m;
    setWindowTitle(m.id ? tr("Edit member: %1").arg(m.name) : tr("New member"));
    m_name->setText(m.name);
    m_role->setText(m.role);
    m_agency->setEditText(agencyName);
    m_email->setText(m.email);
    m_attends->setCurrentIndex(qMax(0, m_attends->findData(int(m.commitment))));
    m_active->setChecked(m.active);
    updatePolice();
    clearMessages();
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.name = m_name->text().trimmed();
    m.role = m_role->text().trimmed();
    m.email = m_email->text().trimmed();
    m.commitment = MemberCommitment(m_attends->currentData().toInt());
    m.active = m_active->isChecked();
    return m;
}

QString MemberDialog::agencyName() const
{
    return m_agency->currentText().simplified();
}

bool MemberDialog::isNewAgency() const
{
    const QString name = agencyName();
    if (name.isEmpty())
        return false;
    for (const Agency &a : m_agencies) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

bool MemberDialog::policeAgency() const
{
    return !agencyName().isEmpty() && m_police->isChecked();
}

void MemberDialog::updatePolice()
{
    // A known agency shows what is recorded (and can be changed); a new one starts unticked.
    m_police->setEnabled(!agencyName().isEmpty());
    if (!isNewAgency()) {
        bool police = false;
        for (const Agency &a : m_agencies) {
            if (a.name.compare(agencyName(), Qt::CaseInsensitive) == 0)
                police = a.police;
        }
        m_police->setChecked(police);
    }
}

FieldMessage *MemberDialog::message(const QString &field) const
{
    FieldMessage *fallback = nullptr;
    for (FieldMessage *m : m_messages) {
        if (m->field() == field)
            return m;
        if (m->field().isEmpty())
            fallback = m;
    }
    return fallback;
}

QWidget *MemberDialog::widgetFor(const QString &field) const
{
    if (field == NameField)
        return m_name;
    if (field == RoleField)
        return m_role;
    if (field == AgencyField)
        return m_agency;
    if (field == EmailField)
        return m_email;
    return nullptr;
}

void MemberDialog::showError(const Error &error)
{
    message(error.field)->showText(error.message);
    if (QWidget *w = widgetFor(error.field))
        w->setFocus();
}

QString MemberDialog::messageFor(const QString &field) const
{
    FieldMessage *m = message(field);
    return m && m->field() == field ? m->text() : QString();
}

void MemberDialog::clearMessages()
{
    for (FieldMessage *m : m_messages)
        m->clearText();
}

void MemberDialog::accept()
{
    clearMessages();
    if (m_saver) {
        if (Status saved = m_saver(*this); !saved) {
            showError(saved.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace enc::ui
