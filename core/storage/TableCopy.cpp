#include "TableCopy.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace enc::TableCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::TableCopy", text);
}

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

PgResult run(PGconn *server, const QByteArray &sql, const QList<QByteArray> &values = {})
{
    if (values.isEmpty())
        return PgResult(PQexec(server, sql.constData()), &PQclear);
    QList<const char *> texts;
    for (const QByteArray &v : values)
        texts << v.constData();
    return PgResult(PQexecParams(server, sql.constData(), int(texts.size()), nullptr,
                                 texts.constData(), nullptr, nullptr, 0),
                    &PQclear);
}

QString serverError(PGconn *server, const PGresult *result = nullptr)
{
    const char *text = result ? PQresultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(server);
    return QString::fromUtf8(text).trimmed();
}

QString fileError(sqlite3 *file)
{
    return QString::fromUtf8(sqlite3_errmsg(file));
}

// Each row sent to the server in pieces of about this size.
constexpr qsizetype SendBytes = 256 * 1024;
// Progress is told every so many rows.
constexpr qint64 RowsPerStep = 2000;

// COPY's text format (https://www.postgresql.org/docs/15/sql-copy.html): a backslash, tab,
// newline or carriage return in a value is escaped; \N is NULL.
void appendEscaped(QByteArray &out, const char *data, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// A field of a row as the server wrote it, unescaped into out.
void unescape(const char *from, const char *to, QByteArray &out)
{
    out.clear();
    for (const char *p = from; p < to; ++p) {
        if (*p != '\\' || p + 1 == to) {
            out += *p;
            continue;
        }
        switch (*++p) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        default:
            out += *p;
        }
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Binds one field of a COPY row to the file's statement, as the column's kind.
bool bindField(sqlite3_stmt *stmt, int index, char kind, const char *from, const char *to,
               QByteArray &scratch)
{
    const qsizetype size = to - from;
    if (size == 2 && from[0] == '\\' && from[1] == 'N')
        return sqlite3_bind_null(stmt, index) == SQLITE_OK;
    if (kind == 'i') {
        bool ok = false;
        const qint64 v = QByteArray::fromRawData(from, size).toLongLong(&ok);
        if (ok)
            return sqlite3_bind_int64(stmt, index, v) == SQLITE_OK;
    } else if (kind == 'r') {
        bool ok = false;
        const double v = QByteArray::fromRawData(from, size).toDouble(&ok);
        if (ok)
            return sqlite3_bind_double(stmt, index, v) == SQLITE_OK;
    }
    unescape(from, to, scratch);
    if (kind == 'b' && scratch.startsWith("\\x")) {
        QByteArray bytes;
        bytes.reserve((scratch.size() - 2) / 2);
        for (qsizetype i = 2; i + 1 < scratch.size(); i += 2)
            bytes += char(hexDigit(scratch.at(i)) * 16 + hexDigit(scratch.at(i + 1)));
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    return sqlite3_bind_text64(stmt, index, scratch.constData(), sqlite3_uint64(scratch.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8) == SQLITE_OK;
}

QByteArray columnList(const Table &table)
{
    QByteArray out;
    for (const Column &c : table.columns) {
        if (!out.isEmpty())
            out += ", ";
        out += quoted(c.name);
    }
    return out;
}

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

// The results after a COPY TO; rowsLeft when the caller stopped taking rows before the end.
Status finishCopyOut(PGconn *server, bool rowsLeft)
{
    Status s;
    if (rowsLeft) {
        char *row = nullptr;
        int n;
        while ((n = PQgetCopyData(server, &row, 0)) > 0)
            PQfreemem(row);
        if (n == -2)
            s = Status::failure(serverError(server));
    }
    while (PGresult *r = PQgetResult(server)) {
        if (s && PQresultStatus(r) != PGRES_COMMAND_OK)
            s = Status::failure(serverError(server, r));
        PQclear(r);
    }
    return s;
}

} // namespace

bool idle(PGconn *server)
{
    return PQtransactionStatus(server) == PQTRANS_IDLE;
}

QByteArray quoted(const QByteArray &name)
{
    QByteArray out = name;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

Status exec(PGconn *server, const QByteArray &sql, const QList<QByteArray> &values)
{
    PgResult r = run(server, sql, values);
    const ExecStatusType status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Status::failure(serverError(server, r.get()));
    return {};
}

Result<QByteArray> scalar(PGconn *server, const QByteArray &sql)
{
    PgResult r = run(server, sql);
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) < 1)
        return Result<QByteArray>::failure(serverError(server, r.get()));
    return QByteArray(PQgetvalue(r.get(), 0, 0));
}

Result<QList<Table>> serverTables(PGconn *server)
{
    // The catalogue, not information_schema: that one leaves out what this login may not read,
    // and a backup must not leave anything out without saying so.
    PgResult r = run(
        server,
        "SELECT c.relname, a.attname, format_type(a.atttypid, NULL), "
        "a.attidentity <> '' FROM pg_class c JOIN pg_attribute a ON "
        "a.attrelid = c.oid WHERE c.relnamespace = "
        "to_regnamespace(current_schema()) AND c.relkind = 'r' AND c.relname <> 'schema_version' "
        "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum");
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return Result<QList<Table>>::failure(serverError(server, r.get()));
    QList<Table> tables;
    for (int row = 0; row < PQntuples(r.get()); ++row) {
        const QByteArray name(PQgetvalue(r.get(), row, 0));
        if (tables.isEmpty() || tables.last().name != name)
            tables.append({name, {}});
        const QByteArray type(PQgetvalue(r.get(), row, 2));
        Column column{PQgetvalue(r.get(), row, 1), 't',
                      qstrcmp(PQgetvalue(r.get(), row, 3), "t") == 0};
        if (type == "bigint" || type == "integer" || type == "smallint")
            column.kind = 'i';
        else if (type == "double precision" || type == "real")
            column.kind = 'r';
        else if (type == "bytea")
            column.kind = 'b';
        tables.last().columns.append(column);
    }
    // A table's rows go after those of the tables it refers to (foreign keys are checked as
    // each COPY ends); a table referring to itself is checked at the end of its own COPY.
    PgResult refs = run(server, "SELECT a.relname, b.relname FROM pg_constraint f JOIN pg_class "
                                "a ON a.oid = f.conrelid JOIN pg_class b ON b.oid = f.confrelid "
                                "WHERE f.contype = 'f' AND a.relnamespace = "
                                "to_regnamespace(current_schema()) AND a.oid <> b.oid");
    if (PQresultStatus(refs.get()) != PGRES_TUPLES_OK)
        return Result<QList<Table>>::failure(serverError(server, refs.get()));
    QMultiHash<QByteArray, QByteArray> needs;
    for (int row = 0; row < PQntuples(refs.get()); ++row)
        needs.insert(PQgetvalue(refs.get(), row, 0), PQgetvalue(refs.get(), row, 1));
    QList<Table> ordered;
    QSet<QByteArray> placed;
    while (!tables.isEmpty()) {
        const qsizetype before = tables.size();
        for (qsizetype i = 0; i < tables.size();) {
            const QList<QByteArray> wanted = needs.values(tables.at(i).name);
            const bool ready = std::all_of(wanted.begin(), wanted.end(),
                                           [&](const QByteArray &t) { return placed.contains(t); });
            if (!ready) {
                ++i;
                continue;
            }
            placed.insert(tables.at(i).name);
            ordered.append(tables.takeAt(i));
        }
        if (tables.size() == before) // tables that refer to each other: as they come
            ordered.append(tables.takeFirst());
    }
    return ordered;
}

Result<qint64> countOnServer(PGconn *server, const Table &table)
{
    auto v = scalar(server, "SELECT count(*) FROM " + quoted(table.name));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> countInFile(sqlite3 *file, const Table &table)
{
    Statement s;
    const QByteArray sql = "SELECT count(*) FROM " + quoted(table.name);
    if (sqlite3_prepare_v2(file, sql.constData(), -1, &s.stmt, nullptr) != SQLITE_OK ||
        sqlite3_step(s.stmt) != SQLITE_ROW)
        return Result<qint64>::failure(fileError(file));
    return qint64(sqlite3_column_int64(s.stmt, 0));
}

Result<qint64> serverToFile(PGconn *server, sqlite3 *file, const Table &table, const Rows &rows)
{
    using R = Result<qint64>;
    const QByteArray columns = columnList(table);
    QByteArray insert = "INSERT INTO " + quoted(table.name) + " (" + columns + ") VALUES (";
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        insert += i == 0 ? "?" : ", ?";
    insert += ')';
    Statement s;
    if (sqlite3_prepare_v2(file, insert.constData(), -1, &s.stmt, nullptr) != SQLITE_OK)
        return R::failure(fileError(file));
    {
        PgResult r = run(server, "COPY " + quoted(table.name) + " (" + columns + ") TO STDOUT");
        if (PQresultStatus(r.get()) != PGRES_COPY_OUT)
            return R::failure(serverError(server, r.get()));
    }
    qint64 count = 0;
    QByteArray scratch;
    char *row = nullptr;
    int n;
    while ((n = PQgetCopyData(server, &row, 0)) > 0) {
        const char *p = row;
        const char *end = row + n;
        if (end > p && end[-1] == '\n')
            --end;
        bool bound = true;
        for (int i = 0; i < table.columns.size() && bound; ++i) {
            const char *field = p;
            while (p < end && *p != '\t')
                ++p;
            bound = bindField(s.stmt, i + 1, table.columns.at(i).kind, field, p, scratch);
            ++p;
        }
        PQfreemem(row);
        const int rc = bound ? sqlite3_step(s.stmt) : SQLITE_ERROR;
        sqlite3_reset(s.stmt);
        if (rc != SQLITE_DONE) {
            const QString why = fileError(file);
            (void)finishCopyOut(server, true); // the file's error is the one to tell
            return R::failure(why);
        }
        if (++count % RowsPerStep == 0 && rows && !rows(count)) {
            (void)finishCopyOut(server, true); // cancelled: what the server says after is not news
            return R::failure(tr("cancelled"));
        }
    }
    if (n == -2)
        return R::failure(serverError(server));
    if (Status done = finishCopyOut(server, false); !done)
        return done.error();
    if (rows)
        rows(count);
    return count;
}

Result<qint64> fileToServer(sqlite3 *file, PGconn *server, const Table &table, const Rows &rows)
{
    using R = Result<qint64>;
    const QByteArray columns = columnList(table);
    Statement s;
    const QByteArray select = "SELECT " + columns + " FROM " + quoted(table.name);
    if (sqlite3_prepare_v2(file, select.constData(), -1, &s.stmt, nullptr) != SQLITE_OK)
        return R::failure(fileError(file));
    {
        PgResult r = run(server, "COPY " + quoted(table.name) + " (" + columns + ") FROM STDIN");
        if (PQresultStatus(r.get()) != PGRES_COPY_IN)
            return R::failure(serverError(server, r.get()));
    }
    QByteArray out;
    out.reserve(SendBytes + 64 * 1024);
    qint64 count = 0;
    QString stopped;
    const auto send = [&]() {
        if (PQputCopyData(server, out.constData(), int(out.size())) != 1)
            return false;
        out.clear();
        return true;
    };
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        for (int i = 0; i < table.columns.size(); ++i) {
            if (i > 0)
                out += '\t';
            const int type = sqlite3_column_type(s.stmt, i);
            if (type == SQLITE_NULL) {
                out += "\\N";
            } else if (type == SQLITE_INTEGER) {
                out += QByteArray::number(sqlite3_column_int64(s.stmt, i));
            } else if (type == SQLITE_FLOAT) {
                out += QByteArray::number(sqlite3_column_double(s.stmt, i), 'g', 17);
            } else if (table.columns.at(i).kind == 'b') {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(s.stmt, i));
                const int size = sqlite3_column_bytes(s.stmt, i);
                out += "\\\\x";
                out += QByteArray::fromRawData(bytes ? bytes : "", size).toHex();
            } else {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, i));
                appendEscaped(out, text ? text : "", sqlite3_column_bytes(s.stmt, i));
            }
        }
        out += '\n';
        if (out.size() >= SendBytes && !send())
            break;
        if (++count % RowsPerStep == 0 && rows && !rows(count)) {
            stopped = tr("cancelled");
            break;
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        stopped = fileError(file);
    if (stopped.isEmpty() && !out.isEmpty() && !send())
        stopped = serverError(server);
    // An error given to PQputCopyEnd makes the server fail the COPY: nothing of it is kept.
    const QByteArray why = stopped.toUtf8();
    if (PQputCopyEnd(server, stopped.isEmpty() ? nullptr : why.constData()) != 1 &&
        stopped.isEmpty())
        stopped = serverError(server);
    QString serverSays;
    while (PGresult *r = PQgetResult(server)) {
        if (serverSays.isEmpty() && PQresultStatus(r) != PGRES_COMMAND_OK)
            serverSays = serverError(server, r);
        PQclear(r);
    }
    if (!stopped.isEmpty())
        return R::failure(stopped);
    if (!serverSays.isEmpty())
        return R::failure(serverSays);
    if (rows)
        rows(count);
    return count;
}

} // namespace enc::TableCopy
