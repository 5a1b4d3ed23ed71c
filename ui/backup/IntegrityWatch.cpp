#include "IntegrityWatch.h"

#include "backup/BackupController.h"
#include "lock/IdleLock.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/QuickCheck.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace enc::ui {

namespace {

// What the band shows of SQLite's findings (all of them are in its tooltip).
constexpr int ShownChars = 100;

} // namespace

IntegrityWatch::IntegrityWatch(QMainWindow *window, BackupController *backups, IdleLock *lock)
    : QObject(window), m_window(window), m_backups(backups), m_lock(lock),
      m_banner(new QToolBar(tr("Database damaged"), window)), m_message(new QLabel(m_banner))
{
    // A band across the top of the window that stays until the file is restored: it blocks
    // nothing (the user may still read, print and back up), and it cannot be closed or moved.
    m_banner->setObjectName(QLatin1String(BannerName));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->toggleViewAction()->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("QToolBar#%1 { background: #a4161a; padding: 6px; }"
                                           "QToolBar#%1 QLabel { color: white; }")
                                .arg(QLatin1String(BannerName)));
    auto *content = new QWidget(m_banner);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 2);
    m_message->setObjectName(QLatin1String(MessageName));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message, 1);
    auto *restore = new QPushButton(tr("Restore from Backup..."), content);
    connect(restore, &QPushButton::clicked, m_backups, [this] { m_backups->restoreFromBackup(); });
    auto *list = new QPushButton(tr("Backups..."), content);
    connect(list, &QPushButton::clicked, m_backups, [this] { m_backups->showBackupsDialog(); });
    layout->addWidget(restore);
    layout->addWidget(list);
    m_banner->addWidget(content);
    window->addToolBar(Qt::TopToolBarArea, m_banner);
    m_banner->hide();

    // The restored file is checked in its turn (its problem, if any, replaces this one).
    connect(m_backups, &BackupController::restored, this, [this] { start(m_db); });
    if (m_lock) {
        // Found while the window was locked: shown once it is unlocked, never over the lock.
        connect(m_lock, &IdleLock::lockedChanged, this, [this](bool locked) {
            if (!locked && !m_problem.isEmpty())
                showProblem();
        });
    }
}

IntegrityWatch::~IntegrityWatch()
{
    if (!m_thread)
        return;
    // Interrupted, SQLite returns within milliseconds: the wait is for that, not for the check.
    m_check->cancel();
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

void IntegrityWatch::start(Database *db)
{
    m_db = db;
    m_problem.clear();
    m_banner->hide();
    if (!m_db || m_db->checkedAtOpen())
        return;
    if (m_thread) {
        // A check of the file as it was: stopped, and started again when it has ended.
        m_again = true;
        m_check->cancel();
        return;
    }
    // After the window has painted: start-up does not wait for the check.
    QTimer::singleShot(0, this, &IntegrityWatch::run);
}

void IntegrityWatch::cancel()
{
    m_again = false;
    if (m_check)
        m_check->cancel();
}

void IntegrityWatch::run()
{
    if (!m_db || m_thread)
        return;
    auto check = std::make_shared<QuickCheck>(m_db->path());
    auto outcome = std::make_shared<Result<QStringList>>(QStringList());
    m_check = check;
    m_thread = QThread::create([check, outcome] { *outcome = check->run(); });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        const QString problem = *outcome ? (*outcome)->join(QStringLiteral("; ")) : QString();
        done(problem, *outcome ? QString() : outcome->errorText());
    });
    m_thread->start(QThread::LowPriority);
}

void IntegrityWatch::done(const QString &problem, const QString &failure)
{
    const bool cancelled = m_check->cancelled();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_check.reset();
    if (m_again) {
        m_again = false;
        run();
        return;
    }
    if (cancelled)
        return;
    if (!failure.isEmpty()) {
        // Not a finding: the check could not run (another desk held the file, say).
        m_window->statusBar()->showMessage(
            tr("The database's background check did not run: %1").arg(failure), 15000);
        return;
    }
    m_problem = problem;
    if (!m_problem.isEmpty())
        showProblem();
    emit finished(m_problem);
}

QString IntegrityWatch::backupsText() const
{
    const QString folder = m_db ? Backup::folder(*m_db) : QString();
    if (folder.isEmpty()) {
        return tr("No backup folder is set in this tracker: look for the last backup "
                  "(encompass-<date>.sqlite) where your office keeps them.");
    }
    const QDir dir(folder);
    const int count =
        int(dir.entryList({QStringLiteral("encompass-*.sqlite")}, QDir::Files).size());
    const QDateTime newest = Backup::lastBackup(folder);
    if (count == 0 || !newest.isValid()) {
        return tr("There is no backup in %1 yet: ask your IT support about the computer's own "
                  "backups.")
            .arg(QDir::toNativeSeparators(folder));
    }
    const QString when = newest.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (count == 1)
        return tr("One backup in %1, from %2.").arg(QDir::toNativeSeparators(folder), when);
    return tr("%1 backups in %2; the newest is from %3.")
        .arg(QString::number(count), QDir::toNativeSeparators(folder), when);
}

void IntegrityWatch::showProblem()
{
    QString shown = m_problem;
    if (shown.size() > ShownChars)
        shown = shown.left(ShownChars) + QStringLiteral("...");
    // Three short lines: the band must fit a 1366-pixel laptop screen beside its buttons.
    m_message->setText(tr("This database (%1) is damaged. SQLite's check found: %2\nStop "
                          "entering records and restore it from a backup (File > Restore from "
                          "Backup).\n%3")
                           .arg(QFileInfo(m_db->path()).fileName(), shown, backupsText()));
    m_message->setToolTip(m_problem);
    if (m_lock && m_lock->isLocked())
        return;
    m_banner->show();
    QApplication::alert(m_window);
}

} // namespace enc::ui
