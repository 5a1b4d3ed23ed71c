// encompass-cli backup and restore as a script or a person at a terminal would run them:
// exit codes, one-line errors, JSON, and the database left alone when a backup is refused.

#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using Run = enc::test::CliRun;

bool ownerOnly(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0777) == 0600;
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void backupToFile();
    void backupRefusesToOverwrite();
    void backupNeedsOneMode();
    void encryptedBackupAndRestore();
    void restoreWithWrongPassphrase();
    void restoreRefusesATextFile();
    void restoreNeedsAFile();
    void restoreOverADamagedDatabase();
    void rotatedBackupIntoTheFolder();
    void backUpNowTwiceKeepsBoth();

private:
    Run cli(const QStringList &args) const;
    QString db() const { return m_dirHolder->filePath(QStringLiteral("tracker.sqlite")); }
    QString passFile(const QString &text) const;
    QStringList withDb(QStringList args) const
    {
        return QStringList{QStringLiteral("--db"), db()} + args;
    }
    qint64 children() const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dirHolder; // a fresh folder for each test
};

Run TestBackupCli::cli(const QStringList &args) const
{
    return enc::test::runCli(args, m_home.path());
}

QString TestBackupCli::passFile(const QString &text) const
{
    const QString path = m_dirHolder->filePath(QStringLiteral("pass-%1.txt").arg(qHash(text)));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8() + "\n");
    return path;
}

qint64 TestBackupCli::children() const
{
    const Run r = cli(withDb({QStringLiteral("check"), QStringLiteral("--json")}));
    return r.json()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("child"))
        .toInteger(-1);
}

void TestBackupCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestBackupCli::init()
{
    m_dirHolder = std::make_unique<QTemporaryDir>();
    const Run r =
        cli(withDb({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("30"),
                    QStringLiteral("--seed"), QStringLiteral("3")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestBackupCli::backupToFile()
{
    const QString out = m_dirHolder->filePath(QStringLiteral("copy.sqlite"));
    const Run r = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--json")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(out));
    QCOMPARE(o.value(QStringLiteral("encrypted")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("bytes")).toInteger() > 10000);
    QVERIFY(ownerOnly(out));
    // The copy is a tracker database with the same children.
    const Run check =
        cli({QStringLiteral("--db"), out, QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(check.code, 0);
    QCOMPARE(check.json()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("child"))
                 .toInt(),
             int(children()));

    const Run text = cli(withDb({QStringLiteral("backup"), QStringLiteral("--out"),
                                 m_dirHolder->filePath(QStringLiteral("copy2.sqlite"))}));
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.startsWith("Backup written to "));
}

void TestBackupCli::backupRefusesToOverwrite()
{
    const QString out = m_dirHolder->filePath(QStringLiteral("exists.sqlite"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Run r = cli(withDb({QStringLiteral("backup"), QStringLiteral("--out"), out}));
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestBackupCli::backupNeedsOneMode()
{
    const Run none = cli(withDb({QStringLiteral("backup")}));
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains(QStringLiteral("--out")));
    const Run encryptRotate = cli(withDb(
        {QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--encrypt")}));
    QCOMPARE(encryptRotate.code, 2);
    // No passphrase and no terminal: refused, nothing written.
    const QString out = m_dirHolder->filePath(QStringLiteral("sealed.encbackup"));
    const Run noPass = cli(withDb(
        {QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--encrypt")}));
    QCOMPARE(noPass.code, 2);
    QVERIFY(noPass.err.contains(QStringLiteral("--passphrase-file")));
    QVERIFY(!QFile::exists(out));
    const Run shortPass = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--encrypt"),
                QStringLiteral("--passphrase-file"), passFile(QStringLiteral("short"))}));
    QCOMPARE(shortPass.code, 2);
    QVERIFY(shortPass.err.contains(QStringLiteral("at least 8")));
    QVERIFY(!QFile::exists(out));
}

void TestBackupCli::encryptedBackupAndRestore()
{
    const qint64 before = children();
    QVERIFY(before > 0);
    const QString out = m_dirHolder->filePath(QStringLiteral("offsite.encbackup"));
    const QString pass = passFile(QStringLiteral("a long passphrase for tests"));
    const Run r = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--encrypt"),
                QStringLiteral("--passphrase-file"), pass, QStringLiteral("--json")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("encrypted")).toBool(), true);
    QVERIFY(ownerOnly(out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(6) == "ENCBAK");
    // Only the sealed file is written: no plain copy left anywhere beside the database.
    for (const QString &name : QDir(m_dirHolder->path()).entryList(QDir::Files))
        QVERIFY2(!name.contains(QStringLiteral("partial")), qPrintable(name));

    // Lose the data, then restore it.
    const QString other = m_dirHolder->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    const Run restore =
        cli(withDb({QStringLiteral("restore"), out, QStringLiteral("--passphrase-file"), pass,
                    QStringLiteral("--json")}));
    QVERIFY2(restore.code == 0, qPrintable(restore.err));
    const QJsonObject o = restore.json();
    QCOMPARE(o.value(QStringLiteral("children")).toInteger(), before);
    const QString aside = o.value(QStringLiteral("previous_kept_at")).toString();
    QVERIFY2(aside.contains(QStringLiteral(".before-restore-")), qPrintable(aside));
    QVERIFY(QFile::exists(aside));
    QVERIFY(ownerOnly(aside));
    QCOMPARE(children(), before);
    // The restore is audited in the restored database.
    const Run check = cli(withDb({QStringLiteral("check"), QStringLiteral("--json")}));
    QCOMPARE(check.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
}

void TestBackupCli::restoreWithWrongPassphrase()
{
    const QString out = m_dirHolder->filePath(QStringLiteral("offsite.encbackup"));
    QCOMPARE(cli(withDb({QStringLiteral("backup"), QStringLiteral("--out"), out,
                         QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                         passFile(QStringLiteral("the right passphrase"))}))
                 .code,
             0);
    const QStringList filesBefore = QDir(m_dirHolder->path()).entryList(QDir::Files);
    const Run r = cli(withDb({QStringLiteral("restore"), out, QStringLiteral("--passphrase-file"),
                              passFile(QStringLiteral("the wrong passphrase"))}));
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Nothing was changed")));
    QStringList filesAfter = QDir(m_dirHolder->path()).entryList(QDir::Files);
    filesAfter.removeAll(QFileInfo(passFile(QStringLiteral("the wrong passphrase"))).fileName());
    QStringList expected = filesBefore;
    expected.removeAll(QFileInfo(passFile(QStringLiteral("the wrong passphrase"))).fileName());
    QCOMPARE(filesAfter, expected);
    // Without a passphrase file and no terminal: a usage error naming the option.
    const Run none = cli(withDb({QStringLiteral("restore"), out}));
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains(QStringLiteral("--passphrase-file")));
}

void TestBackupCli::restoreRefusesATextFile()
{
    const qint64 before = children();
    const QString text = m_dirHolder->filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();
    const QStringList filesBefore = QDir(m_dirHolder->path()).entryList(QDir::Files);
    const Run r = cli(withDb({QStringLiteral("restore"), text}));
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(QStringLiteral("is not an Encompass Tracker backup")));
    QCOMPARE(QDir(m_dirHolder->path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(children(), before);
}

void TestBackupCli::restoreNeedsAFile()
{
    const Run r = cli(withDb({QStringLiteral("restore")}));
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("give one backup file")));
    const Run two =
        cli(withDb({QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(two.code, 2);
}

void TestBackupCli::restoreOverADamagedDatabase()
{
    const qint64 before = children();
    const QString out = m_dirHolder->filePath(QStringLiteral("good.sqlite"));
    QCOMPARE(cli(withDb({QStringLiteral("backup"), QStringLiteral("--out"), out})).code, 0);
    {
        // The reason to restore: the database no longer opens.
        QFile f(db());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 3));
    }
    QCOMPARE(cli(withDb({QStringLiteral("check")})).code, 2);
    const Run r = cli(withDb({QStringLiteral("restore"), out, QStringLiteral("--json")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString aside = r.json().value(QStringLiteral("previous_kept_at")).toString();
    // The damaged file itself is kept, as it was.
    QVERIFY(QFileInfo(aside).size() > 0);
    QCOMPARE(children(), before);
}

void TestBackupCli::rotatedBackupIntoTheFolder()
{
    const Run unset = cli(withDb({QStringLiteral("backup"), QStringLiteral("--rotate")}));
    QCOMPARE(unset.code, 2);
    QVERIFY(unset.err.contains(QStringLiteral("no backup folder is set")));

    const QString folder = m_dirHolder->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const Run set = cli(withDb({QStringLiteral("backup"), QStringLiteral("--set-folder"), folder}));
    QVERIFY2(set.code == 0, qPrintable(set.err));

    const Run first = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--json")}));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QString written = first.json().value(QStringLiteral("written")).toString();
    QVERIFY(written.startsWith(QDir::toNativeSeparators(folder)));
    QVERIFY(QFileInfo(written).fileName().startsWith(
        QStringLiteral("encompass-%1").arg(QDate::currentDate().toString(Qt::ISODate))));
    QVERIFY(ownerOnly(written));
    const Run second = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--json")}));
    QCOMPARE(second.code, 0);
    QVERIFY(second.json().value(QStringLiteral("written")).isNull());

    // The folder gone (network drive unplugged): exit 1 with the reason.
    QVERIFY(QDir(folder).removeRecursively());
    const Run gone = cli(withDb({QStringLiteral("backup"), QStringLiteral("--rotate")}));
    QCOMPARE(gone.code, 1);
    QVERIFY(gone.err.contains(QStringLiteral("cannot be reached")));
}

void TestBackupCli::backUpNowTwiceKeepsBoth()
{
    const QString folder = m_dirHolder->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(cli(withDb({QStringLiteral("backup"), QStringLiteral("--set-folder"), folder})).code,
             0);
    // The day's own backup first, then two by hand (most likely within the same second).
    QCOMPARE(cli(withDb({QStringLiteral("backup"), QStringLiteral("--rotate")})).code, 0);
    QStringList written;
    for (int i = 0; i < 2; ++i) {
        const Run r = cli(
            withDb({QStringLiteral("backup"), QStringLiteral("--now"), QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.json().value(QStringLiteral("deleted")).toArray().isEmpty());
        written << r.json().value(QStringLiteral("written")).toString();
    }
    QVERIFY(written.at(0) != written.at(1));
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    const QStringList inFolder = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(inFolder.size(), 3);
    for (const QString &name : inFolder)
        QVERIFY2(name.startsWith(QStringLiteral("encompass-") + today), qPrintable(name));
    // Each is a whole backup that restores.
    const qint64 expected = children();
    for (const QString &file : written) {
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(ownerOnly(file));
        const QString target = m_dirHolder->filePath(QFileInfo(file).fileName());
        const Run r = cli({QStringLiteral("--db"), target, QStringLiteral("restore"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run check = cli(
            {QStringLiteral("--db"), target, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.code, 0);
        QCOMPARE(check.json()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("child"))
                     .toInteger(-1),
                 expected);
    }
    // A later automatic backup the same day writes nothing and deletes none of them.
    const Run again = cli(
        withDb({QStringLiteral("backup"), QStringLiteral("--rotate"), QStringLiteral("--json")}));
    QCOMPARE(again.code, 0);
    QVERIFY(again.json().value(QStringLiteral("written")).isNull());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "test_backup_cli.moc"
