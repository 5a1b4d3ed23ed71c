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

class Editor;

// Edits a household's address, postcode and area (shared by its children).
class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    HouseholdDialog(Database &db, Editor &editor, const Household &household,
                    QWidget *parent = nullptr);

    Household household() const;
    bool save();
    QString errorText() const;
    QLineEdit *addressEdit() const { return m_address; }

    void accept() override;
    // Re-reads the household (after another desk changed it), replacing what was typed.
    bool reload();

private:
    Database &m_db;
    Editor &m_editor;
    Household m_household;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QComboBox *m_area;
    QLabel *m_error;
};

} // namespace enc::ui
