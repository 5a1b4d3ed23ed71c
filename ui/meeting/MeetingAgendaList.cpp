// The meeting screen's agenda list: filled from the agenda, narrowed by the filter bar, and
// its cursor kept on its item through re-reads and filters. The list has heading rows too;
// currentItem() and setCurrentItem() speak of items (their index in the agenda), as the form
// and the presenter do.

#include "MeetingsPage.h"

#include "AgendaFilterBar.h"
#include "AgendaListModel.h"
#include "AgendaView.h"
#include "PresenterWindow.h" // MeetingsPage::presenter() converts its pointer

namespace enc::ui {

void MeetingsPage::fillAgendaList(bool readNames)
{
    const int row = currentItem();
    const QSignalBlocker block(m_agendaList->selectionModel());
    if (readNames) {
        QList<Id> ids;
        ids.reserve(m_agenda.items.size());
        for (const AgendaItem &i : m_agenda.items)
            ids.append(i.childId);
        m_children = AgendaStore(*m_db).children(ids).value();
        m_agendaModel->setChildren(m_children, m_date);
    }
    // The cursor stays on its item wherever the item now is (an undone move, a re-read),
    // else on the child, else on the row; the filter never hides it.
    const int count = int(m_agenda.items.size());
    int to = -1;
    for (int i = 0; i < count && to < 0; ++i)
        if (m_cursorItem && m_agenda.items[i].id == m_cursorItem)
            to = i;
    for (int i = 0; i < count && to < 0; ++i)
        if (m_cursorChild && m_agenda.items[i].childId == m_cursorChild)
            to = i;
    if (to < 0 && count > 0)
        to = std::clamp(row, 0, count - 1);
    m_agendaModel->setItems(m_agenda.items, palette().color(QPalette::Disabled, QPalette::Text),
                            to);
    m_filter->update(*m_agendaModel);
    m_agendaList->setCurrentIndex(m_agendaModel->index(m_agendaModel->rowOf(to)));
}

void MeetingsPage::applyFilter()
{
    const int item = currentItem();
    {
        // The same item stays chosen: the form keeps the chair's typing.
        const QSignalBlocker block(m_agendaList->selectionModel());
        m_agendaModel->setFilter(m_filter->filter(), item);
        m_filter->update(*m_agendaModel);
        m_agendaList->setCurrentIndex(m_agendaModel->index(m_agendaModel->rowOf(item)));
    }
    m_agendaList->scrollTo(m_agendaList->currentIndex());
}

int MeetingsPage::currentItem() const
{
    return m_agendaModel->itemAt(m_agendaList->currentIndex().row());
}

void MeetingsPage::setCurrentItem(int index)
{
    if (index >= 0 && index < m_agenda.items.size() && m_agendaModel->rowOf(index) < 0) {
        // An item the filter hides (the projector moved to it): shown, never chosen unseen.
        const QSignalBlocker block(m_agendaList->selectionModel());
        m_agendaModel->setFilter(m_agendaModel->filter(), index);
        m_filter->update(*m_agendaModel);
    }
    m_agendaList->setCurrentIndex(m_agendaModel->index(m_agendaModel->rowOf(index)));
    itemChosen();
}

} // namespace enc::ui
