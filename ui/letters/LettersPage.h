#pragma once

#include "Result.h"
#include "letters/LetterPlan.h"

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
class LetterFilterControls;
class TemplateEditor;

// Letters to settings: choose the children (PPNs received on a date, a meeting, one child,
// overdue proformas) and narrow them by risk, type and presence (a high-risk PPN flagged and
// written about only when ticked), the document and format, a folder and an optional password; the
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

protected:
    // The flag is read again each time the page is shown: an import since may have brought
    // high-risk PPNs for the day chosen.
    void showEvent(QShowEvent *event) override;

private:
    void chooseFolder();
    // The children chosen above the filters (each with the PPN the letter is about).
    Result<QList<LetterEntry>> selectedEntries() const;
    // Flags the high-risk PPNs of the children chosen, as the choice changes.
    void flagHighRisk();

    Database *m_db = nullptr;
    QComboBox *m_selection;
    QStackedWidget *m_selectionValue;
    DateField *m_received;
    QSpinBox *m_meeting;
    QSpinBox *m_child;
    QComboBox *m_kind;
    QComboBox *m_format;
    LetterFilterControls *m_filters;
    QCheckBox *m_perChild;
    QLineEdit *m_password;
    QLineEdit *m_folder;
    QPushButton *m_write;
    QPlainTextEdit *m_result;
    TemplateEditor *m_editor;
};

} // namespace enc::ui
