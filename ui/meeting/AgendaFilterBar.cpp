#include "AgendaFilterBar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace enc::ui {

AgendaFilterBar::AgendaFilterBar(QWidget *parent)
    : QWidget(parent), m_section(new QComboBox(this)), m_area(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_count(new QLabel(this))
{
    m_section->setObjectName(QStringLiteral("agendaSectionFilter"));
    m_area->setObjectName(QStringLiteral("agendaAreaFilter"));
    m_text->setObjectName(QStringLiteral("agendaTextFilter"));
    m_section->setToolTip(tr("Show one section of the agenda"));
    m_area->setToolTip(tr("Show the children of one area"));
    m_text->setPlaceholderText(tr("Find a name, child id or police reference"));
    m_text->setClearButtonEnabled(true);
    // Narrow, so that the meeting screen still fits a 1366-pixel laptop; the lists open wide.
    for (QComboBox *box : {m_section, m_area}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_text->setMinimumWidth(80);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section);
    layout->addWidget(m_area);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    connect(m_section, &QComboBox::activated, this, &AgendaFilterBar::changed);
    connect(m_area, &QComboBox::activated, this, &AgendaFilterBar::changed);
    connect(m_text, &QLineEdit::textEdited, this, &AgendaFilterBar::changed);
    update(AgendaListModel());
}

void AgendaFilterBar::update(const AgendaListModel &model)
{
    const QSignalBlocker blockSection(m_section);
    const QSignalBlocker blockArea(m_area);
    const QVariant section = m_section->currentData();
    const QString area = m_area->currentData().toString();
    const QLocale locale;
    m_section->clear();
    m_section->addItem(tr("All sections"), -1);
    const QList<int> counts = model.sectionCounts();
    for (int s = 0; s < counts.size(); ++s)
        if (counts[s] > 0)
            m_section->addItem(
                tr("%1 (%2)").arg(sectionTitle(AgendaSection(s)), locale.toString(counts[s])), s);
    m_section->setCurrentIndex(std::max(0, m_section->findData(section)));
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const QString &a : model.areas())
        m_area->addItem(a, a);
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    for (QComboBox *box : {m_section, m_area}) // the open list as wide as its longest choice
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    // Short, so that the bar keeps its width as the filter changes.
    m_count->setText(
        model.filter().isEmpty()
            ? tr("%1 items").arg(locale.toString(model.itemCount()))
            : tr("%1 of %2")
                  .arg(locale.toString(model.shownItems()), locale.toString(model.itemCount())));
    m_count->setToolTip(tr("Items shown of the whole agenda"));
}

AgendaFilter AgendaFilterBar::filter() const
{
    AgendaFilter f;
    f.section = m_section->currentIndex() > 0 ? m_section->currentData().toInt() : -1;
    f.area = m_area->currentData().toString();
    f.text = m_text->text();
    return f;
}

void AgendaFilterBar::clear()
{
    const QSignalBlocker blockSection(m_section);
    const QSignalBlocker blockArea(m_area);
    m_section->setCurrentIndex(0);
    m_area->setCurrentIndex(0);
    m_text->clear();
}

} // namespace enc::ui
