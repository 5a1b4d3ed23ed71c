#pragma once

#include <QHash>
#include <QMessageBox>

namespace enc::ui {

// Every modal question goes through here, so tests can answer it in advance
// (keepassxc's MessageBox::setNextAnswer).
class MessageBox
{
public:
    // Buttons may be given their own text (labels), e.g. Reset shown as "Reload"; the answer
    // is still the standard button.
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No,
             const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The answer the next dialog returns without showing (NoButton: show it).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The answers of the next dialogs, in turn (a close that asks, then asks again).
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // The text of the last dialog shown or answered (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton
    show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QHash<QMessageBox::StandardButton, QString> &labels = {});
};

} // namespace enc::ui
