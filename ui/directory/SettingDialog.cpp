#include "SettingDialog.h"

#include "FieldMessage.h"
#include "ObjectNames.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

// Field names as core reports them in Error::field.
const QString NameField = QStringLiteral("name");
const QString TypeField = QStringLiteral("type");
const QString UrnField = QStringLiteral("urn");
const QString AreaField = QStringLiteral("area");
const QString DslEmailField = QStringLiteral("dsl_email");
const QString DeputyEmailField = QStringLiteral("deputy_email");
const QString VerifiedField = QStringLiteral("contacts_verified_on");
const QString OtherField; // anything without a field of its own

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, int maxLength = 200)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QComboBox *editableCombo(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(accessibleName);
    box->lineEdit()->setAccessibleName(accessibleName);
    return box;
}

} // namespace

SettingDialog::SettingDialog(QWidget *parent)
    : QDialog(parent), m_name(lineEdit(this, tr("Setting name"))),
      m_type(editableCombo(this, tr("Type of setting"))), m_urn(lineEdit(this, tr("URN"), 20)),
      m_area(editableCombo(this, tr("Area"))), m_dslName(lineEdit(this, tr("DSL name"))),
      m_dslEmail(lineEdit(this, tr("DSL email"))),
      m_deputyName(lineEdit(this, tr("Deputy DSL name"))),
      m_deputyEmail(lineEdit(this, tr("Deputy DSL email"))),
      m_phone(lineEdit(this, tr("Phone"), 40)),
      m_verified(new DateField(tr("Contacts verified"), false, this)),
      m_verifiedToday(new QPushButton(tr("&Today"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QLatin1String(names::SettingDialog));
    setWindowTitle(tr("New setting"));
    m_type->lineEdit()->setPlaceholderText(tr("nursery, childminder, school, ..."));
    setMinimumWidth(480);
    m_urn->setPlaceholderText(tr("Ofsted URN, e.g. EY123456"));
    m_area->lineEdit()->setPlaceholderText(tr("Choose or type a new area"));
    m_dslEmail->setPlaceholderText(tr("secure email address"));
    m_deputyEmail->setPlaceholderText(tr("secure email address"));
    m_verifiedToday->setAccessibleName(tr("Contacts verified today"));
    m_verifiedToday->setToolTip(tr("Set the contacts verified date to today"));
    m_verifiedToday->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save setting"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    setTypes({tr("nursery"), tr("pre-school"), tr("childminder"), tr("school"),
              tr("health visitor team")});

    auto *form = new QFormLayout;
    auto addField = [&](const QString &label, QWidget *field, const QString &fieldName,
                        QWidget *buddy = nullptr) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(buddy ? buddy : field);
        form->addRow(labelWidget, field);
        auto *msg = new FieldMessage(fieldName, this);
        m_messages << msg;
        form->addRow(static_cast<QWidget *>(nullptr), msg);
    };
    auto *verifiedRow = new QWidget(this);
    auto *verifiedLayout = new QHBoxLayout(verifiedRow);
    verifiedLayout->setContentsMargins(0, 0, 0, 0);
    verifiedLayout->addWidget(m_verified, 1);
    verifiedLayout->addWidget(m_verifiedToday, 0, Qt::AlignTop);

    addField(tr("&Name:"), m_name, NameField);
    addField(tr("T&ype:"), m_type, TypeField);
    addField(tr("U&RN:"), m_urn, UrnField);
    addField(tr("&Area:"), m_area, AreaField);
    form->addRow(tr("&DSL name:"), m_dslName);
    addField(tr("DSL &email:"), m_dslEmail, DslEmailField);
    form->addRow(tr("Dep&uty name:"), m_deputyName);
    addField(tr("Deputy e&mail:"), m_deputyEmail, DeputyEmailField);
    form->addRow(tr("&Phone:"), m_phone);
    addField(tr("Contacts &verified:"), verifiedRow, VerifiedField, m_verified->lineEdit());

    auto *other = new FieldMessage(OtherField, this);
    m_messages << other;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(other);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_type);
    setTabOrder(m_type, m_urn);
    setTabOrder(m_urn, m_area);
    setTabOrder(m_area, m_dslName);
    setTabOrder(m_dslName, m_dslEmail);
    setTabOrder(m_dslEmail, m_deputyName);
    setTabOrder(m_deputyName, m_deputyEmail);
    setTabOrder(m_deputyEmail, m_phone);
    setTabOrder(m_phone, m_verified->lineEdit());
    setTabOrder(m_verified->lineEdit(), m_verifiedToday);
    setTabOrder(m_verifiedToday, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingDialog::reject);
    connect(m_verifiedToday, &QPushButton::clicked, this,
            [this] { m_verified->setDate(QDate::currentDate()); });
    m_name->setFocus();
}

void SettingDialog::setAreas(const QStringList &names)
{
    const QString typed = m_area->currentText();
    m_area->clear();
    m_area->addItems(names);
    m_area->setCurrentIndex(-1);
    m_area->setEditText(typed);
}

void SettingDialog::setTypes(const QStringList &types)
{
    const QString typed = m_type->currentText();
    m_type->clear();
    m_type->addItems(types);
    m_type->setCurrentIndex(-1);
    m_type->setEditText(typed);
}

void SettingDialog::setSetting(const Setting &s, const QString &areaName)
{
    m_original = s;
    setWindowTitle(s.id ? tr("Edit setting: %1").arg(s.name) : tr("New setting"));
    m_name->setText(s.name);
    m_type->setEditText(s.type);
    m_urn->setText(s.urn);
    m_area->setEditText(areaName);
    m_dslName->setText(s.dslName);
    m_dslEmail->setText(s.dslEmail);
    m_deputyName->setText(s.deputyName);
    m_deputyEmail->setText(s.deputyEmail);
    m_phone->setText(s.phone);
    m_verified->setDate(s.contactsVerifiedOn);
    clearMessages();
}

Setting SettingDialog::setting() const
{
    Setting s = m_original;
    s.name = m_name->text().trimmed();
    s.type = m_type->currentText().trimmed();
    s.urn = m_urn->text().trimmed();
    s.dslName = m_dslName->text().trimmed();
    s.dslEmail = m_dslEmail->text().trimmed();
    s.deputyName = m_deputyName->text().trimmed();
    s.deputyEmail = m_deputyEmail->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.contactsVerifiedOn = m_verified->date();
    return s;
}

QString SettingDialog::areaName() const
{
    return m_area->currentText().simplified();
}

FieldMessage *SettingDialog::message(const QString &field) const
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

QWidget *SettingDialog::widgetFor(const QString &field) const
{
    if (field == NameField)
        return m_name;
    if (field == TypeField)
        return m_type;
    if (field == UrnField)
        return m_urn;
    if (field == AreaField)
        return m_area;
    if (field == DslEmailField)
        return m_dslEmail;
    if (field == DeputyEmailField)
        return m_deputyEmail;
    if (field == VerifiedField)
        return m_verified->lineEdit();
    return nullptr;
}

void SettingDialog::showError(const Error &error)
{
    message(error.field)->showText(error.message);
    if (QWidget *w = widgetFor(error.field))
        w->setFocus();
}

QString SettingDialog::messageFor(const QString &field) const
{
    FieldMessage *m = message(field);
    return m && m->field() == field ? m->text() : QString();
}

void SettingDialog::clearMessages()
{
    for (FieldMessage *m : m_messages)
        m->clearText();
}

void SettingDialog::accept()
{
    clearMessages();
    // The date field has its own message; an unreadable date must not be saved as "never".
    if (!m_verified->isValid()) {
        m_verified->showMessage();
        m_verified->lineEdit()->setFocus();
        return;
    }
    if (m_saver) {
        if (Status saved = m_saver(*this); !saved) {
            showError(saved.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace enc::ui
