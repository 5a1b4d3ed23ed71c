// Nothing in the process opens the database it has open, except SQLite: a file chosen to read
// or to write (an import, an export, a backup, its restore, a passphrase file) that is the
// database, its -wal or -shm, or another name for one of them, is refused without being
// opened. On POSIX any close() of a descriptor of the file would drop every lock SQLite holds
// on it (see OpenDatabases.h), so the test looks at the locks in /proc/locks afterwards, and
// has another desk (encompass-cli check) open and close the file: the WAL must survive it.

#include "LockProbe.h"
#include "TestSupport.h"

#include "import/ImportFile.h"
#include "repo/Children.h"
#include "reports/Report.h"
#include "reports/ReportCsv.h"
#include "storage/Backup.h"
#include "storage/EncryptedBackup.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace enc;
using namespace enc::test;

class TestOpenDatabases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theDatabaseIsRefusedUnopened_data();
    void theDatabaseIsRefusedUnopened();
    void openingAnOpenDatabaseAgainKeepsItsLocks();
    void otherFilesAreNotRefused();

private:
    void expectLocksKept();

    std::unique_ptr<TempDatabase> m_db;
};

void TestOpenDatabases::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->db);
    Child c;
    c.forename = QStringLiteral("Kept");
    c.surname = QStringLiteral("Lock");
    c.dateOfBirth = QDate(2022, 5, 6);
    c.settingKnown = SettingKnown::Unknown;
    QVERIFY(Children(**m_db).add(c));
    QVERIFY(QFile::exists(m_db->path() + QStringLiteral("-wal")));
    QVERIFY(locksHeldBy(QCoreApplication::applicationPid(), m_db->path()) > 0);
}

void TestOpenDatabases::cleanup()
{
    m_db.reset();
}

void TestOpenDatabases::expectLocksKept()
{
    const qint64 pid = QCoreApplication::applicationPid();
    QVERIFY2(locksHeldBy(pid, m_db->path()) > 0, "the database's locks were dropped");
    QVERIFY2(locksHeldBy(pid, m_db->path() + QStringLiteral("-shm")) > 0,
             "the -shm's locks were dropped");
    // Another desk opens and closes the file: not alone, it must leave the WAL.
    QProcess check;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_db->dir.path());
    check.setProcessEnvironment(env);
    check.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), m_db->path(), QStringLiteral("check")});
    QVERIFY(check.waitForFinished(120000));
    QCOMPARE(check.exitCode(), 0);
    QVERIFY2(QFile::exists(m_db->path() + QStringLiteral("-wal")),
             "encompass-cli check deleted the WAL of a database open here");
}

void TestOpenDatabases::theDatabaseIsRefusedUnopened_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("link");
    QTest::newRow("the database") << QString() << QString();
    QTest::newRow("its WAL") << QStringLiteral("-wal") << QString();
    QTest::newRow("its shared memory") << QStringLiteral("-shm") << QString();
    QTest::newRow("a link to it") << QString() << QStringLiteral("symbolic");
    QTest::newRow("another name for it") << QString() << QStringLiteral("hard");
}

void TestOpenDatabases::theDatabaseIsRefusedUnopened()
{
    QFETCH(QString, suffix);
    QFETCH(QString, link);
    QString path = m_db->path() + suffix;
    if (!link.isEmpty()) {
        const QString other = m_db->dir.filePath(QStringLiteral("police.xlsx"));
        const QByteArray from = QFile::encodeName(path);
        const QByteArray to = QFile::encodeName(other);
        QCOMPARE(link == QLatin1String("hard") ? ::link(from.constData(), to.constData())
                                               : ::symlink(from.constData(), to.constData()),
                 0);
        path = other;
    }
    const QFileInfo before(m_db->path());
    const QString refused = QStringLiteral("own database");

    auto import = ImportFile::read(path);
    QVERIFY(!import);
    QVERIFY2(import.errorText().contains(refused), qPrintable(import.errorText()));
    Status csv = ReportCsv::write(path, Report{}, false);
    QVERIFY2(!csv && csv.errorText().contains(refused), qPrintable(csv.errorText()));
    Status backup = Backup::write(**m_db, path);
    QVERIFY2(!backup && backup.errorText().contains(refused), qPrintable(backup.errorText()));
    auto inspected = Backup::inspect(path);
    QVERIFY2(!inspected && inspected.errorText().contains(refused),
             qPrintable(inspected.errorText()));
    auto restore = Backup::prepareRestore(path, m_db->path(), QStringLiteral("passphrase"));
    // (The database by its own name meets the older "is the database itself" first.)
    QVERIFY2(!restore && (restore.errorText().contains(refused) ||
                          restore.errorText().contains(QLatin1String("database itself"))),
             qPrintable(restore.errorText()));
    QVERIFY(!EncryptedBackup::looksEncrypted(path));
    Status decrypted = EncryptedBackup::decryptFile(path, m_db->dir.filePath(QStringLiteral("out")),
                                                    QStringLiteral("passphrase"));
    QVERIFY2(!decrypted && decrypted.errorText().contains(refused),
             qPrintable(decrypted.errorText()));

    const QFileInfo after(m_db->path());
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.lastModified(), before.lastModified());
    expectLocksKept();
}

void TestOpenDatabases::openingAnOpenDatabaseAgainKeepsItsLocks()
{
    // A second connection as the window's reopen or the command line's restore makes one.
    auto again = Database::open(m_db->path(), Database::Mode::OpenExisting);
    QVERIFY2(again, qPrintable(again.errorText()));
    expectLocksKept();
}

void TestOpenDatabases::otherFilesAreNotRefused()
{
    const QString csv = m_db->dir.filePath(QStringLiteral("tracker.sqlite.csv"));
    QVERIFY(OpenDatabases::refuse(csv));
    QVERIFY(ReportCsv::write(csv, Report{}, false));
    QVERIFY(OpenDatabases::refuse(csv));
    QVERIFY(!OpenDatabases::contains(m_db->dir.filePath(QStringLiteral("tracker.sqlite-wal2"))));
    const QString path = m_db->path();
    m_db.reset();
    QVERIFY(!OpenDatabases::contains(path));
}

QTEST_GUILESS_MAIN(TestOpenDatabases)
#include "test_open_databases.moc"
