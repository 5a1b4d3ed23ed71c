// The whole-file check in the window: a file damaged in a page that opening does not read
// opens at once, and the check run in the background after the window is up shows the damage
// in a red band with what to do (restore from a backup, which backups there are), also when it
// finishes while the window is locked (shown at unlock, never over the lock).

#include "DamagedFile.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "backup/IntegrityWatch.h"
#include "lock/IdleLock.h"
#include "repo/Children.h"
#include "storage/Audit.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace enc;
using namespace enc::ui;

class TestIntegrityWatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<QTemporaryDir> m_backups;

    // A tracker whose oldest audit entries fill many pages, with one backup in its folder;
    // damaged (garbage over the first audit page) when asked.
    void makeTracker(bool damaged)
    {
        m_temp = std::make_unique<test::TempDatabase>();
        m_backups = std::make_unique<QTemporaryDir>();
        Database &db = **m_temp;
        QVERIFY(Backup::setFolder(db, m_backups->path()));
        // Today's: the window's daily backup has nothing to write.
        QVERIFY(Backup::write(
            db, QDir(m_backups->path()).filePath(BackupRotation::dailyName(QDate::currentDate()))));
        Child child; // a tracker in use: the window offers no demo data
        child.forename = QStringLiteral("Ada");
        child.surname = QStringLiteral("Check");
        child.dateOfBirth = QDate::currentDate().addYears(-3);
        QVERIFY(Children(db).add(child));
        QVERIFY(db.transaction([&]() -> Status {
            for (int i = 0; i < 400; ++i) {
                if (Status s = Audit::record(
                        db.sql(), QStringLiteral("note"), QStringLiteral("config"), i, 0, {},
                        {{QStringLiteral("text"), QString(400, QLatin1Char('a' + i % 26))}});
                    !s)
                    return s;
            }
            return {};
        }));
        const QString path = m_temp->path();
        m_temp->db.reset();
        if (!damaged)
            return;
        // The oldest audit entries: read neither at open nor by the window's first page.
        const int page = test::firstLeaf(path, QStringLiteral("audit"));
        QVERIFY(page > 1);
        QVERIFY(test::damagePage(path, page));
    }

    static QToolBar *banner(const MainWindow &w)
    {
        return w.findChild<QToolBar *>(QLatin1String(IntegrityWatch::BannerName));
    }

private slots:
    void damagedPageIsShownOnceTheWindowIsUp()
    {
        makeTracker(true);
        MainWindow window(m_temp->path());
        // Opens: the damage is in a page that opening does not read.
        QVERIFY2(window.openDatabase(), qPrintable(MessageBox::lastText()));
        window.show();
        auto *watch = window.findChild<IntegrityWatch *>();
        QVERIFY(watch);
        QVERIFY(!banner(window)->isVisible());
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(!watch->problem().isEmpty());
        QVERIFY(banner(window)->isVisible());
        const QString text =
            window.findChild<QLabel *>(QLatin1String(IntegrityWatch::MessageName))->text();
        QVERIFY2(text.contains(QStringLiteral("is damaged")), qPrintable(text));
        // SQLite's finding in one line, without its heading.
        QVERIFY2(text.contains(watch->problem().left(40)), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("***")));
        QVERIFY(text.contains(QStringLiteral("restore it from a backup")));
        QVERIFY(text.contains(QStringLiteral("File > Restore from Backup")));
        // Which backups there are.
        QVERIFY2(text.contains(QStringLiteral("One backup in")), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(m_backups->path())));
        // The window is still usable: nothing modal.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void soundFileShowsNothing()
    {
        makeTracker(false);
        MainWindow window(m_temp->path());
        QVERIFY(window.openDatabase());
        window.show();
        auto *watch = window.findChild<IntegrityWatch *>();
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().at(0).toString().isEmpty());
        QVERIFY(!banner(window)->isVisible());
    }

    void foundWhileLockedIsShownAtUnlock()
    {
        makeTracker(true);
        MainWindow window(m_temp->path());
        QVERIFY(window.openDatabase());
        window.show();
        window.idleLock()->lock();
        auto *watch = window.findChild<IntegrityWatch *>();
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(!watch->problem().isEmpty());
        // Not over the lock: nothing of the window shows while it is locked.
        QVERIFY(!banner(window)->isVisible());
        window.idleLock()->unlock();
        QVERIFY(banner(window)->isVisible());
        // Locked again, it hides with the rest, and comes back.
        window.idleLock()->lock();
        QVERIFY(!banner(window)->isVisible());
        window.idleLock()->unlock();
        QVERIFY(banner(window)->isVisible());
    }

    void quitDoesNotWaitForTheCheck()
    {
        makeTracker(false);
        auto window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(window->openDatabase());
        window->show();
        auto *watch = window->findChild<IntegrityWatch *>();
        QCoreApplication::processEvents(); // the check starts
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        window.reset(); // stops the check if it is still running; no hang, no crash
        QVERIFY(finished.isEmpty() || finished.first().at(0).toString().isEmpty());
        // The file was closed cleanly: no log left behind for the next start to check.
        QVERIFY(!QFileInfo::exists(m_temp->path() + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestIntegrityWatch)
#include "test_integrity_watch.moc"
