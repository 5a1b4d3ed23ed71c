#pragma once

#include "Result.h"

#include <QFutureWatcher>
#include <QObject>

namespace enc::ui {

// The status bar's totals: children, PPNs and escalated children (archived ones left out).
// Each count reads a whole table (a million children at the largest offices), so they are
// taken on a worker thread with its own connection, after the window has drawn its rows and
// after each change, never holding up the window.
class StatusCounts : public QObject
{
    Q_OBJECT
public:
    struct Totals
    {
        qint64 children = 0;
        qint64 ppns = 0;
        qint64 escalated = 0;
    };

    explicit StatusCounts(QObject *parent = nullptr);
    ~StatusCounts() override; // waits for a count in flight (it has its own connection)

    // Counts the database at path again; a request while a count runs starts one more after
    // it, so the totals shown are never older than the last change.
    void update(const QString &path);
    bool isCounting() const { return m_counting; }

signals:
    // Not emitted when a count fails (a file moved away): the last totals stay shown.
    void counted(const enc::ui::StatusCounts::Totals &totals);

private:
    void finished();

    QFutureWatcher<Result<Totals>> m_watcher;
    QString m_again; // the path to count once the running count ends
    bool m_counting = false;
};

} // namespace enc::ui
