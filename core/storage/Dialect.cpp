#include "Dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringList>
#include <QTimeZone>

#include <libpq-fe.h>

#include <memory>

namespace enc::Dialect {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Dialect", text);
}

QRegularExpression pattern(const char *text, bool caseInsensitive = true)
{
    QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QString::fromLatin1(text), options);
}

// Column types of a CREATE TABLE or ALTER TABLE ... ADD COLUMN, as the server spells them.
// The type names are upper case in the schema's statements (a column called "text" stays).
QString serverColumns(QString sql)
{
    static const QRegularExpression id =
        pattern(R"(\b(\w+)\s+INTEGER\s+PRIMARY\s+KEY(?:\s+AUTOINCREMENT)?\b)", false);
    static const QRegularExpression nocase =
        pattern(R"(\bTEXT\b([^,()]*?)\s+COLLATE\s+NOCASE\b)", false);
    // The folded keys (*_key: letters and digits, case and accents gone) compare by their
    // bytes, as SQLite's do, whatever the database's locale: the tracker's sorts, its pages
    // read by key and the searches' prefix ranges (from "ch" up to "ci") hold only in that
    // order (a Welsh database's locale puts "ch" after "cy"; en-GB's puts "ł" among the l's).
    static const QRegularExpression key = pattern(R"(\b(\w+_key)\s+TEXT\b)", false);
    static const QRegularExpression integer = pattern(R"(\bINTEGER\b)", false);
    static const QRegularExpression real = pattern(R"(\bREAL\b)", false);
    static const QRegularExpression blob = pattern(R"(\bBLOB\b)", false);
    static const QRegularExpression withoutRowid = pattern(R"(\)\s*WITHOUT\s+ROWID\s*$)");
    sql.replace(id, QStringLiteral("\\1 ") + idColumnType(Backend::PostgreSQL));
    sql.replace(key, QStringLiteral("\\1 text COLLATE \"C\""));
    sql.replace(nocase, QStringLiteral("citext\\1"));
    sql.replace(integer, QStringLiteral("bigint"));
    sql.replace(real, QStringLiteral("double precision"));
    sql.replace(blob, bytesType(Backend::PostgreSQL));
    sql.replace(withoutRowid, QStringLiteral(")"));
    return sql;
}

// SET c = EXISTS (...) as SET c = CASE WHEN EXISTS (...) THEN 1 ELSE 0 END: the schema's
// flags are integer columns, and the server assigns no boolean to an integer.
QString existsAsInteger(QString sql)
{
    static const QRegularExpression set = pattern(R"(\bSET\s+\w+\s*=\s*(EXISTS\s*\())");
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch m = set.match(sql, from);
        if (!m.hasMatch())
            return sql;
        qsizetype end = m.capturedEnd(1);
        for (int depth = 1; end < sql.size() && depth > 0; ++end) {
            if (sql.at(end) == QLatin1Char('('))
                ++depth;
            else if (sql.at(end) == QLatin1Char(')'))
                --depth;
        }
        const QString exists = sql.mid(m.capturedStart(1), end - m.capturedStart(1));
        const QString wrapped = QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(exists);
        sql.replace(m.capturedStart(1), exists.size(), wrapped);
        from = m.capturedStart(1) + wrapped.size();
    }
}

// CREATE TRIGGER name BEFORE|AFTER event ON table [WHEN condition] BEGIN body; END as a
// PL/pgSQL function and a row trigger calling it. The condition is tested in the function:
// the server's WHEN takes no subqueries, and the schema's conditions have them.
QStringList serverTrigger(const QRegularExpressionMatch &m)
{
    static const QRegularExpression raise =
        pattern(R"(SELECT\s+RAISE\s*\(\s*(?:ABORT|FAIL|ROLLBACK)\s*,\s*('[^']*')\s*\))");
    const QString name = m.captured(1);
    const bool before = m.captured(2).compare(QLatin1String("BEFORE"), Qt::CaseInsensitive) == 0;
    QString body = existsAsInteger(m.captured(6).trimmed());
    body.replace(raise, QStringLiteral("RAISE EXCEPTION \\1"));
    if (!body.endsWith(QLatin1Char(';')))
        body += QLatin1Char(';');
    const QString condition = m.captured(5).trimmed();
    if (!condition.isEmpty())
        body = QStringLiteral("IF %1 THEN %2 END IF;").arg(condition, body);
    // An AFTER trigger's value is ignored; a BEFORE trigger returns the row to go ahead with.
    const QString ret = before ? QStringLiteral("IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
                                                "RETURN NEW;")
                               : QStringLiteral("RETURN NULL;");
    return {
        QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
                       "BEGIN %2 %3 END $fn$")
            .arg(name, body, ret),
        QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW EXECUTE FUNCTION %1_fn()")
            .arg(name, m.captured(2), m.captured(3).simplified(), m.captured(4)),
    };
}

// A conninfo value, quoted when libpq needs it to be.
QString conninfoValue(QString value)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[^\s'\\]+$)"));
    if (plain.match(value).hasMatch())
        return value;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool isServerAddress(const QString &text)
{
    static const QRegularExpression uri = pattern(R"(^\s*postgres(?:ql)?://)");
    // A conninfo: keyword=value pairs naming a server or a database.
    static const QRegularExpression conninfo =
        pattern(R"(^\s*\w+\s*=.*\b(?:host|hostaddr|dbname|service)\s*=)");
    static const QRegularExpression first = pattern(R"(^\s*(?:host|hostaddr|dbname|service)\s*=)");
    return uri.match(text).hasMatch() || first.match(text).hasMatch() ||
           conninfo.match(text).hasMatch();
}

Result<ServerAddress> parseServerAddress(const QString &text)
{
    using R = Result<ServerAddress>;
    char *error = nullptr;
    const QByteArray utf8 = text.trimmed().toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(utf8.constData(), &error), &PQconninfoFree);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        return R::failure(
            tr("\"%1\" is not a PostgreSQL address (%2). Write postgresql://user@host/database "
               "or host=... dbname=...")
                .arg(text, why));
    }
    ServerAddress address;
    QStringList other;
    QStringList shown;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password")) {
            address.password = value;
            continue;
        }
        shown << key + QLatin1Char('=') + conninfoValue(value);
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port"))
            address.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            address.databaseName = value;
        else if (key == QLatin1String("user"))
            address.user = value;
        else
            other << key + QLatin1Char('=') + value;
    }
    address.options = other.join(QLatin1Char(';'));
    address.shown = shown.join(QLatin1Char(' '));
    return R(address);
}

Backend of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

QString driverName(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QStringList schemaStatements(Backend backend, const QString &sqliteStatement)
{
    if (backend == Backend::SQLite)
        return {sqliteStatement};
    static const QRegularExpression table = pattern(R"(^\s*(?:CREATE|ALTER)\s+TABLE\b)");
    static const QRegularExpression trigger = pattern(
        R"(^\s*CREATE\s+TRIGGER\s+(\w+)\s+(BEFORE|AFTER)\s+(.+?)\s+ON\s+(\w+)\s+(?:WHEN\s+(.+?)\s+)?BEGIN\s+(.+?)\s*END\s*$)");
    // The server's ANALYZE takes tables, not indexes; its autovacuum keeps statistics. A bare
    // ANALYZE would read the server's catalogues too, warning once for each that a login
    // other than a superuser (the tables' owner, as IT sets it up) may not analyze.
    static const QRegularExpression analyzeOne = pattern(R"(^\s*ANALYZE(?:\s+\w+)?\s*$)");
    if (table.match(sqliteStatement).hasMatch())
        return {serverColumns(sqliteStatement)};
    if (const QRegularExpressionMatch m = trigger.match(sqliteStatement); m.hasMatch())
        return serverTrigger(m);
    if (analyzeOne.match(sqliteStatement).hasMatch())
        return {};
    return {existsAsInteger(sqliteStatement)};
}

QStringList serverPrelude()
{
    // citext: the case-insensitive text of the columns SQLite declares COLLATE NOCASE (area and
    // agency names, user names). A trusted extension: the database's owner may create it.
    return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext")};
}

QString tableNamesQuery(Backend backend)
{
    if (backend == Backend::PostgreSQL) {
        return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                              "table_schema = current_schema() AND table_type = 'BASE TABLE'");
    }
    return QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'");
}

QString idColumnType(Backend backend)
{
    return backend == Backend::PostgreSQL
               ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
               : QStringLiteral("INTEGER PRIMARY KEY");
}

QString bytesType(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("bytea") : QStringLiteral("BLOB");
}

QString nowExpression(Backend backend)
{
    return backend == Backend::PostgreSQL
               ? QStringLiteral(
                     "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
               : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
}

QString versionTable()
{
    return QStringLiteral("schema_version");
}

// --- Bulk reads and writes of the import and the demo (issue 21) ---

QString jsonIds(Backend backend, const QString &parameter)
{
    if (backend == Backend::PostgreSQL) {
        return QStringLiteral("SELECT CAST(value AS bigint) FROM "
                              "json_array_elements_text(CAST(%1 AS json))")
            .arg(parameter);
    }
    return QStringLiteral("SELECT value FROM json_each(%1)").arg(parameter);
}

QString jsonTexts(Backend backend, const QString &parameter)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("SELECT value FROM json_array_elements_text(CAST(%1 AS json))")
            .arg(parameter);
    return QStringLiteral("SELECT value FROM json_each(%1)").arg(parameter);
}

QString jsonRows(Backend backend, const QString &parameter, const QString &alias)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("json_array_elements(CAST(%1 AS json)) AS %2(value)")
            .arg(parameter, alias);
    return QStringLiteral("json_each(%1) AS %2").arg(parameter, alias);
}

QString jsonTextTable(Backend backend, const QString &parameter, const QString &alias)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("json_array_elements_text(CAST(%1 AS json)) AS %2(value)")
            .arg(parameter, alias);
    return QStringLiteral("json_each(%1) AS %2").arg(parameter, alias);
}

// --- Reading: the agenda, escalations, reports ---

QString idListRows(Backend backend, const QString &parameter)
{
    return jsonIds(backend, QLatin1Char(':') + parameter);
}

QString indexedBy(Backend backend, const QString &index)
{
    return backend == Backend::PostgreSQL ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

QString joinInOrder(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString localDate(Backend backend, const QString &utcText)
{
    if (backend == Backend::SQLite)
        return QStringLiteral("date(%1, 'localtime')").arg(utcText);
    // The server's session zone is the server's: name this computer's (an IANA name, which the
    // server's own zone database knows), as SQLite's 'localtime' does.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_/+-]+$"));
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!safe.match(zone).hasMatch())
        zone = QStringLiteral("UTC");
    // The text is read as UTC with or without its 'Z' (as SQLite reads it).
    return QStringLiteral("to_char(CAST(%1 AS timestamp) AT TIME ZONE 'UTC' AT TIME ZONE '%2', "
                          "'YYYY-MM-DD')")
        .arg(utcText, zone);
}

} // namespace enc::Dialect
