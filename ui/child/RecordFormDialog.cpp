#include "RecordFormDialog.h"

#include "widgets/DateField.h"
#include "widgets/FormMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace enc::ui {

RecordFormDialog::RecordFormDialog(const QString &dateLabel, QWidget *parent)
    : QDialog(parent), m_date(new DateField(dateLabel, true, this)), m_error(formMessage(this))
{
    m_date->setDate(QDate::currentDate());
}

void RecordFormDialog::finish(QLabel *heading, QFormLayout *form, const QSize &size)
{
    heading->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(size);
}

QString RecordFormDialog::errorText() const
{
    return m_error->text();
}

bool RecordFormDialog::save()
{
    Status s;
    if (!m_date->isValid()) {
        m_date->showMessage();
        s = Status::failure(m_date->message());
    } else {
        s = write();
    }
    if (!s) {
        m_error->setText(s.errorText());
        m_error->show();
        if (QWidget *field = fieldWidget(s.error().field))
            field->setFocus();
        return false;
    }
    return true;
}

QWidget *RecordFormDialog::fieldWidget(const QString &field) const
{
    return field == QLatin1String("on") ? m_date->lineEdit() : nullptr;
}

void RecordFormDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
