#include "TrackerPage.h"

#include "ChildTableModel.h"
#include "ObjectNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

TrackerPage::TrackerPage(QWidget *parent)
    : QWidget(parent), m_model(new ChildTableModel(this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_shown(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QLatin1String(names::TrackerSearch));
    m_search->setPlaceholderText(tr("Search names, police references or postcodes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search children"));
    m_search->setClearButtonEnabled(true);

    m_status->setObjectName(QLatin1String(names::TrackerStatusFilter));
    m_status->setAccessibleName(tr("Show children"));
    m_status->addItem(tr("All children"), int(ChildFilter::State::Any));
    m_status->addItem(tr("Open"), int(ChildFilter::State::Open));
    m_status->addItem(tr("Escalated"), int(ChildFilter::State::Escalated));
    m_status->addItem(tr("Greened off"), int(ChildFilter::State::GreenedOff));

    m_view->setObjectName(QLatin1String(names::TrackerView));
    m_view->setAccessibleName(tr("Children on the tracker"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChildTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setWordWrap(false);
    const QList<QPair<int, int>> widths = {
        {ChildTableModel::Name, 220},         {ChildTableModel::DateOfBirth, 105},
        {ChildTableModel::Age, 50},           {ChildTableModel::Setting, 230},
        {ChildTableModel::Area, 130},         {ChildTableModel::Ppns, 60},
        {ChildTableModel::LastIncident, 110}, {ChildTableModel::PpnsInWindow, 110},
        {ChildTableModel::Status, 170}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    // Search as you type, without a query for every keystroke of a fast typist.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TrackerPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TrackerPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_shown->setText(tr("%n child(ren) shown", nullptr, m_model->rowCount()));
        emit countChanged(m_model->rowCount());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
}

void TrackerPage::setDatabase(Database *db)
{
    m_db = db;
    m_model->setDatabase(db);
}

void TrackerPage::applyFilter()
{
    m_searchDelay->stop();
    ChildFilter f = m_model->filter();
    f.search = m_search->text();
    f.status = ChildFilter::State(m_status->currentData().toInt());
    m_model->setFilter(f);
}

void TrackerPage::refresh()
{
    const Id selected = m_model->childIdAt(m_view->currentIndex().row());
    const int column = m_view->currentIndex().column();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->reload();
    m_view->verticalScrollBar()->setValue(scroll);
    const int row = m_model->rowOfChild(selected);
    if (selected && row >= 0)
        m_view->setCurrentIndex(m_model->index(row, qMax(0, column)));
}

void TrackerPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace enc::ui
