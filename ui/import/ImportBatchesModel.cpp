#include "ImportBatchesModel.h"

#include "domain/DateInput.h"

namespace enc::ui {

QString ImportBatchesModel::reload(Database &db)
{
    auto list = ImportBatches(db).list();
    beginResetModel();
    m_batches = list ? *list : QList<ImportBatches::Batch>();
    endResetModel();
    return list ? QString() : list.errorText();
}

int ImportBatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportBatches::Batch &b = m_batches.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= NewPpnsColumn &&
        index.column() <= ErrorsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    auto count = [&b](const char *key) {
        return b.counts.value(QLatin1String(key)).toInt();
    };
    switch (index.column()) {
    case FileColumn:
        return b.fileName;
    case ByColumn:
        return b.importedBy;
    case AtColumn: {
        const QDateTime at = b.importedAt.toLocalTime();
        return tr("%1 %2").arg(DateInput::format(at.date()),
                               at.time().toString(QStringLiteral("HH:mm")));
    }
    case NewPpnsColumn:
        return count("new_ppns");
    case NewChildrenColumn:
        return count("new_children");
    case MatchedColumn:
        return count("matched_children");
    case ForReviewColumn:
        return count("for_review");
    case DuplicatesColumn:
        return count("duplicates");
    case ErrorsColumn:
        return count("errors");
    case StateColumn:
        return b.undoneAt.isValid()
                   ? tr("Undone %1").arg(DateInput::format(b.undoneAt.toLocalTime().date()))
                   : tr("Imported");
    default:
        return {};
    }
}

QVariant ImportBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ByColumn:
        return tr("Imported by");
    case AtColumn:
        return tr("When");
    case NewPpnsColumn:
        return tr("New PPNs");
    case NewChildrenColumn:
        return tr("New children");
    case MatchedColumn:
        return tr("Matched");
    case ForReviewColumn:
        return tr("For review");
    case DuplicatesColumn:
        return tr("Duplicates");
    case ErrorsColumn:
        return tr("Errors");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace enc::ui
