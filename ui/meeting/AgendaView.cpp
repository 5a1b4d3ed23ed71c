#include "AgendaView.h"

#include "AgendaItemDelegate.h"
#include "AgendaListModel.h"

namespace enc::ui {

AgendaView::AgendaView(QWidget *parent)
    : QListView(parent), m_delegate(new AgendaItemDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(false); // wrapped lines: rows differ in height
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    // The first screenful is laid out at once and the rest while the chair reads it.
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A scroll bar coming and going would change the width and so every row's height.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void AgendaView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, m_delegate,
                &AgendaItemDelegate::clearSizes);
}

bool AgendaView::isHeading(int row) const
{
    return model() && !(model()->index(row, 0).flags() & Qt::ItemIsSelectable);
}

QModelIndex AgendaView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex from = currentIndex();
    const QModelIndex to = QListView::moveCursor(action, modifiers);
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
