#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

namespace enc::ui {

// Each row of an import as the review before commit shows it: the row number in the file,
// the reference, the child, what happens to it and why.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        ReferenceColumn,
        ChildColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    // Qt::UserRole on any column: the status key ("new_child", "error", ...), for filtering.
    static constexpr int StatusKeyRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RowOutcome> &rows);
    const RowOutcome &outcome(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RowOutcome> m_rows;
};

} // namespace enc::ui
