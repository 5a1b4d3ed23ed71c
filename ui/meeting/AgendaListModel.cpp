#include "AgendaListModel.h"

#include "domain/ChildAge.h"

#include <QSet>

#include <algorithm>

namespace enc::ui {

void AgendaListModel::setChildren(const QHash<Id, AgendaChild> &children, QDate meetingDate)
{
    m_children = children;
    m_date = meetingDate;
    QHash<Id, QString> byId; // by id: 25,000 children hash quicker than their area names
    for (const AgendaChild &c : m_children)
        if (c.areaId && !byId.contains(c.areaId))
            byId.insert(c.areaId, c.area);
    m_areas = byId.values();
    m_areas.sort(Qt::CaseInsensitive);
}

void AgendaListModel::setItems(const QList<AgendaItem> &items, QColor dim, int pinned)
{
    m_items = items;
    m_dim = dim;
    // Households as the presenter counts them: a run of items of one household (a child
    // with none is a household of its own).
    m_households.resize(m_items.size());
    Id last = 0;
    int number = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const AgendaItem &item = m_items.at(i);
        const Id key = item.householdId ? item.householdId : -item.childId;
        if (i == 0 || key != last)
            ++number;
        last = key;
        m_households[i] = {
            number,
            i > 0 && m_households[i - 1].number == number ? m_households[i - 1].place + 1 : 1, 0};
    }
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        m_households[i].size =
            i + 1 < m_items.size() && m_households[i + 1].number == m_households[i].number
                ? m_households[i + 1].size
                : m_households[i].place;
    layoutRows(pinned);
}

void AgendaListModel::setFilter(const AgendaFilter &filter, int pinned)
{
    m_filter = filter;
    layoutRows(pinned);
}

bool AgendaListModel::matches(int item) const
{
    const AgendaItem &i = m_items.at(item);
    if (m_filter.section >= 0 && int(i.section) != m_filter.section)
        return false;
    if (!m_filter.area.isEmpty() &&
        m_children.value(i.childId).area.compare(m_filter.area, Qt::CaseInsensitive) != 0)
        return false;
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    bool number = false;
    const Id id = text.toLongLong(&number);
    if (number && id == i.childId)
        return true;
    if (m_children.value(i.childId).name.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(i.policeReferences.cbegin(), i.policeReferences.cend(),
                       [&](const QString &r) { return r.contains(text, Qt::CaseInsensitive); });
}

void AgendaListModel::layoutRows(int pinned)
{
    beginResetModel();
    m_pinned = pinned;
    m_rows.clear();
    m_headings.clear();
    m_rowOfItem.fill(-1, m_items.size());
    m_shown = 0;
    QSet<int> seen; // sections already headed: a moved item may start a second run
    const bool all = m_filter.isEmpty();
    for (int i = 0; i < m_items.size(); ++i) {
        const bool match = all || matches(i);
        if (!match && i != pinned)
            continue;
        const AgendaItem &item = m_items.at(i);
        if (m_headings.isEmpty() || m_headings.last().section != item.section) {
            m_headings.append({item.section, 0, 0, seen.contains(int(item.section))});
            seen.insert(int(item.section));
            m_rows.append(-int(m_headings.size()));
        }
        // A heading counts the rows under it (a "(0)" over the item in hand, kept outside the
        // filter, read as a mistake); the filter's "4 of 93" counts only the matches.
        ++m_headings.last().count;
        m_headings.last().open += item.status == AgendaStatus::Open;
        m_shown += match;
        m_rowOfItem[i] = int(m_rows.size());
        m_rows.append(i);
    }
    endResetModel();
}

int AgendaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaListModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? std::max(-1, m_rows.at(row)) : -1;
}

int AgendaListModel::rowOf(int item) const
{
    return item >= 0 && item < m_rowOfItem.size() ? m_rowOfItem.at(item) : -1;
}

int AgendaListModel::nextShown(int item, int step) const
{
    for (int i = item + step; i >= 0 && i < m_rowOfItem.size(); i += step)
        if (m_rowOfItem.at(i) >= 0)
            return i;
    return -1;
}

QList<int> AgendaListModel::sectionCounts() const
{
    QList<int> counts(int(AgendaSection::Added) + 1, 0);
    for (const AgendaItem &i : m_items)
        ++counts[int(i.section)];
    return counts;
}

QString AgendaListModel::heading(int item) const
{
    if (item < 0 || item >= m_items.size())
        return {};
    const AgendaItem &i = m_items.at(item);
    return QStringLiteral("%1 \u2013 %2 (id %3)")
        .arg(sectionTitle(i.section), m_children.value(i.childId).name)
        .arg(i.childId);
}

QString AgendaListModel::headingText(const Heading &h) const
{
    QString text = h.continued ? tr("%1, continued (%2)").arg(sectionTitle(h.section)).arg(h.count)
                               : tr("%1 (%2)").arg(sectionTitle(h.section)).arg(h.count);
    if (h.count > 0 && h.open == 0)
        text += tr(" \u2013 all done");
    else if (h.open < h.count)
        text += tr(" \u2013 %1 still to hear").arg(h.open);
    return text;
}

QString AgendaListModel::title(int item, bool painted) const
{
    // Painted, a line wraps between the parts, never inside "(id 12)", "7 months" or
    // "household 2 (1 of 3)".
    const auto part = [painted](QString text) {
        return painted ? text.replace(QLatin1Char(' '), QChar(0x00a0)) : text;
    };
    const AgendaItem &i = m_items.at(item);
    const AgendaChild child = m_children.value(i.childId);
    QString text = child.name + QLatin1Char(' ') + part(tr("(id %1)").arg(i.childId)) +
                   QStringLiteral(", ") + part(ChildAge::text(child.dateOfBirth, m_date));
    const QString dot = QStringLiteral(" \u00b7 ");
    if (!child.area.isEmpty())
        text += dot + part(child.area);
    const Household &h = m_households.at(item);
    text +=
        dot + part(h.size > 1 ? tr("household %1 (%2 of %3)").arg(h.number).arg(h.place).arg(h.size)
                              : tr("household %1").arg(h.number));
    if (item == m_pinned && !m_filter.isEmpty() && !matches(item))
        text += tr(" \u00b7 outside the filter: the item in hand");
    // Heard and deferred items are dimmed, and say so (not by colour alone).
    if (i.status == AgendaStatus::Heard)
        text = tr("[heard] ") + text;
    else if (i.status == AgendaStatus::Deferred)
        text = tr("[deferred] ") + text;
    return text;
}

QString AgendaListModel::detail(int item) const
{
    const AgendaItem &i = m_items.at(item);
    QString text = i.reason();
    if (!i.policeReferences.isEmpty())
        text += QStringLiteral(" \u2013 ") + i.policeReferences.join(QStringLiteral(", "));
    return text;
}

Qt::ItemFlags AgendaListModel::flags(const QModelIndex &index) const
{
    // A heading is neither chosen nor recorded: the keys and the mouse pass over it.
    if (!index.isValid() || itemAt(index.row()) < 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AgendaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int item = itemAt(index.row());
    if (item < 0) {
        const Heading &h = m_headings.at(-m_rows.at(index.row()) - 1);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return headingText(h);
        case HeadingRole:
            return true;
        default:
            return {};
        }
    }
    const AgendaItem &i = m_items.at(item);
    switch (role) {
    case Qt::ForegroundRole:
        return i.status == AgendaStatus::Open ? QVariant() : QVariant(m_dim);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title(item) +
               (i.section == AgendaSection::Escalations ? tr(" \u00b7 ESCALATION") : QString()) +
               QLatin1Char('\n') + detail(item);
    case TitleRole:
        return title(item, true);
    case DetailRole:
        return detail(item);
    case EscalationRole:
        return i.section == AgendaSection::Escalations;
    case ShadedRole:
        return m_households.at(item).number % 2 == 0;
    case ItemRole:
        return item;
    case HeadingRole:
        return false;
    default:
        return {};
    }
}

} // namespace enc::ui
