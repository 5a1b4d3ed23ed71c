#pragma once

#include "Result.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace enc {

// One letter's file as a worker made it: its bytes and their SHA-256 (hex).
struct RenderedLetter
{
    QByteArray bytes;
    QString sha256;
};

// Renders letters 0..count-1 on a pool of threads while the caller takes the results in
// order. A job must touch no shared state: each builds its own QTextDocument and QPdfWriter
// (reentrant, not thread-safe) and never the database. With one thread, take() runs the job
// on the caller's thread and no pool is started.
class RenderQueue
{
public:
    using Job = std::function<Result<RenderedLetter>(int index)>;

    RenderQueue(int count, int threads, Job job);
    // Stops the pool: letters not started are dropped, letters being laid out are finished.
    ~RenderQueue();
    RenderQueue(const RenderQueue &) = delete;
    RenderQueue &operator=(const RenderQueue &) = delete;

    // Letter index's result, waiting for it when a worker has not finished it yet.
    Result<RenderedLetter> take(int index);
    // No further letters are started; take() must not be called afterwards.
    void cancel();
    // The threads rendering (1: the caller's).
    int threads() const { return m_threads; }

private:
    void work();

    const int m_count;
    const int m_threads;
    const Job m_job;
    std::atomic<int> m_next{0};
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    QWaitCondition m_ready;
    std::vector<std::unique_ptr<Result<RenderedLetter>>> m_results; // guarded by m_mutex
    QThreadPool m_pool;
};

} // namespace enc
