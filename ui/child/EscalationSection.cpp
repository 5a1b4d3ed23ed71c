#include "EscalationSection.h"

#include "EscalationDialog.h"
#include "domain/DateInput.h"
#include "storage/Access.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace enc::ui {

EscalationSection::EscalationSection(QWidget *parent)
    : QGroupBox(tr("Escalation"), parent), m_text(new QLabel(this)),
      m_liaise(new QPushButton(tr("Record &liaison..."), this)),
      m_feedback(new QPushButton(tr("Feed&back..."), this)),
      m_close(new QPushButton(tr("Close escalat&ion..."), this))
{
    setObjectName(QStringLiteral("escalationSection"));
    m_text->setObjectName(QStringLiteral("escalationText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liaise->setToolTip(tr("The chair's liaison with the social worker or MASH"));
    m_feedback->setToolTip(tr("What the chair fed back to the group"));
    m_close->setToolTip(tr("Close it: the child leaves the agenda until the rule triggers "
                           "again on a new PPN"));
    connect(m_liaise, &QPushButton::clicked, this, &EscalationSection::recordLiaison);
    connect(m_feedback, &QPushButton::clicked, this, &EscalationSection::recordFeedback);
    connect(m_close, &QPushButton::clicked, this, &EscalationSection::closeEscalation);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_liaise);
    buttons->addWidget(m_feedback);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    hide();
}

void EscalationSection::setDatabase(Database *db, Editor *editor)
{
    m_db = db;
    m_editor = editor;
}

QString EscalationSection::text() const
{
    return m_text->text();
}

void EscalationSection::showChild(Id childId, const QString &worker)
{
    m_childId = childId;
    m_worker = worker;
    m_current.reset();
    if (!m_db)
        return;
    auto all = EscalationFollowUp(*m_db).forChild(childId);
    if (!all || all->isEmpty()) {
        hide();
        return;
    }
    // The open one, else the latest.
    m_current = all->first();
    for (const EscalationRecord &e : *all) {
        if (!e.closedOn.isValid()) {
            m_current = e;
            break;
        }
    }
    const EscalationRecord &e = *m_current;
    QStringList refs;
    for (Id id : e.ppnIds) {
        auto ref =
            Sql::scalar(m_db->sql(), QStringLiteral("SELECT police_ref FROM ppn WHERE id = :id"),
                        {{QStringLiteral("id"), id}});
        if (ref && !ref->isNull())
            refs << ref->toString();
    }
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html = tr("<b>%1</b>: triggered on %2 by %3 PPNs (%4).")
                       .arg(esc(toText(e.state())), DateInput::format(e.triggeredOn))
                       .arg(e.ppnIds.size())
                       .arg(esc(refs.join(QStringLiteral(", "))));
    for (const EscalationLiaison &l : e.liaisons) {
        html +=
            QStringLiteral("<br>") +
            tr("Liaison %1 with %2: %3").arg(DateInput::format(l.on), esc(l.with), esc(l.outcome));
    }
    if (e.feedbackOn.isValid())
        html += QStringLiteral("<br>") +
                tr("Feedback %1: %2").arg(DateInput::format(e.feedbackOn), esc(e.feedback));
    if (e.closedOn.isValid())
        html += QStringLiteral("<br>") +
                tr("Closed %1: %2").arg(DateInput::format(e.closedOn), esc(e.closeReason));
    if (all->size() > 1)
        html += QStringLiteral("<br><span style='color:#555'>") +
                tr("%1 escalations in all; the child's story lists each.").arg(all->size()) +
                QStringLiteral("</span>");
    m_text->setText(html);
    const bool open = !e.closedOn.isValid();
    const bool allowed = Access::can(m_db->sql(), Access::Right::Decisions);
    for (QPushButton *b : {m_liaise, m_feedback, m_close})
        b->setEnabled(open && allowed);
    show();
}

void EscalationSection::recordLiaison()
{
    step(0);
}

void EscalationSection::recordFeedback()
{
    step(1);
}

void EscalationSection::closeEscalation()
{
    step(2);
}

void EscalationSection::step(int which)
{
    if (!m_db || !m_editor || !m_current || m_current->closedOn.isValid())
        return;
    const EscalationDialog::Step steps[] = {EscalationDialog::Step::Liaison,
                                            EscalationDialog::Step::Feedback,
                                            EscalationDialog::Step::Close};
    EscalationDialog dialog(*m_editor, *m_current, steps[which], m_worker, this);
    dialog.exec();
}

} // namespace enc::ui
