#include "Baseline.h"

#include "repo/ChildQuery.h"

#include <QList>
#include <QStringList>

#include <sqlite3.h>

#include <utility>
#include <vector>

namespace bench {

namespace {

// A statement that finalises itself.
class Stmt
{
public:
    Stmt(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }
    void bind(const char *name, const QString &value)
    {
        const int i = sqlite3_bind_parameter_index(m_stmt, name);
        if (i > 0) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    void bind(const char *name, qint64 value)
    {
        const int i = sqlite3_bind_parameter_index(m_stmt, name);
        if (i > 0)
            sqlite3_bind_int64(m_stmt, i, value);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// "yyyy-MM-dd" without QDate::fromString's general parser.
QDate isoDate(const unsigned char *s, int n)
{
    if (!s || n < 10)
        return {};
    const auto digits = [s](int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; ++i)
            v = v * 10 + (s[i] - '0');
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

QString text(sqlite3_stmt *st, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                             sqlite3_column_bytes(st, column));
}

} // namespace

Baseline::Baseline(const QString &path)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Baseline::~Baseline()
{
    sqlite3_close(m_db);
}

int Baseline::escalationAll(QDate asOf, const enc::EscalationConfig &config)
{
    // As EscalationService::evaluateAll (per child, not per household).
    Stmt st(m_db, QStringLiteral("SELECT child_id, incident_on, ppn_id FROM ppn_child "
                                 "WHERE archived = 0 ORDER BY child_id, incident_on"));
    Stmt ref(m_db, QStringLiteral("SELECT police_ref FROM ppn WHERE id = :id"));
    if (!st || !ref)
        return -1;
    std::vector<std::pair<enc::Id, enc::EscalationResult>> out;
    QList<enc::PpnDate> ppns;
    enc::Id current = 0;
    const auto flush = [&]() {
        if (current == 0 || ppns.size() < config.threshold - 1)
            return;
        enc::EscalationResult r = enc::EscalationRule::evaluate(ppns, asOf, config);
        if (r.triggered || r.nearMiss)
            out.emplace_back(current, std::move(r));
    };
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        const enc::Id child = sqlite3_column_int64(st.get(), 0);
        if (child != current) {
            flush();
            ppns.clear();
            current = child;
        }
        ppns.append({sqlite3_column_int64(st.get(), 2),
                     isoDate(sqlite3_column_text(st.get(), 1), sqlite3_column_bytes(st.get(), 1)),
                     {}});
    }
    flush();
    for (auto &[child, result] : out) {
        for (enc::PpnDate &p : result.triggering) {
            sqlite3_reset(ref.get());
            ref.bind(":id", p.ppnId);
            if (sqlite3_step(ref.get()) == SQLITE_ROW)
                p.reference = text(ref.get(), 0);
        }
    }
    return int(out.size());
}

int Baseline::searchPrefix(const QString &search, QDate today, int limit)
{
    // The statement ChildQuery::ids runs for a filter with only a search text.
    enc::ChildFilter filter;
    filter.search = search;
    filter.today = today;
    const auto statement =
        enc::ChildQuery::idsStatement(filter, enc::ChildSort::Surname, false, limit);
    Stmt ids(m_db, statement.sql);
    if (!ids)
        return -1;
    for (auto it = statement.values.cbegin(); it != statement.values.cend(); ++it) {
        const QByteArray name = (QLatin1Char(':') + it.key()).toUtf8();
        if (it.value().typeId() == QMetaType::Int || it.value().typeId() == QMetaType::LongLong)
            ids.bind(name.constData(), it.value().toLongLong());
        else
            ids.bind(name.constData(), it.value().toString());
    }
    std::vector<enc::Id> found;
    while (sqlite3_step(ids.get()) == SQLITE_ROW)
        found.push_back(sqlite3_column_int64(ids.get(), 0));

    // As ChildQuery::rows: one prepared statement, run once per id.
    Stmt rows(m_db, QStringLiteral(
                        "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.setting_known, "
                        "s.name, a.name, c.ppn_count, c.last_incident_on, c.status, c.escalated, "
                        "c.open_actions, c.next_action_due, c.archived_at, "
                        "(SELECT count(*) FROM ppn_child pc WHERE pc.child_id = c.id AND "
                        "pc.archived = 0 AND pc.incident_on >= :from AND pc.incident_on <= :to) "
                        "FROM child c LEFT JOIN setting s ON s.id = c.setting_id "
                        "LEFT JOIN area a ON a.id = c.area_id WHERE c.id = :id"));
    if (!rows)
        return -1;
    const QString from = today.addMonths(-3).toString(Qt::ISODate);
    const QString to = today.toString(Qt::ISODate);
    int read = 0;
    qint64 checksum = 0;
    for (size_t n = 0; n < found.size() && int(n) < limit; ++n) {
        sqlite3_reset(rows.get());
        rows.bind(":from", from);
        rows.bind(":to", to);
        rows.bind(":id", found[n]);
        if (sqlite3_step(rows.get()) != SQLITE_ROW)
            continue;
        // Touch every column, as a model would.
        for (int c = 0; c < sqlite3_column_count(rows.get()); ++c)
            checksum += sqlite3_column_bytes(rows.get(), c);
        ++read;
    }
    return checksum >= 0 ? read : -1;
}

} // namespace bench
