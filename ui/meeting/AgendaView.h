#pragma once

#include <QTreeView>

namespace enc::ui {

class AgendaItemDelegate;

// The operator's agenda list: one column, headings passed over by the keys (Up and Down go
// from item to item), each row as tall as its wrapped text. A tree view without branches,
// as it measures only the rows it shows and scrolls item by item: a county agenda of 25,000
// items opens at once, and any item can be scrolled to straight away.
class AgendaView : public QTreeView
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isHeading(int row) const;

    AgendaItemDelegate *m_delegate;
    int m_measuredWidth = -1;
};

} // namespace enc::ui
