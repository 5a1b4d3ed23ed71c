#include "MainWindow.h"

#include "ChildTableModel.h"
#include "ConnectionWatch.h"
#include "FirstPaint.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "PageLoader.h"
#include "StatusCounts.h"
#include "TrackerPage.h"
#include "actions/ActionsPage.h"
#include "audit/AuditPage.h"
#include "backup/BackupController.h"
#include "backup/IntegrityWatch.h"
#include "child/ChildRecordPage.h"
#include "commands/Editor.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ChildDialog.h"
#include "dialogs/OpenDatabaseDialog.h"
#include "dialogs/PpnDialog.h"
#include "directory/MembersPage.h"
#include "directory/SettingsPage.h"
#include "import/ImportPage.h"
#include "import/ImportWizard.h"
#include "letters/LettersPage.h"
#include "lock/IdleLock.h"
#include "meeting/MeetingsPage.h"
#include "meeting/PresenterWindow.h"
#include "options/OfficeOptionsDialog.h"
#include "repo/Options.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StagedFiles.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace enc::ui {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_path(databasePath), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_trackerStack(new QStackedWidget(this)),
      m_tracker(new TrackerPage(this)), m_child(new ChildRecordPage(this)),
      m_settings(new SettingsPage(this)), m_actions(new ActionsPage(this)),
      m_members(new MembersPage(this)), m_reports(new ReportsPage(this)),
      m_letters(new LettersPage(this)), m_meetings(new MeetingsPage(this)),
      m_import(new ImportPage(this)), m_audit(new AuditPage(this)), m_lock(new IdleLock(this)),
      m_dbLabel(new QLabel(this)), m_roleLabel(new QLabel(this)), m_countsLabel(new QLabel(this)),
      m_poll(new QTimer(this)), m_backup(new BackupController(this, statusBar())),
      m_loader(new PageLoader(m_pages)), m_counts(new StatusCounts(this)),
      m_connection(new ConnectionWatch(statusBar(), this))
{
    setWindowTitle(tr("Encompass Tracker"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_sidebar->setObjectName(QLatin1String(names::Sidebar));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: #1d3557; color: #f1f5fb; border: none; "
        "font-size: 11pt; padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 9px 14px; }"
        "QListWidget#sidebar::item:selected { background: #457b9d; color: white; }"));
    m_pages->setObjectName(QLatin1String(names::Pages));
    m_dbLabel->setObjectName(QLatin1String(names::StatusDatabase));
    // A long path is cut at the window's edge (the tooltip has it whole), not a wider window.
    m_dbLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countsLabel->setObjectName(QLatin1String(names::StatusCounts));
    m_trackerStack->addWidget(m_tracker);
    m_trackerStack->addWidget(m_child);
    buildPages();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_dbLabel, 1);
    m_roleLabel->setObjectName(QLatin1String(names::RoleLabel));
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_counts, &StatusCounts::counted, this, [this](const StatusCounts::Totals &t) {
        m_countsLabel->setText(tr("%1 children  |  %2 PPNs  |  %3 escalated")
                                   .arg(QLocale().toString(t.children), QLocale().toString(t.ppns),
                                        QLocale().toString(t.escalated)));
    });
    connect(m_tracker, &TrackerPage::openChild, this, &MainWindow::openChild);
    connect(m_child, &ChildRecordPage::openChild, this, &MainWindow::openChild);
    connect(m_actions, &ActionsPage::openChild, this, &MainWindow::openChild);
    connect(m_child, &ChildRecordPage::backRequested, this, &MainWindow::showTracker);
    connect(m_backup, &BackupController::restored, this, &MainWindow::databaseRestored);
    connect(m_import, &ImportPage::changed, this, &MainWindow::refreshAll);
    setAcceptDrops(true);
    connect(m_child, &ChildRecordPage::auditRequested, this, &MainWindow::showAudit);

    // Back after the server was away: what is shown is read again.
    connect(m_connection, &ConnectionWatch::reconnected, this, [this] {
        refreshAll();
        applyRole();
        m_loader->changed();
    });
    // Another desk's (or the CLI's) commits show here within two seconds.
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::pollForChanges);

    // Set by hand, so that no page's text (a long path, a long title) can make the layout
    // grow the window past its screen.
    setMinimumSize(800, 500);
    QSettings settings;
    const QByteArray saved = settings.value(QStringLiteral("window/geometry")).toByteArray();
    const bool restored = !saved.isEmpty() && restoreGeometry(saved);
    QScreen *on = restored ? QGuiApplication::screenAt(normalGeometry().center()) : nullptr;
    if (!on)
        on = screen();
    if (on)
        fitToScreen(on->availableGeometry(), restored);
}

void MainWindow::fitToScreen(const QRect &available, bool restored)
{
    const bool wasMaximised = isMaximized();
    const QRect normal = wasMaximised ? normalGeometry() : geometry();
    const ScreenFit::Placement place = ScreenFit::mainWindow(
        available, QSize(1500, 920), restored ? std::optional<QRect>(normal) : std::nullopt);
    if (wasMaximised)
        setWindowState(windowState() & ~Qt::WindowMaximized);
    setGeometry(place.geometry);
    if (place.maximised || wasMaximised)
        setWindowState(windowState() | Qt::WindowMaximized);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    // The issues still to come keep their place, marked as coming.
    const QList<QPair<QString, QWidget *>> pages = {
        {tr("Tracker"), m_trackerStack}, {tr("Meetings"), m_meetings},
        {tr("Actions"), m_actions},      {tr("Settings directory"), m_settings},
        {tr("Members"), m_members},      {tr("Import"), m_import},
        {tr("Letters"), m_letters},      {tr("Reports"), m_reports},
        {tr("Audit trail"), m_audit},
    };
    for (const auto &[name, widget] : pages) {
        QWidget *page = widget;
        if (!page) {
            auto *label = new QLabel(tr("%1 is coming in a later release.").arg(name), this);
            label->setAlignment(Qt::AlignCenter);
            page = label;
        }
        auto *item = new QListWidgetItem(widget ? name : tr("%1 (coming)").arg(name), m_sidebar);
        item->setData(Qt::UserRole, name);
        m_pages->addWidget(page);
        // Alt+1 to Alt+9 go to the pages from anywhere (the chair reaches Meetings with
        // Alt+2); Ctrl+digits are the letter editor's headings.
        const int row = m_sidebar->count() - 1;
        if (row < 9) {
            const QKeySequence keys(Qt::ALT | Qt::Key(Qt::Key_1 + row));
            item->setToolTip(keys.toString(QKeySequence::NativeText));
            auto *go = new QShortcut(keys, this);
            connect(go, &QShortcut::activated, this, [this, row] {
                m_sidebar->setCurrentRow(row);
                m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            });
        }
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::showPage(const QString &label)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == label)
            m_sidebar->setCurrentRow(row);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPpnAction = file->addAction(tr("New &PPN..."), this, &MainWindow::newPpn);
    newPpnAction->setShortcut(QKeySequence::New);
    QAction *newChildAction = file->addAction(tr("New &child..."), this, &MainWindow::newChild);
    newChildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Database..."), this, &MainWindow::openAnother);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("&Export list to CSV..."), m_tracker, &TrackerPage::exportCsvInteractive)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Import &settings..."), this, [this] {
        showPage(tr("Settings directory"));
        m_settings->importSettings();
    });
    file->addSeparator();
    m_backup->addMenuActions(file);
    file->addSeparator();
    m_newPpnAction = newPpnAction;
    m_newChildAction = newChildAction;
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->createRedoAction(this);
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_sidebar->setCurrentRow(0);
        showTracker();
        m_tracker->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("&Copy rows"), m_tracker, &TrackerPage::copySelection);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Audit trail"), this, [this] { showAudit(); });
    tools->addAction(tr("&Office options..."), this, [this] {
        if (!m_db)
            return;
        OfficeOptionsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshAll();
    });
    tools->addAction(tr("&Retention review..."), this, [this] {
        if (!m_db)
            return;
        RetentionDialog dialog(*m_db, this);
        dialog.exec();
        refreshAll();
    });
    tools->addSeparator();
    tools->addAction(tr("&Lock now"), m_lock, &IdleLock::lock)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    tools->addAction(tr("&Idle lock..."), this, &MainWindow::setIdleMinutes);
}

void MainWindow::showAudit(Id childId)
{
    showPage(tr("Audit trail"));
    if (childId > 0)
        m_audit->showChild(childId);
    else
        m_audit->refresh();
}

void MainWindow::setIdleMinutes()
{
    if (!m_db)
        return;
    Options options(m_db->sql());
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Idle lock"),
        tr("Hide every record after this many minutes with no keyboard or mouse use "
           "(1 to 120), for everyone using this tracker:"),
        options.idleLockMinutes(), 1, 120, 1, &ok);
    if (!ok)
        return;
    if (Status s = options.setIdleLockMinutes(minutes); !s) {
        MessageBox::warning(this, tr("Idle lock"), s.errorText());
        return;
    }
    m_lock->setTimeout(minutes * 60 * 1000);
}

void MainWindow::applyRole()
{
    if (!m_db)
        return;
    const QSqlDatabase sql = m_db->sql();
    m_roleLabel->setText(
        tr("%1 (%2)").arg(Audit::currentUser(sql), Access::roleName(Access::currentRole(sql))));
    if (m_newPpnAction)
        m_newPpnAction->setEnabled(Access::can(sql, Access::Right::Ppns));
    if (m_newChildAction)
        m_newChildAction->setEnabled(Access::can(sql, Access::Right::Children));
}

bool MainWindow::openDatabase()
{
    if (m_path.isEmpty()) {
        m_path = Database::defaultPath();
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    }
    auto db = Database::open(m_path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot open the tracker"), db.errorText());
        return false;
    }
    m_db = std::move(*db);
    m_editor = new Editor(*m_db, this);
    connect(m_editor, &Editor::changed, this, &MainWindow::refreshAll);
    connect(m_editor, &Editor::failed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Could not undo or redo"), message);
    });
    buildMenus();
    if (!m_db->preUpgradeCopy().isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; the file as it was is kept at %1")
                                     .arg(QDir::toNativeSeparators(m_db->preUpgradeCopy())),
                                 15000);
    }
    // A server's address as shown never holds its password (Database::path()); nor is the
    // address given kept here once the database is open.
    m_path = m_db->path();
    m_dbLabel->setText(m_db->onServer() ? tr("Server: %1").arg(m_db->path())
                                        : QDir::toNativeSeparators(m_db->path()));
    m_dbLabel->setToolTip(m_dbLabel->text());
    setWindowTitle(tr("%1 - Encompass Tracker")
                       .arg(m_db->onServer() ? m_db->path() : QFileInfo(m_db->path()).fileName()));
    auto any = Sql::scalar(m_db->sql(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM child)"));
    // Demo data is an administrator's choice (the creator of a new file is one), on a file of
    // one's own: a server's database is the office's real tracker.
    if (any && any->toInt() == 0 && !m_db->onServer() &&
        Access::can(m_db->sql(), Access::Right::Roles))
        offerDemoData();
    m_tracker->model()->holdCount(true);
    m_tracker->setDatabase(m_db.get());
    m_child->setDatabase(m_db.get(), m_editor);
    loadPagesWhenShown();
    m_backup->setDatabase(m_db.get());
    if (!m_db->preUpgradeBackupProblem().isEmpty()) {
        statusBar()->showMessage(
            tr("No backup was made before the upgrade: %1").arg(m_db->preUpgradeBackupProblem()),
            0);
    }
    applyRole();
    m_lock->setTimeout(Options(m_db->sql()).idleLockMinutes() * 60 * 1000);
    m_connection->setDatabase(m_db.get());
    m_dataVersion = m_db->dataVersion();
    m_poll->start();
    // The list has the keys at start (arrows, Ctrl+End, Enter), not the sidebar.
    m_tracker->view()->setFocus(Qt::OtherFocusReason);
    // Letters a stop (a crash, encompass-cli killed) left between the disclosure log and their
    // folder are finished (logged) or removed (not logged) before anything reads either.
    if (const QStringList notes = StagedFiles::recover(*m_db); !notes.isEmpty()) {
        QTimer::singleShot(0, this, [this, notes] {
            MessageBox::information(this, tr("Letters stopped before they were finished"),
                                    notes.join(QStringLiteral("\n\n")));
        });
    }
    // Once the window has painted its first rows (start-up waits for none of it): the counts
    // (the list's and the status bar's, on workers), the network-drive warning, the day's
    // backup and the whole-file check, in the background.
    auto *watch = new IntegrityWatch(this, m_backup, m_lock);
    afterFirstPaint(this, [this, watch] {
        m_tracker->model()->holdCount(false);
        updateStatus();
        m_backup->warnIfOnNetworkDrive();
        m_backup->startDailyBackup();
        watch->start(m_db.get());
    });
    return true;
}

void MainWindow::openAnother()
{
    const QString address = OpenDatabaseDialog::choose(m_db ? m_db->path() : m_path, this);
    if (address.isEmpty())
        return;
    // A new window on the chosen database; this one closes only once that one has opened, so a
    // database that cannot be opened (its message shown) leaves this one as it was.
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    auto *next = new MainWindow(address);
    next->setAttribute(Qt::WA_DeleteOnClose);
    if (!next->openDatabase()) {
        delete next;
        return;
    }
    next->show();
    emit databaseOpened(next);
    close();
}

void MainWindow::loadPagesWhenShown()
{
    Database *db = m_db.get();
    m_loader->add(
        m_meetings, [this, db] { m_meetings->setDatabase(db, m_editor); },
        [this] { m_meetings->refresh(); });
    m_loader->add(
        m_actions, [this, db] { m_actions->setDatabase(db, m_editor); },
        [this] { m_actions->refresh(); });
    m_loader->add(
        m_settings, [this, db] { m_settings->setDatabase(db, m_editor); },
        [this] { m_settings->refresh(); });
    m_loader->add(
        m_members, [this, db] { m_members->setDatabase(db, m_editor); },
        [this] { m_members->refresh(); });
    m_loader->add(
        m_import, [this, db] { m_import->setDatabase(db); }, [this] { m_import->refresh(); });
    m_loader->add(
        m_reports, [this, db] { m_reports->setDatabase(db); }, [this] { m_reports->refresh(); });
    // These two read again themselves each time they are shown.
    m_loader->add(m_letters, [this, db] { m_letters->setDatabase(db); });
    m_loader->add(m_audit, [this, db] { m_audit->setDatabase(db); });
}

template <typename Page> Page *MainWindow::loaded(Page *page) const
{
    m_loader->ensure(page);
    return page;
}

SettingsPage *MainWindow::settingsPage() const
{
    return loaded(m_settings);
}

ActionsPage *MainWindow::actionsPage() const
{
    return loaded(m_actions);
}

MembersPage *MainWindow::membersPage() const
{
    return loaded(m_members);
}

ImportPage *MainWindow::importPage() const
{
    return loaded(m_import);
}

AuditPage *MainWindow::auditPage() const
{
    return loaded(m_audit);
}

void MainWindow::databaseRestored()
{
    // The same Database object now reads the restored file: nothing to undo, all to re-read
    // (the shown page now, the others when shown).
    m_editor->clear();
    showTracker();
    refreshAll();
    m_loader->changed();
}

void MainWindow::offerDemoData()
{
    const auto answer = MessageBox::question(
        this, tr("An empty tracker"),
        tr("This tracker has no children yet.\n\nAdd demo data (300 synthetic children, "
           "invented names) to try the application? Choose No to start with an empty tracker."));
    if (answer != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Creating demo data..."), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoOptions options;
    options.children = 300;
    options.progress = [&progress](int done, int total) {
        progress.setValue(total > 0 ? done * 100 / total : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto stats = DemoGenerator::generate(*m_db, options);
    progress.reset();
    if (!stats)
        MessageBox::warning(this, tr("Demo data"), stats.errorText());
}

void MainWindow::openChild(Id childId)
{
    if (childId <= 0)
        return;
    m_sidebar->setCurrentRow(0);
    m_child->showChild(childId);
    m_trackerStack->setCurrentWidget(m_child);
}

void MainWindow::showTracker()
{
    m_trackerStack->setCurrentWidget(m_tracker);
    m_tracker->view()->setFocus();
}

void MainWindow::newPpn()
{
    if (!m_db)
        return;
    const Id child = m_trackerStack->currentWidget() == m_child ? m_child->childId()
                                                                : m_tracker->currentChildId();
    PpnDialog dialog(*m_db, *m_editor, child, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.warnings().isEmpty())
        MessageBox::warning(this, tr("PPN saved"), dialog.warnings().join(QStringLiteral("\n\n")));
}

void MainWindow::newChild()
{
    if (!m_db)
        return;
    ChildDialog dialog(*m_db, *m_editor, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.warnings().isEmpty())
        MessageBox::warning(this, tr("Child saved"),
                            dialog.warnings().join(QStringLiteral("\n\n")));
    openChild(dialog.savedId());
}

void MainWindow::refreshAll()
{
    m_tracker->refresh();
    if (m_trackerStack->currentWidget() == m_child)
        m_child->reload();
    m_loader->changed({m_actions});
    if (m_audit->isVisible())
        m_audit->refresh(); // the change just made (or another desk's) is in the trail
    updateStatus();
    if (m_db)
        m_dataVersion = m_db->dataVersion();
}

void MainWindow::updateStatus()
{
    if (m_db)
        m_counts->update(m_db->path());
}

void MainWindow::pollForChanges()
{
    // While the server is away nothing is read (the pages keep what they show); the watch
    // connects again and, once back, everything is read afresh.
    if (!m_db || !m_connection->ready())
        return;
    const qint64 version = m_db->dataVersion();
    if (version == m_dataVersion || !m_connection->ready())
        return;
    refreshAll();
    applyRole(); // an administrator at another desk may have changed this user's role
    // The directory pages follow this window's edits themselves; another desk's, here (the
    // shown page now, the others when next shown).
    m_loader->changed({m_settings, m_members, m_import});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db && !ImportWizard::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportWizard::droppedFile(event->mimeData());
    if (!m_db || path.isEmpty())
        return;
    event->acceptProposedAction();
    showPage(tr("Import"));
    m_import->openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace enc::ui
