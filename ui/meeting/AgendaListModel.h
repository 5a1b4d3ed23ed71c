#pragma once

#include "meeting/AgendaItem.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace enc::ui {

// The operator's agenda list: one row per item, its text worded only when a row is shown, so
// that a county-size agenda (tens of thousands of items) costs nothing until it is scrolled.
class AgendaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // The items and the names of their children (by child id); dim colours heard and
    // deferred items.
    void setItems(const QList<AgendaItem> &items, const QHash<Id, QString> &names, QColor dim);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The item's first line: its section and child, as the recording panel titles it.
    QString heading(int row) const;

private:
    QList<AgendaItem> m_items;
    QHash<Id, QString> m_names;
    QColor m_dim;
};

} // namespace enc::ui
