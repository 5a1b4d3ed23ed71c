#include "TableDefinitions.h"

#include "Dialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace enc::TableDefinitions {

namespace {

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(q.lastError().text());
    return {};
}

// CHECK (c IN ('a','b','c')) as CHECK (c = 'a' OR c = 'b' OR c = 'c'): the same rule, but
// SQLite 3.40 codes a CHECK's IN list of three or more values as a temporary index that it
// builds again for every row written (200,000 rows of a table with two such CHECKs took
// 2.2 s to insert, against 0.4 s with comparisons).
QString checksWithoutInListsText(const QString &sql)
{
    static const QRegularExpression check(QStringLiteral(
        R"(CHECK\s*\(\s*([A-Za-z_]\w*)\s+IN\s*\(\s*('[^']*'(?:\s*,\s*'[^']*')*)\s*\)\s*\))"));
    static const QRegularExpression value(QStringLiteral("'[^']*'"));
    QString out;
    qsizetype from = 0;
    for (auto it = check.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QStringList terms;
        for (auto v = value.globalMatch(m.capturedView(2)); v.hasNext();)
            terms << m.captured(1) + QStringLiteral(" = ") + v.next().captured();
        out += sql.mid(from, m.capturedStart() - from);
        out += QStringLiteral("CHECK (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        from = m.capturedEnd();
    }
    return from == 0 ? sql : out + sql.mid(from);
}

} // namespace

// Changes each table's CHECK constraints as above, in the table's definition: no row is
// touched. This is SQLite's own procedure for changes that leave the stored format alone
// (https://sqlite.org/lang_altertable.html#otheralter): the new text in sqlite_schema, then
// the schema version bumped so that every connection reads it again. The upgrade's
// transaction holds it all; a definition SQLite cannot read back fails the upgrade.
Status checksWithoutInLists(QSqlDatabase &db)
{
    // SQLite-only: a server's CHECK with an IN list costs nothing per row, and its tables'
    // definitions are not text to rewrite.
    if (Dialect::of(db) != Backend::SQLite)
        return {};
    QList<QPair<QString, QString>> changed;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND "
                                   "sql LIKE '%CHECK%'")))
            return Status::failure(q.lastError().text());
        while (q.next()) {
            const QString sql = q.value(1).toString();
            const QString rewritten = checksWithoutInListsText(sql);
            if (rewritten != sql)
                changed.append({q.value(0).toString(), rewritten});
        }
    }
    if (changed.isEmpty())
        return {};
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA schema_version")) || !version.next())
        return Status::failure(version.lastError().text());
    const qint64 schemaVersion = version.value(0).toLongLong();
    version.finish();
    if (Status s = exec(db, QStringLiteral("PRAGMA writable_schema = ON")); !s)
        return s;
    Status written;
    for (const auto &[name, sql] : std::as_const(changed)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = :sql WHERE type = 'table' AND "
                                 "name = :name"));
        q.bindValue(QStringLiteral(":sql"), sql);
        q.bindValue(QStringLiteral(":name"), name);
        if (!q.exec()) {
            written = Status::failure(q.lastError().text());
            break;
        }
    }
    // Integers only: PRAGMA values cannot be bound.
    Status bumped = exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    if (Status off = exec(db, QStringLiteral("PRAGMA writable_schema = OFF")); bumped && !off)
        bumped = off;
    if (!written)
        return written;
    if (!bumped)
        return bumped;
    // Read back: SQLite parses every definition again, or the upgrade fails here.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM pragma_table_list")) || !check.next())
        return Status::failure(check.lastError().text());
    return {};
}

} // namespace enc::TableDefinitions
