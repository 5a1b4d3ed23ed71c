#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace enc {
class Database;
}

namespace enc::ui {

class AuditModel;
class DateField;

// The audit viewer: who did what and when, filtered by child, user and date range, with a
// check of the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    void refresh();
    // Shows one child's entries (from the child's record page).
    void showChild(Id childId);
    AuditModel *model() const { return m_model; }
    // Checks the chain and shows the outcome; returns it for tests.
    QString verify();

private:
    void applyFilter();

    Database *m_db = nullptr;
    AuditModel *m_model;
    QTableView *m_view;
    QLineEdit *m_child;
    QLineEdit *m_user;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_count;
    QLabel *m_chain;
};

} // namespace enc::ui
