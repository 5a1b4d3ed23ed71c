#include "AuditPage.h"

#include "AuditModel.h"
#include "ObjectNames.h"
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
#include <QVBoxLayout>

namespace enc::ui {

AuditPage::AuditPage(QWidget *parent)
    : QWidget(parent), m_model(new AuditModel(this)), m_view(new QTableView(this)),
      m_child(new QLineEdit(this)), m_user(new QLineEdit(this)),
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

    m_child->setPlaceholderText(tr("any child (child id)"));
    m_child->setAccessibleName(tr("Child id"));
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

    for (QLineEdit *edit : {m_child, m_user, m_from->lineEdit(), m_to->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    auto *apply = new QPushButton(tr("&Filter"), this);
    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    auto *check = new QPushButton(tr("&Check the chain"), this);
    check->setToolTip(tr("Recompute every entry's hash to show whether any entry was changed "
                         "or removed after it was written."));
    connect(check, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(m_model->matching() == 1
                             ? tr("1 entry")
                             : tr("%1 entries").arg(QLocale().toString(m_model->matching())));
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
    m_model->reload();
}

void AuditPage::showChild(Id childId)
{
    m_child->setText(QString::number(childId));
    m_user->clear();
    m_from->setDate({});
    m_to->setDate({});
    applyFilter();
}

void AuditPage::applyFilter()
{
    if (!m_from->isValid() || !m_to->isValid()) {
        (m_from->isValid() ? m_to : m_from)->showMessage();
        return;
    }
    AuditLog::Filter f;
    bool number = true;
    const QString child = m_child->text().trimmed();
    f.childId = child.isEmpty() ? 0 : child.toLongLong(&number);
    if (!number || f.childId < 0) {
        m_count->setText(tr("The child id \"%1\" is not a number: give the number shown on "
                            "the child's record, or leave it empty for every child.")
                             .arg(child));
        return;
    }
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
