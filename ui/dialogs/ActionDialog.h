#pragma once

#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// Adds an action for a child: what, who owns it, when it is due.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(Database &db, Editor &editor, Id childId, Id decisionId = 0,
                 QWidget *parent = nullptr);

    Action action() const;
    bool save();
    QString errorText() const;
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *ownerCombo() const { return m_owner; }
    DateField *dueField() const { return m_due; }

    void accept() override;

private:
    Database &m_db;
    Editor &m_editor;
    Id m_childId;
    Id m_decisionId;
    QLineEdit *m_description;
    QComboBox *m_owner;
    DateField *m_due;
    QLabel *m_error;
};

} // namespace enc::ui
