#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace enc::ui {

// Runs one piece of long work (reading a spreadsheet, planning or committing an import) on a
// thread of its own, so the window keeps painting. The work opens its own database
// connection: a SQLite connection is used only on the thread that opened it. Whatever the
// work writes for the caller is read after finished(), once the thread has ended.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(int done, int total)>;
    using Work = std::function<void(const std::atomic<bool> &cancel, const Progress &progress)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    // Cancels any work still running and waits for it.
    ~BackgroundTask() override;

    // False (and nothing started) while other work is still running.
    bool start(Work work);
    // Asks the work to stop; it ends with its own "cancelled" result.
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace enc::ui
