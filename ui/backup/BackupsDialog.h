#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace enc {
class Database;
}

namespace enc::ui {

// File > Backups: the folder for the automatic and manual backups, when the last one was
// written, and whether the folder can be reached now.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *lastBackupLabel() const { return m_last; }
    QLabel *statusLabel() const { return m_status; }
    // Saves the folder typed or chosen; false (with the reason shown) when it cannot be used.
    bool save();
    // Re-reads the last backup and the folder's state.
    void refresh();

signals:
    void backUpNowRequested();

private:
    void choose();

    Database &m_db;
    QLineEdit *m_folder;
    QLabel *m_last;
    QLabel *m_status;
};

} // namespace enc::ui
