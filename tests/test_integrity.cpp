// Integrity without blocking: opening a tracker reads the same few pages at any size (no
// whole-file check at open), a damaged page the open does not read is found by the background
// check (QuickCheck) and by `encompass-cli check`, and the whole-file check runs at open after
// an unclean stop (a write-ahead log left behind), refusing a damaged file there as before.

#include "CliTestSupport.h"
#include "DamagedFile.h"
#include "PagesRead.h"
#include "TestSupport.h"
#include "storage/QuickCheck.h"
#include "storage/Sql.h"

#include <QTest>

using namespace enc;

namespace {

// Fills the area table with rows of 300 bytes: some 1,000 pages per 12,000 rows.
bool addAreas(Database &db, int rows, int from = 0)
{
    return bool(db.transaction([&]() -> Status {
        for (int i = from; i < from + rows; ++i) {
            if (Status s = Sql::exec(
                    db.sql(), QStringLiteral("INSERT INTO area (name) VALUES (:n)"),
                    {{QStringLiteral("n"),
                      QStringLiteral("Area %1 %2").arg(i).arg(QString(300, QLatin1Char('x')))}});
                !s)
                return s;
        }
        return {};
    }));
}

// A tracker of rows areas as a crash leaves it, in crash: its last commit still in the
// write-ahead log beside it (the file and the log copied while it is open). Empty on failure.
QString crashedCopy(int rows, const QTemporaryDir &crash)
{
    test::TempDatabase t;
    const QString copy = crash.filePath(QStringLiteral("tracker.sqlite"));
    if (!addAreas(*t, rows) || !t.db->checkpoint() || !t.db->deferCheckpoint() ||
        !Sql::exec(t.db->sql(),
                   QStringLiteral("INSERT INTO config (key, value) VALUES ('t', 'x')")) ||
        !QFile::copy(t.path(), copy) ||
        !QFile::copy(t.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return {};
    return copy;
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The first use of SQLite in the process, as in the window and the command line.
        test::TempDatabase first;
        QVERIFY(first.db);
        QVERIFY(!first.db->checkedAtOpen());
    }

    void openReadsTheSamePagesAtAnySize()
    {
        test::TempDatabase small;
        test::TempDatabase large;
        QVERIFY(addAreas(*large, 24000));
        small.db.reset();
        large.db.reset();
        const qint64 smallBytes = QFileInfo(small.path()).size();
        const qint64 largeBytes = QFileInfo(large.path()).size();
        QVERIFY2(largeBytes > 20 * smallBytes, qPrintable(QString::number(largeBytes)));

        auto a = Database::open(small.path(), Database::Mode::OpenExisting);
        QVERIFY2(a, qPrintable(a.errorText()));
        auto b = Database::open(large.path(), Database::Mode::OpenExisting);
        QVERIFY2(b, qPrintable(b.errorText()));
        const int smallPages = test::pagesRead(**a);
        const int largePages = test::pagesRead(**b);
        qInfo("pages read opening %lld bytes: %d; %lld bytes: %d", smallBytes, smallPages,
              largeBytes, largePages);
        QVERIFY(smallPages > 0);
        // The same pages: the header, the schema, the version (a whole-file check read 2,000).
        QVERIFY2(largePages <= smallPages + 2,
                 qPrintable(QStringLiteral("%1 against %2").arg(largePages).arg(smallPages)));
    }

    void damageTheOpenDoesNotReadIsFoundByTheCheck()
    {
        test::TempDatabase t;
        QVERIFY(addAreas(*t, 6000));
        t.db.reset();
        const int page = test::firstLeaf(t.path(), QStringLiteral("area"));
        QVERIFY(page > 1);
        QVERIFY(test::damagePage(t.path(), page));

        // It opens (the damage is in a page the open does not read) ...
        auto db = Database::open(t.path(), Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorText()));
        QVERIFY(!(*db)->checkedAtOpen());
        // ... and the background check finds it, as does integrity_check.
        QuickCheck check(t.path());
        auto found = check.run();
        QVERIFY2(found, qPrintable(found.errorText()));
        QVERIFY(!found->isEmpty());
        QVERIFY(!(*db)->integrityProblems().isEmpty());
        db->reset();

        // `check` still finds a damaged page: exit status 1 and what to do.
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check")}, t.dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("integrity problems: restore it from a backup")),
                 qPrintable(r.err));
        const test::CliRun json = test::runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("check"), QStringLiteral("--json")},
            t.dir.path());
        QCOMPARE(json.code, 1);
        QVERIFY(json.json().value(QStringLiteral("integrity")).isArray());
    }

    void soundFilePassesTheCheckAndACancelStopsIt()
    {
        test::TempDatabase t;
        QVERIFY(addAreas(*t, 600));
        QuickCheck check(t.path());
        auto ok = check.run();
        QVERIFY2(ok, qPrintable(ok.errorText()));
        QVERIFY(ok->isEmpty());
        QuickCheck stopped(t.path());
        stopped.cancel();
        auto r = stopped.run();
        QVERIFY(!r);
        QVERIFY(r.errorText().contains(QStringLiteral("stopped")));
    }

    void uncleanStopIsCheckedAtOpen()
    {
        QTemporaryDir crash;
        const QString copy = crashedCopy(600, crash);
        QVERIFY(!copy.isEmpty());

        auto db = Database::open(copy, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorText()));
        QVERIFY((*db)->checkedAtOpen());
        QCOMPARE(Sql::scalar((*db)->sql(), QStringLiteral("SELECT value FROM config WHERE key = "
                                                          "'t'"))
                     ->toString(),
                 QStringLiteral("x"));
        db->reset();
        // Closed cleanly this time: the next open has nothing to recover, and does not check.
        auto again = Database::open(copy, Database::Mode::OpenExisting);
        QVERIFY2(again, qPrintable(again.errorText()));
        QVERIFY(!(*again)->checkedAtOpen());
    }

    void damageAfterAnUncleanStopIsRefusedAtOpen()
    {
        QTemporaryDir crash;
        const QString copy = crashedCopy(6000, crash);
        QVERIFY(!copy.isEmpty());
        // A page the log does not hold, which the open itself does not read.
        const int page = test::firstLeaf(copy, QStringLiteral("area"));
        QVERIFY(page > 1);
        QVERIFY(test::damagePage(copy, page));

        auto db = Database::open(copy, Database::Mode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(Database::refusalOf(db.error()), Database::Refusal::Damaged);
        QVERIFY2(db.errorText().contains(QStringLiteral("is damaged")), qPrintable(db.errorText()));
        QVERIFY(db.errorText().contains(QStringLiteral("Restore it from a backup")));
        // Refused, it is left as it was: the next open checks (and refuses) again.
        QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        QVERIFY(!Database::open(copy, Database::Mode::OpenExisting));
    }

    void anotherDeskStillOpenIsNotAnUncleanStop()
    {
        test::TempDatabase t;
        QVERIFY(t.db->deferCheckpoint());
        QVERIFY(Sql::exec(t.db->sql(),
                          QStringLiteral("INSERT INTO config (key, value) VALUES ('t', 'x')")));
        QVERIFY(QFileInfo(t.path() + QStringLiteral("-wal")).size() > 0);
        // The log is there because the first desk is working, not because it stopped.
        auto second = Database::open(t.path(), Database::Mode::OpenExisting);
        QVERIFY2(second, qPrintable(second.errorText()));
        QVERIFY(!(*second)->checkedAtOpen());
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "test_integrity.moc"
