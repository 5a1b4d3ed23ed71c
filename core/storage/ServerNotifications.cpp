#include "ServerNotifications.h"

#include "ServerConnection.h"

#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace enc {

QString ServerNotifications::channel()
{
    return QStringLiteral("encompass_change");
}

QStringList ServerNotifications::statements()
{
    // One announcement per INSERT statement, naming its newest entry, sent when the
    // transaction commits (never for one rolled back). A desk that sees its own announcement
    // learns the entry is known; other desks refresh.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION encompass_audit_announce() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('%1', (SELECT "
                       "max(id) FROM announced)::text); RETURN NULL; END $$")
            .arg(channel()),
        QStringLiteral("DROP TRIGGER IF EXISTS encompass_audit_announce ON audit"),
        QStringLiteral("CREATE TRIGGER encompass_audit_announce AFTER INSERT ON audit "
                       "REFERENCING NEW TABLE AS announced FOR EACH STATEMENT EXECUTE FUNCTION "
                       "encompass_audit_announce()"),
    };
}

ServerNotifications::ServerNotifications(QString connection) : m_connection(std::move(connection))
{}

qint64 ServerNotifications::version()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlDriver *driver = db.driver();
    PGconn *conn = ServerConnection::handle(db);
    if (conn && PQstatus(conn) == CONNECTION_OK) {
        const int pid = PQbackendPID(conn);
        if (conn != m_handle || pid != m_backendPid) {
            // The first call, or a connection made again after the server dropped the last
            // one: whatever another desk did meanwhile was not announced here.
            const bool again = m_handle != nullptr;
            m_handle = conn;
            m_backendPid = pid;
            listen(driver);
            if (again)
                ++m_version;
            m_polled.invalidate();
        }
        // Announcements that came in while a query's rows were being read wait in libpq's
        // buffer, where the driver's socket notifier does not see them: read them here (no
        // round trip). Reading also finds a connection the server has dropped.
        if (PQconsumeInput(conn)) {
            while (PGnotify *n = PQnotifies(conn)) {
                if (QString::fromLatin1(n->relname) == channel()) {
                    received(channel(),
                             n->be_pid == pid ? QSqlDriver::SelfSource : QSqlDriver::OtherSource,
                             QString::fromUtf8(n->extra));
                }
                PQfreemem(n);
            }
        }
        if (PQstatus(conn) != CONNECTION_OK)
            stopListening(driver);
    } else if (driver) {
        stopListening(driver);
    }
    if (!m_polled.isValid() || m_polled.hasExpired(m_listening ? ListeningPollMs : FallbackPollMs))
        poll();
    return m_version;
}

void ServerNotifications::listen(QSqlDriver *driver)
{
    // A connection made again without closing the last keeps the driver's old subscription
    // and its notifier on the old socket: drop both before subscribing on this one.
    if (driver->subscribedToNotifications().contains(channel()))
        driver->unsubscribeFromNotification(channel());
    m_listening = driver->subscribeToNotification(channel());
    connect(driver, &QSqlDriver::notification, this, &ServerNotifications::received,
            Qt::UniqueConnection);
}

void ServerNotifications::stopListening(QSqlDriver *driver)
{
    // The server dropped the connection: the driver's notifier watches a socket libpq has
    // closed (its number may be the next connection's), until listen() replaces it.
    m_listening = false;
    const auto notifiers = driver->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *n : notifiers)
        n->setEnabled(false);
}

void ServerNotifications::received(const QString &name, QSqlDriver::NotificationSource source,
                                   const QVariant &payload)
{
    if (name != channel())
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok && id > m_seenAuditId)
        m_seenAuditId = id;
    // This connection's own writes are not another desk's (as with SQLite's data_version).
    if (source == QSqlDriver::OtherSource)
        ++m_version;
}

void ServerNotifications::poll()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit")) || !q.next())
        return; // a dropped connection: tried again at the next poll
    m_polled.start();
    const qint64 newest = q.value(0).toLongLong();
    if (m_seenAuditId >= 0 && newest != m_seenAuditId)
        ++m_version;
    m_seenAuditId = newest;
}

} // namespace enc
