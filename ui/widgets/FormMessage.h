#pragma once

class QLabel;
class QWidget;

namespace enc::ui {

// A hidden, word-wrapped label for a form's error (red) or warning (amber) message.
QLabel *formMessage(QWidget *parent, bool warning = false);

} // namespace enc::ui
