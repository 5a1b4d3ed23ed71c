#pragma once

#include "domain/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// The operator's inline form (never projected): the triage decision for the current child,
// its rationale and an action with owner and due date. Keyboard first: Ctrl+Return records.
class RecordingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    // The child being heard at meeting meetingId on date; 0 clears the form.
    void setChild(Id meetingId, QDate date, Id childId, const QString &label);
    void setQuorate(bool quorate) { m_quorate = quorate; }
    Id childId() const { return m_childId; }
    // The heading shown above the form (the agenda item's section and child).
    QString childLabel() const;
    // Records the form; asks to confirm when the meeting is not quorate. True when stored.
    bool record();

signals:
    void recorded(Id childId, Id decisionId);

private:
    void reloadLists();

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_meetingId = 0;
    QDate m_date;
    Id m_childId = 0;
    bool m_quorate = true;
    QLabel *m_child;
    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QLineEdit *m_action;
    QComboBox *m_owner;
    DateField *m_due;
    QLabel *m_message;
    QPushButton *m_record;
};

} // namespace enc::ui
