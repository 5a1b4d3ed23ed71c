#pragma once

#include "domain/Records.h"
#include "meeting/AgendaItem.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// Under the meeting's decision form: the child's proforma as the tracking review needs it.
// On a tracking review item it shows the returned proforma (summary, voice of the child) and
// records the decision as its review; when the outcome is a proforma to the setting it
// requests one. Each is an undoable step after the decision's.
class ProformaBox : public QWidget
{
    Q_OBJECT
public:
    explicit ProformaBox(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    void setItem(Id childId, AgendaSection section);
    // The outcome chosen on the form (its code; empty when none).
    void setOutcome(const QString &code);
    QCheckBox *reviewCheck() const { return m_review; }
    QCheckBox *requestCheck() const { return m_request; }
    // After the decision is recorded: the review and request ticked; what was done, or why not.
    QString apply(Editor &editor, Id meetingId, QDate date, const QString &decisionText);

private:
    void update();

    Database *m_db = nullptr;
    Id m_childId = 0;
    AgendaSection m_section = AgendaSection::NewPpns;
    QString m_outcome;
    Proforma m_toReview;
    Proforma m_awaited;
    QLabel *m_text;
    QCheckBox *m_review;
    QCheckBox *m_request;
};

} // namespace enc::ui
