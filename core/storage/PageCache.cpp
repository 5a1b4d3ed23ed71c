#include "PageCache.h"

#include <QSqlQuery>

#include <algorithm>

namespace enc::PageCache {

void widen(const QSqlDatabase &db, int mib)
{
    const qint64 kib = std::max(qint64(mib) * 1024, qint64(UsualKiB));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib));
}

void restore(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(UsualKiB));
}

} // namespace enc::PageCache
