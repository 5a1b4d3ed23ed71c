// Backups as the office relies on them: a consistent copy while the tracker is open, the daily
// backup into the chosen folder, restored only after it is checked, readable by its owner
// only. Rotation, encryption and network drives have their own tests.

#include "BackupTestSupport.h"
#include "TestSupport.h"
#include "storage/Backup.h"

#include <QSqlQuery>

#include <QTest>

using namespace enc;
using namespace enc::test::backup;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
private slots:
    void initTestCase() { prepareFiles(); }

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

    void backUpNowTwiceInOneSecondKeepsBoth()
    {
        test::TempDatabase t;
        addAreas(*t, 2);
        QTemporaryDir folder;
        const QDateTime now(QDate(2026, 12, 7), QTime(14, 30, 5));
        auto daily = Backup::daily(t.path(), folder.path(), now.addSecs(-3600));
        QVERIFY(daily);
        auto first = Backup::manual(t.path(), folder.path(), now);
        QVERIFY2(first, qPrintable(first.errorText()));
        addAreas(*t, 1, QStringLiteral("Later"));
        auto second = Backup::manual(t.path(), folder.path(), now);
        QVERIFY2(second, qPrintable(second.errorText()));
        QCOMPARE(QFileInfo(first->written).fileName(),
                 QStringLiteral("encompass-2026-12-07-143005.sqlite"));
        QCOMPARE(QFileInfo(second->written).fileName(),
                 QStringLiteral("encompass-2026-12-07-143005-2.sqlite"));
        QVERIFY(first->deleted.isEmpty() && second->deleted.isEmpty());
        QCOMPARE(areaNames(daily->written).size(), 2);
        QCOMPARE(areaNames(first->written).size(), 2);
        QCOMPARE(areaNames(second->written).size(), 3);
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
        const QString copy = test::goldenSchema1Copy(dir, QStringLiteral("old.sqlite"));
        QVERIFY(!copy.isEmpty());
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
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
