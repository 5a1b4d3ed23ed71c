#include "TrackerPage.h"

#include "ChildTableModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "export/SheetText.h"
#include "import/BackgroundTask.h"
#include "repo/Directory.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
const QString HeaderKey = QStringLiteral("tracker/header");
} // namespace

TrackerPage::TrackerPage(QWidget *parent)
    : QWidget(parent), m_model(new ChildTableModel(this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Overdue actions"), this)),
      m_noSetting(new QCheckBox(tr("No known setting"), this)), m_setting(new QComboBox(this)),
      m_area(new QComboBox(this)), m_shown(new QLabel(this)), m_noMatch(new QLabel),
      m_searchDelay(new QTimer(this)), m_export(new BackgroundTask(this))
{
    m_search->setObjectName(QLatin1String(names::TrackerSearch));
    m_search->setPlaceholderText(tr("Search names, police references or postcodes (Ctrl+F)"));
    m_search->setToolTip(tr("Names, police references, postcodes, or a date of birth typed as "
                            "12/06/2026, 12/6/26 or 2026-06-12. Esc clears the search."));
    m_search->setAccessibleName(tr("Search children"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this); // Esc clears it

    m_status->setObjectName(QLatin1String(names::TrackerStatusFilter));
    m_status->setAccessibleName(tr("Show children"));
    m_status->addItem(tr("All children"), int(ChildFilter::State::Any));
    m_status->addItem(tr("Open"), int(ChildFilter::State::Open));
    m_status->addItem(tr("Escalated"), int(ChildFilter::State::Escalated));
    m_status->addItem(tr("Greened off"), int(ChildFilter::State::GreenedOff));
    m_overdue->setObjectName(QStringLiteral("trackerOverdue"));
    m_noSetting->setObjectName(QStringLiteral("trackerNoSetting"));
    m_setting->setObjectName(QStringLiteral("trackerSetting"));
    m_setting->setAccessibleName(tr("Setting"));
    m_setting->setMaximumWidth(260);
    // Sized by a name's length, not by measuring every setting's name; the list drops down at
    // once however many there are.
    m_setting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_setting->setMinimumContentsLength(28);
    if (auto *list = qobject_cast<QListView *>(m_setting->view()))
        list->setUniformItemSizes(true);
    m_setting->installEventFilter(this);
    m_area->setObjectName(QStringLiteral("trackerArea"));
    m_area->setAccessibleName(tr("Area"));
    // The bar keeps still while it is used (a filter moved by a count or a search would take
    // the next click): the search takes what the others leave, never less than its own
    // least width (its clear button would widen that), each of the others its own size, and
    // the count is as wide as the longest it says.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_status, m_overdue, m_noSetting, m_setting, m_area})
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_shown->setObjectName(QStringLiteral("trackerCount"));
    m_shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QFontMetrics metrics = m_shown->fontMetrics();
    m_shown->setFixedWidth(qMax(metrics.horizontalAdvance(tr("Counting children…")),
                                metrics.horizontalAdvance(
                                    tr("%1 children shown").arg(QLocale().toString(10'000'000)))) +
                           metrics.averageCharWidth());

    m_view->setObjectName(QLatin1String(names::TrackerView));
    m_view->setAccessibleName(tr("Children on the tracker"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChildTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    const QList<QPair<int, int>> widths = {
        {ChildTableModel::Name, 220},         {ChildTableModel::DateOfBirth, 105},
        {ChildTableModel::Age, 72},           {ChildTableModel::Setting, 215},
        {ChildTableModel::Area, 130},         {ChildTableModel::Ppns, 60},
        {ChildTableModel::LastIncident, 110}, {ChildTableModel::PpnsInWindow, 110},
        {ChildTableModel::Status, 170}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    // Column widths, order and sort persist.
    const QByteArray state = QSettings().value(HeaderKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);

    m_noMatch->setObjectName(QStringLiteral("trackerNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    auto *empty = new QVBoxLayout(m_view->viewport());
    empty->addWidget(m_noMatch, 0, Qt::AlignCenter);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (Id id = m_model->childIdAt(index.row()))
            emit openChild(id);
    });

    // Search as you type: the query runs as soon as the keys already typed are in (a fast
    // typist's queued keys make one query, not one each), with no fixed delay.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(0);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TrackerPage::applyFilter);
    // Enter goes to the list; when the search found one child, Enter opens them.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() == 1 && m_model->countState() == ChildTableModel::Count::Exact) {
            if (const Id id = m_model->childIdAt(0)) {
                m_view->setCurrentIndex(m_model->index(0, 0));
                emit openChild(id);
                return;
            }
        }
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    for (QComboBox *combo : {m_status, m_setting, m_area})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrackerPage::applyFilter);
    for (QCheckBox *box : {m_overdue, m_noSetting})
        connect(box, &QCheckBox::toggled, this, &TrackerPage::applyFilter);
    // The count follows the first rows (it is counted on a worker); a refresh keeps the last
    // count shown until the new one is in.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new list (a search, a filter, a sort) starts at its top, the cursor on its first
        // row without choosing it: the view would keep the old list's place, clamped to the
        // first block's rows, and its first key would go to the first row wherever it points.
        // A refresh puts back the place and the child chosen afterwards.
        m_view->scrollToTop();
        if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                      QItemSelectionModel::NoUpdate);
        showNoMatch();
        if (m_model->countState() == ChildTableModel::Count::AtLeast)
            m_shown->setText(tr("Counting children…"));
        else if (m_model->countState() == ChildTableModel::Count::Exact)
            showCount();
    });
    connect(m_model, &ChildTableModel::counted, this, &TrackerPage::showCount);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_overdue);
    bar->addWidget(m_noSetting);
    bar->addWidget(m_setting);
    bar->addWidget(m_area);
    bar->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_overdue);
    setTabOrder(m_overdue, m_noSetting);
    setTabOrder(m_noSetting, m_setting);
    setTabOrder(m_setting, m_area);
    setTabOrder(m_area, m_view);
}

TrackerPage::~TrackerPage()
{
    QSettings().setValue(HeaderKey, m_view->horizontalHeader()->saveState());
}

void TrackerPage::setDatabase(Database *db)
{
    m_db = db;
    loadChoices();
    m_model->setDatabase(db);
}

void TrackerPage::loadChoices()
{
    const QSignalBlocker blockSetting(m_setting);
    const QSignalBlocker blockArea(m_area);
    m_setting->clear();
    m_area->clear();
    m_setting->addItem(tr("Any setting"), 0);
    m_area->addItem(tr("Any area"), 0);
    m_settingsLoaded = false;
    if (!m_db)
        return;
    if (auto areas = Directory(*m_db).areas()) {
        for (const Area &a : *areas)
            m_area->addItem(a.name, a.id);
    }
}

void TrackerPage::loadSettings()
{
    if (m_settingsLoaded || !m_db)
        return;
    m_settingsLoaded = true;
    // Names only: a county has thousands of settings (40,000 in a generated 1,000,000-child
    // file, where reading them was most of what the window's start grew by), put into the list
    // in one insertion (an addItem each took over a second there).
    auto settings = Sql::run(m_db->sql(), QStringLiteral("SELECT id, name FROM setting WHERE "
                                                         "archived_at IS NULL ORDER BY name_key"));
    QList<QStandardItem *> items;
    while (settings && settings->next()) {
        auto *item = new QStandardItem(settings->value(1).toString());
        item->setData(settings->value(0), Qt::UserRole);
        items << item;
    }
    // The combo box's own model.
    static_cast<QStandardItemModel *>(m_setting->model())->invisibleRootItem()->appendRows(items);
}

void TrackerPage::applyFilter()
{
    m_searchDelay->stop();
    ChildFilter f = m_model->filter();
    f.search = m_search->text();
    f.status = ChildFilter::State(m_status->currentData().toInt());
    f.overdueActions = m_overdue->isChecked();
    f.noKnownSetting = m_noSetting->isChecked();
    f.settingId = m_setting->currentData().toLongLong();
    f.areaId = m_area->currentData().toLongLong();
    m_model->setFilter(f);
}

void TrackerPage::showCount()
{
    const int n = m_model->rowCount();
    m_shown->setText(n == 1 ? tr("1 child shown")
                            : tr("%1 children shown").arg(QLocale().toString(n)));
    showNoMatch();
    emit countChanged(n);
}

bool TrackerPage::filtered() const
{
    const ChildFilter &f = m_model->filter();
    return f.status != ChildFilter::State::Any || f.overdueActions || f.noKnownSetting ||
           f.settingId > 0 || f.areaId > 0;
}

void TrackerPage::showNoMatch()
{
    const bool none =
        m_model->rowCount() == 0 && m_model->countState() == ChildTableModel::Count::Exact;
    const QString search = m_model->filter().search.simplified();
    if (none && !search.isEmpty())
        m_noMatch->setText(
            tr("No child matches “%1”.\nPress Esc in the search box to clear it.").arg(search));
    else if (none && filtered())
        m_noMatch->setText(tr("No child matches these filters."));
    else if (none)
        m_noMatch->setText(tr("No children on the tracker yet.\nImport the police file (Alt+6) or "
                              "add a child (Ctrl+Shift+N)."));
    m_noMatch->setVisible(none);
}

void TrackerPage::refresh()
{
    const Id selected = currentChildId();
    const int was = m_view->currentIndex().row();
    const int column = m_view->currentIndex().column();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->reload();
    const int row = m_model->rowOfChild(selected, was);
    if (selected && row >= 0)
        m_view->setCurrentIndex(m_model->index(row, qMax(0, column)));
    m_view->verticalScrollBar()->setValue(scroll);
}

void TrackerPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

Id TrackerPage::currentChildId() const
{
    return m_model->childIdAt(m_view->currentIndex().row());
}

QVariantList TrackerPage::rowCells(int row) const
{
    QVariantList cells;
    for (int c = 0; c < m_model->columnCount(); ++c)
        cells << (row < 0 ? m_model->headerData(c, Qt::Horizontal) : m_model->index(row, c).data());
    return cells;
}

QString TrackerPage::selectionAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<QVariantList> lines{rowCells(-1)};
    for (int row : rows)
        lines << rowCells(row);
    return SheetText::tsv(lines);
}

void TrackerPage::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

TrackerExport::Job TrackerPage::exportJob(const QString &path) const
{
    TrackerExport::Job job;
    job.database = m_db ? m_db->path() : QString();
    job.filter = m_model->filter();
    job.sortColumn = m_view->horizontalHeader()->sortIndicatorSection();
    job.descending = m_view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    job.path = path;
    return job;
}

QString TrackerPage::exportCsv(const QString &path) const
{
    if (!m_db)
        return tr("No database is open.");
    const std::atomic<bool> never{false};
    const auto written = TrackerExport::run(exportJob(path), never);
    return written ? QString() : written.errorText();
}

void TrackerPage::exportCsvInteractive()
{
    if (!m_db || m_export->isRunning())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the list to CSV"), QStringLiteral("tracker.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The rows are read and written on a worker: the window keeps painting and the dialog's
    // Cancel is heard; the file appears only when it is complete.
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto *progress =
        new QProgressDialog(tr("Exporting the list to %1...").arg(shown), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QLatin1String(names::TrackerExportProgress));
    progress->setWindowTitle(tr("Export list to CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(m_export, &BackgroundTask::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, m_export, &BackgroundTask::cancel);
    auto outcome = std::make_shared<Result<int>>(0);
    const TrackerExport::Job job = exportJob(path);
    connect(
        m_export, &BackgroundTask::finished, this,
        [this, progress, outcome, shown] {
            const bool cancelled = progress->wasCanceled();
            progress->hide(); // gone before any message (a message's own loop would keep it)
            progress->deleteLater();
            if (cancelled && !*outcome) {
                showMessage(tr("Export cancelled: %1 was not written.").arg(shown));
            } else if (!*outcome) {
                MessageBox::critical(
                    this, tr("Export failed"),
                    tr("The list was not exported to %1.\n\n%2").arg(shown, outcome->errorText()));
            } else {
                const int n = **outcome;
                showMessage(
                    n == 1 ? tr("Exported 1 child to %1").arg(shown)
                           : tr("Exported %1 children to %2").arg(QLocale().toString(n), shown));
            }
            emit exportFinished(bool(*outcome));
        },
        Qt::SingleShotConnection);
    m_export->start(
        [job, outcome](const std::atomic<bool> &cancel, const BackgroundTask::Progress &report) {
            *outcome = TrackerExport::run(job, cancel, report);
        });
}

bool TrackerPage::isExporting() const
{
    return m_export->isRunning();
}

void TrackerPage::showMessage(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 30000);
}

bool TrackerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_setting) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            loadSettings(); // before the combo box acts on it
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentChildId()) {
            emit openChild(currentChildId());
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace enc::ui
