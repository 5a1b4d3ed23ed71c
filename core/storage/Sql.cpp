#include "Sql.h"

#include "Dialect.h"
#include "ServerConnection.h"

#include <QCoreApplication>
#include <QSqlError>

namespace enc::Sql {

QString errorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}

namespace {

// The failure of q: the server's own reason when a person can act on it (the connection lost,
// another desk saving), else what (a translatable text with %1) and the database's message.
Error failure(const QSqlDatabase &db, const QSqlQuery &q, const char *what)
{
    Error e = ServerConnection::explain(db, q);
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("enc::Sql", what).arg(errorText(q));
    return e;
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty() && Dialect::of(db) == Backend::PostgreSQL) {
        // Unprepared on the server: QPSQL prepares with SQL PREPARE, which refuses BEGIN, SET
        // and DDL, and a prepared statement costs three round trips (PREPARE, EXECUTE,
        // DEALLOCATE) where this costs one.
        if (!q.exec(sql))
            return failure(db, q,
                           QT_TRANSLATE_NOOP("enc::Sql", "The database could not save or "
                                                         "read: %1"));
        return q;
    }
    if (!q.prepare(sql))
        return failure(db, q, QT_TRANSLATE_NOOP("enc::Sql", "The database refused a query: %1"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant &v = it.value();
        // Qt binds a null QString as NULL; text columns want ''. A null QVariant
        // (Sql::date, Sql::id, Sql::text) stays NULL.
        const bool nullText =
            !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(QLatin1Char(':') + it.key(), nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return failure(db, q,
                       QT_TRANSLATE_NOOP("enc::Sql", "The database could not save or "
                                                     "read: %1"));
    return q;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    return {};
}

QByteArray isoDateUtf8(QDate d)
{
    if (!d.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return d.toString(Qt::ISODate).toUtf8();
    char text[10] = {char('0' + year / 1000),
                     char('0' + year / 100 % 10),
                     char('0' + year / 10 % 10),
                     char('0' + year % 10),
                     '-',
                     char('0' + month / 10),
                     char('0' + month % 10),
                     '-',
                     char('0' + day / 10),
                     char('0' + day % 10)};
    return QByteArray(text, 10);
}

QString isoDate(QDate d)
{
    return QString::fromLatin1(isoDateUtf8(d));
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant text(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace enc::Sql
