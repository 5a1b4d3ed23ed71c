#include "AddChildDialog.h"

#include "MeetingNames.h"
#include "domain/DateInput.h"
#include "repo/ChildQuery.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

constexpr int ChildIdRole = Qt::UserRole;

} // namespace

AddChildDialog::AddChildDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_search(new QLineEdit(this)), m_results(new QTreeWidget(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QLatin1String(names::AddChildDialog));
    setWindowTitle(tr("Add a child to the agenda"));
    m_search->setObjectName(QLatin1String(names::AddChildSearch));
    m_search->setPlaceholderText(tr("Surname and forename, in either order"));
    m_search->setAccessibleName(tr("Find the child"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results->setObjectName(QLatin1String(names::AddChildResults));
    m_results->setHeaderLabels({tr("Name"), tr("Date of birth"), tr("Setting"), tr("Area")});
    m_results->setRootIsDecorated(false);
    m_results->setAllColumnsShowFocus(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setFocusPolicy(Qt::ClickFocus); // typing stays in the search box
    m_note->setWordWrap(true);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add to the agenda"));
    ok->setDefault(true);

    auto *label = new QLabel(tr("&Find the child:"), this);
    label->setBuddy(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(900, 460);

    // Each keystroke is one indexed query of at most Shown + 1 ids: no delay needed.
    connect(m_search, &QLineEdit::textChanged, this, &AddChildDialog::search);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, &AddChildDialog::accept);
    connect(m_results, &QTreeWidget::currentItemChanged, this,
            [ok](QTreeWidgetItem *item) { ok->setEnabled(item != nullptr); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddChildDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddChildDialog::reject);
    search();
    m_search->setFocus();
}

Id AddChildDialog::childId() const
{
    QTreeWidgetItem *item = m_results->currentItem();
    return item ? item->data(0, ChildIdRole).toLongLong() : 0;
}

void AddChildDialog::accept()
{
    if (childId())
        QDialog::accept();
}

void AddChildDialog::search()
{
    m_results->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_note->setText(tr("Type part of the surname, the forename or both (\"smi jo\" or "
                           "\"jo smi\"); a postcode or police reference also finds the child."));
        return;
    }
    ChildFilter filter;
    filter.search = text;
    auto ids = ChildQuery::ids(m_db.sql(), filter, ChildSort::Surname, false, Shown + 1);
    if (!ids) {
        m_note->setText(ids.errorText());
        return;
    }
    const bool more = ids->size() > Shown;
    auto rows = ChildQuery::rows(m_db.sql(), ids->mid(0, Shown), filter);
    if (!rows) {
        m_note->setText(rows.errorText());
        return;
    }
    for (const ChildRow &r : *rows) {
        // As the tracker names a child: SURNAME, Forename.
        auto *item = new QTreeWidgetItem(
            m_results, {r.surname.toUpper() + QStringLiteral(", ") + r.forename,
                        DateInput::format(r.dateOfBirth), r.settingName, r.areaName});
        item->setData(0, ChildIdRole, r.id);
    }
    if (rows->isEmpty())
        m_note->setText(tr("No child matches \"%1\".").arg(text));
    else if (more)
        m_note->setText(
            tr("The first %1 matches: type more of the name to narrow them.").arg(Shown));
    else
        m_note->setText(tr("Matches: %1. Enter adds the highlighted child.").arg(rows->size()));
    m_results->setCurrentItem(m_results->topLevelItem(0));
}

bool AddChildDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // The highlight moves while the typing stays where it is.
        QCoreApplication::sendEvent(m_results, event);
        return true;
    default:
        return false;
    }
}

} // namespace enc::ui
