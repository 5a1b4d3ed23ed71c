#include "StatusCounts.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QtConcurrent/QtConcurrentRun>

namespace enc::ui {

StatusCounts::StatusCounts(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<Totals>>::finished, this, &StatusCounts::finished);
}

StatusCounts::~StatusCounts()
{
    m_watcher.waitForFinished();
}

void StatusCounts::update(const QString &path)
{
    if (m_counting) {
        m_again = path;
        return;
    }
    m_counting = true;
    m_watcher.setFuture(QtConcurrent::run([path]() -> Result<Totals> {
        auto db = Database::openWorker(path);
        if (!db)
            return db.error();
        auto q = Sql::run((*db)->sql(),
                          QStringLiteral("SELECT (SELECT count(*) FROM child WHERE archived_at IS "
                                         "NULL), (SELECT count(*) FROM ppn WHERE archived_at IS "
                                         "NULL), (SELECT count(*) FROM child WHERE escalated = 1 "
                                         "AND archived_at IS NULL)"));
        if (!q)
            return q.error();
        if (!q->next())
            return Result<Totals>::failure(QString());
        return Totals{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    }));
}

void StatusCounts::finished()
{
    m_counting = false;
    if (!m_again.isEmpty()) {
        update(std::exchange(m_again, QString()));
        return;
    }
    if (const Result<Totals> totals = m_watcher.result())
        emit counted(*totals);
}

} // namespace enc::ui
