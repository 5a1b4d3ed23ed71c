#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QStatusBar;
class QWidget;

namespace enc {
class Database;
}

namespace enc::ui {

// The window's backups: the File menu's Back Up Now, encrypted export, Restore and Backups
// dialog; the automatic daily backup (on a worker thread, never blocking the user) with its
// status-bar message; and the warning for a database on a network drive.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(QWidget *window, QStatusBar *statusBar);

    void setDatabase(Database *db);
    // Adds the backup actions to the File menu.
    void addMenuActions(QMenu *file);

    // The automatic backup of the day into the backup folder, when one is set.
    void startDailyBackup();
    bool dailyBackupRunning() const { return m_running; }
    // Warns (once per opening) when the database is on a network drive; true when it did.
    bool warnIfOnNetworkDrive();

    // Writes a backup into the backup folder now (asks for a folder when none is set).
    bool backUpNow();
    // Writes an encrypted backup to a file the user chooses.
    bool exportEncrypted();
    // Restores from a backup the user chooses, after checking it and asking.
    bool restoreFromBackup();
    // The Backups dialog: folder, last backup.
    void showBackupsDialog();
    // The last message shown in the status bar (for tests).
    QString lastStatus() const { return m_lastStatus; }

signals:
    // The daily backup finished (written may be empty: today's was already there).
    void dailyBackupFinished(bool ok, const QString &message);
    // The database file was replaced by a backup: every view must re-read.
    void restored();

private:
    void showStatus(const QString &text, int timeoutMs);
    QString chooseFolder();

    QWidget *m_window;
    QStatusBar *m_statusBar;
    Database *m_db = nullptr;
    bool m_running = false;
    bool m_networkWarned = false;
    QString m_lastStatus;
};

} // namespace enc::ui
