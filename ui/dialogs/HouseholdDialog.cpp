#include "HouseholdDialog.h"

#include "commands/Editor.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "widgets/FormMessage.h"
#include "widgets/ReloadPrompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace enc::ui {

HouseholdDialog::HouseholdDialog(Database &db, Editor &editor, const Household &household,
                                 QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_household(household),
      m_address(new QLineEdit(household.address, this)),
      m_postcode(new QLineEdit(household.postcode, this)), m_area(new QComboBox(this)),
      m_error(formMessage(this))
{
    setWindowTitle(tr("Edit household"));
    m_address->setAccessibleName(tr("Household address"));
    m_postcode->setAccessibleName(tr("Household postcode"));
    m_area->setAccessibleName(tr("Household area"));
    m_area->addItem(tr("(not known)"), 0);
    if (auto areas = Directory(db).areas()) {
        for (const Area &a : *areas)
            m_area->addItem(a.name, a.id);
    }
    m_area->setCurrentIndex(qMax(0, m_area->findData(household.areaId)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Postcode"), m_postcode);
    form->addRow(tr("A&rea"), m_area);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 200);
}

Household HouseholdDialog::household() const
{
    Household h = m_household;
    h.address = m_address->text();
    h.postcode = m_postcode->text();
    h.areaId = m_area->currentData().toLongLong();
    return h;
}

QString HouseholdDialog::errorText() const
{
    return m_error->text();
}

bool HouseholdDialog::save()
{
    auto saved = m_editor.editHousehold(household());
    if (!saved) {
        m_error->setText(saved.errorText());
        m_error->show();
        if (isStaleEdit(saved.error()) && offerReload(this, saved.error()))
            reload();
        return false;
    }
    return true;
}

bool HouseholdDialog::reload()
{
    auto fresh = Children(m_db).household(m_household.id);
    if (!fresh) {
        m_error->setText(fresh.errorText());
        m_error->show();
        return false;
    }
    m_household = *fresh;
    m_address->setText(fresh->address);
    m_postcode->setText(fresh->postcode);
    m_area->setCurrentIndex(qMax(0, m_area->findData(fresh->areaId)));
    m_error->setText(
        tr("Reloaded: this is the household as it is now. Make your change again and save."));
    m_error->show();
    return true;
}

void HouseholdDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
