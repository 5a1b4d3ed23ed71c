#include "DateField.h"

#include "domain/DateInput.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace enc::ui {

DateField::DateField(const QString &label, bool required, QWidget *parent)
    : QWidget(parent), m_label(label), m_required(required), m_edit(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_edit->setAccessibleName(label);
    m_edit->setMaxLength(10);
    m_message->setStyleSheet(QStringLiteral("color: #a01c1c;"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);
    // A label's Alt+letter focuses its buddy only when the buddy takes focus ("D&ue:" did
    // nothing); the proxy passes it on to the text box, and Tab still stops once.
    setFocusPolicy(m_edit->focusPolicy());
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Judge only once a whole date could have been typed, so no nagging mid-entry.
        check(m_edit->text().size() >= 8);
        if (isValid())
            emit dateChanged(date());
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { check(true); });
}

QDate DateField::date() const
{
    auto parsed = DateInput::parse(m_edit->text(), m_label, m_required);
    return parsed ? *parsed : QDate();
}

void DateField::setDate(QDate date)
{
    m_edit->setText(DateInput::format(date));
    check(false);
}

bool DateField::isValid() const
{
    return DateInput::parse(m_edit->text(), m_label, m_required).ok();
}

QString DateField::message() const
{
    auto parsed = DateInput::parse(m_edit->text(), m_label, m_required);
    return parsed ? QString() : parsed.errorText();
}

void DateField::showMessage()
{
    check(true);
}

void DateField::check(bool show)
{
    const QString text = message();
    m_message->setText(text);
    m_message->setVisible(show && !text.isEmpty());
    m_edit->setStyleSheet(show && !text.isEmpty() ? QStringLiteral("border: 1px solid #a01c1c;")
                                                  : QString());
}

} // namespace enc::ui
