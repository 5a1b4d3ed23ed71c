#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace enc::ui {

// Paints the agenda list (AgendaListModel's roles): section headings as bars, items with
// their lines wrapped, not cut; every other household shaded; escalations with a warning
// icon and an ESCALATION tag. Rows are not of one height, so each row's height is kept until
// the list's width or rows change: a county agenda is measured once, not on every paint.
class AgendaItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AgendaItemDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Forgets the rows' heights (the rows changed).
    void clearSizes();

private:
    struct Fonts;
    int textWidth(bool escalation) const;
    int tagWidth() const;

    QAbstractItemView *m_view;
    mutable QList<int> m_heights; // by row, 0 until measured
    mutable int m_width = -1;     // the width they were measured at
};

} // namespace enc::ui
