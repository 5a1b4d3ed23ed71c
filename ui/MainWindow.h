#pragma once

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
    TrackerPage *trackerPage() const { return m_tracker; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void offerDemoData();
    void updateStatus();
    void pollForChanges();

    QString m_path;
    std::unique_ptr<Database> m_db;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    TrackerPage *m_tracker;
    QLabel *m_dbLabel;
    QLabel *m_countsLabel;
    QTimer *m_poll;
    qint64 m_dataVersion = 0;
};

} // namespace enc::ui
