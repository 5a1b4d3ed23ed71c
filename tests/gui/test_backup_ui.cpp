// Backups from the window: the daily backup and its status-bar message, an unreachable
// folder that never blocks work, Back Up Now, the encrypted export, restoring (refused and
// accepted) with the views re-read and undo forgotten, and the Backups dialog.

#include "ChildTableModel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "backup/BackupController.h"
#include "backup/BackupsDialog.h"
#include "backup/PassphraseDialog.h"
#include "commands/Editor.h"
#include "repo/Children.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/EncryptedBackup.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestBackupUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<MainWindow> m_window;

    // A child added through the window, as the officer would.
    void addChildInWindow(const QString &forename)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Since");
        c.dateOfBirth = QDate::currentDate().addYears(-1);
        QVERIFY(m_window->editor()->addChild(c));
    }

    void addChild(Database &db, const QString &forename)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Backup");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        QVERIFY(Children(db).add(c));
    }

    // Opens the window and waits for its daily backup to finish.
    void openWindow(bool expectOk = true)
    {
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QSignalSpy done(m_window->backups(), &BackupController::dailyBackupFinished);
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), expectOk);
    }

    int trackerRows() const { return m_window->trackerPage()->model()->rowCount(); }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    QString today() const
    {
        return m_folder->filePath(BackupRotation::dailyName(QDate::currentDate()));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        m_folder = std::make_unique<QTemporaryDir>();
        addChild(**m_temp, QStringLiteral("Ada"));
        addChild(**m_temp, QStringLiteral("Ben"));
        QVERIFY(Backup::setFolder(**m_temp, m_folder->path()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
        m_folder.reset();
    }

    void dailyBackupOnOpenWithStatusMessage()
    {
        openWindow();
        QVERIFY(QFile::exists(today()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                     QStringLiteral("Today's backup was written to")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // A second opening the same day writes nothing new.
        const QDateTime first = QFileInfo(today()).lastModified();
        m_window.reset();
        openWindow();
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 1);
        QCOMPARE(QFileInfo(today()).lastModified(), first);
    }

    void unreachableFolderWarnsWithoutBlocking()
    {
        const QString gone = m_folder->filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(gone));
        QVERIFY(Backup::setFolder(**m_temp, gone));
        QVERIFY(QDir(gone).removeRecursively());
        const QString before = MessageBox::lastText();
        openWindow(false);
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")),
            qPrintable(m_window->statusBar()->currentMessage()));
        // No dialog was raised; the tracker is there to use.
        QCOMPARE(MessageBox::lastText(), before);
        QCOMPARE(trackerRows(), 2);
    }

    void localDatabaseGivesNoNetworkWarning()
    {
        openWindow();
        QVERIFY(!m_window->backups()->warnIfOnNetworkDrive());
    }

    void backUpNowFromTheMenu()
    {
        openWindow();
        QAction *now = action("actionBackUpNow");
        QVERIFY(now);
        QCOMPARE(now->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        now->trigger();
        // The day's backup made on opening is kept beside the one just made, which has the
        // time in its name.
        const QStringList files = QDir(m_folder->path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
        QStringList timed;
        for (const QString &f : files) {
            QCOMPARE(BackupRotation::parse(f).date(), QDate::currentDate());
            if (BackupRotation::parse(f).time() != QTime(0, 0))
                timed << f;
        }
        QCOMPARE(timed.size(), 1);
        QVERIFY(m_window->backups()->lastStatus().contains(QStringLiteral("Backup written to")));
        // Audited.
        QCOMPARE(Sql::scalar(m_window->database()->sql(),
                             QStringLiteral("SELECT count(*) FROM audit WHERE action = 'backup'"))
                     ->toInt(),
                 1);
    }

    void backUpNowAsksForAFolderFirst()
    {
        QVERIFY(Backup::setFolder(**m_temp, QString()));
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        QTRY_VERIFY(m_window->backups()->lastStatus().contains(QStringLiteral("No backup folder")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(m_folder->path());
        QVERIFY(m_window->backups()->backUpNow());
        QCOMPARE(Backup::folder(*m_window->database()), QDir::cleanPath(m_folder->path()));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 1);
    }

    void restoreBringsBackTheRowsAndForgetsUndo()
    {
        openWindow();
        QCOMPARE(trackerRows(), 2);
        Child c;
        c.forename = QStringLiteral("Cara");
        c.surname = QStringLiteral("Since");
        c.dateOfBirth = QDate::currentDate().addYears(-1);
        QVERIFY(m_window->editor()->addChild(c));
        QTRY_COMPARE(trackerRows(), 3);
        QVERIFY(m_window->editor()->canUndo());

        FileDialog::setNextFileName(today());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("actionRestore")->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 children")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(trackerRows(), 2);
        QVERIFY(!m_window->editor()->canUndo());
        QVERIFY(
            m_window->backups()->lastStatus().contains(QStringLiteral("previous file is kept")));
        // The window goes on working on the restored file.
        QVERIFY(m_window->editor()->addChild(c));
        QTRY_COMPARE(trackerRows(), 3);
    }

    void restoreCancelledChangesNothing()
    {
        openWindow();
        addChildInWindow(QStringLiteral("Dan"));
        QCOMPARE(trackerRows(), 3);
        FileDialog::setNextFileName(today());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->backups()->restoreFromBackup());
        QCOMPARE(trackerRows(), 3);
        QCOMPARE(QDir(m_temp->dir.path())
                     .entryList({QStringLiteral("*before-restore*")}, QDir::Files)
                     .size(),
                 0);
    }

    void restoreRefusesANonBackup()
    {
        openWindow();
        const QString text = m_folder->filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        FileDialog::setNextFileName(text);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_window->backups()->restoreFromBackup());
        QVERIFY(
            MessageBox::lastText().contains(QStringLiteral("is not an Encompass Tracker backup")));
        QCOMPARE(trackerRows(), 2);
    }

    void encryptedExportAndRestore()
    {
        openWindow();
        const QString sealed = m_folder->filePath(QStringLiteral("offsite.encbackup"));
        FileDialog::setNextFileName(sealed);
        PassphraseDialog::setNextPassphrase(QStringLiteral("a passphrase for tests"));
        QVERIFY(m_window->backups()->exportEncrypted());
        QVERIFY(EncryptedBackup::looksEncrypted(sealed));
        addChildInWindow(QStringLiteral("Eve"));
        QCOMPARE(trackerRows(), 3);

        // Wrong passphrase: a clear message, nothing changed.
        FileDialog::setNextFileName(sealed);
        PassphraseDialog::setNextPassphrase(QStringLiteral("not the passphrase"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_window->backups()->restoreFromBackup());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(trackerRows(), 3);

        FileDialog::setNextFileName(sealed);
        PassphraseDialog::setNextPassphrase(QStringLiteral("a passphrase for tests"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->backups()->restoreFromBackup());
        QCOMPARE(trackerRows(), 2);
    }

    void backupsDialogSetsTheFolder()
    {
        openWindow();
        BackupsDialog dialog(*m_window->database());
        QCOMPARE(dialog.folderEdit()->text(),
                 QDir::toNativeSeparators(QDir::cleanPath(m_folder->path())));
        QVERIFY(dialog.lastBackupLabel()->text().contains(
            QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
        dialog.folderEdit()->setText(m_folder->filePath(QStringLiteral("missing")));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("does not exist")));
        QCOMPARE(Backup::folder(*m_window->database()), QDir::cleanPath(m_folder->path()));
        QTemporaryDir other;
        FileDialog::setNextFileName(other.path());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backupChoose")),
                          Qt::LeftButton);
        QCOMPARE(dialog.folderEdit()->text(), QDir::toNativeSeparators(other.path()));
        QVERIFY(dialog.lastBackupLabel()->text().contains(QStringLiteral("none")));
        QVERIFY(dialog.save());
        QCOMPARE(Backup::folder(*m_window->database()), QDir::cleanPath(other.path()));
    }

    void passphraseDialogChecksWhatIsTyped()
    {
        PassphraseDialog dialog(QStringLiteral("Choose"), true);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.firstEdit(), QStringLiteral("short"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("at least 8")));
        dialog.firstEdit()->clear();
        QTest::keyClicks(dialog.firstEdit(), QStringLiteral("long enough words"));
        QTest::keyClicks(dialog.secondEdit(), QStringLiteral("long enough word"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("same passphrase")));
        QTest::keyClicks(dialog.secondEdit(), QStringLiteral("s"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.firstEdit()->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestBackupUi)
#include "test_backup_ui.moc"
