#pragma once

#include <QMutex>
#include <QSqlDatabase>

namespace enc {

// Stops the statement a connection is running on another thread (sqlite3_interrupt): a
// query made stale by the user's next key. The statement then fails as interrupted.
class Interrupt
{
public:
    // On the connection's thread, while it is open: the connection interrupt() stops.
    void attach(const QSqlDatabase &db);
    // Before the connection closes.
    void detach();
    // From any thread; nothing when no connection is attached or nothing is running.
    void interrupt();

private:
    QMutex m_mutex;
    void *m_handle = nullptr;
};

} // namespace enc
