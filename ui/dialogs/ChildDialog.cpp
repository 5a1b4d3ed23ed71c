#include "ChildDialog.h"

#include "commands/Editor.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/FormMessage.h"
#include "widgets/ReloadPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
// Setting choices that are not a setting: stored as setting_known.
constexpr int NotInSetting = -1;
constexpr int UnknownSetting = -2;
constexpr int OutOfArea = -3;
constexpr int HomeEducated = -4;
} // namespace

ChildDialog::ChildDialog(Database &db, Editor &editor, const Child &child, QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_original(child),
      m_forename(new QLineEdit(this)), m_surname(new QLineEdit(this)),
      m_dob(new DateField(tr("Date of birth"), true, this)), m_gender(new QComboBox(this)),
      m_address(new QLineEdit(this)), m_postcode(new QLineEdit(this)), m_area(new QComboBox(this)),
      m_setting(new QComboBox(this)),
      m_outOfArea(new QCheckBox(tr("The setting is &out of area"), this)),
      m_caseRef(new QLineEdit(this)),
      m_socialCare(new QCheckBox(tr("Open to children's social care"), this)),
      m_worker(new QLineEdit(this)), m_error(formMessage(this))
{
    setWindowTitle(child.id ? tr("Edit %1").arg(child.fullName()) : tr("New child"));
    m_forename->setAccessibleName(tr("Forename"));
    m_surname->setAccessibleName(tr("Surname"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItems({QString(), tr("Female"), tr("Male"), tr("Other"), tr("Not known")});
    m_address->setAccessibleName(tr("Home address"));
    m_postcode->setAccessibleName(tr("Postcode"));
    m_area->setAccessibleName(tr("Area"));
    m_setting->setAccessibleName(tr("Setting"));
    m_caseRef->setAccessibleName(tr("Local case reference"));
    m_caseRef->setPlaceholderText(tr("e.g. EHM or Mosaic id (optional)"));
    m_worker->setAccessibleName(tr("Allocated social worker"));

    Directory dir(m_db);
    m_area->addItem(tr("(not known)"), 0);
    if (auto areas = dir.areas()) {
        for (const Area &a : *areas)
            m_area->addItem(a.name, a.id);
    }
    m_setting->addItem(tr("Unknown"), UnknownSetting);
    m_setting->addItem(tr("Not in a setting"), NotInSetting);
    m_setting->addItem(tr("Out of area"), OutOfArea);
    m_setting->addItem(tr("Home educated"), HomeEducated);
    m_setting->insertSeparator(m_setting->count());
    if (auto settings = dir.settings()) {
        for (const Setting &s : *settings)
            m_setting->addItem(s.name, s.id);
    }

    load(child);
    connect(m_socialCare, &QCheckBox::toggled, m_worker, &QWidget::setEnabled);
    connect(m_setting, &QComboBox::currentIndexChanged, this,
            [this]() { m_outOfArea->setEnabled(m_setting->currentData().toInt() > 0); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Forename"), m_forename);
    form->addRow(tr("&Surname"), m_surname);
    form->addRow(tr("Date of &birth"), m_dob);
    form->addRow(tr("&Gender"), m_gender);
    form->addRow(tr("Home &address"), m_address);
    form->addRow(tr("&Postcode"), m_postcode);
    form->addRow(tr("A&rea"), m_area);
    form->addRow(tr("Se&tting"), m_setting);
    form->addRow(QString(), m_outOfArea);
    form->addRow(tr("&Case reference"), m_caseRef);
    form->addRow(QString(), m_socialCare);
    form->addRow(tr("Social &worker"), m_worker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_forename->setFocus();
}

void ChildDialog::load(const Child &child)
{
    m_forename->setText(child.forename);
    m_surname->setText(child.surname);
    if (child.dateOfBirth.isValid())
        m_dob->setDate(child.dateOfBirth);
    m_gender->setCurrentText(child.gender);
    m_address->setText(child.address);
    m_postcode->setText(child.postcode);
    m_area->setCurrentIndex(qMax(0, m_area->findData(child.areaId)));
    int settingData = UnknownSetting;
    switch (child.settingKnown) {
    case SettingKnown::Known:
        settingData = int(child.settingId);
        break;
    case SettingKnown::NotInSetting:
        settingData = NotInSetting;
        break;
    case SettingKnown::OutOfArea: // with the setting when it is recorded
        settingData = child.settingId > 0 ? int(child.settingId) : OutOfArea;
        break;
    case SettingKnown::HomeEducated:
        settingData = HomeEducated;
        break;
    case SettingKnown::Unknown:
        break;
    }
    m_setting->setCurrentIndex(qMax(0, m_setting->findData(settingData)));
    m_outOfArea->setChecked(child.settingKnown == SettingKnown::OutOfArea);
    m_outOfArea->setEnabled(m_setting->currentData().toInt() > 0);
    m_caseRef->setText(child.caseReference);
    m_socialCare->setChecked(child.openToSocialCare);
    m_worker->setText(child.socialWorker);
    m_worker->setEnabled(child.openToSocialCare);
}

bool ChildDialog::reload()
{
    auto fresh = Children(m_db).get(m_original.id);
    if (!fresh) {
        showError(fresh.errorText());
        return false;
    }
    m_original = *fresh;
    load(*fresh);
    setWindowTitle(tr("Edit %1").arg(fresh->fullName()));
    showError(tr("Reloaded: this is the record as it is now. Make your change again and save."));
    return true;
}

Child ChildDialog::child() const
{
    Child c = m_original;
    c.forename = m_forename->text();
    c.surname = m_surname->text();
    c.dateOfBirth = m_dob->date();
    c.gender = m_gender->currentText();
    c.address = m_address->text();
    c.postcode = m_postcode->text();
    c.areaId = m_area->currentData().toLongLong();
    const int setting = m_setting->currentData().toInt();
    c.settingId = setting > 0 ? setting : 0;
    c.settingKnown = setting > 0 && m_outOfArea->isChecked() ? SettingKnown::OutOfArea
                     : setting > 0                           ? SettingKnown::Known
                     : setting == NotInSetting               ? SettingKnown::NotInSetting
                     : setting == OutOfArea                  ? SettingKnown::OutOfArea
                     : setting == HomeEducated               ? SettingKnown::HomeEducated
                                                             : SettingKnown::Unknown;
    c.caseReference = m_caseRef->text();
    c.openToSocialCare = m_socialCare->isChecked();
    c.socialWorker = m_socialCare->isChecked() ? m_worker->text() : QString();
    return c;
}

void ChildDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ChildDialog::errorText() const
{
    return m_error->text();
}

bool ChildDialog::save()
{
    if (!m_dob->isValid()) {
        m_dob->showMessage();
        showError(m_dob->message());
        m_dob->setFocus();
        return false;
    }
    Child c = child();
    if (c.id == 0 && c.householdId == 0) {
        // A child on their own starts a household at their address.
        auto household = m_editor.addHousehold({0, c.address, c.postcode, c.areaId, 0});
        if (!household) {
            showError(household.errorText());
            return false;
        }
        c.householdId = household->id;
    }
    auto saved = c.id ? m_editor.editChild(c) : m_editor.addChild(c);
    if (!saved) {
        showError(saved.errorText());
        if (isStaleEdit(saved.error())) {
            if (offerReload(this, saved.error()))
                reload();
            return false;
        }
        if (saved.error().field == QLatin1String("forename"))
            m_forename->setFocus();
        else if (saved.error().field == QLatin1String("surname"))
            m_surname->setFocus();
        else if (saved.error().field == QLatin1String("date_of_birth"))
            m_dob->setFocus();
        return false;
    }
    m_savedId = saved->id;
    m_warnings = saved->warnings;
    return true;
}

void ChildDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
