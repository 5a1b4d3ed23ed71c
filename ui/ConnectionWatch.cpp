#include "ConnectionWatch.h"

#include "ObjectNames.h"
#include "storage/Database.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace enc::ui {

namespace {

// Waits between tries while the server is away: soon at first, then every 5 s (a Save
// pressed meanwhile tries at once). A try at a server that does not answer at all waits for
// the connect timeout, with the window still.
int retryDelayMs(int tries)
{
    return qMin(5000, 1000 << qMin(tries, 3));
}

} // namespace

ConnectionWatch::ConnectionWatch(QStatusBar *bar, QObject *parent)
    : QObject(parent), m_bar(bar), m_label(new QLabel(bar)), m_retry(new QTimer(this))
{
    m_label->setObjectName(QLatin1String(names::StatusConnection));
    m_label->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }"));
    m_label->setWordWrap(false);
    m_label->hide();
    m_bar->addWidget(m_label);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ConnectionWatch::retryNow);
}

void ConnectionWatch::setDatabase(Database *db)
{
    m_db = db;
    m_retry->stop();
    m_label->hide();
    m_away = false;
    m_tries = 0;
}

bool ConnectionWatch::ready()
{
    if (!m_db)
        return true;
    if (!m_db->connectionLost()) {
        if (m_away)
            retryNow(); // connected again meanwhile (a Save does so): the window catches up
        return true;
    }
    if (!m_away) {
        m_away = true;
        m_tries = 0;
        m_label->setText(tr("The connection to the database server was lost: reconnecting... "
                            "Nothing can be saved until it is back; what you typed is kept."));
        m_label->show();
        m_retry->start(0);
    }
    return false;
}

void ConnectionWatch::retryNow()
{
    if (!m_db)
        return;
    m_retry->stop();
    if (Status s = m_db->reconnect(); !s) {
        m_away = true;
        ++m_tries;
        m_label->setText(tr("The database server cannot be reached: reconnecting by itself. "
                            "Nothing can be saved until it is back; what you typed is kept."));
        m_label->setToolTip(s.errorText());
        m_label->show();
        m_retry->start(retryDelayMs(m_tries));
        return;
    }
    if (!m_away)
        return;
    m_away = false;
    m_tries = 0;
    m_label->hide();
    m_label->setToolTip({});
    m_bar->showMessage(tr("Connected to the database server again."), 10000);
    emit reconnected();
}

} // namespace enc::ui
