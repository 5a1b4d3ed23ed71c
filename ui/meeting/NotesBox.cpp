#include "NotesBox.h"

#include "widgets/FormMessage.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

NotesBox::NotesBox(const QString &title, const QString &placeholder, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_edit(new QPlainTextEdit(this)),
      m_message(formMessage(this)), m_pause(new QTimer(this))
{
    m_title->setBuddy(m_edit);
    m_edit->setPlaceholderText(placeholder);
    m_edit->setTabChangesFocus(true);
    // About four lines: the agenda keeps the height of the screen.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_edit->installEventFilter(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(1000);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    connect(m_pause, &QTimer::timeout, this, [this] { flush(); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_save)
            return;
        m_pending = true;
        m_pause->start();
    });
    load({}, {});
}

void NotesBox::load(const QString &text, Save save)
{
    m_pause->stop();
    m_loading = true;
    m_save = std::move(save);
    m_shown = text;
    m_pending = false;
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
    m_edit->setReadOnly(!m_save);
    m_message->hide();
    m_loading = false;
}

QString NotesBox::text() const
{
    return m_edit->toPlainText();
}

bool NotesBox::flush()
{
    m_pause->stop();
    if (!m_pending || !m_save)
        return true;
    const QString typed = m_edit->toPlainText();
    if (Status s = m_save(typed, m_shown); !s) {
        m_message->setText(tr("Not saved: %1 Your text is still here.").arg(s.errorText()));
        m_message->show();
        return false;
    }
    m_shown = typed;
    m_pending = false;
    m_message->hide();
    return true;
}

bool NotesBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

} // namespace enc::ui
