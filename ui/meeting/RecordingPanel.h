#pragma once

#include "meeting/AgendaItem.h"

#include <QWidget>

#include <functional>

class QCheckBox;
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
class PartnerBox;
class ProformaBox;

// The operator's inline form (never projected): the triage decision for the current child,
// its rationale and an action with owner and due date. Keyboard first: Ctrl+Return records.
// The form is for one agenda item: it is emptied (outcome, rationale, action) for each item.
class RecordingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    // The agenda item being heard at meeting meetingId on date (an item of child 0 clears the
    // form); otherItems are the child's other open items, which the decision marks heard only
    // when the chair ticks "Also mark...". The form is emptied unless it is the same item.
    void setItem(Id meetingId, QDate date, const AgendaItem &item, const QList<Id> &otherItems,
                 const QString &label);
    // Asked before recording: empty when the form's item and child are the ones the chair
    // sees (list and projector), else why not; then nothing is recorded.
    void setCheck(std::function<QString(Id itemId, Id childId)> check)
    {
        m_check = std::move(check);
    }
    void setQuorate(bool quorate) { m_quorate = quorate; }
    Id childId() const { return m_childId; }
    Id itemId() const { return m_itemId; }
    // The heading shown above the form (the agenda item's section and child).
    QString childLabel() const;
    // Records the form; asks to confirm when the meeting is not quorate. True when stored.
    bool record();

signals:
    void recorded(Id childId, Id decisionId);

private:
    void reloadLists();
    void clearForm();

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_meetingId = 0;
    QDate m_date;
    Id m_childId = 0;
    Id m_itemId = 0;
    QList<Id> m_otherItems;
    std::function<QString(Id, Id)> m_check;
    bool m_quorate = true;
    QLabel *m_child;
    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QLineEdit *m_action;
    QComboBox *m_owner;
    DateField *m_due;
    QCheckBox *m_alsoHeard;
    QLabel *m_message;
    QPushButton *m_record;
    ProformaBox *m_proforma; // the tracking review's proforma; a proforma requested
    PartnerBox *m_partners;  // what partner agencies know of the child
    AgendaSection m_section = AgendaSection::NewPpns;
    static constexpr int OutcomeCodeRole = Qt::UserRole + 1;
};

} // namespace enc::ui
