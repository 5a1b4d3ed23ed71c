#pragma once

#include "import/ImportBatches.h"

#include <QAbstractTableModel>

namespace enc::ui {

// The imports done so far, newest first: file, who, when and the counts.
class ImportBatchesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        ByColumn,
        AtColumn,
        NewPpnsColumn,
        NewChildrenColumn,
        MatchedColumn,
        ForReviewColumn,
        DuplicatesColumn,
        ErrorsColumn,
        StateColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Reads the batches again; an error message, or empty.
    QString reload(Database &db);
    const ImportBatches::Batch &batch(int row) const { return m_batches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportBatches::Batch> m_batches;
};

} // namespace enc::ui
