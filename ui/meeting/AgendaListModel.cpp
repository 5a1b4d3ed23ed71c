#include "AgendaListModel.h"

namespace enc::ui {

void AgendaListModel::setItems(const QList<AgendaItem> &items, const QHash<Id, QString> &names,
                               QColor dim)
{
    beginResetModel();
    m_items = items;
    m_names = names;
    m_dim = dim;
    endResetModel();
}

int AgendaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString AgendaListModel::heading(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const AgendaItem &i = m_items.at(row);
    return QStringLiteral("%1 \u2013 %2 (id %3)")
        .arg(sectionTitle(i.section), m_names.value(i.childId))
        .arg(i.childId);
}

QVariant AgendaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &i = m_items.at(index.row());
    if (role == Qt::ForegroundRole)
        return i.status == AgendaStatus::Open ? QVariant() : QVariant(m_dim);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    QString text = heading(index.row()) + QLatin1Char('\n') + i.reason();
    if (!i.policeReferences.isEmpty())
        text += QStringLiteral(" \u2013 ") + i.policeReferences.join(QStringLiteral(", "));
    if (i.status == AgendaStatus::Heard)
        text = tr("[heard] ") + text;
    else if (i.status == AgendaStatus::Deferred)
        text = tr("[deferred] ") + text;
    return text;
}

} // namespace enc::ui
