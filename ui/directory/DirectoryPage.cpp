#include "DirectoryPage.h"

#include "DirectoryModel.h"
#include "commands/Editor.h"
#include "domain/TextKey.h"

#include <QCheckBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace enc::ui {

DirectoryPage::DirectoryPage(DirectoryModel *model, const Words &words, QWidget *parent)
    : QWidget(parent), m_putAway(new QPushButton(words.putAwayButton, this)),
      m_showPutAway(new QCheckBox(words.showPutAway, this)),
      m_runDialog([](QDialog &d) { return d.exec(); }), m_model(model),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)), m_new(new QPushButton(words.newButton, this)),
      m_edit(new QPushButton(tr("&Edit"), this)), m_count(new QLabel(this)),
      m_buttons(new QHBoxLayout), m_readError(words.readError)
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DirectoryModel::FilterRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(DirectoryModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QLatin1String(words.filterObject));
    m_filter->setPlaceholderText(words.filterHint);
    m_filter->setAccessibleName(words.filterName);
    m_filter->setClearButtonEnabled(true);
    m_showPutAway->setObjectName(QLatin1String(words.showPutAwayObject));
    m_showPutAway->setAccessibleName(words.showPutAwayName);

    m_view->setObjectName(QLatin1String(words.viewObject));
    m_view->setAccessibleName(words.viewName);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    for (const auto &[column, width] : words.columnWidths)
        m_view->setColumnWidth(column, width);

    m_new->setObjectName(QLatin1String(words.newObject));
    m_new->setAccessibleName(words.newName);
    m_new->setToolTip(words.newTip);
    m_edit->setObjectName(QLatin1String(words.editObject));
    m_edit->setAccessibleName(words.editName);
    m_edit->setToolTip(words.editTip);
    m_putAway->setObjectName(QLatin1String(words.putAwayObject));
    m_putAway->setAccessibleName(words.putAwayName);
    m_count->setAccessibleName(words.countName);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showPutAway);
    bar->addWidget(m_count);
    m_buttons->addWidget(m_new);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_putAway);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);
    setTabOrder(m_filter, m_showPutAway);
    setTabOrder(m_showPutAway, m_view);
    setTabOrder(m_view, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_putAway);

    // The actions are virtual: connect through lambdas, which run after construction.
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, [this] { newRecord(); });
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                    QKeySequence(Qt::KeypadModifier | Qt::Key_Enter)}) {
        auto *enter = new QShortcut(key, m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] { editCurrent(); });
    }
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { deletePressed(); });

    connect(m_view, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newRecord(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editCurrent(); });
    connect(m_putAway, &QPushButton::clicked, this, [this] { putAwayCurrent(); });
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(TextKey::name(text)); });
    connect(m_showPutAway, &QCheckBox::toggled, this, [this](bool show) {
        const Id current = currentId();
        m_model->setShowPutAway(show);
        select(current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DirectoryPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DirectoryPage::updateActions);
    // The page calls updateActions() once it is built (it asks the page's overrides).
}

void DirectoryPage::setDatabase(Database *db, Editor *editor)
{
    if (m_editorChanged)
        disconnect(m_editorChanged);
    m_db = db;
    m_editor = editor;
    if (m_editor)
        m_editorChanged = connect(m_editor, &Editor::changed, this, &DirectoryPage::followEdit);
    m_model->setDatabase(db);
    updateActions();
}

Id DirectoryPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DirectoryModel::IdRole).toLongLong()
                             : 0;
}

void DirectoryPage::addButton(QPushButton *button)
{
    QWidget *last = m_putAway;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (auto *w = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget()))
            last = w;
    }
    m_buttons->insertWidget(m_buttons->indexOf(last) + 1, button);
    setTabOrder(last, button);
}

int DirectoryPage::currentSourceRow() const
{
    return m_proxy->mapToSource(m_view->currentIndex()).row();
}

bool DirectoryPage::select(Id id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    const int column = qMax(0, m_view->currentIndex().column());
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void DirectoryPage::followEdit()
{
    if (!isVisible() && window() != this && window()->isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void DirectoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DirectoryPage::refresh()
{
    m_stale = false;
    const Id current = currentId();
    const int row = m_view->currentIndex().row();
    const int column = qMax(0, m_view->currentIndex().column());
    if (const QString error = m_model->reload(); !error.isEmpty())
        m_count->setText(m_readError.arg(error));
    // A record that has gone (put away, or filtered out) leaves the cursor where it was.
    if (current && !select(current) && row >= 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), column));
}

void DirectoryPage::showSaved(Id id)
{
    // The Editor's changed() has refreshed the rows already. A record the filter hides
    // would look lost: show it.
    if (!select(id) && !m_filter->text().isEmpty()) {
        m_filter->clear();
        select(id);
    }
}

void DirectoryPage::updateActions()
{
    const bool ready = m_db && m_editor;
    const int row = currentSourceRow();
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && row >= 0);
    updatePutAway(row, ready);
    m_count->setText(countText(m_proxy->rowCount()));
}

} // namespace enc::ui
