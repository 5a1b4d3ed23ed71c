#include "ReviewQueuePage.h"

#include "ImportNames.h"
#include "ReviewQueueModel.h"
#include "import/ReviewQueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace enc::ui {

ReviewQueuePage::ReviewQueuePage(QWidget *parent)
    : QWidget(parent), m_model(new ReviewQueueModel(this)), m_view(new QTableView(this)),
      m_accept(new QPushButton(tr("&Accept proposed child (Enter)"), this)),
      m_new(new QPushButton(tr("&New child (N)"), this)),
      m_dismiss(new QPushButton(tr("&Details checked, close"), this)), m_message(new QLabel(this))
{
    m_view->setObjectName(QLatin1String(names::ReviewView));
    m_accept->setObjectName(QLatin1String(names::ReviewAccept));
    m_new->setObjectName(QLatin1String(names::ReviewNew));
    m_dismiss->setObjectName(QLatin1String(names::ReviewDismiss));
    m_message->setObjectName(QLatin1String(names::ReviewMessage));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Review queue"));
    m_view->installEventFilter(this);
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("Rows of an import that need a person: a close match to a child "
                                "already on the tracker, a row giving an age and no date of "
                                "birth, a known reference whose details changed, or a child "
                                "living at a new PPN's home address who is not named on it (they "
                                "may have been present). Enter accepts the proposed child or "
                                "confirms them present; N makes a new child."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_new);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_accept, &QPushButton::clicked, this, &ReviewQueuePage::acceptCurrent);
    connect(m_new, &QPushButton::clicked, this, &ReviewQueuePage::newChildForCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ReviewQueuePage::dismissCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueuePage::updateButtons);
}

void ReviewQueuePage::updateButtons()
{
    const int row = currentRow();
    const QString kind = row >= 0 ? m_model->item(row).kind : QString();
    const bool missed = kind == QLatin1String("missed");
    m_accept->setText(missed ? tr("&Accept: confirm present (Enter)")
                             : tr("&Accept proposed child (Enter)"));
    m_dismiss->setText(missed ? tr("&Dismiss: not present") : tr("&Details checked, close"));
    m_accept->setEnabled(row >= 0);
    m_dismiss->setEnabled(row >= 0);
    m_new->setEnabled(kind == QLatin1String("match"));
}

void ReviewQueuePage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void ReviewQueuePage::refresh()
{
    if (!m_db)
        return;
    const int row = currentRow();
    if (const QString error = m_model->reload(*m_db); !error.isEmpty())
        m_message->setText(error);
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
    m_view->resizeColumnsToContents();
    emit countChanged(m_model->rowCount());
}

int ReviewQueuePage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : (m_model->rowCount() > 0 ? 0 : -1);
}

bool ReviewQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)).toInt() != 0)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptCurrent();
            return true;
        case Qt::Key_N:
            newChildForCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewQueuePage::acceptCurrent()
{
    const int row = currentRow();
    if (!m_db || row < 0)
        return;
    const ReviewQueue::Item item = m_model->item(row);
    const bool age = item.kind == QLatin1String("age");
    if (age && item.candidateChildId <= 0) {
        m_message->setText(tr("Row %1 of %2 gives an age and no child of about that age "
                              "matches: add the child with their date of birth and link the "
                              "row to them, or close it.")
                               .arg(item.row)
                               .arg(item.reference));
        return;
    }
    const bool missed = item.kind == QLatin1String("missed");
    if ((item.kind != QLatin1String("match") && !age && !missed) || item.candidateChildId <= 0) {
        dismissCurrent();
        return;
    }
    if (Status s = ReviewQueue(*m_db).link(item.id, item.candidateChildId); !s) {
        m_message->setText(s.errorText());
        return;
    }
    if (missed) {
        done(row, tr("%1 (child %2) linked to PPN %3 as present.")
                      .arg(item.candidateName)
                      .arg(item.candidateChildId)
                      .arg(item.reference));
        return;
    }
    done(row, tr("Row %1 of %2 linked to %3 (child %4).")
                  .arg(item.row)
                  .arg(item.reference, item.candidateName)
                  .arg(item.candidateChildId));
}

void ReviewQueuePage::newChildForCurrent()
{
    const int row = currentRow();
    if (!m_db || row < 0)
        return;
    const ReviewQueue::Item item = m_model->item(row);
    if (item.kind == QLatin1String("age")) {
        m_message->setText(tr("Row %1 of %2 gives age %3, not a date of birth: the tracker never "
                              "makes a child without one. Link it to the child it is, or close "
                              "it.")
                               .arg(item.row)
                               .arg(item.reference)
                               .arg(item.data.age));
        return;
    }
    if (item.kind == QLatin1String("missed")) {
        m_message->setText(tr("%1 is already on the tracker: confirm them present on PPN %2 "
                              "(Enter), or dismiss.")
                               .arg(item.candidateName, item.reference));
        return;
    }
    if (item.kind != QLatin1String("match")) {
        m_message->setText(tr("Row %1 of %2 is a change to a recorded PPN, not a child to make: "
                              "check the details on the tracker, then close it.")
                               .arg(item.row)
                               .arg(item.reference));
        return;
    }
    auto created = ReviewQueue(*m_db).createChild(item.id);
    if (!created) {
        m_message->setText(created.errorText());
        return;
    }
    done(row, tr("Row %1 of %2: new child %3 %4 made (child %5).")
                  .arg(item.row)
                  .arg(item.reference, item.data.forename, item.data.surname)
                  .arg(*created));
}

void ReviewQueuePage::dismissCurrent()
{
    const int row = currentRow();
    if (!m_db || row < 0)
        return;
    const ReviewQueue::Item item = m_model->item(row);
    if (Status s = ReviewQueue(*m_db).dismiss(item.id); !s) {
        m_message->setText(s.errorText());
        return;
    }
    if (item.kind == QLatin1String("missed")) {
        done(row, tr("%1 left off PPN %2; the tracker is unchanged.")
                      .arg(item.candidateName, item.reference));
        return;
    }
    done(row,
         tr("Row %1 of %2 closed; the tracker is unchanged.").arg(item.row).arg(item.reference));
}

void ReviewQueuePage::done(int row, const QString &message)
{
    m_message->setText(message);
    refresh();
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::min(row, m_model->rowCount() - 1));
    m_view->setFocus();
    emit changed();
}

} // namespace enc::ui
