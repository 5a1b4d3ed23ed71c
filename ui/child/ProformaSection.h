#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class Editor;

// The child's proformas on their record: each request with its setting, due date, chases,
// return and review; buttons to request one, record its return, review it and chase it.
// Each change is an undoable step of the Editor.
class ProformaSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProformaSection(QWidget *parent = nullptr);

    void setDatabase(Database *db, Editor *editor);
    void showChild(Id childId, const QString &childName);
    void reload();

    QTreeWidget *list() const { return m_list; }
    QString message() const;
    // The buttons' work, for the keyboard and tests (a dialog for return and review).
    void request();
    void recordReturn();
    void review();
    void chase();

private:
    void showDetail();
    void say(const Status &status, const QString &done);

    Database *m_db = nullptr;
    Editor *m_editor = nullptr;
    Id m_childId = 0;
    QString m_childName;
    Proforma m_awaited;  // id 0 when none
    Proforma m_toReview; // id 0 when none
    QList<Proforma> m_shown;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_request;
    QPushButton *m_return;
    QPushButton *m_review;
    QPushButton *m_chase;
};

} // namespace enc::ui
