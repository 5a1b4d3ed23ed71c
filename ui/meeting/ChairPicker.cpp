#include "ChairPicker.h"

#include "MeetingNames.h"
#include "commands/Editor.h"
#include "repo/Directory.h"
#include "repo/MeetingDetails.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace enc::ui {

ChairPicker::ChairPicker(QWidget *parent)
    : QWidget(parent), m_chair(new QComboBox(this)), m_deputy(new QComboBox(this)),
      m_message(formMessage(this))
{
    m_chair->setObjectName(QLatin1String(names::ChairCombo));
    m_deputy->setObjectName(QLatin1String(names::DeputyChairCombo));
    m_chair->setToolTip(tr("Who chairs this meeting: written in the minutes"));
    m_deputy->setToolTip(tr("The deputy chair at this meeting: written in the minutes"));
    for (QComboBox *box : {m_chair, m_deputy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::activated, this, &ChairPicker::chosen);
    }
    auto *chairLabel = new QLabel(tr("Chair:"), this);
    auto *deputyLabel = new QLabel(tr("Deputy chair:"), this);
    chairLabel->setBuddy(m_chair);
    deputyLabel->setBuddy(m_deputy);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chairLabel, 0, 0);
    layout->addWidget(m_chair, 0, 1);
    layout->addWidget(deputyLabel, 0, 2);
    layout->addWidget(m_deputy, 0, 3);
    layout->addWidget(m_message, 1, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
}

void ChairPicker::setMeeting(Database *db, Editor *editor, Id meetingId, bool readOnly)
{
    m_db = db;
    m_editor = editor;
    m_meetingId = meetingId;
    m_readOnly = readOnly;
    m_message->hide();
    reload();
}

void ChairPicker::reload()
{
    m_loading = true;
    m_chair->clear();
    m_deputy->clear();
    m_shownChair = m_shownDeputy = 0;
    if (m_db && m_meetingId) {
        auto chairs = MeetingDetails(*m_db).chairs(m_meetingId);
        auto members = Directory(*m_db).members(false);
        if (chairs && members) {
            m_shownChair = chairs->chair;
            m_shownDeputy = chairs->deputy;
            for (QComboBox *box : {m_chair, m_deputy}) {
                // One member is not both: the other box's choice is not offered.
                const Id other = box == m_chair ? m_shownDeputy : m_shownChair;
                box->addItem(tr("(not recorded)"), Id(0));
                for (const Member &m : *members)
                    // A member who left stays shown on the meetings they chaired.
                    if ((m.active || m.id == m_shownChair || m.id == m_shownDeputy) &&
                        (!other || m.id != other)) {
                        // The name alone fits the box; the role is its tooltip.
                        box->addItem(m.name, m.id);
                        box->setItemData(box->count() - 1, m.role, Qt::ToolTipRole);
                    }
            }
            m_chair->setCurrentIndex(std::max(0, m_chair->findData(m_shownChair)));
            m_deputy->setCurrentIndex(std::max(0, m_deputy->findData(m_shownDeputy)));
        }
    }
    m_chair->setEnabled(m_meetingId && !m_readOnly);
    m_deputy->setEnabled(m_meetingId && !m_readOnly);
    m_loading = false;
}

Id ChairPicker::chair() const
{
    return m_chair->currentData().toLongLong();
}

Id ChairPicker::deputy() const
{
    return m_deputy->currentData().toLongLong();
}

bool ChairPicker::choose(Id chair, Id deputy)
{
    if (!m_db || !m_meetingId || m_readOnly)
        return false;
    const Status s = m_editor ? m_editor->setMeetingChairs(m_meetingId, chair, deputy, m_shownChair,
                                                           m_shownDeputy)
                              : MeetingDetails(*m_db).setChairs(m_meetingId, chair, deputy,
                                                                m_shownChair, m_shownDeputy);
    reload(); // what is stored, whether or not the choice was
    if (!s) {
        m_message->setText(s.errorText());
        m_message->show();
        return false;
    }
    m_message->hide();
    return true;
}

void ChairPicker::chosen()
{
    if (m_loading)
        return;
    const Id chair = this->chair();
    const Id deputy = this->deputy();
    if (chair != m_shownChair || deputy != m_shownDeputy)
        choose(chair, deputy);
}

} // namespace enc::ui
