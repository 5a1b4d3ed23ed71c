#include "FieldMessage.h"

namespace enc::ui {

FieldMessage::FieldMessage(const QString &field, QWidget *parent) : QLabel(parent), m_field(field)
{
    // The same red as DateField's messages, so every form reads alike.
    setStyleSheet(QStringLiteral("color: #a01c1c;"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessage::showText(const QString &text)
{
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::clearText()
{
    showText({});
}

} // namespace enc::ui
