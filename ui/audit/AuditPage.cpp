#include "AuditPage.h"

#include "AuditModel.h"
#include "ObjectNames.h"
#include "repo/ChildQuery.h"
#include "repo/Children.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

AuditPage::AuditPage(QWidget *parent)
    : QWidget(parent), m_model(new AuditModel(this)), m_typing(new QTimer(this)),
      m_view(new QTableView(this)), m_child(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_from(new DateField(tr("From"), false, this)), m_to(new DateField(tr("To"), false, this)),
      m_count(new QLabel(this)), m_chain(new QLabel(this))
{
    setObjectName(QLatin1String(names::AuditPage));
    m_view->setObjectName(QLatin1String(names::AuditView));
    m_child->setObjectName(QLatin1String(names::AuditChild));
    m_user->setObjectName(QLatin1String(names::AuditUser));
    m_from->setObjectName(QLatin1String(names::AuditFrom));
    m_to->setObjectName(QLatin1String(names::AuditTo));
    m_chain->setObjectName(QLatin1String(names::AuditChain));

    m_child->setPlaceholderText(tr("any child: type a name"));
    m_child->setAccessibleName(tr("Child's name"));
    m_child->setMinimumWidth(260);
    m_child->setToolTip(tr("Shows the entries of every child whose name matches, as you type "
                           "(either order, accents and case ignored)."));
    m_child->setClearButtonEnabled(true);
    m_user->setPlaceholderText(tr("any user"));
    m_user->setAccessibleName(tr("User"));
    m_user->setClearButtonEnabled(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditModel::When, 150);
    m_view->setColumnWidth(AuditModel::User, 110);
    m_view->setColumnWidth(AuditModel::Action, 130);
    m_view->setColumnWidth(AuditModel::Child, 180);

    // The list follows what is typed, once typing pauses (not a query per keystroke).
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditPage::applyFilter);
    // Any change of the name (typed, or cleared) lets go of the child shown from its record.
    connect(m_child, &QLineEdit::textChanged, this, [this] {
        m_pinnedChild = 0;
        m_typing->start();
    });
    connect(m_user, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_child, m_user, m_from->lineEdit(), m_to->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    auto *apply = new QPushButton(tr("&Filter"), this);
    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    auto *check = new QPushButton(tr("&Check the chain"), this);
    check->setToolTip(tr("Recompute every entry's hash to show whether any entry was changed "
                         "or removed after it was written."));
    connect(check, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString count = m_model->matching() == 1
                                  ? tr("1 entry")
                                  : tr("%1 entries").arg(QLocale().toString(m_model->matching()));
        m_count->setText(m_childNote.isEmpty() ? count : count + QStringLiteral(" ") + m_childNote);
    });

    auto *filters = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Child:"), m_child);
    form->addRow(tr("&User:"), m_user);
    auto *dates = new QFormLayout;
    dates->addRow(tr("Fro&m:"), m_from);
    dates->addRow(tr("&To:"), m_to);
    filters->addLayout(form);
    filters->addLayout(dates);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(check);
    buttons->addStretch(1);
    filters->addLayout(buttons);
    filters->addStretch(1);

    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addStretch(1);
    status->addWidget(m_chain);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(status);
}

void AuditPage::setDatabase(Database *db)
{
    m_db = db;
    m_chain->clear();
    m_model->setDatabase(db);
}

void AuditPage::refresh()
{
    applyFilter();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyFilter(); // what happened while another page was shown
}

void AuditPage::showChild(Id childId)
{
    auto child = m_db ? Children(*m_db).get(childId) : Result<Child>::failure(QString());
    m_child->setText(child ? child->fullName() : QString());
    m_pinnedChild = childId;
    m_user->clear();
    m_from->setDate({});
    m_to->setDate({});
    applyFilter();
}

bool AuditPage::childFilter(AuditLog::Filter &filter)
{
    m_childNote.clear();
    if (m_pinnedChild > 0) {
        filter.childId = m_pinnedChild;
        return true;
    }
    const QString text = m_child->text().trimmed();
    if (text.isEmpty() || !m_db)
        return true;
    // The tracker's own search (names in either order, accents and case ignored), archived
    // children too: their entries stay in the trail.
    constexpr int MostChildren = 200;
    ChildFilter search;
    search.search = text;
    search.includeArchived = true;
    auto found = ChildQuery::find(m_db->sql(), search, MostChildren + 1);
    if (!found) {
        m_count->setText(found.errorText());
        return false;
    }
    for (const ChildRow &row : *found)
        filter.childIds << row.id;
    filter.noChild = filter.childIds.isEmpty();
    if (found->isEmpty()) {
        m_childNote = tr("(no child matches \"%1\")").arg(text);
    } else if (found->size() > MostChildren) {
        filter.childIds.removeLast();
        m_childNote = tr("for the first %1 children matching \"%2\": type more of the name to "
                         "narrow it")
                          .arg(MostChildren)
                          .arg(text);
    } else if (found->size() > 1) {
        m_childNote = tr("for the %1 children matching \"%2\"").arg(found->size()).arg(text);
    }
    return true;
}

void AuditPage::applyFilter()
{
    m_typing->stop();
    if (!m_from->isValid() || !m_to->isValid()) {
        (m_from->isValid() ? m_to : m_from)->showMessage();
        return;
    }
    AuditLog::Filter f;
    if (!childFilter(f))
        return;
    f.user = m_user->text().trimmed();
    f.from = m_from->date();
    f.to = m_to->date();
    m_model->setFilter(f);
}

QString AuditPage::verify()
{
    if (!m_db)
        return {};
    const AuditChain::Check check = AuditChain::verify(m_db->sql());
    if (check.ok) {
        m_chain->setStyleSheet(QString());
        m_chain->setText(
            tr("Chain intact: %1 entries checked.").arg(QLocale().toString(check.checked)));
    } else {
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_chain->setText(tr("Chain broken at entry %1: %2").arg(check.brokenId).arg(check.reason));
    }
    return m_chain->text();
}

} // namespace enc::ui
