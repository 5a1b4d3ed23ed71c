#pragma once

#include "Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace enc::ui {

// Notes typed live during a meeting: saved as the typing pauses, when the box loses the focus
// and before the screen moves on (flush()). A save refused (another desk wrote since, the
// meeting closed) keeps the text typed in the box and says why.
class NotesBox : public QWidget
{
    Q_OBJECT
public:
    // Writes notes where shown was stored; refused when the stored text is no longer shown.
    using Save = std::function<Status(const QString &notes, const QString &shown)>;

    NotesBox(const QString &title, const QString &placeholder, QWidget *parent = nullptr);

    // Shows text as stored; save writes it (none: read-only, e.g. a closed meeting).
    void load(const QString &text, Save save);
    // Saves what was typed and not yet saved; false when it was refused (the text stays).
    bool flush();
    // True while typing is not yet saved.
    bool pending() const { return m_pending; }
    QString text() const;
    QPlainTextEdit *edit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title;
    QPlainTextEdit *m_edit;
    QLabel *m_message;
    QTimer *m_pause;
    QString m_shown; // as stored, as far as this box knows
    Save m_save;
    bool m_pending = false;
    bool m_loading = false;
};

} // namespace enc::ui
