// Two desks writing and a third reading at once, each its own process on the same file,
// for 30 s: nobody sees "database is locked", and no update is lost. Every edit starts
// from the version it read; one that lost the race is refused with "changed by NAME at
// TIME", naming the other desk.
//
// ENCOMPASS_TWO_DESKS_SECONDS shortens the run for a quick local try (CI runs the 30 s).

#include "TestSupport.h"
#include "storage/Access.h"

#include "repo/Children.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

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

} // namespace

class TestTwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void twoWritersAndAReader();
};

void TestTwoDesks::twoWritersAndAReader()
{
    const int seconds = qEnvironmentVariableIsSet("ENCOMPASS_TWO_DESKS_SECONDS")
                            ? qEnvironmentVariableIntValue("ENCOMPASS_TWO_DESKS_SECONDS")
                            : 30;
    test::TempDatabase db;
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
    // Both desks are business support officers (an unmapped user is read-only).
    for (const char *desk : {"desk-a", "desk-b"}) {
        const Status mapped =
            Access::setRole(*db, QString::fromLatin1(desk), Access::Role::BusinessSupport);
        QVERIFY2(mapped, qPrintable(mapped.errorText()));
    }
    const QString path = db.path();
    db.db.reset();

    QList<DeskRun> runs(3);
    runs[0].user = QStringLiteral("desk-a");
    runs[1].user = QStringLiteral("desk-b");
    runs[2].user = QStringLiteral("reader");
    QList<QProcess *> processes;
    for (int i = 0; i < runs.size(); ++i) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENCOMPASS_USER"), runs.at(i).user);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ENCOMPASS_SAFETY_WORKER_PATH),
                 {i < 2 ? QStringLiteral("desk") : QStringLiteral("read"), path,
                  QString::number(i + 1), QString::number(seconds)});
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
        QVERIFY2(m.contains(QLatin1String("changed by desk-b")) && when.match(m).hasMatch(),
                 qPrintable(m));
    }
    for (const QString &m : b.staleMessages) {
        QVERIFY2(m.contains(QLatin1String("changed by desk-a")) && when.match(m).hasMatch(),
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

QTEST_GUILESS_MAIN(TestTwoDesks)
#include "test_two_desks.moc"
