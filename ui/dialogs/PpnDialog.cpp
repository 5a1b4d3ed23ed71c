#include "PpnDialog.h"

#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "repo/ChildQuery.h"
#include "repo/Children.h"
#include "repo/Ppns.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
enum ChildColumn
{
    Tick,
    Name,
    Born,
    PresenceColumn
};
}

PpnDialog::PpnDialog(Database &db, Editor &editor, Id childId, QWidget *parent)
    : QDialog(parent), m_db(db), m_editor(editor), m_reference(new QLineEdit(this)),
      m_incidentDate(new DateField(tr("Incident date"), true, this)),
      m_incidentTime(new QLineEdit(this)),
      m_received(new DateField(tr("Date received"), true, this)), m_type(new QComboBox(this)),
      m_risk(new QComboBox(this)), m_crime(new QComboBox(this)),
      m_incidentAddress(new QLineEdit(this)), m_homeAddress(new QLineEdit(this)),
      m_children(new QTableWidget(0, 4, this)), m_find(new QLineEdit(this)),
      m_findMessage(formMessage(this)), m_error(formMessage(this))
{
    setWindowTitle(tr("New PPN"));
    setObjectName(QStringLiteral("ppnDialog"));
    m_reference->setAccessibleName(tr("Police reference"));
    m_reference->setPlaceholderText(tr("e.g. NICHE occurrence number"));
    m_incidentTime->setAccessibleName(tr("Incident time"));
    m_incidentTime->setPlaceholderText(tr("hh:mm (24-hour)"));
    m_incidentTime->setInputMask(QString());
    m_received->setDate(QDate::currentDate());
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Domestic abuse"), int(PpnType::DomesticAbuse));
    m_type->addItem(tr("Missing child"), int(PpnType::MissingChild));
    // DASH grades domestic abuse: a missing child's PPN has no grade unless one is chosen.
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (PpnType(m_type->currentData().toInt()) != PpnType::MissingChild)
            return;
        m_risk->setCurrentIndex(m_risk->findData(int(DashRisk::Unknown)));
        m_crime->setCurrentIndex(m_crime->findData(int(CrimeKind::Unknown)));
    });
    m_risk->setAccessibleName(tr("DASH risk"));
    m_risk->addItem(tr("Standard"), int(DashRisk::Standard));
    m_risk->addItem(tr("Medium"), int(DashRisk::Medium));
    m_risk->addItem(tr("High"), int(DashRisk::High));
    m_risk->addItem(tr("Unknown"), int(DashRisk::Unknown));
    m_crime->setAccessibleName(tr("Crime or non-crime"));
    m_crime->addItem(tr("Crime"), int(CrimeKind::Crime));
    m_crime->addItem(tr("Non-crime"), int(CrimeKind::NonCrime));
    m_crime->addItem(tr("Not known"), int(CrimeKind::Unknown));
    m_incidentAddress->setAccessibleName(tr("Incident address"));
    m_homeAddress->setAccessibleName(tr("Home address"));

    m_children->setAccessibleName(tr("Children linked to this PPN"));
    m_children->setHorizontalHeaderLabels({tr("Link"), tr("Child"), tr("Born"), tr("Presence")});
    m_children->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_children->verticalHeader()->setVisible(false);
    m_children->setColumnWidth(Tick, 48);
    m_children->setColumnWidth(Born, 100);
    m_children->setColumnWidth(PresenceColumn, 190);
    m_children->setSelectionMode(QAbstractItemView::NoSelection);
    m_children->setMinimumHeight(150);
    m_find->setAccessibleName(tr("Find another child"));
    m_find->setPlaceholderText(tr("Add another child: type a name and press Enter"));
    // Enter here finds the child: the line edit passes Return on to the dialog, whose default
    // button (Save) would otherwise commit the PPN half entered.
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textEdited, m_findMessage, [this] {
        m_findMessage->clear();
        m_findMessage->hide();
    });
    m_findMessage->setObjectName(QStringLiteral("ppnFindMessage"));

    m_error->setObjectName(QStringLiteral("ppnError"));

    auto *form = new QFormLayout;
    form->addRow(tr("Police &reference"), m_reference);
    form->addRow(tr("&Incident date"), m_incidentDate);
    form->addRow(tr("Incident &time"), m_incidentTime);
    form->addRow(tr("Date recei&ved"), m_received);
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("DASH ris&k"), m_risk);
    form->addRow(tr("&Crime"), m_crime);
    form->addRow(tr("Incident &address"), m_incidentAddress);
    form->addRow(tr("&Home address"), m_homeAddress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PpnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Children (the household is ticked; untick any not involved):"), this));
    layout->addWidget(m_children, 1);
    layout->addWidget(m_find);
    layout->addWidget(m_findMessage);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 640);

    if (childId > 0) {
        addChildRow(childId);
        auto siblings = Children(m_db).siblings(childId);
        if (siblings) {
            for (const Child &c : *siblings)
                addChildRow(c.id);
        }
        auto child = Children(m_db).get(childId);
        if (child)
            m_homeAddress->setText(child->address);
    }
    m_reference->setFocus();
}

void PpnDialog::addChildRow(Id childId, bool ticked)
{
    for (int r = 0; r < m_children->rowCount(); ++r) {
        if (m_children->item(r, Tick)->data(Qt::UserRole).toLongLong() == childId) {
            m_children->item(r, Tick)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto child = Children(m_db).get(childId);
    if (!child)
        return;
    const int row = m_children->rowCount();
    m_children->insertRow(row);
    auto *tick = new QTableWidgetItem;
    tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    tick->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    tick->setData(Qt::UserRole, childId);
    m_children->setItem(row, Tick, tick);
    auto *name = new QTableWidgetItem(child->fullName());
    name->setFlags(Qt::ItemIsEnabled);
    m_children->setItem(row, Name, name);
    auto *born = new QTableWidgetItem(DateInput::format(child->dateOfBirth));
    born->setFlags(Qt::ItemIsEnabled);
    m_children->setItem(row, Born, born);
    auto *presence = new QComboBox(m_children);
    presence->setAccessibleName(tr("Presence of %1").arg(child->fullName()));
    presence->addItem(tr("Present"), int(Presence::Present));
    presence->addItem(tr("Witnessed"), int(Presence::Witnessed));
    presence->addItem(tr("Resident, not present"), int(Presence::ResidentNotPresent));
    presence->addItem(tr("Unknown"), int(Presence::Unknown));
    m_children->setCellWidget(row, PresenceColumn, presence);
}

bool PpnDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString PpnDialog::findMessage() const
{
    return m_findMessage->text();
}

void PpnDialog::addTypedChild()
{
    ChildFilter f;
    f.search = m_find->text().trimmed();
    m_findMessage->clear();
    m_findMessage->hide();
    if (f.search.isEmpty())
        return;
    auto rows = ChildQuery::find(m_db.sql(), f, 12);
    if (!rows || rows->isEmpty()) {
        m_findMessage->setText(
            rows ? tr("No child on the tracker matches \"%1\". Check the spelling, or add the "
                      "child first (Ctrl+Shift+N).")
                       .arg(f.search)
                 : rows.errorText());
        m_findMessage->show();
        return;
    }
    if (rows->size() == 1) {
        addChildRow(rows->first().id);
        m_find->clear();
        return;
    }
    QMenu menu(this);
    for (const ChildRow &r : *rows) {
        QAction *a = menu.addAction(
            tr("%1 %2, born %3").arg(r.forename, r.surname, DateInput::format(r.dateOfBirth)));
        a->setData(r.id);
    }
    if (QAction *chosen = menu.exec(m_find->mapToGlobal(QPoint(0, m_find->height())))) {
        addChildRow(chosen->data().toLongLong());
        m_find->clear();
    }
}

Ppn PpnDialog::ppn() const
{
    Ppn p;
    p.policeReference = m_reference->text().trimmed();
    p.incidentDate = m_incidentDate->date();
    p.incidentTime = QTime::fromString(m_incidentTime->text().trimmed(), QStringLiteral("H:mm"));
    p.receivedOn = m_received->date();
    p.type = PpnType(m_type->currentData().toInt());
    p.risk = DashRisk(m_risk->currentData().toInt());
    p.crime = CrimeKind(m_crime->currentData().toInt());
    p.incidentAddress = m_incidentAddress->text();
    p.homeAddress = m_homeAddress->text();
    p.source = QStringLiteral("manual");
    for (int r = 0; r < m_children->rowCount(); ++r) {
        if (m_children->item(r, Tick)->checkState() != Qt::Checked)
            continue;
        auto *presence = qobject_cast<QComboBox *>(m_children->cellWidget(r, PresenceColumn));
        p.children.append({m_children->item(r, Tick)->data(Qt::UserRole).toLongLong(),
                           Presence(presence->currentData().toInt())});
    }
    return p;
}

void PpnDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field == QLatin1String("police_ref"))
        m_reference->setFocus();
    else if (field == QLatin1String("incident_on"))
        m_incidentDate->setFocus();
    else if (field == QLatin1String("received_on"))
        m_received->setFocus();
}

QString PpnDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool PpnDialog::save()
{
    for (DateField *field : {m_incidentDate, m_received}) {
        if (!field->isValid()) {
            field->showMessage();
            showError(field->message(), {});
            field->setFocus();
            return false;
        }
    }
    const QString time = m_incidentTime->text().trimmed();
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("H:mm")).isValid()) {
        showError(tr("Incident time %1 is not a time: use hh:mm, 24-hour.").arg(time), {});
        m_incidentTime->setFocus();
        return false;
    }
    auto saved = m_editor.addPpn(ppn());
    if (!saved) {
        showError(saved.errorText(), saved.error().field);
        return false;
    }
    m_savedId = saved->id;
    m_warnings = saved->warnings;
    showError({}, {});
    return true;
}

void PpnDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace enc::ui
