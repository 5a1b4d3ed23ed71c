#pragma once

#include "domain/Records.h"
#include "repo/EscalationFollowUp.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// The child's escalation on their record: when it was triggered and by which PPNs, each
// liaison, the feedback and the closing, with the chair's buttons for each step (undoable
// through the Editor). Hidden for a child never escalated.
class EscalationSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit EscalationSection(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    // Shows the child's latest escalation; worker: the allocated social worker, if any.
    void showChild(Id childId, const QString &worker);

    void recordLiaison();
    void recordFeedback();
    void closeEscalation();

    QString text() const;
    QPushButton *liaisonButton() const { return m_liaise; }
    QPushButton *feedbackButton() const { return m_feedback; }
    QPushButton *closeButton() const { return m_close; }

private:
    void step(int which);

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_childId = 0;
    QString m_worker;
    std::optional<EscalationRecord> m_current;
    QLabel *m_text;
    QPushButton *m_liaise;
    QPushButton *m_feedback;
    QPushButton *m_close;
};

} // namespace enc::ui
