// The tracker's whole list read a window at a time by key (keyset pagination): on random
// children, every window, forwards, backwards and from any place, holds the same children in
// the same order as the whole list read in one ORDER BY (with OFFSET), for each sort and
// direction, with and without a search or filter; and the count, a child's key and its row
// agree with it. On SQLite and on a PostgreSQL server (BackendDatabase.h), where each window
// must also read its sort's index in the order the server keeps it.

#include "BackendDatabase.h"
#include "RandomChildren.h"
#include "TestSupport.h"
#include "domain/TextKey.h"
#include "repo/ChildQuery.h"
#include "repo/ChildSql.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

using namespace enc;

namespace {

const QList<ChildSort> Sorts = {ChildSort::Surname, ChildSort::DateOfBirth, ChildSort::Setting,
                                ChildSort::Area,    ChildSort::PpnCount,    ChildSort::LastIncident,
                                ChildSort::State,   ChildSort::NextDue};

QList<ChildFilter> filters()
{
    QList<ChildFilter> out;
    out << ChildFilter{};
    ChildFilter f;
    f.search = QStringLiteral("sm"); // surname and forename prefixes: a union of two indexes
    out << f;
    f.search = QStringLiteral("rahman pat"); // a later part of a surname, then a forename
    out << f;
    f.search = QStringLiteral("5/1/24"); // a date of birth
    f.today = QDate(2026, 12, 7);
    out << f;
    f.today = QDate::currentDate();
    f = {};
    f.status = ChildFilter::State::Open;
    f.includeArchived = true;
    out << f;
    f = {};
    f.overdueActions = true;
    f.today = QDate(2024, 1, 6);
    f.areaId = 2;
    out << f;
    return out;
}

QString describe(const ChildFilter &f, ChildSort sort, bool descending)
{
    return QStringLiteral("search '%1', status %2, sort %3%4")
        .arg(f.search)
        .arg(int(f.status))
        .arg(int(sort))
        .arg(descending ? QStringLiteral(" descending") : QString());
}

// A server database whose locale is Welsh (ICU's cy-GB).
const QString WelshRow = QStringLiteral("postgresql-cy");

} // namespace

// t: the row's database, filled by initTestCase; the row skips without one.
#define ENC_FETCH_DATABASE(t)                                                                      \
    test::BackendDatabase *t = fetchDatabase();                                                    \
    if (!t)                                                                                        \
        QSKIP("No PostgreSQL server to test on (scripts/test-pg-server start)");

class TestChildPages : public QObject
{
    Q_OBJECT

private:
    // One database per backend, filled once with the same children; null when the backend
    // cannot run here. m_welsh: on the server, in a database whose locale is Welsh (its
    // collation puts "ch" after "cy" and "ll" after "ly").
    std::unique_ptr<test::BackendDatabase> m_sqlite;
    std::unique_ptr<test::BackendDatabase> m_server;
    std::unique_ptr<test::BackendDatabase> m_welsh;

    // The backend's database, or a skip.
    test::BackendDatabase *fetchDatabase()
    {
        QFETCH(QString, backend);
        if (backend == WelshRow)
            return m_welsh.get();
        return backend == test::SQLiteRow ? m_sqlite.get() : m_server.get();
    }

    void fill(test::BackendDatabase &t)
    {
        QVERIFY(t.db);
        test::addRandomChildren(*t, 1500, 20261207);
        // Names that a locale's collation orders otherwise than their bytes do: Welsh digraphs,
        // a letter with no decomposition (its key keeps it).
        const QStringList surnames = {QStringLiteral("Chapman"), QStringLiteral("Cynan"),
                                      QStringLiteral("Llewellyn"), QStringLiteral("Łukasik")};
        for (int i = 0; i < surnames.size(); ++i) {
            QVERIFY(Sql::exec(t->sql(),
                              QStringLiteral("UPDATE child SET surname = :s, surname_key = :k "
                                             "WHERE id % :m = 0"),
                              {{QStringLiteral("s"), surnames[i]},
                               {QStringLiteral("k"), TextKey::name(surnames[i])},
                               {QStringLiteral("m"), 11 + 2 * i}}));
        }
        // Settings whose names run against their ids, one beginning as a reason shown in a
        // setting's place does; children without a setting for each reason, and some out of
        // area with their setting.
        const QStringList names = {QStringLiteral("Willow Nursery"), QStringLiteral("apple tree"),
                                   QStringLiteral("Home Farm"), QStringLiteral("Chwarae Teg")};
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(Sql::exec(t->sql(),
                              QStringLiteral("UPDATE setting SET name = :n, name_key = :k WHERE "
                                             "id = :id"),
                              {{QStringLiteral("n"), names[i]},
                               {QStringLiteral("k"), TextKey::name(names[i])},
                               {QStringLiteral("id"), i + 1}}));
        }
        QVERIFY(Sql::exec(t->sql(),
                          QStringLiteral("UPDATE child SET setting_known = CASE id % 4 WHEN 0 "
                                         "THEN 'not_in_setting' WHEN 1 THEN 'home_educated' WHEN "
                                         "2 THEN 'out_of_area' ELSE 'unknown' END WHERE "
                                         "setting_id IS NULL")));
        QVERIFY(Sql::exec(t->sql(),
                          QStringLiteral("UPDATE child SET setting_known = CASE WHEN id % 7 = 0 "
                                         "THEN 'out_of_area' ELSE 'known' END WHERE setting_id "
                                         "IS NOT NULL")));
    }

    // The server's plan of each sort's windows (the first, the last, and either way from the
    // middle): each run read from an index in the index's order (the server keeps NULL at the
    // other end from SQLite), only the union of one window's rows sorted. Sorting and reading
    // the whole table are priced out, so that a plan that needs either shows it.
    void readsItsIndexOnTheServer(const QSqlDatabase &db)
    {
        QSqlQuery set(db);
        QVERIFY(set.exec(QStringLiteral("SET enable_sort = off")));
        QVERIFY(set.exec(QStringLiteral("SET enable_seqscan = off")));
        for (ChildSort sort : Sorts) {
            for (bool descending : {false, true}) {
                const auto all = ChildQuery::page(db, {}, sort, descending, {}, false, 100000);
                QVERIFY(all);
                const ChildKey middle = all->keys.at(all->keys.size() / 2);
                for (const ChildKey &after : {ChildKey(), middle}) {
                    for (bool backward : {false, true}) {
                        const ChildQuery::Statement s =
                            ChildQuery::pageStatement({}, sort, descending, after, backward, 100);
                        const QString plan = serverPlan(db, s);
                        const QString what =
                            describe({}, sort, descending) +
                            QStringLiteral(" after %1%2\n")
                                .arg(after.isEmpty() ? QStringLiteral("none")
                                                     : QStringLiteral("the middle"),
                                     backward ? QStringLiteral(" backward") : QString()) +
                            s.sql + QLatin1Char('\n') + plan;
                        QVERIFY2(!plan.contains(QStringLiteral("Seq Scan on child")),
                                 qPrintable(what));
                        // A full sort only at the top, over the union of the runs' windows.
                        static const QRegularExpression fullSort(
                            QStringLiteral("(?<!Incremental )Sort  \\(cost"));
                        const qsizetype sorted = plan.count(fullSort);
                        const qsizetype append = plan.indexOf(QStringLiteral("Append"));
                        QVERIFY2(sorted == 0 ||
                                     (sorted == 1 && append > 0 && plan.indexOf(fullSort) < append),
                                 qPrintable(what));
                    }
                }
            }
        }
        QVERIFY(set.exec(QStringLiteral("RESET ALL")));
    }

    // EXPLAIN of a statement, its values written in (EXPLAIN takes no parameters).
    static QString serverPlan(const QSqlDatabase &db, const ChildQuery::Statement &s)
    {
        QString sql = s.sql;
        QStringList names = s.values.keys();
        // Longer names first: ":n" begins ":name".
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &name : names) {
            QSqlField field(name, s.values[name].metaType());
            field.setValue(s.values[name]);
            sql.replace(QLatin1Char(':') + name, db.driver()->formatValue(field));
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("EXPLAIN ") + sql))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        for (const QString &backend : {test::SQLiteRow, test::PostgreSQLRow, WelshRow}) {
            auto t = backend == WelshRow
                         ? std::make_unique<test::BackendDatabase>(
                               test::PostgreSQLRow, test::BackendDatabase::Open::Now,
                               QStringLiteral("TEMPLATE template0 LOCALE_PROVIDER icu "
                                              "ICU_LOCALE 'cy-GB'"))
                         : std::make_unique<test::BackendDatabase>(backend);
            if (t->address().isEmpty()) {
                qInfo("%s", qPrintable(t->skipReason()));
                continue;
            }
            fill(*t);
            if (backend == WelshRow)
                m_welsh = std::move(t);
            else
                (backend == test::SQLiteRow ? m_sqlite : m_server) = std::move(t);
        }
        QVERIFY(m_sqlite);
    }

    // The same children are listed in the same order on the server as on SQLite, in every
    // sort, either way, with each search and filter, whatever the database's locale (the
    // folded names compare by their bytes on both): a search for "ch" finds the Chapmans in
    // a Welsh database too, whose own order puts "ch" after "cy".
    void theListIsInTheSameOrderOnEveryDatabase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgresql") << test::PostgreSQLRow;
        QTest::newRow("postgresql, Welsh locale") << WelshRow;
    }
    void theListIsInTheSameOrderOnEveryDatabase()
    {
        ENC_FETCH_DATABASE(t);
        QList<ChildFilter> all = filters();
        for (const char *text : {"ch", "ll", "łuk", "c"}) {
            ChildFilter f;
            f.search = QString::fromUtf8(text);
            all << f;
        }
        for (const ChildFilter &filter : all) {
            for (ChildSort sort : Sorts) {
                for (bool descending : {false, true}) {
                    const QString what = describe(filter, sort, descending);
                    const auto expected =
                        ChildQuery::ids((*m_sqlite)->sql(), filter, sort, descending);
                    QVERIFY(expected && !expected->isEmpty());
                    const auto listed = ChildQuery::ids((*t)->sql(), filter, sort, descending);
                    QVERIFY2(listed, qPrintable(listed.errorText()));
                    QVERIFY2(*listed == *expected, qPrintable(what));
                    // And read a window at a time.
                    QList<Id> walked;
                    ChildKey after;
                    for (;;) {
                        const auto page = ChildQuery::page((*t)->sql(), filter, sort, descending,
                                                           after, false, 50);
                        QVERIFY2(page, qPrintable(page.errorText()));
                        if (page->ids.isEmpty())
                            break;
                        walked << page->ids;
                        after = page->keys.last();
                    }
                    QVERIFY2(walked == *expected, qPrintable(what + QStringLiteral(": windows")));
                }
            }
        }
    }

    void everyWindowIsTheWholeListsRows_data() { test::backendRows(); }
    void everyWindowIsTheWholeListsRows()
    {
        ENC_FETCH_DATABASE(t);
        QRandomGenerator random(42);
        const QSqlDatabase db = (*t)->sql();
        for (const ChildFilter &filter : filters()) {
            for (ChildSort sort : Sorts) {
                for (bool descending : {false, true}) {
                    const QString what = describe(filter, sort, descending);
                    // The reference: one statement, ORDER BY the sort, no key.
                    const auto whole = ChildQuery::ids(db, filter, sort, descending);
                    QVERIFY2(whole, qPrintable(whole.errorText()));
                    const int n = int(whole->size());
                    QVERIFY2(n > 10, qPrintable(what));
                    QCOMPARE(*ChildQuery::count(db, filter), qint64(n));
                    const auto all = ChildQuery::page(db, filter, sort, descending, {}, false, n);
                    QVERIFY2(all, qPrintable(all.errorText()));
                    QVERIFY2(all->ids == *whole, qPrintable(what));
                    const QList<ChildKey> &keys = all->keys;

                    // Forwards from the first, each window after the last key of the one before.
                    QList<Id> walked;
                    ChildKey after;
                    for (;;) {
                        const auto page = ChildQuery::page(db, filter, sort, descending, after,
                                                           false, 1 + random.bounded(60));
                        QVERIFY2(page, qPrintable(page.errorText()));
                        if (page->ids.isEmpty())
                            break;
                        walked << page->ids;
                        after = page->keys.last();
                    }
                    QVERIFY2(walked == *whole, qPrintable(what + QStringLiteral(": forwards")));
                    // Backwards from the last (Ctrl+End, then up).
                    walked.clear();
                    after.clear();
                    for (;;) {
                        const auto page = ChildQuery::page(db, filter, sort, descending, after,
                                                           true, 1 + random.bounded(60));
                        QVERIFY2(page, qPrintable(page.errorText()));
                        if (page->ids.isEmpty())
                            break;
                        for (Id id : page->ids)
                            walked.prepend(id);
                        after = page->keys.last();
                    }
                    QVERIFY2(walked == *whole, qPrintable(what + QStringLiteral(": backwards")));

                    // Jumps: OFFSET from the start, the end, or any child's key, either way.
                    for (int jump = 0; jump < 12; ++jump) {
                        const int at = random.bounded(n);
                        const int skip = random.bounded(40);
                        const int limit = 1 + random.bounded(30);
                        auto page =
                            ChildQuery::page(db, filter, sort, descending, {}, false, limit, at);
                        QVERIFY2(page->ids == whole->mid(at, limit), qPrintable(what));
                        page = ChildQuery::page(db, filter, sort, descending, keys[at], false,
                                                limit, skip);
                        QVERIFY2(page->ids == whole->mid(at + 1 + skip, limit),
                                 qPrintable(what + QStringLiteral(": after %1").arg(at)));
                        page = ChildQuery::page(db, filter, sort, descending, keys[at], true, limit,
                                                skip);
                        QList<Id> before;
                        for (int i = at - 1 - skip; i >= 0 && before.size() < limit; --i)
                            before << whole->at(i);
                        QVERIFY2(page->ids == before,
                                 qPrintable(what + QStringLiteral(": before %1").arg(at)));
                        // The row of a child: its key, and how many come before it.
                        const auto key = ChildQuery::keyOf(db, filter, sort, whole->at(at));
                        QVERIFY2(key && *key == keys[at], qPrintable(what));
                        QCOMPARE(*ChildQuery::countBefore(db, filter, sort, descending, *key),
                                 qint64(at));
                    }
                }
            }
        }
    }

    // The setting column sorts by the name shown, not the setting's number: the reasons a
    // child has none among the names, each setting's children together by name (out of area
    // with their setting among them), either way.
    void theSettingSortFollowsTheNameShown_data() { test::backendRows(); }
    void theSettingSortFollowsTheNameShown()
    {
        ENC_FETCH_DATABASE(t);
        const QSqlDatabase db = (*t)->sql();
        const int n = int(*ChildQuery::count(db, {}));
        for (bool descending : {false, true}) {
            const auto all = ChildQuery::page(db, {}, ChildSort::Setting, descending, {}, false, n);
            QVERIFY2(all, qPrintable(all.errorText()));
            QCOMPARE(all->ids.size(), n);
            const auto rows = ChildQuery::rows(db, all->ids, {});
            QVERIFY(rows);
            QStringList shown;
            for (const ChildRow &r : *rows)
                shown << QString(r.settingName).remove(QStringLiteral(" (out of area)"));
            QCOMPARE(shown.first(),
                     descending ? QStringLiteral("Willow Nursery") : QStringLiteral("apple tree"));
            for (int i = 1; i < shown.size(); ++i) {
                const int c = TextKey::name(shown[i - 1]).compare(TextKey::name(shown[i]));
                QVERIFY2(descending ? c >= 0 : c <= 0,
                         qPrintable(shown[i - 1] + QStringLiteral(" then ") + shown[i]));
                const int byName = TextKey::name((*rows)[i - 1].surname)
                                       .compare(TextKey::name((*rows)[i].surname));
                if (c == 0)
                    QVERIFY(descending ? byName >= 0 : byName <= 0);
            }
            QVERIFY(shown.contains(QStringLiteral("Home educated")));
            const bool educatedFirst = shown.indexOf(QStringLiteral("Home educated")) <
                                       shown.indexOf(QStringLiteral("Home Farm"));
            QVERIFY(educatedFirst != descending);
        }
    }

    // Nothing due sorts last both ways; the other columns' NULLs come first ascending, as
    // SQLite orders them (and last descending).
    void childrenWithNothingDueComeLast_data() { test::backendRows(); }
    void childrenWithNothingDueComeLast()
    {
        ENC_FETCH_DATABASE(t);
        const QSqlDatabase db = (*t)->sql();
        for (bool descending : {false, true}) {
            const auto ids = ChildQuery::ids(db, {}, ChildSort::NextDue, descending);
            const auto last = ChildQuery::page(db, {}, ChildSort::NextDue, descending, {}, true, 1);
            QVERIFY(last->keys.first().first().isNull());
            const auto first =
                ChildQuery::page(db, {}, ChildSort::NextDue, descending, {}, false, 1);
            QVERIFY(!first->keys.first().first().isNull());
            QCOMPARE(last->ids.first(), ids->last());
        }
    }

    // Each sort's first window reads an index in its order, not the whole list sorted.
    void eachSortReadsItsIndex_data() { test::backendRows(); }
    void eachSortReadsItsIndex()
    {
        ENC_FETCH_DATABASE(t);
        const QSqlDatabase db = (*t)->sql();
        if (t->onServer()) {
            readsItsIndexOnTheServer(db);
            return;
        }
        for (ChildSort sort : Sorts) {
            for (bool descending : {false, true}) {
                const ChildQuery::Statement s =
                    ChildQuery::pageStatement({}, sort, descending, {}, false, 100);
                auto q = Sql::run(db, QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql, s.values);
                QVERIFY(q);
                QStringList plan;
                while (q->next())
                    plan << q->value(3).toString();
                const QString text = plan.join(QLatin1Char('\n'));
                const QString what = describe({}, sort, descending) + QLatin1Char('\n') + text;
                if (sort == ChildSort::NextDue) {
                    // Two runs, the dates then nothing due, each in order; only their union
                    // (one window of rows) is sorted.
                    QVERIFY2(text.contains(QStringLiteral("child_next_due")), qPrintable(what));
                    continue;
                }
                if (childsql::sortColumns(sort).first().nullable) {
                    // Two runs, NULL (no date, no area) and the values, each from
                    // an index in order; only their union (one window of rows) is sorted.
                    QVERIFY2(text.count(QStringLiteral("INDEX")) >= 2 &&
                                 text.count(QStringLiteral("TEMP B-TREE")) == 1 &&
                                 text.endsWith(QStringLiteral("TEMP B-TREE FOR ORDER BY")),
                             qPrintable(what));
                    continue;
                }
                if (sort == ChildSort::Setting) {
                    // The settings in name order, each one's children from its index; the
                    // children without one in runs of it. Only the union of one window of rows
                    // from each is sorted.
                    QVERIFY2(text.contains(QStringLiteral("COVERING INDEX setting_name")) &&
                                 text.contains(QStringLiteral("INDEX child_setting_name")) &&
                                 text.count(QStringLiteral("TEMP B-TREE")) == 1 &&
                                 text.endsWith(QStringLiteral("TEMP B-TREE FOR ORDER BY")),
                             qPrintable(what));
                    continue;
                }
                QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")) &&
                             text.contains(QStringLiteral("INDEX")),
                         qPrintable(what));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestChildPages)
#include "test_child_pages.moc"
