#include "MessageBox.h"

#include <QAbstractButton>

namespace enc::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QList<QMessageBox::StandardButton> g_nextAnswers;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    g_nextAnswers = answers;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton
MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                 const QHash<QMessageBox::StandardButton, QString> &labels)
{
    g_lastText = text;
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton
MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton,
                     const QHash<QMessageBox::StandardButton, QString> &labels)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, labels);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace enc::ui
