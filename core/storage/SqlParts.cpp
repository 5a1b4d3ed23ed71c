#include "SqlParts.h"

#include "Dialect.h"

namespace enc::SqlParts {

QString idList(const QList<qint64> &ids)
{
    // Written directly: at thousands of ids a QJsonArray's document was a cost of its own.
    QString out;
    out.reserve(ids.size() * 7 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids[i]);
    }
    out += QLatin1Char(']');
    return out;
}

QString idListRows(const QSqlDatabase &db, const QString &parameter)
{
    return Dialect::idListRows(Dialect::of(db), parameter);
}

QString indexedBy(const QSqlDatabase &db, const QString &index)
{
    return Dialect::indexedBy(Dialect::of(db), index);
}

QString joinInOrder(const QSqlDatabase &db)
{
    return Dialect::joinInOrder(Dialect::of(db));
}

QString localDate(const QSqlDatabase &db, const QString &utcText)
{
    return Dialect::localDate(Dialect::of(db), utcText);
}

} // namespace enc::SqlParts
