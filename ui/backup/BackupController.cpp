#include "BackupController.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "backup/BackupsDialog.h"
#include "backup/PassphraseDialog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/NetworkDrive.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

namespace enc::ui {

namespace {

// A modal progress bar for a backup written on the window's thread.
class BackupProgress
{
public:
    BackupProgress(QWidget *parent, const QString &text)
        : m_dialog(text, QApplication::translate("enc::ui::BackupController", "Cancel"), 0, 100,
                   parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(300);
    }
    Backup::Progress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setValue(total > 0 ? int(done * 100 / total) : 0);
            QApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    ~BackupProgress() { m_dialog.reset(); }

private:
    QProgressDialog m_dialog;
};

QString when(const QDateTime &at)
{
    return at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

BackupController::BackupController(QWidget *window, QStatusBar *statusBar)
    : QObject(window), m_window(window), m_statusBar(statusBar)
{}

void BackupController::setDatabase(Database *db)
{
    m_db = db;
}

void BackupController::addMenuActions(QMenu *file)
{
    QAction *now = file->addAction(tr("&Back Up Now"), this, [this] { backUpNow(); });
    now->setObjectName(QStringLiteral("actionBackUpNow"));
    now->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *sealed =
        file->addAction(tr("Export E&ncrypted Backup..."), this, [this] { exportEncrypted(); });
    sealed->setObjectName(QStringLiteral("actionExportEncrypted"));
    QAction *restore =
        file->addAction(tr("&Restore from Backup..."), this, [this] { restoreFromBackup(); });
    restore->setObjectName(QStringLiteral("actionRestore"));
    QAction *settings = file->addAction(tr("Back&ups..."), this, [this] { showBackupsDialog(); });
    settings->setObjectName(QStringLiteral("actionBackups"));
}

void BackupController::showStatus(const QString &text, int timeoutMs)
{
    m_lastStatus = text;
    if (m_statusBar)
        m_statusBar->showMessage(text, timeoutMs);
}

QString BackupController::chooseFolder()
{
    const QString folder = FileDialog::directory(m_window, tr("Folder for the backups"));
    if (folder.isEmpty() || !m_db)
        return {};
    if (Status s = Backup::setFolder(*m_db, folder); !s) {
        MessageBox::warning(m_window, tr("Backups"), s.errorText());
        return {};
    }
    return Backup::folder(*m_db);
}

void BackupController::startDailyBackup()
{
    if (!m_db || m_running)
        return;
    const QString folder = Backup::folder(*m_db);
    if (folder.isEmpty()) {
        showStatus(tr("No backup folder is set: choose one in File > Backups."), 15000);
        return;
    }
    if (const QString problem = Backup::folderProblem(folder); !problem.isEmpty()) {
        // A warning, never a dialog: the day's work goes on.
        showStatus(tr("Backup not made: %1").arg(problem), 0);
        emit dailyBackupFinished(false, problem);
        return;
    }
    m_running = true;
    const QString dbPath = m_db->path();
    const QDateTime now = QDateTime::currentDateTime();
    // Its own connection on a worker thread: the window stays responsive on a slow share.
    QPointer<BackupController> self(this);
    QThread *worker = QThread::create([self, dbPath, folder, now] {
        auto result = Backup::daily(dbPath, folder, now);
        const bool ok = bool(result);
        const QString written = ok ? result->written : QString();
        const QString error = ok ? QString() : result.errorText();
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, written, error] {
                if (!self)
                    return;
                self->m_running = false;
                if (!ok) {
                    self->showStatus(tr("Backup not made: %1").arg(error), 0);
                    emit self->dailyBackupFinished(false, error);
                    return;
                }
                if (!written.isEmpty())
                    self->showStatus(tr("Today's backup was written to %1")
                                         .arg(QDir::toNativeSeparators(written)),
                                     15000);
                emit self->dailyBackupFinished(true, written);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

bool BackupController::warnIfOnNetworkDrive()
{
    if (!m_db || m_networkWarned)
        return false;
    const QString warning = NetworkDrive::warningFor(m_db->path());
    if (warning.isEmpty())
        return false;
    m_networkWarned = true;
    MessageBox::warning(m_window, tr("Database on a network drive"), warning);
    return true;
}

bool BackupController::backUpNow()
{
    if (!m_db)
        return false;
    QString folder = Backup::folder(*m_db);
    if (folder.isEmpty()) {
        MessageBox::information(m_window, tr("Back Up Now"),
                                tr("Choose the folder for the backups first (a network drive "
                                   "is a good place; the database itself should stay on this "
                                   "computer)."));
        folder = chooseFolder();
        if (folder.isEmpty())
            return false;
    }
    Result<Backup::Rotated> result = Result<Backup::Rotated>::failure(QString());
    {
        BackupProgress progress(m_window, tr("Backing up the database..."));
        result =
            Backup::manual(m_db->path(), folder, QDateTime::currentDateTime(), progress.callback());
    }
    if (!result) {
        MessageBox::warning(m_window, tr("Back Up Now"), result.errorText());
        return false;
    }
    if (Status s = Backup::recordBackup(*m_db, result->written, false); !s)
        MessageBox::warning(m_window, tr("Back Up Now"), s.errorText());
    showStatus(tr("Backup written to %1").arg(QDir::toNativeSeparators(result->written)), 15000);
    return true;
}

bool BackupController::exportEncrypted()
{
    if (!m_db)
        return false;
    const QString suggested = QStringLiteral("encompass-%1.encbackup")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString target = FileDialog::saveFileName(
        m_window, tr("Export Encrypted Backup"), suggested, tr("Encrypted backups (*.encbackup)"));
    if (target.isEmpty())
        return false;
    QString passphrase;
    if (!PassphraseDialog::ask(m_window, tr("Export Encrypted Backup"),
                               tr("Choose a passphrase for this backup. It is needed to restore "
                                  "it and is not stored anywhere."),
                               true, &passphrase))
        return false;
    // The plain copy stays in the database's own folder (for a server, this user's data
    // folder on this computer) and is removed at once.
    const QString plain = Backup::plainCopyPath(*m_db);
    Status s;
    {
        BackupProgress progress(m_window, tr("Backing up the database..."));
        s = Backup::write(*m_db, plain, progress.callback());
    }
    if (s) {
        // Sealing a county's file takes seconds: done on a worker while the window paints.
        QProgressDialog sealing(tr("Encrypting the backup..."), QString(), 0, 0, m_window);
        sealing.setWindowTitle(tr("Export Encrypted Backup"));
        sealing.setWindowModality(Qt::WindowModal);
        sealing.setMinimumDuration(0);
        sealing.setCancelButton(nullptr);
        QEventLoop wait;
        QThread *worker = QThread::create([&s, &plain, &target, &passphrase] {
            s = EncryptedBackup::encryptFile(plain, target, passphrase);
        });
        connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
        worker->start();
        sealing.show();
        wait.exec();
        worker->wait();
        delete worker;
    }
    QFile::remove(plain);
    passphrase.fill(QLatin1Char('\0'));
    if (!s) {
        MessageBox::warning(m_window, tr("Export Encrypted Backup"), s.errorText());
        return false;
    }
    if (Status logged = Backup::recordBackup(*m_db, target, true); !logged)
        MessageBox::warning(m_window, tr("Export Encrypted Backup"), logged.errorText());
    showStatus(tr("Encrypted backup written to %1").arg(QDir::toNativeSeparators(target)), 15000);
    return true;
}

bool BackupController::restoreFromBackup()
{
    if (!m_db)
        return false;
    if (m_db->onServer()) {
        MessageBox::information(m_window, tr("Restore from Backup"),
                                Backup::notRestoredOnServer(m_db->path()));
        return false;
    }
    const QString file = FileDialog::openFileName(
        m_window, tr("Restore from Backup"), tr("Backups (*.sqlite *.encbackup);;All files (*)"));
    if (file.isEmpty())
        return false;
    QString passphrase;
    if (EncryptedBackup::looksEncrypted(file) &&
        !PassphraseDialog::ask(
            m_window, tr("Restore from Backup"),
            tr("%1 is encrypted. Type its passphrase.").arg(QFileInfo(file).fileName()), false,
            &passphrase))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto prepared = Backup::prepareRestore(file, m_db->path(), passphrase);
    QApplication::restoreOverrideCursor();
    passphrase.fill(QLatin1Char('\0'));
    if (!prepared) {
        MessageBox::critical(m_window, tr("Restore from Backup"), prepared.errorText());
        return false;
    }
    const QString children = prepared->info.children < 0
                                 ? tr("an unknown number of")
                                 : QLocale().toString(prepared->info.children);
    const auto answer = MessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace the tracker's data with the backup %1 (%2 children, written %3)?\n\n"
           "Everything entered since that backup will no longer be shown; the current file is "
           "kept beside the database. Close the tracker on every other desk first.")
            .arg(QDir::toNativeSeparators(file), children, when(QFileInfo(file).lastModified())));
    if (answer != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto aside = Backup::restore(*m_db, *prepared, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    emit restored(); // the file was reopened either way: views re-read it
    if (!aside) {
        MessageBox::critical(m_window, tr("Restore from Backup"), aside.errorText());
        return false;
    }
    showStatus(aside->isEmpty()
                   ? tr("Restored from %1").arg(QDir::toNativeSeparators(file))
                   : tr("Restored from %1; the previous file is kept at %2")
                         .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(*aside)),
               0);
    return true;
}

void BackupController::showBackupsDialog()
{
    if (!m_db)
        return;
    BackupsDialog dialog(*m_db, m_window);
    connect(&dialog, &BackupsDialog::backUpNowRequested, this, [this, &dialog] {
        if (backUpNow())
            dialog.refresh();
    });
    dialog.exec();
}

} // namespace enc::ui
