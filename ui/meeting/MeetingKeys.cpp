// The meeting screen's keys that reach across its widgets: Ctrl+Z and Ctrl+Shift+Z wherever
// the focus is, and P on the projector (names on screen, confirmed once per meeting).

#include "MeetingsPage.h"

#include "MessageBox.h"
#include "PresenterWindow.h"
#include "commands/Editor.h"
#include "meeting/MeetingChecks.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace enc::ui {

namespace {

// True when the box has typing of its own to undo (or redo): Ctrl+Z is the box's then. Once
// it has none (it is emptied for each child), Ctrl+Z undoes the meeting's last change.
bool ownTextStep(QWidget *w, bool undo)
{
    if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->isEditable())
        w = combo->lineEdit();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    QTextDocument *doc = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w); plain && !plain->isReadOnly())
        doc = plain->document();
    else if (auto *rich = qobject_cast<QTextEdit *>(w); rich && !rich->isReadOnly())
        doc = rich->document();
    return doc && (undo ? doc->isUndoAvailable() : doc->isRedoAvailable());
}

} // namespace

bool MeetingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeyCombination keys = key->keyCombination();
    const bool undo = keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Z);
    const bool redo = keys == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
                      keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
    auto *w = qobject_cast<QWidget *>(watched);
    if ((!undo && !redo) || !w || !m_editor || !m_meetingId)
        return false;
    const bool onProjector = m_presenter && (w == m_presenter || m_presenter->isAncestorOf(w));
    if (!isAncestorOf(w) && !onProjector)
        return false;
    if (ownTextStep(w, undo))
        return false;
    // Taken before the window's Edit menu (its Undo does the same), so that text boxes do
    // not swallow it and the projector, a window of its own, has it too.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    undo ? m_editor->undo() : m_editor->redo();
    return true;
}

void MeetingsPage::showNamesOnProjector()
{
    if (!m_presenter || !m_db || !m_meetingId)
        return;
    if (m_namesConfirmed != m_meetingId) {
        if (MessageBox::question(
                m_presenter, tr("Show names on the projector"),
                tr("Show the children's full names, dates of birth, addresses and what partner "
                   "agencies know on the projector, to everyone in the room?\n\nThis is asked "
                   "once per meeting and "
                   "written to the audit trail. The minutes are not affected: they name "
                   "children as the office has chosen."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        if (Status s = MeetingChecks::recordNamesShown(*m_db, m_meetingId); !s) {
            MessageBox::warning(m_presenter, tr("Show names on the projector"), s.errorText());
            return;
        }
        m_namesConfirmed = m_meetingId;
    }
    m_presenter->setPrivacy(false);
}

} // namespace enc::ui
