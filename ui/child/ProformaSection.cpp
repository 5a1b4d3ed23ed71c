#include "ProformaSection.h"

#include "ProformaDialog.h"
#include "ProformaNames.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "repo/Directory.h"
#include "repo/Proformas.h"
#include "storage/Access.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace enc::ui {

ProformaSection::ProformaSection(QWidget *parent)
    : QGroupBox(tr("Proformas"), parent), m_list(new QTreeWidget(this)), m_detail(new QLabel(this)),
      m_message(new QLabel(this)), m_request(new QPushButton(tr("Re&quest proforma"), this)),
      m_return(new QPushButton(tr("Proforma retur&ned..."), this)),
      m_review(new QPushButton(tr("Re&view proforma..."), this)),
      m_chase(new QPushButton(tr("C&hase proforma"), this))
{
    setObjectName(QLatin1String(names::ProformaSection));
    m_list->setObjectName(QLatin1String(names::ProformaList));
    m_detail->setObjectName(QLatin1String(names::ProformaDetail));
    m_message->setObjectName(QLatin1String(names::ProformaMessage));
    m_request->setObjectName(QLatin1String(names::ProformaRequest));
    m_return->setObjectName(QLatin1String(names::ProformaReturn));
    m_review->setObjectName(QLatin1String(names::ProformaReview));
    m_chase->setObjectName(QLatin1String(names::ProformaChase));
    m_request->setToolTip(tr("Record that the child's setting was asked for a proforma today; "
                             "write the request letter on the Letters page"));
    m_return->setToolTip(tr("The setting sent the proforma back: its summary and the voice of "
                            "the child"));
    m_review->setToolTip(tr("What the tracking review decided on the returned proforma"));
    m_chase->setToolTip(tr("Record that the setting was chased today for the overdue proforma"));
    m_list->setAccessibleName(tr("Proformas"));
    m_list->setHeaderLabels(
        {tr("Requested"), tr("Setting"), tr("Due back"), tr("Returned"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setMaximumHeight(120);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4); // the heading and rows
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetail(); });
    connect(m_request, &QPushButton::clicked, this, &ProformaSection::request);
    connect(m_return, &QPushButton::clicked, this, &ProformaSection::recordReturn);
    connect(m_review, &QPushButton::clicked, this, &ProformaSection::review);
    connect(m_chase, &QPushButton::clicked, this, &ProformaSection::chase);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_request, m_return, m_review, m_chase})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

void ProformaSection::setDatabase(Database *db, Editor *editor)
{
    m_db = db;
    m_editor = editor;
}

void ProformaSection::showChild(Id childId, const QString &childName)
{
    if (childId != m_childId)
        m_message->clear();
    m_childId = childId;
    m_childName = childName;
    reload();
}

QString ProformaSection::message() const
{
    return m_message->text();
}

void ProformaSection::reload()
{
    // A message is about the change just made: an undo or another desk's change outdates it.
    m_message->clear();
    m_list->clear();
    m_shown.clear();
    m_awaited = {};
    m_toReview = {};
    if (!m_db || !m_childId)
        return;
    const QDate today = QDate::currentDate();
    const ProformaRule rule = Proformas(*m_db).rule();
    auto all = Proformas(*m_db).forChild(m_childId);
    if (!all) {
        m_message->setText(all.errorText());
        return;
    }
    Directory directory(*m_db);
    QHash<Id, QString> settings;
    for (const Proforma &p : *all) {
        if (!p.returned() && !m_awaited.id)
            m_awaited = p;
        if (p.returned() && !p.reviewed() && !m_toReview.id)
            m_toReview = p;
        if (p.settingId && !settings.contains(p.settingId)) {
            auto s = directory.setting(p.settingId);
            settings.insert(p.settingId, s ? s->name : QString());
        }
        QString state;
        if (p.reviewed())
            state = tr("Reviewed %1").arg(DateInput::format(p.reviewedOn));
        else if (p.returned())
            state = tr("To review");
        else if (rule.isOverdue(p, today))
            state = tr("Overdue");
        else
            state = tr("Awaited");
        if (p.chaseCount > 0 && !p.returned())
            state += tr(", chases: %1").arg(p.chaseCount);
        auto *item = new QTreeWidgetItem(
            m_list, {DateInput::format(p.sentOn), settings.value(p.settingId),
                     DateInput::format(rule.dueOf(p)), DateInput::format(p.returnedOn), state});
        item->setData(0, Qt::UserRole, qlonglong(m_shown.size()));
        m_shown.append(p);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_detail->setText(tr("No proforma has been requested for this child."));
    const bool proformas = Access::can(m_db->sql(), Access::Right::Proformas);
    m_request->setEnabled(proformas && !m_awaited.id);
    m_return->setEnabled(proformas && m_awaited.id);
    m_chase->setEnabled(proformas && rule.isOverdue(m_awaited, today));
    m_review->setEnabled(Access::can(m_db->sql(), Access::Right::Decisions) && m_toReview.id);
}

void ProformaSection::showDetail()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Proforma &p = m_shown.at(item->data(0, Qt::UserRole).toInt());
    QStringList lines;
    if (p.chaseCount > 0)
        lines << tr("Last chased %1.").arg(DateInput::format(p.chasedOn));
    if (p.returned()) {
        lines << tr("Summary: %1").arg(p.summary);
        lines << tr("Voice of the child: %1")
                     .arg(p.voiceOfChild.isEmpty() ? tr("(not recorded)") : p.voiceOfChild);
    }
    if (p.reviewed() && !p.reviewOutcome.isEmpty())
        lines << tr("Review: %1").arg(p.reviewOutcome);
    if (!p.returned() && !p.requestDisclosureId)
        lines << tr("No request letter written yet (Letters page: Proforma request).");
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void ProformaSection::say(const Status &status, const QString &done)
{
    m_message->setText(status ? done : status.errorText());
}

void ProformaSection::request()
{
    if (!m_editor || !m_childId)
        return;
    auto saved = m_editor->requestProforma(m_childId, QDate::currentDate());
    if (!saved) {
        say(saved.error(), {});
        return;
    }
    auto p = Proformas(*m_db).get(saved->id);
    say({}, p ? tr("Proforma requested, due back %1. Write the request letter on the Letters "
                   "page (Ctrl+Z undoes).")
                    .arg(DateInput::format(p->dueOn))
              : p.errorText());
}

void ProformaSection::recordReturn()
{
    if (!m_editor || !m_awaited.id)
        return;
    ProformaDialog dialog(*m_db, *m_editor, ProformaDialog::Mode::Return, m_awaited, m_childName,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        say({}, tr("Proforma returned: on the next tracking review's agenda."));
}

void ProformaSection::review()
{
    if (!m_editor || !m_toReview.id)
        return;
    ProformaDialog dialog(*m_db, *m_editor, ProformaDialog::Mode::Review, m_toReview, m_childName,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        say({}, tr("Proforma reviewed."));
}

void ProformaSection::chase()
{
    if (!m_editor || !m_awaited.id)
        return;
    say(m_editor->chaseProforma(m_awaited, QDate::currentDate()),
        tr("Chase recorded for today (Ctrl+Z undoes)."));
}

} // namespace enc::ui
