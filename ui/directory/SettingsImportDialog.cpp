#include "SettingsImportDialog.h"

#include "ObjectNames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

enum Column
{
    RowColumn,
    WhatColumn,
    NameColumn,
    UrnColumn,
    ChangesColumn,
    Columns
};

// What Import will do, or why it will not.
QString outcomeText(const SettingsPlan &plan)
{
    using Kind = SettingsPlanRow::Kind;
    if (plan.errors.size() == 1)
        return SettingsImportDialog::tr("<b>Nothing will be imported</b>: the file has a problem "
                                        "(below). Correct the file and import it again.");
    if (!plan.errors.isEmpty())
        return SettingsImportDialog::tr("<b>Nothing will be imported</b>: the file has %1 "
                                        "problems (below). Correct the file and import it again.")
            .arg(plan.errors.size());
    if (plan.count(Kind::New) + plan.count(Kind::Changed) == 0)
        return SettingsImportDialog::tr("Nothing to import: the directory already holds every "
                                        "setting as the file has it.");
    return SettingsImportDialog::tr("Nothing has been written yet. Blank cells leave what the "
                                    "directory holds. Import writes the new and changed settings "
                                    "in one step (Edit > Undo takes it back).");
}

} // namespace

SettingsImportDialog::SettingsImportDialog(const SettingsPlan &plan, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_errors(new QListWidget(this)),
      m_rows(new QTableWidget(int(plan.rows.size()), Columns, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QLatin1String(names::SettingsImportDialog));
    setWindowTitle(tr("Import settings: %1").arg(plan.sheet.fileName));
    using Kind = SettingsPlanRow::Kind;

    QString text = tr("<b>%1</b>: %2.")
                       .arg(plan.sheet.fileName.toHtmlEscaped(), plan.summary().toHtmlEscaped());
    if (!plan.sheet.sheet.isEmpty())
        text += QLatin1Char(' ') + tr("Sheet \"%1\".").arg(plan.sheet.sheet.toHtmlEscaped());
    text += QLatin1String("<br>") + tr("Headings on row %1: %2.")
                                        .arg(plan.sheet.headerRow)
                                        .arg(plan.headingsRead().toHtmlEscaped());
    if (!plan.sheet.unused.isEmpty())
        text +=
            QLatin1String("<br>") +
            tr("Not read: %1.").arg(plan.sheet.unused.join(QLatin1String(", ")).toHtmlEscaped());
    text += QLatin1String("<br>") + outcomeText(plan);
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_errors->setObjectName(QLatin1String(names::SettingsImportErrors));
    m_errors->setAccessibleName(tr("Rows in error"));
    for (const Error &e : plan.errors)
        m_errors->addItem(e.message);
    m_errors->setVisible(!plan.errors.isEmpty());
    if (!plan.errors.isEmpty()) {
        const int shown = std::min(int(plan.errors.size()), 5);
        m_errors->setFixedHeight(m_errors->sizeHintForRow(0) * shown + 2 * m_errors->frameWidth() +
                                 4);
    }
    QSet<int> wrongRows;
    for (const Error &e : plan.errors)
        wrongRows.insert(e.row);

    m_rows->setObjectName(QLatin1String(names::SettingsImportRows));
    m_rows->setAccessibleName(tr("Settings in the file"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Row"), tr("What happens"), tr("Setting"), tr("URN"), tr("Changes")});
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setWordWrap(false);
    // What needs reading first: the rows in error, the changes, the new settings, the rest.
    QList<const SettingsPlanRow *> ordered;
    for (const SettingsPlanRow &r : plan.rows) {
        if (wrongRows.contains(r.row))
            ordered << &r;
    }
    for (const Kind kind : {Kind::Changed, Kind::New, Kind::Skipped, Kind::Unchanged}) {
        for (const SettingsPlanRow &r : plan.rows) {
            if (r.kind == kind && !wrongRows.contains(r.row))
                ordered << &r;
        }
    }
    for (int i = 0; i < ordered.size(); ++i) {
        const SettingsPlanRow &r = *ordered.at(i);
        QString what;
        switch (r.kind) {
        case Kind::New:
            what = tr("New");
            break;
        case Kind::Changed:
            what = r.byUrn ? tr("Changed (same URN)") : tr("Changed (same name)");
            break;
        case Kind::Unchanged:
            what = tr("Unchanged");
            break;
        case Kind::Skipped:
            what = tr("Left out (closed)");
            break;
        }
        if (wrongRows.contains(r.row))
            what = tr("Wrong (see above)");
        QStringList changes;
        for (const SettingFieldChange &c : r.changes)
            changes << tr("%1: \"%2\" \u2192 \"%3\"").arg(c.label, c.before, c.after);
        const QStringList cells = {QString::number(r.row), what,
                                   r.before.id ? r.before.name : r.after.name, r.after.urn,
                                   changes.join(QLatin1String("; "))};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == ChangesColumn)
                item->setToolTip(changes.join(QLatin1Char('\n')));
            if (r.kind == Kind::Unchanged || r.kind == Kind::Skipped)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->setColumnWidth(NameColumn, std::min(m_rows->columnWidth(NameColumn), 280));

    m_import->setEnabled(plan.errors.isEmpty() &&
                         plan.count(Kind::New) + plan.count(Kind::Changed) > 0);
    m_import->setDefault(m_import->isEnabled());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_buttons);
    resize(900, 520);
}

QString SettingsImportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace enc::ui
