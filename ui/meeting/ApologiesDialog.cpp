#include "ApologiesDialog.h"

#include "MeetingNames.h"
#include "domain/DateInput.h"
#include "repo/Directory.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace enc::ui {

ApologiesDialog::ApologiesDialog(Database &db, QDate date, Send send, QWidget *parent)
    : QDialog(parent), m_send(std::move(send)), m_date(date), m_member(new QComboBox(this)),
      m_done(new QLabel(this)), m_message(formMessage(this))
{
    const QString day =
        QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(date.dayOfWeek()) +
        QLatin1Char(' ') + DateInput::format(date);
    setWindowTitle(tr("Apologies in advance"));
    m_member->setObjectName(QLatin1String(names::ApologiesMember));
    if (auto members = Directory(db).members(true))
        for (const Member &m : *members)
            m_member->addItem(m.role.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.role), m.id);
    m_done->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *recordButton = buttons->addButton(tr("&Record apologies"), QDialogButtonBox::ActionRole);
    recordButton->setDefault(true);
    connect(recordButton, &QPushButton::clicked, this, [this] { record(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ApologiesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Record a member's apologies for the meeting of %1, sent before "
                                "the day. The meeting's attendance will start from them (its "
                                "quorum counts them as not attending).")
                                 .arg(day),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_done);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

bool ApologiesDialog::record()
{
    if (m_member->currentIndex() < 0)
        return false;
    if (Status s = m_send(m_member->currentData().toLongLong()); !s) {
        m_message->setText(s.errorText());
        m_message->show();
        return false;
    }
    m_message->hide();
    m_done->setText(m_done->text().isEmpty()
                        ? tr("Apologies recorded: %1").arg(m_member->currentText())
                        : tr("%1, %2").arg(m_done->text(), m_member->currentText()));
    adjustSize(); // the list of those recorded grows
    return true;
}

} // namespace enc::ui
