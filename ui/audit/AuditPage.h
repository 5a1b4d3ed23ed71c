#pragma once

#include "domain/Records.h"
#include "storage/AuditLog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace enc {
class Database;
}

namespace enc::ui {

class AuditModel;
class DateField;

// The audit viewer: who did what and when, in words, filtered by a child's name, user and date
// range (as you type), with a check of the hash chain. It reads the trail again whenever it is
// shown and, while shown, whenever the window's data changes (refresh()).
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    // Reads the entries again under the filters as they stand.
    void refresh();
    // Shows one child's entries (from the child's record page).
    void showChild(Id childId);
    AuditModel *model() const { return m_model; }
    // Checks the chain and shows the outcome; returns it for tests.
    QString verify();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    // The children whose entries the Child box asks for; false (with the reason shown) when
    // the filter cannot be applied.
    bool childFilter(AuditLog::Filter &filter);

    Database *m_db = nullptr;
    Id m_pinnedChild = 0; // the child shown from its record, until the name is edited
    QString m_childNote;  // what the name filter matched, for the count line
    AuditModel *m_model;
    QTimer *m_typing;
    QTableView *m_view;
    QLineEdit *m_child;
    QLineEdit *m_user;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_count;
    QLabel *m_chain;
};

} // namespace enc::ui
