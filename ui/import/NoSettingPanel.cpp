#include "NoSettingPanel.h"

#include "FileDialog.h"
#include "ImportNames.h"
#include "domain/DateInput.h"
#include "import/NoSettingList.h"
#include "repo/Directory.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

NoSettingPanel::NoSettingPanel(QWidget *parent)
    : QWidget(parent), m_area(new QComboBox(this)), m_view(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    m_area->setObjectName(QLatin1String(names::NoSettingArea));
    m_view->setObjectName(QLatin1String(names::NoSettingView));
    m_message->setObjectName(QLatin1String(names::NoSettingMessage));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setColumnCount(5);
    m_view->setHorizontalHeaderLabels(
        {tr("Child"), tr("Forename"), tr("Surname"), tr("Date of birth"), tr("Area")});
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *csv = new QPushButton(tr("Export &CSV..."), this);
    auto *xlsx = new QPushButton(tr("Export &Excel (.xlsx)..."), this);
    auto *import = new QPushButton(tr("&Import the filled sheet..."), this);
    csv->setObjectName(QLatin1String(names::NoSettingExportCsv));
    xlsx->setObjectName(QLatin1String(names::NoSettingExportXlsx));
    import->setObjectName(QLatin1String(names::NoSettingImport));

    auto *intro = new QLabel(
        tr("Children whose school or setting is not known. Export the list for children's "
           "services to fill in the Setting column (a name, a URN, \"not in setting\", \"home "
           "educated\" or \"out of area\"), then import the filled sheet back."),
        this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    top->addWidget(areaLabel);
    top->addWidget(m_area, 1);
    top->addWidget(csv);
    top->addWidget(xlsx);
    top->addWidget(import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_area, &QComboBox::currentIndexChanged, this, &NoSettingPanel::reload);
    connect(csv, &QPushButton::clicked, this, [this]() { exportList(false); });
    connect(xlsx, &QPushButton::clicked, this, [this]() { exportList(true); });
    connect(import, &QPushButton::clicked, this, &NoSettingPanel::importFilled);
}

void NoSettingPanel::setDatabase(Database *db)
{
    m_db = db;
    const QSignalBlocker block(m_area);
    m_area->clear();
    m_area->addItem(tr("Every area"), QString());
    if (m_db) {
        if (auto areas = Directory(*m_db).areas()) {
            for (const Area &a : *areas)
                m_area->addItem(a.name, a.name);
        }
    }
    refresh();
}

QString NoSettingPanel::area() const
{
    return m_area->currentData().toString();
}

void NoSettingPanel::refresh()
{
    // A county's list is long: read only when it is on screen.
    m_stale = true;
    if (isVisible())
        reload();
}

void NoSettingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void NoSettingPanel::reload()
{
    if (!m_db)
        return;
    m_stale = false;
    auto entries = NoSettingList(*m_db).entries(area());
    if (!entries) {
        m_message->setText(entries.errorText());
        return;
    }
    m_view->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const NoSettingList::Entry &e = entries->at(row);
        const QStringList cells = {QString::number(e.childId), e.forename, e.surname,
                                   DateInput::format(e.dateOfBirth), e.area};
        for (int column = 0; column < cells.size(); ++column)
            m_view->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void NoSettingPanel::exportList(bool xlsx)
{
    if (!m_db)
        return;
    const QString suggested =
        (area().isEmpty() ? tr("no-known-setting") : tr("no-known-setting-%1").arg(area())) +
        (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path =
        FileDialog::saveFileName(this, tr("Export the no known setting list"), suggested,
                                 xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = NoSettingList(*m_db).exportTo(path, area());
    if (!written) {
        m_message->setText(written.errorText());
        return;
    }
    m_message->setText(tr("Written to %1. Children listed: %2.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(*written));
}

void NoSettingPanel::importFilled()
{
    if (!m_db)
        return;
    const QString path =
        FileDialog::openFileName(this, tr("Import the filled no known setting list"),
                                 tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    auto applied = NoSettingList(*m_db).importFrom(path);
    if (!applied) {
        m_message->setText(applied.errorText());
        return;
    }
    QStringList lines;
    lines << tr("Settings set: %1. Rows left blank: %2.")
                 .arg(applied->updated)
                 .arg(applied->unchanged);
    for (const Error &e : applied->errors) {
        lines << (e.row > 0 ? tr("Row %1, %2: %3").arg(e.row).arg(e.field, e.message) : e.message);
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    refresh();
    if (applied->updated > 0)
        emit changed();
}

} // namespace enc::ui
