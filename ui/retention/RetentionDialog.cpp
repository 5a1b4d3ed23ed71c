#include "RetentionDialog.h"

#include "MessageBox.h"
#include "domain/DateInput.h"
#include "repo/Retention.h"
#include "storage/Access.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

RetentionDialog::RetentionDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_birth(new QSpinBox(this)), m_activity(new QSpinBox(this)),
      m_table(new QTableWidget(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention review"));
    resize(900, 520);
    const Retention::Rules rules = Retention(db).rules();
    for (QSpinBox *box : {m_birth, m_activity}) {
        box->setRange(0, 100);
        box->setSuffix(tr(" years"));
        box->setSpecialValueText(tr("off"));
    }
    m_birth->setValue(rules.yearsAfterBirth);
    m_activity->setValue(rules.yearsAfterActivity);
    auto *saveRulesButton = new QPushButton(tr("&Save rules"), this);
    connect(saveRulesButton, &QPushButton::clicked, this, [this] {
        if (saveRules())
            reload();
    });
    auto *rulesForm = new QFormLayout;
    rulesForm->addRow(tr("Review a record this long after the child's &birth:"), m_birth);
    rulesForm->addRow(tr("...or this long after the last &activity on it:"), m_activity);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Date of birth"),
                                        tr("Last activity"), tr("Legal hold"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Records due for review"));

    auto *hold = new QPushButton(tr("Legal &hold on/off"), this);
    auto *anonymise = new QPushButton(tr("A&nonymise..."), this);
    auto *remove = new QPushButton(tr("&Delete..."), this);
    connect(hold, &QPushButton::clicked, this, &RetentionDialog::toggleHold);
    connect(anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymiseSelected);
    connect(remove, &QPushButton::clicked, this, &RetentionDialog::deleteSelected);
    const bool allowed = Access::can(db.sql(), Access::Right::Retention);
    for (QPushButton *b : {saveRulesButton, hold, anonymise, remove}) {
        b->setEnabled(allowed);
        if (!allowed)
            b->setToolTip(tr("Administrators only"));
    }

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(hold);
    actions->addWidget(anonymise);
    actions->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addLayout(rulesForm);
    rulesRow->addWidget(saveRulesButton, 0, Qt::AlignBottom);
    rulesRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rulesRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    reload();
}

void RetentionDialog::reload()
{
    auto due = Retention(m_db).due();
    m_table->setRowCount(0);
    if (!due) {
        m_count->setText(due.errorText());
        return;
    }
    m_table->setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const Retention::Due &d = due->at(row);
        const QStringList cells = {
            QString::number(d.childId),          d.name,
            DateInput::format(d.dateOfBirth),    DateInput::format(d.lastActivity),
            d.legalHold ? tr("Yes") : QString(), d.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, d.childId);
            m_table->setItem(row, c, item);
        }
    }
    m_count->setText(due->size() == 1 ? tr("1 record due for review")
                                      : tr("%1 records due for review").arg(due->size()));
}

Id RetentionDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool RetentionDialog::saveRules()
{
    if (Status s = Retention(m_db).setRules({m_birth->value(), m_activity->value()}); !s) {
        MessageBox::warning(this, tr("Retention rules"), s.errorText());
        return false;
    }
    return true;
}

bool RetentionDialog::toggleHold()
{
    const Id child = selected();
    if (!child)
        return false;
    const bool held = !m_table->item(m_table->currentRow(), 4)->text().isEmpty();
    if (Status s = Retention(m_db).setLegalHold(child, !held); !s) {
        MessageBox::warning(this, tr("Legal hold"), s.errorText());
        return false;
    }
    reload();
    return true;
}

bool RetentionDialog::anonymiseSelected()
{
    const Id child = selected();
    if (!child)
        return false;
    const QString name = m_table->item(m_table->currentRow(), 1)->text();
    if (MessageBox::question(this, tr("Anonymise"),
                             tr("Anonymise %1's record? Names, day and month of birth, addresses "
                                "and free text are removed for good; the counts in reports stay.")
                                 .arg(name)) != QMessageBox::Yes)
        return false;
    if (Status s = Retention(m_db).anonymise(child); !s) {
        MessageBox::warning(this, tr("Anonymise"), s.errorText());
        return false;
    }
    reload();
    return true;
}

bool RetentionDialog::deleteSelected()
{
    const Id child = selected();
    if (!child)
        return false;
    const QString name = m_table->item(m_table->currentRow(), 1)->text();
    if (MessageBox::question(this, tr("Delete"),
                             tr("Delete %1's record for good, with its decisions, actions and the "
                                "PPNs that name no other child? This cannot be undone.")
                                 .arg(name)) != QMessageBox::Yes)
        return false;
    auto deleted = Retention(m_db).remove(child);
    if (!deleted) {
        MessageBox::warning(this, tr("Delete"), deleted.errorText());
        return false;
    }
    reload();
    return true;
}

} // namespace enc::ui
