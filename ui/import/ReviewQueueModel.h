#pragma once

#include "import/ReviewQueue.h"

#include <QAbstractTableModel>

namespace enc::ui {

// The open items of the import review queue: the imported row beside the child the import
// proposes (close matches), the recorded PPN it differs from (conflicts), or a child at a new
// PPN's home address who is not named on it (missed).
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        ReferenceColumn,
        ImportedColumn,
        ProposedColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Reads the open items again; an error message, or empty.
    QString reload(Database &db);
    const ReviewQueue::Item &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReviewQueue::Item> m_items;
};

} // namespace enc::ui
