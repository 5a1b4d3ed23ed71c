#include "PartnerSection.h"

#include "MessageBox.h"
#include "PartnerDialog.h"
#include "RecordNames.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "storage/Access.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace enc::ui {

PartnerSection::PartnerSection(QWidget *parent)
    : QGroupBox(tr("What partners know"), parent), m_list(new QTreeWidget(this)),
      m_add(new QPushButton(tr("Add what a partner kno&ws..."), this)),
      m_edit(new QPushButton(tr("Change entr&y..."), this)),
      m_archive(new QPushButton(tr("A&rchive entry"), this))
{
    setObjectName(QLatin1String(names::PartnerSection));
    m_list->setObjectName(QLatin1String(names::PartnerList));
    m_add->setObjectName(QLatin1String(names::PartnerAdd));
    m_edit->setObjectName(QLatin1String(names::PartnerEdit));
    m_archive->setObjectName(QLatin1String(names::PartnerArchive));
    m_add->setToolTip(tr("What a partner agency (police, health visiting, social care, "
                         "housing...) knows, before the meeting"));
    m_archive->setToolTip(tr("Take the selected entry off the record and the meeting (Undo "
                             "brings it back)"));
    m_list->setAccessibleName(tr("What partners know"));
    m_list->setHeaderLabels({tr("Known on"), tr("Agency"), tr("Who"), tr("Information")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 130);
    m_list->setColumnWidth(2, 110);
    // A few entries are usual: the list keeps to them and the record's column stays short.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8);
    connect(m_add, &QPushButton::clicked, this, &PartnerSection::addInfo);
    connect(m_edit, &QPushButton::clicked, this, &PartnerSection::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &PartnerSection::archiveSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &PartnerSection::editSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool chosen = selected() != nullptr;
        const bool allowed = m_db && Access::can(m_db->sql(), Access::Right::Children);
        m_edit->setEnabled(chosen && allowed);
        m_archive->setEnabled(chosen && allowed);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void PartnerSection::setDatabase(Database *db, Editor *editor)
{
    m_db = db;
    m_editor = editor;
}

void PartnerSection::showChild(Id childId, const QString &childName)
{
    const Id keep = childId == m_childId && selected() ? selected()->id : 0;
    m_childId = childId;
    m_childName = childName;
    m_list->clear();
    m_infos.clear();
    if (!m_db)
        return;
    if (auto infos = PartnerInfos(*m_db).forChild(childId))
        m_infos = *infos;
    for (const PartnerInfo &i : std::as_const(m_infos)) {
        auto *item = new QTreeWidgetItem(
            m_list, {DateInput::format(i.knownOn), i.agency, i.person, i.information});
        item->setData(0, Qt::UserRole, i.id);
        item->setToolTip(3, i.information);
        if (i.id == keep)
            m_list->setCurrentItem(item);
    }
    if (m_infos.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list, {tr("Nothing recorded yet")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    const bool allowed = Access::can(m_db->sql(), Access::Right::Children);
    m_add->setEnabled(allowed);
    m_edit->setEnabled(allowed && selected());
    m_archive->setEnabled(allowed && selected());
}

const PartnerInfo *PartnerSection::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const Id id = item->data(0, Qt::UserRole).toLongLong();
    for (const PartnerInfo &i : m_infos) {
        if (id && i.id == id)
            return &i;
    }
    return nullptr;
}

void PartnerSection::addInfo()
{
    if (!m_db || !m_editor || !m_childId)
        return;
    PartnerInfo info;
    info.childId = m_childId;
    PartnerDialog dialog(*m_db, *m_editor, info, m_childName, this);
    dialog.exec();
}

void PartnerSection::editSelected()
{
    const PartnerInfo *info = selected();
    if (!m_db || !m_editor || !info)
        return;
    PartnerDialog dialog(*m_db, *m_editor, *info, m_childName, this);
    dialog.exec();
}

void PartnerSection::archiveSelected()
{
    const PartnerInfo *info = selected();
    if (!m_editor || !info)
        return;
    if (Status s = m_editor->archivePartnerInfo(info->id, info->version); !s)
        MessageBox::warning(this, tr("Cannot archive the partner's information"), s.errorText());
}

} // namespace enc::ui
