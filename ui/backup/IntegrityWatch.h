#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLabel;
class QMainWindow;
class QThread;
class QToolBar;

namespace enc {
class Database;
class QuickCheck;
} // namespace enc

namespace enc::ui {

class BackupController;
class IdleLock;

// The whole-file check of the open database (SQLite's quick_check), run on a connection of its
// own once the window is up, so that start-up never waits for it. A problem found is shown at
// once in a red band across the top of the window, saying what to do (restore from a backup,
// and which backups there are), with buttons for the Restore and Backups dialogs. On quit the
// check is stopped, not waited for. A restore starts the check again.
class IntegrityWatch : public QObject
{
    Q_OBJECT
public:
    // Object names for tests.
    static constexpr char BannerName[] = "integrityBanner";
    static constexpr char MessageName[] = "integrityMessage";

    IntegrityWatch(QMainWindow *window, BackupController *backups, IdleLock *lock);
    // Stops a check still running (the window does not wait for it to finish).
    ~IntegrityWatch() override;

    // Checks db's file in the background (from the next turn of the event loop); nothing to
    // do when its open has just checked it (after an unclean stop).
    void start(Database *db);
    // Stops a check in progress; the banner stays as it is.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // What the last check found, empty when the file passed (or no check has finished).
    QString problem() const { return m_problem; }

signals:
    // A check ran to its end: problem is empty when the file is sound.
    void finished(const QString &problem);

private:
    void run();
    void done(const QString &problem, const QString &failure);
    void showProblem();
    QString backupsText() const;

    QMainWindow *m_window;
    BackupController *m_backups;
    IdleLock *m_lock;
    Database *m_db = nullptr;
    QToolBar *m_banner;
    QLabel *m_message;
    QThread *m_thread = nullptr;
    std::shared_ptr<QuickCheck> m_check;
    QString m_problem;
    bool m_again = false;
};

} // namespace enc::ui
