#pragma once

#include "domain/Records.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace enc {
class Database;
}

namespace enc::ui {

// The retention review: the rules, the records due, and for the selected one legal hold,
// anonymise or delete (administrators; core refuses anyone else).
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    // Acts on the selected row; false (and a message shown) when refused.
    bool toggleHold();
    bool anonymiseSelected();
    bool deleteSelected();
    bool saveRules();

private:
    Id selected() const;

    Database &m_db;
    QSpinBox *m_birth;
    QSpinBox *m_activity;
    QTableWidget *m_table;
    QLabel *m_count;
};

} // namespace enc::ui
