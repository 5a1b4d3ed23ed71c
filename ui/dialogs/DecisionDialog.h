#pragma once

#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// Records a triage decision for a child, warning when the outcome does not fit the risk.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(Database &db, Editor &editor, Id childId, Id meetingId = 0,
                   QWidget *parent = nullptr);

    Decision decision() const;
    bool save();
    QString errorText() const;
    QString warningText() const;
    QComboBox *outcomeCombo() const { return m_outcome; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }

    void accept() override;

private:
    void updateWarning();

    Database &m_db;
    Editor &m_editor;
    Id m_childId;
    Id m_meetingId;
    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QLineEdit *m_decidedBy;
    DateField *m_date;
    QLabel *m_warning;
    QLabel *m_error;
};

} // namespace enc::ui
