#include "RenderQueue.h"

#include <QMutexLocker>

#include <algorithm>

namespace enc {

RenderQueue::RenderQueue(int count, int threads, Job job)
    : m_count(std::max(count, 0)), m_threads(std::clamp(threads, 1, std::max(m_count, 1))),
      m_job(std::move(job)), m_results(size_t(m_count))
{
    if (m_threads == 1)
        return;
    m_pool.setMaxThreadCount(m_threads);
    // Each worker takes the next letter not yet started, so letters finish roughly in order
    // and the caller rarely waits behind a slow one.
    for (int i = 0; i < m_threads; ++i)
        m_pool.start([this] { work(); });
}

RenderQueue::~RenderQueue()
{
    cancel();
    m_pool.waitForDone();
}

void RenderQueue::cancel()
{
    m_cancelled.store(true);
}

void RenderQueue::work()
{
    for (;;) {
        if (m_cancelled.load())
            return;
        const int index = m_next.fetch_add(1);
        if (index >= m_count)
            return;
        auto result = std::make_unique<Result<RenderedLetter>>(m_job(index));
        QMutexLocker lock(&m_mutex);
        m_results[size_t(index)] = std::move(result);
        m_ready.wakeAll();
    }
}

Result<RenderedLetter> RenderQueue::take(int index)
{
    Q_ASSERT(index >= 0 && index < m_count);
    if (m_threads == 1)
        return m_job(index);
    QMutexLocker lock(&m_mutex);
    while (!m_results[size_t(index)])
        m_ready.wait(&m_mutex);
    const std::unique_ptr<Result<RenderedLetter>> result = std::move(m_results[size_t(index)]);
    return std::move(*result);
}

} // namespace enc
