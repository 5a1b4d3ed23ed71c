#include "AdHocMeetingDialog.h"

#include "MeetingNames.h"
#include "widgets/FormMessage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace enc::ui {

AdHocMeetingDialog::AdHocMeetingDialog(QDate today, Create create, QWidget *parent)
    : QDialog(parent), m_create(std::move(create)), m_date(new QDateEdit(today, this)),
      m_starts(new QTimeEdit(this)), m_ends(new QTimeEdit(this)), m_message(formMessage(this))
{
    setWindowTitle(tr("Ad-hoc meeting"));
    m_date->setObjectName(QLatin1String(names::AdHocDate));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_message->setObjectName(QLatin1String(names::AdHocMessage));
    for (QTimeEdit *t : {m_starts, m_ends})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    // The next quarter hour, for an hour: an ad-hoc meeting is usually called for now.
    const QTime now = QTime::currentTime();
    const QTime start = QTime(now.hour(), now.minute() / 15 * 15).addSecs(15 * 60);
    m_starts->setTime(start < now ? QTime(23, 0) : start);
    m_ends->setTime(m_starts->time().addSecs(3600) > m_starts->time()
                        ? m_starts->time().addSecs(3600)
                        : QTime(23, 59));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts:"), m_starts);
    form->addRow(tr("&Ends:"), m_ends);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add meeting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdHocMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdHocMeetingDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, m_message, &QWidget::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A meeting outside the schedule, on any date. A day that "
                                    "already has a meeting keeps that one."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_date->setFocus();
}

void AdHocMeetingDialog::accept()
{
    if (m_ends->time() <= m_starts->time()) {
        m_message->setText(tr("The meeting must end after it starts."));
        m_message->show();
        m_ends->setFocus();
        return;
    }
    auto created = m_create(m_date->date(), m_starts->time(), m_ends->time());
    if (!created) {
        m_message->setText(created.errorText());
        m_message->show();
        m_date->setFocus();
        return;
    }
    m_id = *created;
    QDialog::accept();
}

} // namespace enc::ui
