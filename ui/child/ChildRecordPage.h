#pragma once

#include "domain/Records.h"
#include "storage/Access.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;
class ProformaSection;
class EscalationSection;
class PartnerSection;

// One child: details, household and siblings, open actions, and the child's story
// as a timeline (newest first). Every change goes through the Editor (undoable).
class ChildRecordPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChildRecordPage(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void showChild(Id childId);
    Id childId() const { return m_childId; }
    // Re-reads the child (after an edit here or elsewhere).
    void reload();

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *actions() const { return m_actions; }
    QListWidget *siblings() const { return m_siblings; }
    ProformaSection *proformas() const { return m_proformas; }
    EscalationSection *escalation() const { return m_escalation; }
    PartnerSection *partners() const { return m_partners; }
    QPushButton *noLongerAttendsButton() const { return m_noLongerAttends; }
    QString statusText() const;

    void editChild();
    void editHousehold();
    // A new child in this child's household (starting one if there is none).
    void addSibling();
    void addPpn();
    void recordDecision();
    void addAction();
    void completeSelectedAction();
    void greenOff();
    void reopen();
    void archive();
    // The child's setting said the child no longer attends (a misdirected notification).
    void recordNoLongerAttends();
    // Writes the subject access export into folder (asks when empty); the PDF's path.
    QString exportSubjectAccess(const QString &folder = {});

signals:
    void backRequested();
    void openChild(Id childId);
    void auditRequested(Id childId);

private:
    void report(const QString &title, const QStringList &warnings);

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_childId = 0;
    ChildStatus m_status = ChildStatus::Open;
    QLabel *m_name;
    QLabel *m_summary;
    QLabel *m_status_label;
    QLabel *m_details;
    QListWidget *m_siblings;
    QTreeWidget *m_actions;
    QTreeWidget *m_timeline;
    ProformaSection *m_proformas;
    EscalationSection *m_escalation;
    PartnerSection *m_partners;
    QPushButton *m_noLongerAttends;
    QPushButton *m_greenOff;
    QPushButton *m_reopen;
    QPushButton *m_complete;
    QList<QPair<QPushButton *, Access::Right>> m_roleButtons;
};

} // namespace enc::ui
