#pragma once

#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace enc {
class Database;
}

namespace enc::ui {

class DateField;
class Editor;

// A new PPN: one incident, one or more children (the household is offered ticked).
class PpnDialog : public QDialog
{
    Q_OBJECT
public:
    PpnDialog(Database &db, Editor &editor, Id childId = 0, QWidget *parent = nullptr);

    // The PPN as entered (children ticked, with their presence).
    Ppn ppn() const;
    // Adds a child to the list (ticked).
    void addChildRow(Id childId, bool ticked = true);
    // Validates and saves through the editor; on failure shows the message and keeps the dialog.
    bool save();
    QString errorText() const;
    QStringList warnings() const { return m_warnings; }
    Id savedId() const { return m_savedId; }

    QLineEdit *referenceEdit() const { return m_reference; }
    DateField *incidentDateField() const { return m_incidentDate; }
    QTableWidget *childrenTable() const { return m_children; }
    QComboBox *riskCombo() const { return m_risk; }
    QLineEdit *findEdit() const { return m_find; }
    // The message under the Add another child box ("No child matches ..."), empty when none.
    QString findMessage() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTypedChild();
    void showError(const QString &message, const QString &field);

    Database &m_db;
    Editor &m_editor;
    QLineEdit *m_reference;
    DateField *m_incidentDate;
    QLineEdit *m_incidentTime;
    DateField *m_received;
    QComboBox *m_type;
    QComboBox *m_risk;
    QComboBox *m_crime;
    QLineEdit *m_incidentAddress;
    QLineEdit *m_homeAddress;
    QTableWidget *m_children;
    QLineEdit *m_find;
    QLabel *m_findMessage;
    QLabel *m_error;
    QStringList m_warnings;
    Id m_savedId = 0;
};

} // namespace enc::ui
