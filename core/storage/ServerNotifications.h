#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>

namespace enc {

// Another desk's change, told by the server (PostgreSQL's LISTEN/NOTIFY): every audit entry
// written is announced on the database's channel by a trigger (statements()), and a desk that
// listens counts the announcements of other connections. What SQLite's PRAGMA data_version is to
// a file, version() is to a server: a number that changes when another connection commits.
// Listening starts with the first version() and starts again on a connection made again (after
// the server dropped it); a slow poll of the newest audit entry catches what was missed.
// Lives on the thread that uses the connection (the window's).
class ServerNotifications : public QObject
{
    Q_OBJECT
public:
    // The channel the trigger announces on.
    static QString channel();
    // The server-only objects that announce every committed audit entry (a function and a
    // statement trigger on audit), idempotent: for the server's schema step (ServerSchema).
    static QStringList statements();
    // How often, at most, the newest audit entry is read to catch a missed announcement.
    static constexpr int ListeningPollMs = 30000;
    static constexpr int FallbackPollMs = 5000;

    explicit ServerNotifications(QString connection);

    // Changes when another connection wrote to the database since the last call that changed it.
    qint64 version();
    // True when the server announces changes to this connection (else the slow poll alone).
    bool listening() const { return m_listening; }

private:
    void listen(QSqlDriver *driver);
    void stopListening(QSqlDriver *driver);
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void poll();

    QString m_connection;
    // The connection the subscription was made on: libpq's handle and the server's process.
    const void *m_handle = nullptr;
    int m_backendPid = 0;
    bool m_listening = false;
    qint64 m_version = 0;
    // The newest audit entry known to this desk (announced, its own, or polled); -1 unknown.
    qint64 m_seenAuditId = -1;
    QElapsedTimer m_polled;
};

} // namespace enc
