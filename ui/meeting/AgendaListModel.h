#pragma once

#include "meeting/AgendaItem.h"
#include "meeting/AgendaStore.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace enc::ui {

// What the operator narrows the agenda list to (all of it when empty).
struct AgendaFilter
{
    int section = -1; // an AgendaSection, -1 for every section
    QString area;     // the children's area, empty for every area
    QString text;     // part of a name, a child id or a police reference
    bool isEmpty() const { return section < 0 && area.isEmpty() && text.trimmed().isEmpty(); }
};

// The operator's agenda list: a heading row for each section ("New PPNs (12)"), which cannot
// be chosen, then its items. Items are addressed by their index in the agenda (as the meeting
// screen, the form and the presenter count them) and mapped to rows here. An item's text is
// worded only when its row is shown, so that a county-size agenda (tens of thousands of
// items) costs little until it is scrolled.
class AgendaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        HeadingRole = Qt::UserRole + 1, // bool: a section heading, not an item
        TitleRole,                      // the item's first line: status, child, age, household
        DetailRole,                     // why the item is on the agenda, and its PPNs
        EscalationRole,                 // bool: an escalation item
        ShadedRole,                     // bool: the item's household is shaded (every other one)
        ItemRole                        // int: the item's index in the agenda
    };

    using QAbstractListModel::QAbstractListModel;

    // The agenda's children (by child id) and the meeting's date (ages are on that day).
    void setChildren(const QHash<Id, AgendaChild> &children, QDate meetingDate);
    // The items; dim colours heard and deferred items. The filter stays; pinned (an item
    // index) is shown whatever the filter says: the operator's cursor never disappears from
    // under them.
    void setItems(const QList<AgendaItem> &items, QColor dim, int pinned = -1);
    void setFilter(const AgendaFilter &filter, int pinned);
    const AgendaFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The item's section and child, as the recording panel titles it.
    QString heading(int item) const;
    // The item on a row (-1 for a heading or no row), and the row of an item (-1 when hidden).
    int itemAt(int row) const;
    int rowOf(int item) const;
    // The next item shown after item (step 1) or before it (step -1); -1 when none.
    int nextShown(int item, int step) const;
    // The items the filter lets through (not the item in hand kept outside it), and all.
    int shownItems() const { return m_shown; }
    int itemCount() const { return int(m_items.size()); }
    // The areas of the agenda's children, sorted; the items in each section.
    QStringList areas() const { return m_areas; }
    QList<int> sectionCounts() const;

private:
    struct Household
    {
        int number = 0; // counted as the presenter counts them: runs of one household
        int place = 0;  // the child's place in it, from 1
        int size = 0;
    };
    struct Heading
    {
        AgendaSection section;
        int count = 0;
        int open = 0;
        bool continued = false;
    };
    void layoutRows(int pinned);
    bool matches(int item) const;
    QString title(int item, bool painted = false) const;
    QString detail(int item) const;
    QString headingText(const Heading &h) const;

    QList<AgendaItem> m_items;
    QHash<Id, AgendaChild> m_children;
    QDate m_date;
    QStringList m_areas;
    QColor m_dim;
    AgendaFilter m_filter;
    QList<Household> m_households; // by item
    QList<int> m_rows;             // by row: an item index, or -1 - a heading's index
    QList<int> m_rowOfItem;        // by item: its row, or -1
    QList<Heading> m_headings;
    int m_shown = 0;
    int m_pinned = -1; // shown outside the filter
};

} // namespace enc::ui
