// SQLite's locks survive the window's file dialogs. A desk in another process
// (encompass-dialog-desk) opens the database as the window does and lists its folder with
// each chooser of ui::FileDialog; this process then asks the kernel who holds the lock bytes,
// runs `encompass-cli check` (a second desk opening and closing the file), and, in the end to
// end case, kills the desk with SIGKILL after it saved a child.
//
// Before the fix the dialogs' file model read each file's first bytes to guess its type, and
// closing that descriptor dropped every lock the desk held: `check` then took the file for
// its own, checkpointed and deleted the WAL, and the desk's next change went into a deleted
// file, lost at the kill without a word.

#include "LockProbe.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace enc;
using namespace enc::test;

namespace {

QProcessEnvironment deskEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestFileLocks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksSurviveEveryFileDialog_data();
    void locksSurviveEveryFileDialog();
    void aChangeAfterAnotherDesksCheckSurvivesAKill();

private:
    // Sends a command to the desk and returns its one-line answer.
    QByteArray ask(const QByteArray &command);
    // Runs encompass-cli ARGS on the database; its exit code.
    int cli(const QStringList &args);
    void expectLocksHeld(const char *when);

    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_desk;
    qint64 m_deskPid = 0;
};

QByteArray TestFileLocks::ask(const QByteArray &command)
{
    m_desk.write(command + '\n');
    while (!m_desk.canReadLine()) {
        if (!m_desk.waitForReadyRead(60000))
            return "no answer: " + m_desk.readAllStandardError();
    }
    return m_desk.readLine().trimmed();
}

int TestFileLocks::cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(deskEnvironment(m_dir.path()));
    p.start(QStringLiteral(ENCOMPASS_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitCode();
}

void TestFileLocks::init()
{
    QVERIFY(m_dir.isValid());
    // Its own folder each time, holding the database, its -wal and -shm, an import file and a
    // folder for letters.
    static int n = 0;
    const QString folder = m_dir.filePath(QStringLiteral("desk%1").arg(++n));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/letters")));
    m_db = folder + QStringLiteral("/tracker.sqlite");
    QCOMPARE(cli({QStringLiteral("init")}), 0);
    QFile csv(folder + QStringLiteral("/police.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Police Ref,Incident Date,Name,DOB\r\n");
    csv.close();

    m_desk.setProcessEnvironment(deskEnvironment(m_dir.path()));
    m_desk.start(QStringLiteral(ENCOMPASS_DIALOG_DESK_PATH), {m_db});
    QVERIFY(m_desk.waitForStarted(30000));
    while (!m_desk.canReadLine())
        QVERIFY2(m_desk.waitForReadyRead(60000), m_desk.readAllStandardError().constData());
    const QByteArray ready = m_desk.readLine().trimmed();
    QVERIFY2(ready.startsWith("ready "), ready.constData());
    m_deskPid = ready.mid(6).toLongLong();
    // A committed change still in the WAL (the desk's connection stays open).
    QVERIFY(ask("add Before").startsWith("added "));
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
}

void TestFileLocks::cleanup()
{
    if (m_desk.state() != QProcess::NotRunning) {
        m_desk.write("quit\n");
        if (!m_desk.waitForFinished(30000))
            m_desk.kill();
        m_desk.waitForFinished(30000);
    }
}

void TestFileLocks::expectLocksHeld(const char *when)
{
    const qint64 db = lockHolder(m_db, SharedFirst, SharedSize);
    const qint64 shm = lockHolder(m_db + QStringLiteral("-shm"), ShmDeadManSwitch, 1);
    if (db != m_deskPid || shm != m_deskPid) {
        QFAIL(qPrintable(QStringLiteral("%1: the desk (pid %2) should hold SQLite's locks; the "
                                        "database's shared range is held by %3, the -shm's by "
                                        "%4 (0: nobody)")
                             .arg(QLatin1String(when))
                             .arg(m_deskPid)
                             .arg(db)
                             .arg(shm)));
    }
}

void TestFileLocks::locksSurviveEveryFileDialog_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("open (Import, restore)") << QByteArray("open");
    QTest::newRow("save (exports, backup as)") << QByteArray("save");
    QTest::newRow("folder (letters, backups)") << QByteArray("directory");
}

void TestFileLocks::locksSurviveEveryFileDialog()
{
    QFETCH(QByteArray, kind);
    expectLocksHeld("before the dialog");
    const QByteArray listed = ask("dialog " + kind);
    QVERIFY2(listed.startsWith("listed "), listed.constData());
    QVERIFY2(listed.mid(7).toInt() >= 1, listed.constData());
    expectLocksHeld("after the dialog listed the database's folder");
    if (QTest::currentTestFailed())
        return;

    // Another desk opens and closes the file: with the locks held it knows it is not alone
    // and leaves the WAL, and the desk's changes in it, where they are.
    QCOMPARE(cli({QStringLiteral("check")}), 0);
    QVERIFY2(QFile::exists(m_db + QStringLiteral("-wal")),
             "encompass-cli check deleted the WAL under the open desk");
    expectLocksHeld("after encompass-cli check");
}

void TestFileLocks::aChangeAfterAnotherDesksCheckSurvivesAKill()
{
    QVERIFY(ask("dialog open").startsWith("listed "));
    QCOMPARE(cli({QStringLiteral("check")}), 0);
    const QByteArray added = ask("add After");
    QVERIFY2(added.startsWith("added "), added.constData());
    const qint64 id = added.mid(6).toLongLong();

    m_desk.kill(); // SIGKILL: no close, no checkpoint
    QVERIFY(m_desk.waitForFinished(30000));

    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY2(db, qPrintable(db.errorText()));
    auto forename =
        Sql::scalar((*db)->sql(), QStringLiteral("SELECT forename FROM child WHERE id = :id"),
                    {{QStringLiteral("id"), id}});
    QVERIFY(forename);
    QVERIFY2(forename->toString() == QLatin1String("After"),
             "the child added after encompass-cli check was lost when the desk was killed");
    QVERIFY((*db)->integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestFileLocks)
#include "test_file_locks.moc"
