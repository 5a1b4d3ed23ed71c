#pragma once

#include "domain/Records.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// Records a proforma's return from the setting (date, summary, the voice of the child) or the
// tracking review's decision on it (date, what was decided). Undoable through the Editor.
class ProformaDialog : public QDialog
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

    DateField *dateField() const { return m_date; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *voiceEdit() const { return m_voice; }
    QString errorText() const;
    bool save();
    void accept() override;

private:
    Database &m_db;
    Editor &m_editor;
    Mode m_mode;
    Proforma m_shown;
    DateField *m_date;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_voice = nullptr;
    QLabel *m_error;
};

} // namespace enc::ui
