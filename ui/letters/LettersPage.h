#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class TemplateEditor;

// Letters to settings: choose the children (PPNs received on a date, a meeting, one child,
// overdue proformas), the document and format, a folder and an optional password; the
// result lists every file written and every child who got no letter, and why.
class LettersPage : public QWidget
{
    Q_OBJECT
public:
    explicit LettersPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Writes the letters as chosen; returns the summary shown (or the error).
    QString writeLetters();
    TemplateEditor *templateEditor() const { return m_editor; }

private:
    void chooseFolder();

    Database *m_db = nullptr;
    QComboBox *m_selection;
    QStackedWidget *m_selectionValue;
    DateField *m_received;
    QSpinBox *m_meeting;
    QSpinBox *m_child;
    QComboBox *m_kind;
    QComboBox *m_format;
    QCheckBox *m_perChild;
    QLineEdit *m_password;
    QLineEdit *m_folder;
    QPushButton *m_write;
    QPlainTextEdit *m_result;
    TemplateEditor *m_editor;
};

} // namespace enc::ui
