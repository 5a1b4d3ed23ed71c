#pragma once

#include <QListView>

namespace enc::ui {

class AgendaItemDelegate;

// The operator's agenda list: headings are passed over by the keys (Up and Down go from item
// to item), rows are laid out in batches so that a county agenda opens at once, and each
// row is as tall as its wrapped text.
class AgendaView : public QListView
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    bool isHeading(int row) const;

    AgendaItemDelegate *m_delegate;
};

} // namespace enc::ui
