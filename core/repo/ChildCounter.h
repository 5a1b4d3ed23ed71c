#pragma once

#include "repo/ChildQuery.h"
#include "storage/Interrupt.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace enc {

// Counts the tracker's matches on a thread of its own with its own connection, so that the
// window shows the first rows at once and a count at 1,000,000 children (some 100 ms) never
// holds up the next key: a new request stops the count running (its result never arrives).
class ChildCounter : public QObject
{
    Q_OBJECT
public:
    // path: a database this program has open (Database::openWorker).
    explicit ChildCounter(const QString &path, QObject *parent = nullptr);
    ~ChildCounter() override;

    // Starts counting the children matching filter; returns the request's number, which
    // counted() carries. Any earlier request is dropped.
    quint64 request(const ChildFilter &filter);
    // Stops the count running, if any (its result never arrives).
    void cancel();

signals:
    // count is -1 when the worker could not count (the caller counts itself).
    void counted(quint64 request, qint64 count);

private:
    void run(quint64 request, const ChildFilter &filter);

    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    std::atomic<quint64> m_latest{0};
    Interrupt m_interrupt;
};

} // namespace enc
