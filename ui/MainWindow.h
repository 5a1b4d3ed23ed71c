#pragma once

#include "domain/Records.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace enc {
class Database;
}

namespace enc::ui {

class ActionsPage;
class BackupController;
class AuditPage;
class IdleLock;
class ChildRecordPage;
class ConnectionWatch;
class ImportPage;
class LettersPage;
class MeetingsPage;
class ReportsPage;
class Editor;
class MembersPage;
class PageLoader;
class SettingsPage;
class StatusCounts;
class TrackerPage;

// The application window: a sidebar of pages over one open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database, offering demo data when it is empty.
    bool openDatabase();
    Database *database() const { return m_db.get(); }
    Editor *editor() const { return m_editor; }
    TrackerPage *trackerPage() const { return m_tracker; }
    ChildRecordPage *childPage() const { return m_child; }
    // The pages below read the database when first shown; these accessors read it first
    // (when it has not been, or a change since made it stale) for a caller that uses the page.
    SettingsPage *settingsPage() const;
    ActionsPage *actionsPage() const;
    MembersPage *membersPage() const;
    BackupController *backups() const { return m_backup; }
    ImportPage *importPage() const;
    AuditPage *auditPage() const;
    // Which pages have read the database (for tests: a page not shown reads nothing).
    PageLoader *pageLoader() const { return m_loader; }
    IdleLock *idleLock() const { return m_lock; }
    ConnectionWatch *connectionWatch() const { return m_connection; }
    // Shows the audit trail, filtered to one child when childId is not 0.
    void showAudit(Id childId = 0);
    // Sizes the window to its first size (1500x920) or to the geometry restored from the
    // last session, within available (its screen's available geometry): maximised where the
    // first size does not fit (a 1366x768 laptop), shrunk where a restored one no longer does.
    void fitToScreen(const QRect &available, bool restored);
    // Shows the page with this sidebar label ("Tracker", "Settings directory", ...).
    void showPage(const QString &label);

    void openChild(Id childId);
    void showTracker();
    void newPpn();
    void newChild();
    // Checks for another desk's commits now (the timer does this every second).
    void pollForChanges();
    // File > Open Database...: another tracker file or a server's database, in a new window
    // that takes this one's place.
    void openAnother();

signals:
    // The window that took this one's place (File > Open Database...).
    void databaseOpened(enc::ui::MainWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .csv or .xlsx file dropped anywhere on the window goes to the import.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    template <typename Page> Page *loaded(Page *page) const;
    void loadPagesWhenShown();
    void buildMenus();
    void buildPages();
    void offerDemoData();
    void updateStatus();
    void refreshAll();
    void databaseRestored();
    void applyRole();
    void setIdleMinutes();

    QString m_path;
    std::unique_ptr<Database> m_db;
    Editor *m_editor = nullptr;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QStackedWidget *m_trackerStack;
    TrackerPage *m_tracker;
    ChildRecordPage *m_child;
    SettingsPage *m_settings;
    ActionsPage *m_actions;
    MembersPage *m_members;
    ReportsPage *m_reports;
    LettersPage *m_letters;
    MeetingsPage *m_meetings;
    ImportPage *m_import;
    AuditPage *m_audit;
    IdleLock *m_lock;
    QLabel *m_dbLabel;
    QLabel *m_roleLabel;
    QAction *m_newPpnAction = nullptr;
    QAction *m_newChildAction = nullptr;
    QLabel *m_countsLabel;
    QTimer *m_poll;
    BackupController *m_backup;
    PageLoader *m_loader;
    StatusCounts *m_counts;
    ConnectionWatch *m_connection;
    qint64 m_dataVersion = 0;
};

} // namespace enc::ui
