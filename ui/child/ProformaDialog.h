#pragma once

#include "RecordFormDialog.h"
#include "domain/Records.h"

class QPlainTextEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// Records a proforma's return from the setting (date, summary, the voice of the child) or the
// tracking review's decision on it (date, what was decided). Undoable through the Editor.
class ProformaDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Return,
        Review
    };
    ProformaDialog(Database &db, Editor &editor, Mode mode, const Proforma &shown,
                   const QString &childName, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *voiceEdit() const { return m_voice; }

protected:
    Status write() override;

private:
    Database &m_db;
    Editor &m_editor;
    Mode m_mode;
    Proforma m_shown;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_voice = nullptr;
};

} // namespace enc::ui
