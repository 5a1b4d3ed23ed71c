// Files the tracker refuses are left exactly as they were (bytes, mode, modification time,
// nothing beside them), and the reason given is the true one: not a tracker, empty, busy
// (another program holds it) or read-only; "damaged" only when SQLite says so. Through
// encompass-cli as a user runs it, and through Database::open.

#include "CliTestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace enc;

namespace {

using Run = enc::test::CliRun;

// Everything a refusal must leave alone: the bytes, the mode, the modification time (to the
// nanosecond) and the names in the folder (no -wal, -shm or -journal left behind).
struct Snapshot
{
    QByteArray bytes;
    mode_t mode = 0;
    qint64 mtimeNs = 0;
    QStringList folder;

    // withBytes false: closing a descriptor of the file would drop every POSIX lock this
    // process holds on it (the test's "other program" holding it locked).
    static Snapshot of(const QString &path, bool withBytes = true)
    {
        Snapshot s;
        QFile f(path);
        if (withBytes && f.open(QIODevice::ReadOnly))
            s.bytes = f.readAll();
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
            s.mode = st.st_mode;
            s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        }
        s.folder = QFileInfo(path).absoluteDir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
        return s;
    }
    bool operator==(const Snapshot &o) const
    {
        return bytes == o.bytes && mode == o.mode && mtimeNs == o.mtimeNs && folder == o.folder;
    }
};

// Runs a few statements on a connection of the test's own (another program, to the CLI).
void exec(const QString &connection, const QStringList &statements)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
}

// An SQLite file written by "another program", world-readable and dated in the past (a write
// would show in its time even within the same second).
void writeForeign(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        exec(path, statements);
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime(QDate(2024, 3, 1), QTime(9, 0)),
                          QFileDevice::FileModificationTime));
}

} // namespace

class TestRefusedFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void otherProgramsDatabaseIsLeftAsItWas_data();
    void otherProgramsDatabaseIsLeftAsItWas();
    void emptyFileIsLeftAsItWas();
    void textFileIsLeftAsItWas();
    void newTrackerIsOwnerOnly();
    void busyDatabaseIsCalledBusy();
    void readOnlyIsReadNotDamaged_data();
    void readOnlyIsReadNotDamaged();

private:
    Run cli(const QStringList &args, bool unprivileged = false) const;
    QString tracker(const QString &name);

    QTemporaryDir m_home;
};

Run TestRefusedFiles::cli(const QStringList &args, bool unprivileged) const
{
    // Root writes whatever the permissions say: read-only is tried as "nobody" then.
    if (unprivileged && ::geteuid() == 0) {
        return test::runCli(args, m_home.path(),
                            {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                             QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")});
    }
    return test::runCli(args, m_home.path());
}

QString TestRefusedFiles::tracker(const QString &path)
{
    const Run r =
        cli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--children"),
             QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("1")});
    return r.code == 0 ? path : r.err;
}

void TestRefusedFiles::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("ENCOMPASS_USER", "tester");
}

void TestRefusedFiles::otherProgramsDatabaseIsLeftAsItWas_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("why");
    // As `sqlite3 x.sqlite 'create table moz_places(id)'` leaves it (rollback journal).
    QTest::newRow("other tables")
        << QStringList{QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                       QStringLiteral(
                           "INSERT INTO moz_places (url) VALUES ('https://example.org/')")}
        << QStringLiteral("it holds other tables");
    // Firefox's own places.sqlite is in WAL mode.
    QTest::newRow("other tables, WAL")
        << QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                       QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                       QStringLiteral("CREATE INDEX moz_url ON moz_places (url)")}
        << QStringLiteral("it holds other tables");
    QTest::newRow("another program's id")
        << QStringList{QStringLiteral("PRAGMA application_id=1234")}
        << QStringLiteral("it belongs to another program");
    QTest::newRow("nothing in it")
        << QStringList{QStringLiteral("PRAGMA user_version=3"), QStringLiteral("VACUUM")}
        << QStringLiteral("an empty SQLite database");
}

void TestRefusedFiles::otherProgramsDatabaseIsLeftAsItWas()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    writeForeign(path, statements);
    const Snapshot before = Snapshot::of(path);
    QVERIFY(!before.bytes.isEmpty());

    for (const QString &command : {QStringLiteral("init"), QStringLiteral("check"),
                                   QStringLiteral("children"), QStringLiteral("demo")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
        QVERIFY2(r.err.contains(why), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(Snapshot::of(path) == before, qPrintable(command));
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY(Database::refusalOf(db.error()) == Database::Refusal::NotTracker ||
            Database::refusalOf(db.error()) == Database::Refusal::Empty);
    QVERIFY(Snapshot::of(path) == before);
}

void TestRefusedFiles::emptyFileIsLeftAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeForeign(path, {}); // opened and closed with nothing done: SQLite leaves it at 0 bytes
    const Snapshot before = Snapshot::of(path);
    QCOMPARE(before.bytes.size(), 0);
    QCOMPARE(before.mode & 0777, mode_t(0644));

    for (const QString &command : {QStringLiteral("init"), QStringLiteral("demo"),
                                   QStringLiteral("check"), QStringLiteral("children")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path) + QStringLiteral(" is empty")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("encompass-cli --db NEW-FILE.sqlite init")),
                 qPrintable(r.err));
        QVERIFY2(Snapshot::of(path) == before, qPrintable(command));
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(Database::refusalOf(db.error()), Database::Refusal::Empty);
    QVERIFY(Snapshot::of(path) == before);
}

void TestRefusedFiles::textFileIsLeftAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Not a database, whatever its name says.\n");
    }
    writeForeign(path, {QStringLiteral("SELECT 1")}); // SQLite opens it lazily: no read yet
    const Snapshot before = Snapshot::of(path);
    QVERIFY(!before.bytes.isEmpty());
    for (const QString &command : {QStringLiteral("init"), QStringLiteral("check")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("it is not an SQLite file")), qPrintable(r.err));
        QVERIFY2(Snapshot::of(path) == before, qPrintable(command));
    }
}

void TestRefusedFiles::newTrackerIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const mode_t umaskWas = ::umask(022);
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    ::umask(umaskWas);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(Snapshot::of(path).mode & 0777, mode_t(0600));
    // And a second init opens the same tracker, it does not refuse it.
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
}

void TestRefusedFiles::busyDatabaseIsCalledBusy()
{
    QTemporaryDir dir;
    const QString path = tracker(dir.filePath(QStringLiteral("busy.sqlite")));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    {
        // Another program holds the file, as `sqlite3` does after these statements.
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        exec(path,
             {QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), QStringLiteral("BEGIN IMMEDIATE"),
              QStringLiteral(
                  "INSERT OR REPLACE INTO config (key, value) VALUES ('test.holder', '1')"),
              QStringLiteral("COMMIT")});
        const Snapshot before = Snapshot::of(path, false);

        // Each waits the busy timeout (10 s) before giving up, as a desk would.
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("children")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("Another program is using ") +
                                QDir::toNativeSeparators(path)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("try again in a moment")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY(Snapshot::of(path, false) == before);

        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(Database::refusalOf(db.error()), Database::Refusal::Busy);
        holder.close();
    }
    QSqlDatabase::removeDatabase(path);
    // Let go, the same file opens.
    QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("check")}).code, 0);
}

void TestRefusedFiles::readOnlyIsReadNotDamaged_data()
{
    QTest::addColumn<int>("folderMode");
    // A file nobody may write, in a folder everyone may: SQLite can make the -shm it needs
    // beside it (and leaves it there), so only the file's bytes are compared.
    QTest::newRow("read-only file") << 0777;
    // The same in a folder that cannot be written: no -shm, so it is read as it stands.
    QTest::newRow("read-only folder") << 0555;
}

void TestRefusedFiles::readOnlyIsReadNotDamaged()
{
    QFETCH(int, folderMode);
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("run as root without setpriv: permissions cannot make a file read-only");
    // A checkout under a folder only root may enter (/root) keeps "nobody" from the program.
    if (::geteuid() == 0 && cli({QStringLiteral("--version")}, true).code != 0)
        QSKIP("user nobody cannot run encompass-cli from this build folder");
    QTemporaryDir dir;
    const QString path = tracker(dir.filePath(QStringLiteral("tracker.sqlite")));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), mode_t(folderMode)) == 0);
    const Snapshot before = Snapshot::of(path);
    const bool wholeSnapshot = (folderMode & 0222) == 0;

    for (const QString &command : {QStringLiteral("check"), QStringLiteral("children")}) {
        const Run read = cli({QStringLiteral("--db"), path, command}, true);
        QVERIFY2(read.code == 0, qPrintable(command + QStringLiteral(": ") + read.err));
        QVERIFY(!read.out.isEmpty());
        QVERIFY2(read.err.contains(QDir::toNativeSeparators(path) +
                                   QStringLiteral(" is read-only: it was opened for reading only")),
                 qPrintable(read.err));
    }
    const Run write = cli({QStringLiteral("--db"), path, QStringLiteral("init")}, true);
    QCOMPARE(write.code, 2);
    QCOMPARE(write.errLines().size(), 1);
    QVERIFY2(write.err.contains(QDir::toNativeSeparators(path) + QStringLiteral(" is read-only")),
             qPrintable(write.err));
    QVERIFY2(!write.err.contains(QStringLiteral("damaged")), qPrintable(write.err));
    if (wholeSnapshot)
        QVERIFY(Snapshot::of(path) == before);
    else
        QCOMPARE(Snapshot::of(path).bytes, before.bytes);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
}

QTEST_GUILESS_MAIN(TestRefusedFiles)
#include "test_refused_files.moc"
