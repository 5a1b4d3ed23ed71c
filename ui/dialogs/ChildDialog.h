#pragma once

#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// Adds or edits a child. A new child joins an existing household or starts one.
class ChildDialog : public QDialog
{
    Q_OBJECT
public:
    // child.id 0 adds; householdId puts a new child with its siblings.
    ChildDialog(Database &db, Editor &editor, const Child &child = {}, QWidget *parent = nullptr);

    Child child() const;
    bool save();
    QString errorText() const;
    QStringList warnings() const { return m_warnings; }
    Id savedId() const { return m_savedId; }

    QLineEdit *forenameEdit() const { return m_forename; }
    QLineEdit *surnameEdit() const { return m_surname; }
    DateField *dateOfBirthField() const { return m_dob; }

    void accept() override;
    // Re-reads the record (after another desk changed it), replacing what was typed.
    bool reload();

private:
    void load(const Child &child);
    void showError(const QString &message);

    Database &m_db;
    Editor &m_editor;
    Child m_original;
    QLineEdit *m_forename;
    QLineEdit *m_surname;
    DateField *m_dob;
    QComboBox *m_gender;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QComboBox *m_area;
    QComboBox *m_setting;
    QCheckBox *m_outOfArea; // the chosen setting is out of area: the child's letter still goes
    QLineEdit *m_caseRef;
    QCheckBox *m_socialCare;
    QLineEdit *m_worker;
    QLabel *m_error;
    QStringList m_warnings;
    Id m_savedId = 0;
};

} // namespace enc::ui
