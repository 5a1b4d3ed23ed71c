#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace enc {
class Database;
}

namespace enc::ui {

// The window's link to a database server: when the connection is found gone (the server
// stopped or restarted, the network dropped), the status bar says so and the window connects
// again by itself, soon and then less often, until the server answers. Nothing for a file.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    ConnectionWatch(QStatusBar *bar, QObject *parent);

    void setDatabase(Database *db);
    // True while the database can be read; false (and reconnecting) while the server is away,
    // when nothing should be read (a read would fail, and the pages would show nothing).
    // Asks libpq only: a connection is found gone by the statement that fails on it.
    bool ready();
    // Tries to connect again now (the timer does this by itself while the server is away).
    void retryNow();
    bool away() const { return m_away; }

signals:
    // Connected again after the server was away: whatever is shown may be out of date.
    void reconnected();

private:
    Database *m_db = nullptr;
    QStatusBar *m_bar;
    QLabel *m_label;
    QTimer *m_retry;
    int m_tries = 0;
    bool m_away = false;
};

} // namespace enc::ui
