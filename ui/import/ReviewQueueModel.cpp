#include "ReviewQueueModel.h"

#include "domain/DateInput.h"

namespace enc::ui {

QString ReviewQueueModel::reload(Database &db)
{
    auto items = ReviewQueue(db).items(true);
    beginResetModel();
    m_items = items ? *items : QList<ReviewQueue::Item>();
    endResetModel();
    return items ? QString() : items.errorText();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ReviewQueue::Item &i = m_items.at(index.row());
    switch (index.column()) {
    case KindColumn:
        if (i.kind == QLatin1String("age"))
            return tr("Age, no date of birth");
        if (i.kind == QLatin1String("missed"))
            return tr("Not named, same address");
        return i.kind == QLatin1String("match") ? tr("Close match") : tr("Changed details");
    case ReferenceColumn:
        return tr("%1 (row %2)").arg(i.reference).arg(i.row);
    case ImportedColumn:
        if (i.kind == QLatin1String("missed"))
            return tr("Not named on the PPN"); // the reason says where they live
        if (!i.data.dateOfBirth.isValid() && i.data.age >= 0)
            return tr("%1 %2, age %3").arg(i.data.forename, i.data.surname).arg(i.data.age);
        return tr("%1 %2, born %3")
            .arg(i.data.forename, i.data.surname, DateInput::format(i.data.dateOfBirth));
    case ProposedColumn:
        if (i.candidateChildId <= 0) {
            return i.kind == QLatin1String("age") ? tr("(no child of about that age found)")
                                                  : tr("(the PPN on the tracker)");
        }
        return tr("%1, born %2 (child %3)")
            .arg(i.candidateName, DateInput::format(i.candidateDateOfBirth))
            .arg(i.candidateChildId);
    case ReasonColumn:
        return i.reason;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ReferenceColumn:
        return tr("Reference");
    case ImportedColumn:
        return tr("Imported row");
    case ProposedColumn:
        return tr("Proposed child");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace enc::ui
