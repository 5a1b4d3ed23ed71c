#include "FormMessage.h"

#include <QLabel>

namespace enc::ui {

QLabel *formMessage(QWidget *parent, bool warning)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(warning ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                 : QStringLiteral("color: #a01c1c; font-weight: bold;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace enc::ui
