#include "ChildRecordPage.h"
#include "EscalationSection.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "NoLongerAttendsDialog.h"
#include "PartnerSection.h"
#include "ProformaSection.h"
#include "RecordNames.h"
#include "commands/Editor.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/ChildDialog.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/PpnDialog.h"
#include "domain/DateInput.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Directory.h"
#include "repo/NoLongerAttends.h"
#include "repo/SubjectAccess.h"
#include "repo/Timeline.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace enc::ui {

ChildRecordPage::ChildRecordPage(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_summary(new QLabel(this)),
      m_status_label(new QLabel(this)), m_details(new QLabel(this)),
      m_siblings(new QListWidget(this)), m_actions(new QTreeWidget(this)),
      m_timeline(new QTreeWidget(this)), m_proformas(new ProformaSection(this)),
      m_escalation(new EscalationSection(this)), m_partners(new PartnerSection(this))
{
    setObjectName(QStringLiteral("childRecordPage"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status_label->setObjectName(QStringLiteral("childStatus"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto makeButton = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(
                tr("%1 (%2)").arg(b->accessibleName(), key.toString(QKeySequence::NativeText)));
        }
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *back =
        makeButton(tr("Back"), QKeySequence(Qt::Key_Escape), [this] { emit backRequested(); });
    auto *edit = makeButton(tr("&Edit"), QKeySequence(Qt::Key_F2), [this] { editChild(); });
    // Ctrl+N belongs to the window, which routes it here while this page shows.
    auto *ppn = makeButton(tr("New &PPN"), {}, [this] { addPpn(); });
    ppn->setToolTip(tr("New PPN for this child (Ctrl+N)"));
    auto *decide = makeButton(tr("Record &decision"), QKeySequence(Qt::CTRL | Qt::Key_D),
                              [this] { recordDecision(); });
    auto *action = makeButton(tr("Add &action"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                              [this] { addAction(); });
    m_complete = makeButton(tr("&Complete action"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                            [this] { completeSelectedAction(); });
    m_greenOff =
        makeButton(tr("&Green off"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { greenOff(); });
    m_reopen = makeButton(tr("Re&open"), {}, [this] { reopen(); });
    auto *archiveButton = makeButton(tr("Archive..."), {}, [this] { archive(); });
    m_noLongerAttends = makeButton(tr("&Misdirected: no longer attends..."), {},
                                   [this] { recordNoLongerAttends(); });
    m_noLongerAttends->setObjectName(QLatin1String(names::NoLongerAttendsButton));
    m_noLongerAttends->setToolTip(
        tr("The setting says the child no longer attends: clear the setting, list the child as "
           "having no known setting and mark the letter to the setting misdirected"));
    auto *editHousehold = new QPushButton(tr("Edit household..."), this);
    connect(editHousehold, &QPushButton::clicked, this, &ChildRecordPage::editHousehold);
    auto *addSibling = new QPushButton(tr("Add sibling..."), this);
    connect(addSibling, &QPushButton::clicked, this, &ChildRecordPage::addSibling);
    auto *auditButton =
        makeButton(tr("A&udit trail"), {}, [this] { emit auditRequested(m_childId); });
    auditButton->setToolTip(tr("Who opened, changed or exported this child's record"));
    auto *subjectAccess =
        makeButton(tr("&Subject access..."), {}, [this] { exportSubjectAccess(); });
    subjectAccess->setToolTip(tr("Export this child's whole record (PDF and JSON), other people's "
                                 "details redacted"));
    // What each role may press; core refuses the rest anyway (Access).
    m_roleButtons = {{edit, Access::Right::Children},
                     {ppn, Access::Right::Ppns},
                     {decide, Access::Right::Decisions},
                     {action, Access::Right::Actions},
                     {m_complete, Access::Right::Actions},
                     {m_greenOff, Access::Right::Decisions},
                     {m_reopen, Access::Right::Decisions},
                     {archiveButton, Access::Right::Children},
                     {editHousehold, Access::Right::Children},
                     {addSibling, Access::Right::Children},
                     {m_noLongerAttends, Access::Right::Children}};

    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {back, edit, ppn, decide, action, m_complete, m_greenOff, m_reopen})
        toolbar->addWidget(b);
    toolbar->addStretch(1);
    toolbar->addWidget(auditButton);
    toolbar->addWidget(subjectAccess);
    toolbar->addWidget(archiveButton);

    m_siblings->setAccessibleName(tr("Household and siblings"));
    m_siblings->setMaximumHeight(110);
    connect(m_siblings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openChild(item->data(Qt::UserRole).toLongLong());
    });
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->setHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Completed")});
    m_actions->setRootIsDecorated(false);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setStretchLastSection(false);
    m_actions->setColumnWidth(1, 150);
    m_actions->setColumnWidth(2, 90);
    m_actions->setColumnWidth(3, 190);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setHeaderLabels({tr("Date"), tr("What"), tr("Detail")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setColumnWidth(0, 130);
    m_timeline->setColumnWidth(1, 330);

    auto *detailsBox = new QGroupBox(tr("Details"), this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);
    auto *settingButtons = new QHBoxLayout;
    settingButtons->addWidget(m_noLongerAttends);
    settingButtons->addStretch(1);
    detailsLayout->addLayout(settingButtons);
    auto *siblingsBox = new QGroupBox(tr("Household"), this);
    auto *siblingsLayout = new QVBoxLayout(siblingsBox);
    siblingsLayout->addWidget(m_siblings);
    auto *householdButtons = new QHBoxLayout;
    householdButtons->addWidget(editHousehold);
    householdButtons->addWidget(addSibling);
    householdButtons->addStretch(1);
    siblingsLayout->addLayout(householdButtons);
    auto *actionsBox = new QGroupBox(tr("Actions"), this);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actions);
    auto *timelineBox = new QGroupBox(tr("Story (newest first)"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(detailsBox);
    leftLayout->addWidget(siblingsBox);
    leftLayout->addWidget(m_escalation);
    leftLayout->addWidget(m_partners);
    leftLayout->addWidget(actionsBox, 1);
    leftLayout->addWidget(m_proformas);
    // Details, household, escalation, actions and proformas keep the height their rows need;
    // on a laptop's screen the column scrolls (squeezed, the proformas' rows were hidden).
    m_actions->setMinimumHeight(m_actions->fontMetrics().lineSpacing() * 6);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(timelineBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *head = new QHBoxLayout;
    head->addWidget(m_name);
    head->addSpacing(16);
    head->addWidget(m_status_label);
    head->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void ChildRecordPage::setDatabase(Database *db, Editor *editor)
{
    m_db = db;
    m_editor = editor;
    m_proformas->setDatabase(db, editor);
    m_escalation->setDatabase(db, editor);
    m_partners->setDatabase(db, editor);
}

void ChildRecordPage::showChild(Id childId)
{
    m_childId = childId;
    if (m_db) {
        // Views of a child's record are part of the audit trail.
        if (Status s = Audit::recordView(m_db->sql(), childId); !s)
            MessageBox::warning(this, tr("Audit trail"), s.errorText());
    }
    reload();
}

QString ChildRecordPage::exportSubjectAccess(const QString &folder)
{
    if (!m_db || !m_childId)
        return {};
    const QString dir =
        folder.isEmpty() ? FileDialog::directory(this, tr("Folder for the subject access export"))
                         : folder;
    if (dir.isEmpty())
        return {};
    auto written = SubjectAccess(*m_db).write(m_childId, dir);
    if (!written) {
        MessageBox::warning(this, tr("Subject access"), written.errorText());
        return {};
    }
    MessageBox::information(
        this, tr("Subject access"),
        tr("Written:\n%1\n%2\n\nCheck the notes before sending: other "
           "children are named nowhere, but free text may mention other "
           "people.")
            .arg(QDir::toNativeSeparators(written->pdf), QDir::toNativeSeparators(written->json)));
    return written->pdf;
}

QString ChildRecordPage::statusText() const
{
    return m_status_label->text();
}

void ChildRecordPage::reload()
{
    if (!m_db || m_childId == 0)
        return;
    auto child = Children(*m_db).get(m_childId);
    if (!child) {
        m_name->setText(child.errorText());
        return;
    }
    m_status = child->status;
    const QDate today = QDate::currentDate();
    m_name->setText(child->fullName());
    m_summary->setText(tr("Born %1 (age %2)%3")
                           .arg(DateInput::format(child->dateOfBirth))
                           .arg(DateInput::ageInYears(child->dateOfBirth, today))
                           .arg(child->archived ? tr("  |  ARCHIVED") : QString()));
    auto flags = Sql::run(
        m_db->sql(), QStringLiteral("SELECT escalated, open_actions FROM child WHERE id = :id"),
        {{QStringLiteral("id"), m_childId}});
    const bool escalated = flags && flags->next() && flags->value(0).toBool();
    QString status;
    QString style;
    if (escalated) {
        status = tr("Escalated");
        style = QStringLiteral("background:#f8d7da;color:#7a1020;");
    } else if (child->status == ChildStatus::GreenedOff) {
        status = tr("Greened off");
        style = QStringLiteral("background:#d4edda;color:#14532d;");
    } else {
        status = tr("Open");
        style = QStringLiteral("background:#fff0c2;color:#5c3d00;");
    }
    m_status_label->setText(status);
    m_status_label->setStyleSheet(
        style + QStringLiteral("padding:4px 10px;border-radius:4px;font-weight:bold;"));
    m_greenOff->setEnabled(child->status == ChildStatus::Open);
    m_reopen->setEnabled(child->status == ChildStatus::GreenedOff);

    Directory dir(*m_db);
    QString setting;
    switch (child->settingKnown) {
    case SettingKnown::Known:
        setting = dir.setting(child->settingId) ? dir.setting(child->settingId)->name : QString();
        break;
    case SettingKnown::NotInSetting:
        setting = tr("Not in a setting");
        break;
    case SettingKnown::OutOfArea:
        setting = child->settingId && dir.setting(child->settingId)
                      ? tr("%1 (out of area)").arg(dir.setting(child->settingId)->name)
                      : tr("Out of area");
        break;
    case SettingKnown::HomeEducated:
        setting = tr("Home educated");
        break;
    case SettingKnown::Unknown:
        setting = tr("Unknown");
        break;
    }
    // The setting said the child no longer attends: the office looks for the right one.
    if (auto left = NoLongerAttends(*m_db).forChild(m_childId);
        left && !left->isEmpty() && child->settingKnown != SettingKnown::Known)
        setting += QLatin1Char(' ') +
                   tr("(no longer attends %1, said on %2)")
                       .arg(left->first().settingName, DateInput::format(left->first().toldOn));
    // A setting the police named that the directory does not hold: the officer finds or adds it.
    if (auto named = Timeline::unknownPoliceSettings(m_db->sql(), m_childId);
        named && !named->isEmpty()) {
        setting += QLatin1Char(' ') + tr("(the police named \"%1\": not in the settings directory)")
                                          .arg(named->join(QStringLiteral("\", \"")));
    }
    QString area;
    if (auto areas = dir.areas()) {
        for (const Area &a : *areas) {
            if (a.id == child->areaId)
                area = a.name;
        }
    }
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_details->setText(QStringLiteral("<table>") + row(tr("Setting"), setting) +
                       row(tr("Area"), area) + row(tr("Address"), child->address) +
                       row(tr("Postcode"), child->postcode) + row(tr("Gender"), child->gender) +
                       row(tr("Case reference"), child->caseReference) +
                       row(tr("Social care"), child->openToSocialCare
                                                  ? tr("Open (worker: %1)").arg(child->socialWorker)
                                                  : tr("Not open")) +
                       QStringLiteral("</table>"));

    m_escalation->showChild(m_childId, child->openToSocialCare ? child->socialWorker : QString());

    m_siblings->clear();
    if (auto siblings = Children(*m_db).siblings(m_childId)) {
        for (const Child &s : *siblings) {
            auto *item = new QListWidgetItem(
                tr("%1, born %2").arg(s.fullName(), DateInput::format(s.dateOfBirth)), m_siblings);
            item->setData(Qt::UserRole, s.id);
        }
        if (siblings->isEmpty())
            new QListWidgetItem(tr("No siblings recorded"), m_siblings);
    }

    m_actions->clear();
    QHash<Id, QString> members;
    if (auto all = dir.members(false)) {
        for (const Member &m : *all)
            members.insert(m.id, m.name);
    }
    if (auto actions = Decisions(*m_db).actionsFor(m_childId)) {
        for (const Action &a : *actions) {
            auto *item = new QTreeWidgetItem(
                m_actions,
                {a.description, a.ownerMemberId ? members.value(a.ownerMemberId) : a.ownerText,
                 DateInput::format(a.dueOn),
                 a.complete() ? tr("%1 by %2").arg(DateInput::format(a.completedOn), a.completedBy)
                              : tr("Open")});
            item->setData(0, Qt::UserRole, a.id);
            if (!a.complete() && a.dueOn.isValid() && a.dueOn < today) {
                item->setForeground(2, QColor(0xA0, 0x1C, 0x1C));
                item->setText(3, tr("Overdue"));
            }
        }
    }
    m_complete->setEnabled(m_actions->topLevelItemCount() > 0);
    for (const auto &[button, right] : m_roleButtons) {
        const bool allowed = Access::can(m_db->sql(), right);
        if (!allowed)
            button->setEnabled(false);
        else if (button != m_complete && button != m_greenOff && button != m_reopen &&
                 button != m_noLongerAttends)
            button->setEnabled(true);
    }
    m_noLongerAttends->setEnabled(child->settingKnown == SettingKnown::Known &&
                                  Access::can(m_db->sql(), Access::Right::Children));
    m_partners->showChild(m_childId, child->fullName());

    m_proformas->showChild(m_childId, child->fullName());

    m_timeline->clear();
    if (auto events = Timeline::forChild(m_db->sql(), m_childId)) {
        for (const TimelineEvent &e : *events) {
            const QString when = e.time.isValid()
                                     ? tr("%1 %2").arg(DateInput::format(e.date),
                                                       e.time.toString(QStringLiteral("HH:mm")))
                                     : DateInput::format(e.date);
            auto *item = new QTreeWidgetItem(m_timeline, {when, e.title, e.detail});
            item->setToolTip(2, e.detail);
            item->setData(0, Qt::UserRole, int(e.kind));
        }
    }
}

void ChildRecordPage::report(const QString &title, const QStringList &warnings)
{
    if (!warnings.isEmpty())
        MessageBox::warning(this, title, warnings.join(QStringLiteral("\n\n")));
}

void ChildRecordPage::editChild()
{
    auto child = Children(*m_db).get(m_childId);
    if (!child)
        return;
    ChildDialog dialog(*m_db, *m_editor, *child, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Saved, with a warning"), dialog.warnings());
}

void ChildRecordPage::editHousehold()
{
    auto child = Children(*m_db).get(m_childId);
    if (!child)
        return;
    if (child->householdId == 0) {
        MessageBox::information(
            this, tr("No household"),
            tr("%1 is not in a household yet: add a sibling to start one.").arg(child->fullName()));
        return;
    }
    auto household = Children(*m_db).household(child->householdId);
    if (!household)
        return;
    HouseholdDialog dialog(*m_db, *m_editor, *household, this);
    dialog.exec();
}

void ChildRecordPage::addSibling()
{
    auto child = Children(*m_db).get(m_childId);
    if (!child)
        return;
    Child sibling;
    sibling.surname = child->surname;
    sibling.address = child->address;
    sibling.postcode = child->postcode;
    sibling.areaId = child->areaId;
    sibling.householdId = child->householdId;
    if (sibling.householdId == 0) {
        // The first sibling starts a household for both children.
        auto household =
            m_editor->addHousehold({0, child->address, child->postcode, child->areaId, 0});
        if (!household) {
            MessageBox::warning(this, tr("Cannot add a sibling"), household.errorText());
            return;
        }
        Child moved = *child;
        moved.householdId = household->id;
        if (auto saved = m_editor->editChild(moved); !saved) {
            MessageBox::warning(this, tr("Cannot add a sibling"), saved.errorText());
            return;
        }
        sibling.householdId = household->id;
    }
    ChildDialog dialog(*m_db, *m_editor, sibling, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Saved, with a warning"), dialog.warnings());
}

void ChildRecordPage::addPpn()
{
    PpnDialog dialog(*m_db, *m_editor, m_childId, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("PPN saved"), dialog.warnings());
}

void ChildRecordPage::recordDecision()
{
    DecisionDialog dialog(*m_db, *m_editor, m_childId, 0, this);
    dialog.exec();
}

void ChildRecordPage::addAction()
{
    ActionDialog dialog(*m_db, *m_editor, m_childId, 0, this);
    dialog.exec();
}

void ChildRecordPage::completeSelectedAction()
{
    QTreeWidgetItem *item = m_actions->currentItem();
    if (!item) {
        // The first open action, when none is selected.
        for (int i = 0; i < m_actions->topLevelItemCount() && !item; ++i) {
            if (m_actions->topLevelItem(i)->text(3) == tr("Open") ||
                m_actions->topLevelItem(i)->text(3) == tr("Overdue"))
                item = m_actions->topLevelItem(i);
        }
    }
    if (!item || !m_db)
        return;
    Status s = m_editor->completeAction(item->data(0, Qt::UserRole).toLongLong(),
                                        QDate::currentDate(), Audit::currentUser(m_db->sql()));
    if (!s)
        MessageBox::warning(this, tr("Cannot complete the action"), s.errorText());
}

void ChildRecordPage::greenOff()
{
    Status s = m_editor->greenOff(m_childId);
    if (!s)
        MessageBox::warning(this, tr("Cannot green off"), s.errorText());
}

void ChildRecordPage::reopen()
{
    Status s = m_editor->reopen(m_childId);
    if (!s)
        MessageBox::warning(this, tr("Cannot reopen"), s.errorText());
}

void ChildRecordPage::recordNoLongerAttends()
{
    auto child = Children(*m_db).get(m_childId);
    if (!child || child->settingKnown != SettingKnown::Known)
        return;
    auto setting = Directory(*m_db).setting(child->settingId);
    NoLongerAttendsDialog dialog(*m_editor, *child, setting ? setting->name : QString(), this);
    dialog.exec();
}

void ChildRecordPage::archive()
{
    const auto answer = MessageBox::question(
        this, tr("Archive this child?"),
        tr("Archive %1? The child leaves the tracker; the record is kept and can be restored "
           "with Undo.")
            .arg(m_name->text()));
    if (answer != QMessageBox::Yes)
        return;
    Status s = m_editor->archiveChild(m_childId);
    if (!s)
        MessageBox::warning(this, tr("Cannot archive"), s.errorText());
    else
        emit backRequested();
}

} // namespace enc::ui
