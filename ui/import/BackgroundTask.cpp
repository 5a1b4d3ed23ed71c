#include "BackgroundTask.h"

#include <QThread>

namespace enc::ui {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::start(Work work)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, work = std::move(work)]() {
        // Emitted from the worker: queued to this object's (the window's) thread.
        work(m_cancel, [this](int done, int total) { emit progress(done, total); });
    });
    connect(m_thread, &QThread::finished, this, [this]() {
        QThread *thread = m_thread;
        thread->wait();
        m_thread = nullptr;
        thread->deleteLater();
        emit finished();
    });
    m_thread->start();
    return true;
}

} // namespace enc::ui
