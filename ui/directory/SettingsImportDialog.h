#pragma once

#include "import/SettingsImport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace enc::ui {

// What a settings directory file would do, shown before anything is written: each row new,
// changed (which fields, before and after) or unchanged, and the rows in error. Import
// (Alt+I) accepts; with any error it is disabled and the file changes nothing.
class SettingsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsImportDialog(const SettingsPlan &plan, QWidget *parent = nullptr);

    QTableWidget *rowsView() const { return m_rows; }
    QListWidget *errorsView() const { return m_errors; }
    QPushButton *importButton() const { return m_import; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    QListWidget *m_errors;
    QTableWidget *m_rows;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace enc::ui
