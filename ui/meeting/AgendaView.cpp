#include "AgendaView.h"

#include "AgendaItemDelegate.h"
#include "AgendaListModel.h"

namespace enc::ui {

AgendaView::AgendaView(QWidget *parent)
    : QTreeView(parent), m_delegate(new AgendaItemDelegate(this))
{
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(0);
    setUniformRowHeights(false); // wrapped lines: rows differ in height
    setWordWrap(true);
    // Item by item: the view then never measures rows it does not show.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // A scroll bar coming and going would change the width the rows were measured at.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

void AgendaView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, m_delegate,
                &AgendaItemDelegate::clearSizes);
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    // Wrapped at another width: the rows are measured again as they are shown. (The
    // viewport has its new size already here, so the width measured at is kept.)
    if (viewport()->width() != m_measuredWidth) {
        m_measuredWidth = viewport()->width();
        m_delegate->clearSizes();
        scheduleDelayedItemsLayout();
    }
}

bool AgendaView::isHeading(int row) const
{
    return model() && !(model()->index(row, 0).flags() & Qt::ItemIsSelectable);
}

QModelIndex AgendaView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex from = currentIndex();
    const QModelIndex to = QTreeView::moveCursor(action, modifiers);
    if (!to.isValid() || !isHeading(to.row()))
        return to;
    // Past the heading, on in the direction of travel (Home: the first item, End: the last).
    int step = 1;
    switch (action) {
    case MoveUp:
    case MoveLeft:
    case MovePageUp:
    case MovePrevious:
    case MoveEnd:
        step = -1;
        break;
    default:
        break;
    }
    for (int row = to.row() + step; row >= 0 && row < model()->rowCount(); row += step)
        if (!isHeading(row))
            return model()->index(row, 0);
    // Up from the first item (only its heading above it): stay.
    return from;
}

} // namespace enc::ui
