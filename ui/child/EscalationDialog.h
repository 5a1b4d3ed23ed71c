#pragma once

#include "repo/EscalationFollowUp.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// One step of an escalation's follow-up: a liaison (date, with whom, what was agreed), the
// feedback given to the group, or closing it (date, reason). Saved through the Editor.
class EscalationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step
    {
        Liaison,
        Feedback,
        Close
    };
    // worker: the child's allocated social worker, offered beside MASH.
    EscalationDialog(Editor &editor, const EscalationRecord &escalation, Step step,
                     const QString &worker, QWidget *parent = nullptr);

    bool save();
    QString errorText() const;
    DateField *dateField() const { return m_date; }
    QComboBox *withCombo() const { return m_with; }
    QPlainTextEdit *textEdit() const { return m_text; }

    void accept() override;

private:
    Editor &m_editor;
    EscalationRecord m_escalation;
    Step m_step;
    DateField *m_date;
    QComboBox *m_with = nullptr;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace enc::ui
