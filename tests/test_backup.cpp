// Backups as the office relies on them: a consistent copy while the tracker is open, kept in
// rotation, restored only after it is checked, sealed with a passphrase for off-site storage,
// readable by its owner only; and the warning for a database on a network drive.

#include "TestSupport.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/NetworkDrive.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

using namespace enc;

namespace {

// Fast key derivation for the tests; the format and the checks are the same.
const EncryptedBackup::Cost Quick{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
const QString Pass = QStringLiteral("correct horse battery");

bool ownerOnly(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 0777) == 0600;
}

void addAreas(Database &db, int count, const QString &prefix = QStringLiteral("Area"))
{
    QVERIFY(db.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            if (Status s =
                    Sql::exec(db.sql(), QStringLiteral("INSERT INTO area (name) VALUES (:n)"),
                              {{QStringLiteral("n"), QStringLiteral("%1 %2").arg(prefix).arg(i)}});
                !s)
                return s;
        }
        return {};
    }));
}

qint64 count(const Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    return v ? v->toLongLong() : -1;
}

QStringList areaNames(const QString &path)
{
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return {db.errorText()};
    QStringList names;
    auto q = Sql::run((*db)->sql(), QStringLiteral("SELECT name FROM area ORDER BY id"));
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

QStringList dirEntries(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList names(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate &d : dates)
        out << BackupRotation::dailyName(d);
    return out;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The usual umask: a file created without care would be readable by everyone.
        ::umask(022);
        QVERIFY(sodium_init() >= 0);
    }

    // ---- writing --------------------------------------------------------------------------

    void backupWhileOpenHasTheSameRows()
    {
        test::TempDatabase t;
        addAreas(*t, 400);
        // Committed but still only in the -wal: the copy must include it.
        QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.sqlite"));
        int calls = 0;
        QVERIFY(Backup::write(*t, target, [&](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        }));
        QVERIFY(calls > 0);
        // The database is still open and usable.
        addAreas(*t, 1, QStringLiteral("After"));
        // A file of its own: rollback journal mode, nothing beside it.
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(dirEntries(out.path()), QStringList{QStringLiteral("copy.sqlite")});
        const QStringList copied = areaNames(target);
        QCOMPARE(copied.size(), 400);
        QCOMPARE(copied.first(), QStringLiteral("Area 0"));
        QCOMPARE(copied.last(), QStringLiteral("Area 399"));
        QVERIFY(ownerOnly(target));
    }

    void backupFromAnotherConnectionWhileOpen()
    {
        test::TempDatabase t;
        addAreas(*t, 50);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(Backup::writeFromPath(t.path(), target));
        QCOMPARE(areaNames(target).size(), 50);
        QVERIFY(ownerOnly(target));
    }

    void cancelledBackupLeavesNothing()
    {
        test::TempDatabase t;
        addAreas(*t, 2000);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.sqlite"));
        Status s = Backup::write(*t, target, [](qint64, qint64) { return false; });
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(QStringLiteral("cancelled")), qPrintable(s.errorText()));
        QVERIFY(dirEntries(out.path()).isEmpty());
    }

    void backupIntoMissingFolderFails()
    {
        test::TempDatabase t;
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("gone/copy.sqlite"));
        Status s = Backup::write(*t, target);
        QVERIFY(!s);
        QVERIFY2(
            s.errorText().contains(QDir::toNativeSeparators(out.filePath(QStringLiteral("gone")))),
            qPrintable(s.errorText()));
    }

    // ---- rotation (pure) ------------------------------------------------------------------

    void namesCarryTheDate()
    {
        QCOMPARE(BackupRotation::dailyName(QDate(2026, 11, 22)),
                 QStringLiteral("encompass-2026-11-22.sqlite"));
        QCOMPARE(BackupRotation::manualName(QDateTime(QDate(2026, 11, 22), QTime(9, 5, 7))),
                 QStringLiteral("encompass-2026-11-22-090507.sqlite"));
        QCOMPARE(BackupRotation::parse(QStringLiteral("encompass-2026-11-22.sqlite")),
                 QDateTime(QDate(2026, 11, 22), QTime(0, 0)));
        QCOMPARE(BackupRotation::parse(QStringLiteral("encompass-2026-11-22-235959.sqlite")),
                 QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59)));
        for (const char *bad :
             {"encompass-2026-02-30.sqlite", "encompass-2026-11-22-246000.sqlite",
              "encompass-2026-11-22.sqlite.partial-0000abcd", "other-2026-11-22.sqlite",
              "encompass-2026-11-22-090507-before-schema5.sqlite", "encompass-26-11-22.sqlite"})
            QVERIFY2(!BackupRotation::parse(QString::fromLatin1(bad)).isValid(), bad);
    }

    void rotationKeepsSevenDailyFourWeeklyTwelveMonthly()
    {
        // A backup every day for more than a year, the last on Sunday 22/11/2026.
        const QDate last(2026, 11, 22);
        QList<QDate> all;
        for (QDate d = last.addDays(-500); d <= last; d = d.addDays(1))
            all << d;
        const QStringList deleted = BackupRotation::toDelete(names(all));
        QStringList kept = names(all);
        for (const QString &n : deleted)
            kept.removeOne(n);
        const QList<QDate> expected = {
            // daily: the last seven days
            QDate(2026, 11, 16), QDate(2026, 11, 17), QDate(2026, 11, 18), QDate(2026, 11, 19),
            QDate(2026, 11, 20), QDate(2026, 11, 21), QDate(2026, 11, 22),
            // weekly: the Sunday ending each of the three ISO weeks before
            QDate(2026, 11, 1), QDate(2026, 11, 8), QDate(2026, 11, 15),
            // monthly: the last day of each of the eleven months before
            QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
            QDate(2026, 4, 30), QDate(2026, 5, 31), QDate(2026, 6, 30), QDate(2026, 7, 31),
            QDate(2026, 8, 31), QDate(2026, 9, 30), QDate(2026, 10, 31)};
        QStringList want = names(expected);
        std::sort(want.begin(), want.end());
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, want);
        QCOMPARE(deleted.size(), all.size() - expected.size());
    }

    void rotationIsoWeekAcrossTheNewYear()
    {
        // Monday 29/12/2025 and Friday 02/01/2026 are both in ISO week 1 of 2026.
        const QStringList files =
            names({QDate(2025, 12, 29), QDate(2026, 1, 2), QDate(2025, 12, 26)});
        BackupRotation::Policy weeksOnly{0, 2, 0};
        QCOMPARE(BackupRotation::toDelete(files, weeksOnly),
                 QStringList{BackupRotation::dailyName(QDate(2025, 12, 29))});
        // By month they are different: December keeps its newest (29th), January its own.
        BackupRotation::Policy monthsOnly{0, 0, 2};
        QCOMPARE(BackupRotation::toDelete(files, monthsOnly),
                 QStringList{BackupRotation::dailyName(QDate(2025, 12, 26))});
    }

    void rotationMonthAndYearBoundaries()
    {
        // 31/01 and 01/02; 31/12/2025 and 01/01/2026: one per month is kept on each side.
        const QStringList files =
            names({QDate(2026, 1, 30), QDate(2026, 1, 31), QDate(2026, 2, 1), QDate(2025, 12, 30),
                   QDate(2025, 12, 31), QDate(2026, 1, 1)});
        BackupRotation::Policy monthsOnly{0, 0, 12};
        QStringList deleted = BackupRotation::toDelete(files, monthsOnly);
        std::sort(deleted.begin(), deleted.end());
        QCOMPARE(deleted, names({QDate(2025, 12, 30), QDate(2026, 1, 1), QDate(2026, 1, 30)}));
    }

    void rotationCountsOnlyDaysWithBackups()
    {
        // The office closed for a fortnight: the seven dailies reach back past the gap.
        QList<QDate> dates;
        for (int d = 1; d <= 5; ++d)
            dates << QDate(2026, 12, d + 13); // 14-18 December
        dates << QDate(2027, 1, 4) << QDate(2027, 1, 5);
        dates << QDate(2026, 12, 11); // an older one the dailies no longer need
        const QStringList deleted = BackupRotation::toDelete(names(dates), {7, 0, 0});
        QCOMPARE(deleted, names({QDate(2026, 12, 11)}));
        // With the full policy the week and month keep it.
        QVERIFY(BackupRotation::toDelete(names(dates)).isEmpty());
    }

    void rotationKeepsTheNewestOfADay()
    {
        const QStringList files = {
            QStringLiteral("encompass-2026-11-22.sqlite"),
            QStringLiteral("encompass-2026-11-22-101500.sqlite"),
            QStringLiteral("encompass-2026-11-22-163000.sqlite"),
            QStringLiteral("encompass-2026-11-21.sqlite"),
        };
        QStringList deleted = BackupRotation::toDelete(files);
        std::sort(deleted.begin(), deleted.end());
        QCOMPARE(deleted, (QStringList{QStringLiteral("encompass-2026-11-22-101500.sqlite"),
                                       QStringLiteral("encompass-2026-11-22.sqlite")}));
    }

    void rotationLeavesOtherFilesAlone()
    {
        QList<QDate> dates;
        for (int i = 0; i < 60; ++i)
            dates << QDate(2026, 1, 1).addDays(i * 7);
        QStringList files = names(dates);
        const QStringList others = {
            QStringLiteral("encompass-2020-01-01-120000-before-schema1.sqlite"),
            QStringLiteral("notes.txt"), QStringLiteral("encompass-2020-02-30.sqlite"),
            QStringLiteral("encompass-2020-01-01.sqlite.partial-00c0ffee")};
        files += others;
        const QStringList deleted = BackupRotation::toDelete(files);
        QVERIFY(!deleted.isEmpty());
        for (const QString &o : others)
            QVERIFY2(!deleted.contains(o), qPrintable(o));
    }

    void rotationWithFewFilesDeletesNothing()
    {
        QVERIFY(BackupRotation::toDelete(QStringList()).isEmpty());
        QVERIFY(BackupRotation::toDelete(names({QDate(2026, 11, 22)})).isEmpty());
        QVERIFY(BackupRotation::toDelete(
                    names({QDate(2024, 1, 1), QDate(2025, 6, 1), QDate(2026, 11, 22)}))
                    .isEmpty());
        // Nothing kept at all only when the policy keeps nothing.
        QCOMPARE(BackupRotation::toDelete(names({QDate(2026, 11, 22)}), {0, 0, 0}).size(), 1);
    }

    // ---- the daily backup -----------------------------------------------------------------

    void dailyBackupOncePerDayThenRotates()
    {
        test::TempDatabase t;
        addAreas(*t, 5);
        QTemporaryDir folder;
        // Old backups from the year before: one per day for 40 days.
        for (int i = 0; i < 40; ++i) {
            QFile f(folder.filePath(BackupRotation::dailyName(QDate(2025, 10, 1).addDays(i))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        // Two backups cut off half-way: one old, one perhaps still being written by another desk.
        const QString stale =
            folder.filePath(QStringLiteral("encompass-2025-11-01.sqlite.partial-0badf00d"));
        const QString fresh =
            folder.filePath(QStringLiteral("encompass-2025-11-02.sqlite.partial-00c0ffee"));
        for (const QString &p : {stale, fresh}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
        }
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                  QFileDevice::FileModificationTime));
        }
        const QDateTime now(QDate(2026, 11, 22), QTime(8, 30));
        auto first = Backup::daily(t.path(), folder.path(), now);
        QVERIFY2(first, qPrintable(first.errorText()));
        const QString today = folder.filePath(QStringLiteral("encompass-2026-11-22.sqlite"));
        QCOMPARE(first->written, today);
        QCOMPARE(areaNames(today).size(), 5);
        QVERIFY(ownerOnly(today));
        // 40 old + today = 41; kept: 7 daily + 4 weekly + 12 monthly, overlapping.
        QVERIFY(!first->deleted.isEmpty());
        for (const QString &d : first->deleted)
            QVERIFY(!QFile::exists(folder.filePath(d)));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::remove(fresh));
        QCOMPARE(dirEntries(folder.path()).size(), 41 - first->deleted.size());

        addAreas(*t, 1, QStringLiteral("Later"));
        auto second = Backup::daily(t.path(), folder.path(), now.addSecs(3600));
        QVERIFY(second);
        QVERIFY(second->written.isEmpty());
        QCOMPARE(areaNames(today).size(), 5); // not overwritten
        auto tomorrow = Backup::daily(t.path(), folder.path(), now.addDays(1));
        QVERIFY(tomorrow);
        QCOMPARE(areaNames(tomorrow->written).size(), 6);
    }

    void dailyBackupToUnreachableFolder()
    {
        test::TempDatabase t;
        QTemporaryDir base;
        const QString gone = base.filePath(QStringLiteral("network-share"));
        auto r = Backup::daily(t.path(), gone, QDateTime::currentDateTime());
        QVERIFY(!r);
        QVERIFY2(r.errorText().contains(QStringLiteral("cannot be reached")),
                 qPrintable(r.errorText()));
        QVERIFY(r.errorText().contains(QDir::toNativeSeparators(gone)));
        QVERIFY(!Backup::folderProblem(QString()).isEmpty());
        QVERIFY(Backup::folderProblem(base.path()).isEmpty());
    }

    void backupFolderSettingIsAudited()
    {
        test::TempDatabase t;
        QTemporaryDir folder;
        QVERIFY(Backup::folder(*t).isEmpty());
        QVERIFY(Backup::setFolder(*t, folder.path()));
        QCOMPARE(Backup::folder(*t), QDir::cleanPath(folder.path()));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'set-option' "
                                          "AND after LIKE '%backup.folder%'")),
                 1);
        Status missing = Backup::setFolder(*t, folder.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QVERIFY(missing.errorText().contains(QStringLiteral("does not exist")));
        QVERIFY(!Backup::setFolder(*t, QStringLiteral("relative/path")));
        QCOMPARE(Backup::folder(*t), QDir::cleanPath(folder.path()));
    }

    void backupBeforeAnUpgradeGoesToTheFolder()
    {
        QTemporaryDir dir;
        QTemporaryDir folder;
        const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(ENCOMPASS_TEST_DATA "/schema-v1.sqlite"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QVERIFY(Sql::exec(raw,
                              QStringLiteral("INSERT INTO config (key, value) VALUES "
                                             "('backup.folder', :f)"),
                              {{QStringLiteral("f"), folder.path()}}));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto db = Database::open(copy);
        QVERIFY2(db, qPrintable(db.errorText()));
        const QString backup = (*db)->preUpgradeBackup();
        QVERIFY(!backup.isEmpty());
        QVERIFY((*db)->preUpgradeBackupProblem().isEmpty());
        QVERIFY2(backup.endsWith(QStringLiteral("-before-schema1.sqlite")), qPrintable(backup));
        QVERIFY(ownerOnly(backup));
        QVERIFY(ownerOnly((*db)->preUpgradeCopy()));
        auto info = Backup::inspect(backup);
        QVERIFY2(info, qPrintable(info.errorText()));
        QCOMPARE(info->schemaVersion, 1);
        // The rotation never deletes it.
        QVERIFY(BackupRotation::toDelete(QDir(folder.path()).entryList(QDir::Files), {0, 0, 0})
                    .isEmpty());
    }

    // ---- restore --------------------------------------------------------------------------

    void restoreRoundTripKeepsTheCurrentFileAside()
    {
        test::TempDatabase t;
        addAreas(*t, 10);
        QTemporaryDir out;
        const QString backup = out.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::write(*t, backup));
        // Work after the backup, then a mistake.
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area")));
        addAreas(*t, 3, QStringLiteral("Since"));

        auto prepared = Backup::prepareRestore(backup, t.path());
        QVERIFY2(prepared, qPrintable(prepared.errorText()));
        QCOMPARE(prepared->info.schemaVersion, Database::SchemaVersion);
        QVERIFY(!prepared->encrypted);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 11, 12));
        auto aside = Backup::restore(*t, *prepared, now);
        QVERIFY2(aside, qPrintable(aside.errorText()));
        QCOMPARE(*aside, t.path() + QStringLiteral(".before-restore-20261122-101112"));
        // The same Database object reads the restored file.
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 10);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area WHERE name LIKE 'Since%'")),
                 0);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'restore'")),
                 1);
        QCOMPARE(Sql::scalar(t->sql(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        // And it can still be written.
        addAreas(*t, 1, QStringLiteral("New"));
        // The file as it was before the restore is kept, with the work since the backup.
        QVERIFY(ownerOnly(*aside));
        QCOMPARE(areaNames(*aside),
                 (QStringList{QStringLiteral("Since 0"), QStringLiteral("Since 1"),
                              QStringLiteral("Since 2")}));
        // No copies left over.
        for (const QString &name : dirEntries(t.dir.path()))
            QVERIFY2(!name.contains(QStringLiteral("partial")), qPrintable(name));
        QVERIFY(ownerOnly(t.path()));
    }

    void anotherDeskSeesTheRestoreAsACommit()
    {
        test::TempDatabase t;
        addAreas(*t, 10);
        QTemporaryDir out;
        const QString backup = out.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::write(*t, backup));
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area")));
        // Another desk (or the reports page's worker) has the same file open.
        auto other = Database::open(t.path(), Database::Mode::OpenExisting);
        QVERIFY(other);
        QCOMPARE(count(**other, QStringLiteral("SELECT count(*) FROM area")), 0);
        const qint64 seen = (*other)->dataVersion();

        auto prepared = Backup::prepareRestore(backup, t.path());
        QVERIFY(prepared);
        auto aside = Backup::restore(*t, *prepared, QDateTime::currentDateTime());
        QVERIFY2(aside, qPrintable(aside.errorText()));
        // The other connection sees the restored rows as another desk's commit, and both can
        // go on writing to the one file.
        QVERIFY((*other)->dataVersion() != seen);
        QCOMPARE(count(**other, QStringLiteral("SELECT count(*) FROM area")), 10);
        addAreas(**other, 1, QStringLiteral("Other desk"));
        addAreas(*t, 1, QStringLiteral("This desk"));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 12);
        other->reset();
        QVERIFY(t->integrityProblems().isEmpty());
        QCOMPARE(areaNames(*aside).size(), 0);
    }

    void restoreIntoClosedFile()
    {
        test::TempDatabase t;
        addAreas(*t, 4);
        QTemporaryDir out;
        const QString backup = out.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::write(*t, backup));
        QTemporaryDir target;
        const QString fresh = target.filePath(QStringLiteral("new.sqlite"));
        auto prepared = Backup::prepareRestore(backup, fresh);
        QVERIFY(prepared);
        auto aside = Backup::replaceFile(*prepared, fresh, QDateTime::currentDateTime());
        QVERIFY(aside);
        QVERIFY(aside->isEmpty()); // there was nothing to keep
        QCOMPARE(areaNames(fresh).size(), 4);
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << "text"
                                   << "is not an Encompass Tracker backup";
        QTest::newRow("empty file") << "empty"
                                    << "is not an Encompass Tracker backup";
        QTest::newRow("other SQLite database") << "other"
                                               << "is not an Encompass Tracker backup";
        QTest::newRow("corrupt") << "corrupt"
                                 << "damaged";
        QTest::newRow("truncated") << "truncated"
                                   << "damaged";
        QTest::newRow("newer schema") << "newer"
                                      << "newer version";
        QTest::newRow("missing") << "missing"
                                 << "There is no file";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("itself") << "itself"
                                << "the database itself";
    }

    void restoreRefusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::TempDatabase t;
        addAreas(*t, 300);
        QTemporaryDir out;
        QString bad = out.filePath(QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Name,Date of birth\nAda,01/01/2022\n");
        } else if (kind == QLatin1String("empty")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("other")) {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(bad);
            QVERIFY(raw.open());
            QVERIFY(Sql::exec(raw, QStringLiteral("CREATE TABLE notes (x TEXT)")));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("truncated")) {
            QVERIFY(Backup::write(*t, bad));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("corrupt")) {
                // Scribble over the middle of the file: pages of the area table and its index.
                QVERIFY(f.size() > 40000);
                f.seek(f.size() - 20000);
                f.write(QByteArray(9000, '\x5a'));
            } else {
                QVERIFY(f.resize(f.size() / 2));
            }
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(Backup::write(*t, bad));
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(bad);
            QVERIFY(raw.open());
            QVERIFY(Sql::exec(raw, QStringLiteral("PRAGMA user_version = 99")));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (kind == QLatin1String("folder")) {
            bad = out.path();
        } else if (kind == QLatin1String("itself")) {
            bad = t.path();
        }
        const QStringList before = dirEntries(t.dir.path());
        auto prepared = Backup::prepareRestore(bad, t.path());
        QVERIFY(!prepared);
        QVERIFY2(prepared.errorText().contains(message), qPrintable(prepared.errorText()));
        QVERIFY(!prepared.errorText().contains(QLatin1Char('\n')));
        // Nothing changed: the same files, the same rows.
        QCOMPARE(dirEntries(t.dir.path()), before);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 300);
    }

    // ---- encryption -----------------------------------------------------------------------

    void encryptedRoundTrip()
    {
        test::TempDatabase t;
        addAreas(*t, 120);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain.sqlite"));
        const QString sealed = out.filePath(QStringLiteral("offsite.encbackup"));
        QVERIFY(Backup::write(*t, plain));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        QVERIFY(ownerOnly(sealed));
        QVERIFY(EncryptedBackup::looksEncrypted(sealed));
        QVERIFY(!EncryptedBackup::looksEncrypted(plain));
        // Nothing of the data is readable in the sealed file.
        QFile f(sealed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("Area 1"));
        QVERIFY(!bytes.contains(Pass.toUtf8()));

        const QString back = out.filePath(QStringLiteral("back.sqlite"));
        QVERIFY(EncryptedBackup::decryptFile(sealed, back, Pass));
        QVERIFY(ownerOnly(back));
        QFile a(plain), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // Restore straight from the sealed file.
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area")));
        auto prepared = Backup::prepareRestore(sealed, t.path(), Pass);
        QVERIFY2(prepared, qPrintable(prepared.errorText()));
        QVERIFY(prepared->encrypted);
        QVERIFY(Backup::restore(*t, *prepared, QDateTime::currentDateTime()));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 120);
    }

    void emptyAndChunkSizedFilesRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 65535, 65536, 65537, 3 * 65536})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void emptyAndChunkSizedFilesRoundTrip()
    {
        QFETCH(int, size);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("p"));
        QByteArray data(size, '\0');
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 7 + i / 251);
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const QString sealed = out.filePath(QStringLiteral("s"));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        const QString back = out.filePath(QStringLiteral("b"));
        QVERIFY(EncryptedBackup::decryptFile(sealed, back, Pass));
        QFile r(back);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll(), data);
    }

    void wrongPassphraseFailsCleanly()
    {
        test::TempDatabase t;
        addAreas(*t, 10);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain.sqlite"));
        const QString sealed = out.filePath(QStringLiteral("offsite.encbackup"));
        QVERIFY(Backup::write(*t, plain));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area WHERE id > 5")));
        const QStringList before = dirEntries(t.dir.path());
        auto prepared =
            Backup::prepareRestore(sealed, t.path(), QStringLiteral("Correct horse battery"));
        QVERIFY(!prepared);
        QVERIFY2(prepared.errorText().contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(prepared.errorText()));
        QVERIFY(prepared.errorText().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(dirEntries(t.dir.path()), before);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 5);
        // No passphrase at all is asked for by name.
        auto none = Backup::prepareRestore(sealed, t.path());
        QVERIFY(!none);
        QCOMPARE(none.error().field, QStringLiteral("passphrase"));
        // Decrypting to a file leaves nothing behind either.
        const QString back = out.filePath(QStringLiteral("back.sqlite"));
        QVERIFY(!EncryptedBackup::decryptFile(sealed, back, QStringLiteral("wrong passphrase")));
        QVERIFY(!QFile::exists(back));
        QCOMPARE(dirEntries(out.path()).size(), 2);
    }

    void tamperedOrTruncatedFileFails_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("byte in the data") << "data"
                                          << "damaged or has been changed";
        QTest::newRow("byte in the last chunk") << "last"
                                                << "damaged or has been changed";
        QTest::newRow("salt") << "salt"
                              << "passphrase is wrong";
        QTest::newRow("stream header") << "stream"
                                       << "passphrase is wrong";
        QTest::newRow("key settings") << "ops"
                                      << "passphrase is wrong";
        QTest::newRow("huge memory asked") << "mem"
                                           << "key settings out of range";
        QTest::newRow("chunk length") << "length"
                                      << "impossible length";
        QTest::newRow("truncated") << "truncate"
                                   << "incomplete";
        QTest::newRow("last chunk dropped") << "droplast"
                                            << "incomplete";
        QTest::newRow("header only") << "header"
                                     << "incomplete";
        QTest::newRow("magic only") << "magic"
                                    << "incomplete";
        QTest::newRow("appended") << "append"
                                  << "data after the end";
        QTest::newRow("newer format") << "version"
                                      << "newer version";
        QTest::newRow("not encrypted") << "plain"
                                       << "not an encrypted";
    }

    void tamperedOrTruncatedFileFails()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(200000, 'x'));
        }
        const QString sealed = out.filePath(QStringLiteral("sealed"));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        QFile f(sealed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // 104-byte header; chunks of 4 + 65536 + 17 bytes.
        const int header = 104;
        const int chunk = 4 + 65536 + 17;
        if (change == QLatin1String("data"))
            bytes[header + chunk + 1000] = char(bytes[header + chunk + 1000] ^ 1);
        else if (change == QLatin1String("last"))
            bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x40);
        else if (change == QLatin1String("salt"))
            bytes[40] = char(bytes[40] ^ 1);
        else if (change == QLatin1String("stream"))
            bytes[60] = char(bytes[60] ^ 1);
        else if (change == QLatin1String("ops"))
            bytes[16] = char(bytes[16] + 1);
        else if (change == QLatin1String("mem"))
            bytes[31] = char(0x7f);
        else if (change == QLatin1String("length"))
            bytes[header + 2] = char(0x7f);
        else if (change == QLatin1String("truncate"))
            bytes.chop(5000);
        else if (change == QLatin1String("droplast"))
            bytes.truncate(header + 3 * chunk);
        else if (change == QLatin1String("header"))
            bytes.truncate(header);
        else if (change == QLatin1String("magic"))
            bytes.truncate(8);
        else if (change == QLatin1String("append"))
            bytes.append("more");
        else if (change == QLatin1String("version"))
            bytes[8] = 2;
        else if (change == QLatin1String("plain"))
            bytes = QByteArray("SQLite format 3") + QByteArray(200, '\0');
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString back = out.filePath(QStringLiteral("back"));
        Status s = EncryptedBackup::decryptFile(sealed, back, Pass);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(message), qPrintable(s.errorText()));
        QVERIFY(!QFile::exists(back));
        QCOMPARE(dirEntries(out.path()).size(), 2);
    }

    void shortPassphraseRefused()
    {
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("p"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Status s = EncryptedBackup::encryptFile(plain, out.filePath(QStringLiteral("s")),
                                                QStringLiteral("short"), Quick);
        QVERIFY(!s);
        QVERIFY(s.errorText().contains(QStringLiteral("at least 8 characters")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("s"))));
    }

    // ---- network drives -------------------------------------------------------------------

    void networkFileSystemsAreNamed()
    {
        QCOMPARE(NetworkDrive::nameOfMagic(0x6969), QStringLiteral("NFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0xFF534D42), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0xFE534D42), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0x517B), QStringLiteral("SMB/CIFS"));
        QVERIFY(NetworkDrive::nameOfMagic(0xEF53).isEmpty());     // ext4
        QVERIFY(NetworkDrive::nameOfMagic(0x01021994).isEmpty()); // tmpfs
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("nfs4")), QStringLiteral("NFS"));
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("cifs")), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("fuse.sshfs")),
                 QStringLiteral("SSHFS"));
        QVERIFY(NetworkDrive::nameOfMountType(QStringLiteral("ext4")).isEmpty());
        QVERIFY(NetworkDrive::isUncPath(QStringLiteral("//server/share/encompass.sqlite")));
        QVERIFY(NetworkDrive::isUncPath(QStringLiteral("\\\\server\\share\\encompass.sqlite")));
        QVERIFY(!NetworkDrive::isUncPath(QStringLiteral("/home/office/encompass.sqlite")));
        QVERIFY(!NetworkDrive::isUncPath(QStringLiteral("///x")));
    }

    void mountTableFindsTheLongestMountPoint()
    {
        const QString mounts = QStringLiteral("/dev/sda1 / ext4 rw,relatime 0 0\n"
                                              "//nas/office /mnt/office cifs rw,vers=3.0 0 0\n"
                                              "/dev/sdb1 /mnt/office/local ext4 rw 0 0\n"
                                              "nas:/export /srv/shared\\040drive nfs4 rw 0 0\n");
        QCOMPARE(
            NetworkDrive::mountTypeOf(QStringLiteral("/mnt/office/db/encompass.sqlite"), mounts),
            QStringLiteral("cifs"));
        QCOMPARE(
            NetworkDrive::mountTypeOf(QStringLiteral("/mnt/office/local/encompass.sqlite"), mounts),
            QStringLiteral("ext4"));
        QCOMPARE(NetworkDrive::mountTypeOf(QStringLiteral("/mnt/officex/encompass.sqlite"), mounts),
                 QStringLiteral("ext4"));
        QCOMPARE(NetworkDrive::mountTypeOf(QStringLiteral("/srv/shared drive/e.sqlite"), mounts),
                 QStringLiteral("nfs4"));
    }

    void localDatabaseHasNoWarning()
    {
        test::TempDatabase t;
        QVERIFY(NetworkDrive::fileSystemOf(t.path()).isEmpty());
        QVERIFY(NetworkDrive::warningFor(t.path()).isEmpty());
        const QString warning = NetworkDrive::warningFor(QStringLiteral("//server/share/e.sqlite"));
        QVERIFY(warning.contains(QStringLiteral("network drive")));
        QVERIFY(warning.contains(QStringLiteral("local disk")));
        QVERIFY(warning.contains(QStringLiteral("backup folder")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
