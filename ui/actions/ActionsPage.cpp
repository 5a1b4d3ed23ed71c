#include "ActionsPage.h"

#include "ActionsModel.h"
#include "MessageBox.h"
#include "commands/Editor.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace enc::ui {

ActionsPage::ActionsPage(QWidget *parent)
    : QWidget(parent), m_model(new ActionsModel(this)), m_view(new QTableView(this)),
      m_show(new QComboBox(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    m_show->setAccessibleName(tr("Show actions"));
    m_show->addItem(tr("Overdue"), int(ActionsModel::Show::Overdue));
    m_show->addItem(tr("Due in the next 7 days"), int(ActionsModel::Show::DueThisWeek));
    m_show->addItem(tr("All open"), int(ActionsModel::Show::AllOpen));
    m_show->addItem(tr("Completed in the last 30 days"), int(ActionsModel::Show::CompletedLately));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(ActionsModel::Show(m_show->currentData().toInt())); });

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Actions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActionsModel::Child, 200);
    m_view->setColumnWidth(ActionsModel::Description, 420);
    m_view->setColumnWidth(ActionsModel::Owner, 200);
    m_view->setColumnWidth(ActionsModel::Due, 100);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openChild(index.data(ActionsModel::ChildIdRole).toLongLong());
    });

    auto *complete = new QPushButton(tr("&Complete selected"), this);
    connect(complete, &QPushButton::clicked, this, &ActionsPage::completeSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int n = m_model->total();
        m_count->setText(n == 1 ? tr("1 action") : tr("%1 actions").arg(n));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_show);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(complete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void ActionsPage::setDatabase(Database *db, Editor *editor)
{
    m_editor = editor;
    m_db = db;
    m_model->setDatabase(db);
}

void ActionsPage::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    m_model->reload();
    if (current.isValid() && current.row() < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row(), current.column()));
}

void ActionsPage::completeSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_editor || !m_db)
        return;
    Status s = m_editor->completeAction(index.data(ActionsModel::ActionIdRole).toLongLong(),
                                        QDate::currentDate(), Audit::currentUser(m_db->sql()));
    if (!s)
        MessageBox::warning(this, tr("Cannot complete the action"), s.errorText());
}

} // namespace enc::ui
