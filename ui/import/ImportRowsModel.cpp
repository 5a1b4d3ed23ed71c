#include "ImportRowsModel.h"

#include <QBrush>
#include <QColor>

namespace enc::ui {

void ImportRowsModel::setRows(const QList<RowOutcome> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RowOutcome &o = m_rows.at(index.row());
    if (role == StatusKeyRole)
        return ImportReport::statusKey(o.status);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (o.status == RowStatus::Error)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (o.status == RowStatus::ForReview || o.status == RowStatus::Conflict)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return o.row;
    case ReferenceColumn:
        return o.reference;
    case ChildColumn:
        return o.child;
    case StatusColumn:
        return ImportReport::statusLabel(o.status);
    case ReasonColumn: {
        QStringList parts;
        if (!o.column.isEmpty())
            parts << tr("%1: %2").arg(o.column, o.reason);
        else if (!o.reason.isEmpty())
            parts << o.reason;
        parts << o.warnings;
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ReferenceColumn:
        return tr("Reference");
    case ChildColumn:
        return tr("Child");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace enc::ui
