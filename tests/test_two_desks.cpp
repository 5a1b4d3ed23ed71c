// Two desks writing and a third reading at once, each its own process on the same database
// (a file, or a PostgreSQL server: BackendDatabase.h), for 30 s: nobody sees "database is
// locked", and no update is lost. Every edit starts from the version it read; one that lost the
// race is refused with "changed by NAME at TIME", naming the other desk.
//
// And, on both databases with two connections in one process, the races made to happen: an
// edit that waited for another desk's save of the same child is refused as stale; two
// desks removing the last two administrators at once leave one; two desks appending to the
// audit trail at once lose no entry and the chain verifies. On a server only: a connection
// ended mid-write leaves nothing half-written, and the next use connects again.
//
// ENCOMPASS_TWO_DESKS_SECONDS shortens the run for a quick local try (CI runs the 30 s).

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "storage/Access.h"

#include "repo/Children.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace enc;

namespace {

struct DeskRun
{
    QString user;
    int code = -1;
    QByteArray err;
    QJsonObject summary;
    QHash<Id, QList<int>> editedTo; // child -> versions this desk's edits wrote
    QStringList staleMessages;
};

void parse(DeskRun &run, const QByteArray &out)
{
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("summary ")) {
            run.summary = QJsonDocument::fromJson(line.mid(8)).object();
        } else if (line.startsWith("edit ")) {
            const QList<QByteArray> w = line.split(' ');
            run.editedTo[w.at(1).toLongLong()] << w.at(2).toInt();
        } else if (line.startsWith("stale ")) {
            run.staleMessages << QString::fromUtf8(line.mid(line.indexOf(' ', 6) + 1));
        }
    }
}

Child newChild(const QString &surname)
{
    Child c;
    c.forename = QStringLiteral("Shared");
    c.surname = surname;
    c.dateOfBirth = QDate(2022, 5, 1);
    return c;
}

qint64 count(Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    return v ? v->toLongLong() : -1;
}

// A second desk: its own connection, on its own thread, doing what it is given while the
// first desk (the test's thread) holds its save open.
class OtherDesk
{
public:
    OtherDesk(const QString &address, std::function<Status(Database &)> work)
        : m_thread(QThread::create([this, address, work] {
              auto db = Database::open(address, Database::Mode::OpenExisting);
              if (!db) {
                  m_result = db.error();
                  m_opened = true;
                  return;
              }
              auto pid = (*db)->onServer()
                             ? Sql::scalar((*db)->sql(), QStringLiteral("SELECT pg_backend_pid()"))
                             : Result<QVariant>(QVariant(0));
              m_pid = pid ? pid->toLongLong() : -1;
              m_opened = true;
              m_result = work(**db);
          }))
    {
        m_thread->start();
    }
    ~OtherDesk()
    {
        m_thread->wait();
        delete m_thread;
    }
    // Waits until the desk is connected and, on a server, until it waits for a lock the
    // first desk holds: the race is then certain to happen, not left to timing. (On a file
    // the other desk's BEGIN IMMEDIATE waits in SQLite's busy handler, which nothing shows.)
    bool waitUntilBlocked(const QSqlDatabase &admin)
    {
        QDeadlineTimer deadline(120000);
        while (!m_opened && !deadline.hasExpired())
            QThread::msleep(5);
        if (!admin.isValid() || m_pid <= 0)
            return m_opened;
        while (!deadline.hasExpired()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1")
                       .arg(m_pid));
            if (q.next() && q.value(0).toString() == QLatin1String("Lock"))
                return true;
            QThread::msleep(5);
        }
        return false;
    }
    Status finish()
    {
        m_thread->wait();
        return m_result;
    }

private:
    std::atomic<bool> m_opened = false;
    std::atomic<qint64> m_pid = 0;
    Status m_result;
    QThread *m_thread;
};

// The first desk saves (mine, in its transaction) while the second desk's save (theirs) waits
// for it: the first's outcome, then the second's.
std::pair<Status, Status> atOnce(test::BackendDatabase &t, const std::function<Status()> &mine,
                                 const std::function<Status(Database &)> &theirs)
{
    std::unique_ptr<OtherDesk> second;
    const Status first = t->transaction([&]() -> Status {
        if (Status s = mine(); !s)
            return s;
        second = std::make_unique<OtherDesk>(t.address(), theirs);
        if (!second->waitUntilBlocked(t.adminConnection()))
            return Status::failure(QStringLiteral("the second desk never waited"));
        return {};
    });
    return {first, second ? second->finish() : Status::failure(QStringLiteral("not started"))};
}

} // namespace

class TestTwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void twoWritersAndAReader_data() { test::backendRows(); }
    void twoWritersAndAReader();
    void anEditThatWaitedIsRefusedAsStale_data() { test::backendRows(); }
    void anEditThatWaitedIsRefusedAsStale();
    void theLastAdministratorStays_data() { test::backendRows(); }
    void theLastAdministratorStays();
    void auditEntriesAtOnceAreAllKept_data() { test::backendRows(); }
    void auditEntriesAtOnceAreAllKept();
    void aConnectionEndedMidWriteLeavesNothing();
    void aConnectionEndedWhileIdleIsOpenedAgain();
};

void TestTwoDesks::twoWritersAndAReader()
{
    QFETCH(QString, backend);
    const int seconds = qEnvironmentVariableIsSet("ENCOMPASS_TWO_DESKS_SECONDS")
                            ? qEnvironmentVariableIntValue("ENCOMPASS_TWO_DESKS_SECONDS")
                            : 30;
    test::BackendDatabase db(backend);
    ENC_SKIP_WITHOUT(db);
    QVERIFY(db.db);
    QList<Id> shared;
    {
        Children children(*db);
        for (int i = 0; i < 3; ++i) {
            Child c;
            c.forename = QStringLiteral("Shared");
            c.surname = QStringLiteral("Child%1").arg(i);
            c.dateOfBirth = QDate(2022, 5, 1 + i);
            auto saved = children.add(c);
            QVERIFY2(saved, qPrintable(saved.errorText()));
            shared << saved->id;
        }
    }
    // Both desks are business support officers (an unmapped user is read-only); on the
    // server each desk is its own login.
    test::TestUsers users(db);
    QList<DeskRun> runs(3);
    runs[0].user = users.make(QStringLiteral("desk-a"));
    runs[1].user = users.make(QStringLiteral("desk-b"));
    runs[2].user = users.make(QStringLiteral("reader"));
    for (int i = 0; i < 2; ++i) {
        const Status mapped = Access::setRole(*db, runs.at(i).user, Access::Role::BusinessSupport);
        QVERIFY2(mapped, qPrintable(mapped.errorText()));
    }
    if (db.onServer())
        QVERIFY(Access::setRole(*db, runs.at(2).user, Access::Role::ReadOnly));
    const QString path = db.address();
    db.db.reset();

    QList<QProcess *> processes;
    for (int i = 0; i < runs.size(); ++i) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENCOMPASS_USER"), runs.at(i).user);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ENCOMPASS_SAFETY_WORKER_PATH),
                 {i < 2 ? QStringLiteral("desk") : QStringLiteral("read"),
                  users.addressAs(runs.at(i).user), QString::number(i + 1),
                  QString::number(seconds)});
        processes << p;
    }
    for (int i = 0; i < runs.size(); ++i) {
        QProcess *p = processes.at(i);
        QVERIFY(p->waitForFinished((seconds + 300) * 1000));
        runs[i].code = p->exitCode();
        runs[i].err = p->readAllStandardError();
        parse(runs[i], p->readAllStandardOutput());
    }

    const DeskRun &a = runs.at(0);
    const DeskRun &b = runs.at(1);
    const DeskRun &reader = runs.at(2);
    auto figure = [](const DeskRun &r, const char *key) {
        return r.summary.value(QLatin1String(key)).toInteger();
    };
    qInfo("two desks, %d s: desk-a %lld writes, %lld stale refusals, %lld retries, %lld errors; "
          "desk-b %lld writes, %lld stale refusals, %lld retries, %lld errors; reader %lld reads, "
          "%lld retries, %lld errors",
          seconds, figure(a, "writes"), figure(a, "stale"), figure(a, "retries"),
          figure(a, "errors"), figure(b, "writes"), figure(b, "stale"), figure(b, "retries"),
          figure(b, "errors"), figure(reader, "reads"), figure(reader, "retries"),
          figure(reader, "errors"));

    // No error of any kind reached a desk ("database is locked" would be one).
    for (const DeskRun &r : std::as_const(runs)) {
        QVERIFY2(r.err.isEmpty(),
                 qPrintable(r.user + QStringLiteral(": ") + QString::fromUtf8(r.err.left(2000))));
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.summary.isEmpty(), qPrintable(r.user));
        QCOMPARE(figure(r, "errors"), 0);
    }
    QVERIFY(figure(a, "writes") > 0 && figure(b, "writes") > 0);
    QVERIFY(figure(reader, "reads") > 0);

    // A refused edit names the other desk, and when.
    const QRegularExpression when(QStringLiteral(R"(at \d\d/\d\d/\d{4} \d\d:\d\d)"));
    for (const QString &m : a.staleMessages) {
        QVERIFY2(m.contains(QStringLiteral("changed by ") + b.user) && when.match(m).hasMatch(),
                 qPrintable(m));
    }
    for (const QString &m : b.staleMessages) {
        QVERIFY2(m.contains(QStringLiteral("changed by ") + a.user) && when.match(m).hasMatch(),
                 qPrintable(m));
    }
    // Both desks edit the same three children, each pausing before saving: over the run
    // they collide, and the loser of each collision is refused rather than overwriting.
    QVERIFY2(figure(a, "stale") + figure(b, "stale") > 0, "the desks never collided");

    // No lost update: each version of a shared child was written by exactly one edit, so
    // every edit started from the latest version; none went over another unseen.
    auto reopened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(reopened, qPrintable(reopened.errorText()));
    Database &check = **reopened;
    QVERIFY(check.integrityProblems().isEmpty());
    // Every desk's audit entries are in one unbroken chain: none lost, none out of turn.
    const AuditChain::Check chain = AuditChain::verify(check.sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
    QCOMPARE(count(check, QStringLiteral("SELECT max(id) FROM audit")),
             count(check, QStringLiteral("SELECT count(*) FROM audit")));
    for (Id id : std::as_const(shared)) {
        auto child = Children(check).get(id);
        QVERIFY(child);
        const QList<int> byA = a.editedTo.value(id);
        const QList<int> byB = b.editedTo.value(id);
        QSet<int> versions(byA.cbegin(), byA.cend());
        for (int v : byB) {
            QVERIFY2(
                !versions.contains(v),
                qPrintable(
                    QStringLiteral("child %1 version %2 written by both desks").arg(id).arg(v)));
            versions.insert(v);
        }
        QCOMPARE(qsizetype(versions.size()), qsizetype(child->version - 1));
        for (int v = 2; v <= child->version; ++v)
            QVERIFY2(versions.contains(v), qPrintable(QStringLiteral("child %1: no desk wrote "
                                                                     "version %2")
                                                          .arg(id)
                                                          .arg(v)));
        // And the audit trail has exactly those edits.
        auto audited = Sql::scalar(check.sql(),
                                   QStringLiteral("SELECT count(*) FROM audit WHERE entity = "
                                                  "'child' AND entity_id = :id AND action = "
                                                  "'edit'"),
                                   {{QStringLiteral("id"), id}});
        QVERIFY(audited);
        QCOMPARE(audited->toLongLong(), qint64(versions.size()));
    }
}

void TestTwoDesks::anEditThatWaitedIsRefusedAsStale()
{
    // Both desks opened the child at version 1; the first saves while the second's Save waits
    // for it. The second is refused and names the first, rather than overwriting unseen.
    QFETCH(QString, backend);
    test::BackendDatabase t(backend);
    ENC_SKIP_WITHOUT(t);
    auto added = Children(*t).add(newChild(QStringLiteral("Stale")));
    QVERIFY2(added, qPrintable(added.errorText()));
    auto opened = Children(*t).get(added->id);
    QVERIFY(opened);
    const Child atVersion1 = *opened;

    const auto [first, refused] = atOnce(
        t,
        [&]() -> Status {
            Child mine = atVersion1;
            mine.caseReference = QStringLiteral("FIRST");
            auto saved = Children(*t).update(mine);
            return saved ? Status() : Status(saved.error());
        },
        [atVersion1](Database &db) -> Status {
            Child theirs = atVersion1;
            theirs.caseReference = QStringLiteral("SECOND");
            auto saved = Children(db).update(theirs);
            return saved ? Status() : Status(saved.error());
        });
    QVERIFY2(first, qPrintable(first.errorText()));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("version"));
    QVERIFY2(
        refused.errorText().contains(QStringLiteral("changed by ") + Audit::currentUser(t->sql())),
        qPrintable(refused.errorText()));
    auto now = Children(*t).get(added->id);
    QCOMPARE(now->caseReference, QStringLiteral("FIRST"));
    QCOMPARE(now->version, 2);
}

void TestTwoDesks::theLastAdministratorStays()
{
    // Two administrators; at two desks at once, each removes the other's administrator role.
    // Each desk alone sees two administrators, so each alone would be allowed: together they
    // would leave none. The second must see the first's change and be refused.
    QFETCH(QString, backend);
    test::BackendDatabase t(backend);
    ENC_SKIP_WITHOUT(t);
    if (t.onServer())
        QSKIP("on a server the tables' owner and superusers are administrators that no desk can "
              "demote (test_server_roles), so the last one cannot be removed at all");
    const QString other = QStringLiteral("alice");
    QVERIFY(Access::setRole(*t, other, Access::Role::Administrator));
    const QString administrators =
        QStringLiteral("SELECT count(*) FROM user_role WHERE role = 'administrator'");
    QCOMPARE(count(*t, administrators), 2);

    const auto [first, refused] = atOnce(
        t, [&] { return Access::setRole(*t, other, Access::Role::BusinessSupport); },
        [](Database &db) {
            return Access::setRole(db, Audit::currentUser(), Access::Role::BusinessSupport);
        });
    QVERIFY2(first, qPrintable(first.errorText()));
    QVERIFY(!refused);
    QVERIFY2(refused.errorText().contains(QLatin1String("is the only administrator")),
             qPrintable(refused.errorText()));
    QCOMPARE(count(*t, administrators), 1);
    QCOMPARE(Access::roleOf(t->sql(), Audit::currentUser()), Access::Role::Administrator);
}

void TestTwoDesks::auditEntriesAtOnceAreAllKept()
{
    // Two desks each open a child's record 150 times at once: every view is audited, each
    // entry chained to the one before. None may be lost, or chained out of turn.
    QFETCH(QString, backend);
    test::BackendDatabase t(backend);
    ENC_SKIP_WITHOUT(t);
    auto added = Children(*t).add(newChild(QStringLiteral("Viewed")));
    QVERIFY(added);
    const Id child = added->id;
    const qint64 before = count(*t, QStringLiteral("SELECT count(*) FROM audit"));
    constexpr int Views = 150;
    const auto viewing = [child](Database &db) -> Status {
        for (int i = 0; i < Views; ++i) {
            if (Status s = Audit::recordView(db.sql(), child); !s)
                return s;
        }
        return {};
    };
    {
        OtherDesk a(t.address(), viewing);
        OtherDesk b(t.address(), viewing);
        const Status byA = a.finish();
        const Status byB = b.finish();
        QVERIFY2(byA, qPrintable(byA.errorText()));
        QVERIFY2(byB, qPrintable(byB.errorText()));
    }
    QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit")), before + 2 * Views);
    QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'view'")),
             2 * Views);
    const AuditChain::Check chain = AuditChain::verify(t->sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
    QCOMPARE(chain.checked, before + 2 * Views);
}

void TestTwoDesks::aConnectionEndedMidWriteLeavesNothing()
{
    // The server's administrator ends a desk's connection half-way through a save (as a server
    // restart or a dropped network would): a child added, its audit entry written, the next
    // step still to come. Nothing of it is kept, the desk is told so, and its next save
    // connects again and works.
    test::BackendDatabase t(test::PostgreSQLRow);
    ENC_SKIP_WITHOUT(t);
    const QSqlDatabase admin = t.adminConnection();
    const qint64 pid = count(*t, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid > 0);
    const qint64 audited = count(*t, QStringLiteral("SELECT count(*) FROM audit"));
    Children children(*t);
    const Status s = t->transaction([&]() -> Status {
        auto first = children.add(newChild(QStringLiteral("HalfWritten")));
        if (!first)
            return first.error();
        QSqlQuery end(admin);
        // Waits (up to 30 s) until the connection is gone.
        if (!end.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 30000)").arg(pid)))
            return Status::failure(end.lastError().text());
        auto second = children.add(newChild(QStringLiteral("NeverWritten")));
        return second ? Status() : Status(second.error());
    });
    QVERIFY(!s);
    QVERIFY2(Database::isConnectionLoss(s.error()), qPrintable(s.errorText()));
    QVERIFY2(s.errorText().contains(QLatin1String("connection to the database server")) &&
                 s.errorText().contains(QLatin1String("Nothing of an unfinished change was "
                                                      "saved")),
             qPrintable(s.errorText()));
    QVERIFY(t->connectionLost());

    // Nothing half-written, as another desk sees it.
    {
        auto other = Database::open(t.address(), Database::Mode::OpenExisting);
        QVERIFY2(other, qPrintable(other.errorText()));
        QCOMPARE(count(**other, QStringLiteral("SELECT count(*) FROM child")), 0);
        QCOMPARE(count(**other, QStringLiteral("SELECT count(*) FROM audit")), audited);
    }

    // The next save connects again.
    auto again = children.add(newChild(QStringLiteral("Saved")));
    QVERIFY2(again, qPrintable(again.errorText()));
    QVERIFY(!t->connectionLost());
    QVERIFY(count(*t, QStringLiteral("SELECT pg_backend_pid()")) != pid);
    QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM child")), 1);
    const AuditChain::Check chain = AuditChain::verify(t->sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
}

void TestTwoDesks::aConnectionEndedWhileIdleIsOpenedAgain()
{
    // Overnight the server restarted (or its administrator ended the idle connection): the
    // first read after says so, the desk connects again, and a save needs nothing more.
    test::BackendDatabase t(test::PostgreSQLRow);
    ENC_SKIP_WITHOUT(t);
    const QSqlDatabase admin = t.adminConnection();
    const auto endConnection = [&] {
        const qint64 pid = count(*t, QStringLiteral("SELECT pg_backend_pid()"));
        QSqlQuery end(admin);
        return end.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 30000)").arg(pid));
    };
    QVERIFY(endConnection());
    auto read = Sql::scalar(t->sql(), QStringLiteral("SELECT count(*) FROM child"));
    QVERIFY(!read);
    QVERIFY2(Database::isConnectionLoss(read.error()), qPrintable(read.errorText()));
    QVERIFY(t->connectionLost());
    QVERIFY(t->reconnect());
    QVERIFY(!t->connectionLost());
    QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM child")), 0);

    // A save whose connection went while idle starts again on a new one, unasked.
    QVERIFY(endConnection());
    auto saved = Children(*t).add(newChild(QStringLiteral("AfterRestart")));
    QVERIFY2(saved, qPrintable(saved.errorText()));
    QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM child")), 1);
}

QTEST_GUILESS_MAIN(TestTwoDesks)
#include "test_two_desks.moc"
