#include "ChildCounter.h"

#include "storage/Database.h"

namespace enc {

ChildCounter::ChildCounter(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("child-counter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

ChildCounter::~ChildCounter()
{
    m_latest = 0;
    m_interrupt.interrupt();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 ChildCounter::request(const ChildFilter &filter)
{
    const quint64 number = ++m_latest;
    m_interrupt.interrupt(); // the count running is stale
    QMetaObject::invokeMethod(
        m_worker, [this, number, filter] { run(number, filter); }, Qt::QueuedConnection);
    return number;
}

void ChildCounter::cancel()
{
    ++m_latest;
    m_interrupt.interrupt();
}

void ChildCounter::run(quint64 request, const ChildFilter &filter)
{
    if (request != m_latest) // a later key queued behind this one
        return;
    // A connection for each count (a few milliseconds): none is left open on a file the window
    // closes or replaces (a restore).
    auto opened = Database::openWorker(m_path);
    if (!opened) {
        emit counted(request, -1);
        return;
    }
    m_interrupt.attach((*opened)->sql());
    const Result<qint64> n = ChildQuery::count((*opened)->sql(), filter);
    m_interrupt.detach();
    opened->reset();
    if (request != m_latest)
        return;
    emit counted(request, n ? *n : -1);
}

} // namespace enc
