#include "reports/ReportsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportChartView.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPdf.h"
#include "reports/ReportTables.h"
#include "reports/ReportXlsx.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace enc::ui {

namespace {

QDateEdit *dateEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QTableWidget *tableWidget(const ReportTable &t, QWidget *parent)
{
    auto *w = new QTableWidget(int(t.rows.size()), int(t.columns.size()), parent);
    QStringList headers;
    for (const ReportColumn &c : t.columns)
        headers << c.title;
    w->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.columns.size(); ++c) {
            const CellKind kind = t.columns[c].kind;
            auto *item = new QTableWidgetItem(ReportTables::display(t.rows[r].value(c), kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (kind != CellKind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            w->setItem(r, c, item);
        }
    }
    w->verticalHeader()->hide();
    w->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    w->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w->setMinimumHeight(220);
    return w;
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    m_from = dateEdit(FromName, this);
    m_to = dateEdit(ToName, this);
    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_suppress =
        new QCheckBox(tr("Show counts under 5 as \"<5\" (for sharing outside the office)"), this);
    m_suppress->setObjectName(QLatin1String(SuppressName));
    auto *show = new QPushButton(tr("Show"), this);
    show->setDefault(true);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addSpacing(16);
    period->addWidget(m_suppress);
    period->addStretch();
    const QList<std::pair<QString, Format>> exports{{tr("Export to Excel…"), Format::Xlsx},
                                                    {tr("Export to PDF…"), Format::Pdf},
                                                    {tr("Export to CSV…"), Format::Csv}};
    for (const auto &[label, format] : exports) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportInteractive(f); });
        period->addWidget(button);
        m_exports << button;
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QLatin1String(StatusName));
    m_status->setWordWrap(true);

    m_cards = new QWidget(this);
    m_cardLayout = new QGridLayout(m_cards);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cards);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(show, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<Report>>::finished, this, &ReportsPage::built);
    connect(m_suppress, &QCheckBox::toggled, this, &ReportsPage::rebuild);
}

ReportsPage::~ReportsPage()
{
    m_watcher.waitForFinished(); // the worker has its own connection; let it close it
}

void ReportsPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void ReportsPage::setSuppressed(bool suppress)
{
    m_suppress->setChecked(suppress); // rebuilds through toggled() when it changes
}

void ReportsPage::refresh()
{
    if (m_building) {
        m_again = true; // built() starts again with the latest period
        return;
    }
    m_report.reset();
    if (!m_db) {
        m_status->setText(tr("Open a tracker database to see its reports."));
        rebuild();
        return;
    }
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(false);
    m_status->setText(tr("Counting…"));
    m_building = true;
    const QString path = m_db->path();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_watcher.setFuture(QtConcurrent::run([path, from, to]() -> Result<Report> {
        auto db = Database::openWorker(path);
        if (!db)
            return db.error();
        return ReportBuilder::build((*db)->sql(), from, to);
    }));
}

void ReportsPage::built()
{
    m_building = false;
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    Result<Report> result = m_watcher.result();
    if (result)
        m_report = std::move(*result);
    else
        m_status->setText(result.errorText());
    rebuild();
    emit reportReady();
}

void ReportsPage::rebuild()
{
    m_charts.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(m_report.has_value());
    if (!m_report)
        return;
    const bool suppress = m_suppress->isChecked();
    m_status->setText(ReportTables::subtitle(*m_report, suppress));
    int i = 0;
    for (const ReportTable &t : ReportTables::build(*m_report, suppress)) {
        m_cardLayout->addWidget(card(t), i / 2, i % 2);
        ++i;
    }
}

QWidget *ReportsPage::card(const ReportTable &table)
{
    auto *box = new QGroupBox(table.title, m_cards);
    auto *layout = new QVBoxLayout(box);
    if (table.chart.kind == ReportChart::Kind::None || table.rows.isEmpty()) {
        layout->addWidget(tableWidget(table, box));
    } else {
        auto *view = new ReportChartView(table, box);
        layout->addWidget(view, 1);
        m_charts << view;
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        auto *png = new QPushButton(tr("Save as PNG…"), box);
        auto *svg = new QPushButton(tr("Save as SVG…"), box);
        buttons->addWidget(png);
        buttons->addWidget(svg);
        layout->addLayout(buttons);
        connect(png, &QPushButton::clicked, this,
                [this, view] { saveChartInteractive(view, false); });
        connect(svg, &QPushButton::clicked, this,
                [this, view] { saveChartInteractive(view, true); });
    }
    if (!table.note.isEmpty()) {
        auto *note = new QLabel(table.note, box);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(note);
    }
    return box;
}

ReportChartView *ReportsPage::chart(const QString &key) const
{
    for (ReportChartView *view : m_charts) {
        if (view->key() == key)
            return view;
    }
    return nullptr;
}

QString ReportsPage::recordExport(const QString &what, const QString &path) const
{
    if (!m_db || !m_report)
        return {};
    const Status s =
        Audit::recordExport(m_db->sql(), what, QFileInfo(path).absoluteFilePath(), {},
                            {{QStringLiteral("from"), m_report->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), m_report->to.toString(Qt::ISODate)},
                             {QStringLiteral("suppressed"), m_suppress->isChecked()}});
    return s ? QString() : s.errorText();
}

QString ReportsPage::exportXlsx(const QString &path) const
{
    if (!m_report)
        return tr("There is no report to export.");
    const Status s = ReportXlsx::write(path, *m_report, m_suppress->isChecked());
    return s ? recordExport(QStringLiteral("report-xlsx"), path) : s.errorText();
}

QString ReportsPage::exportPdf(const QString &path) const
{
    if (!m_report)
        return tr("There is no report to export.");
    const Status s = ReportPdf::write(path, *m_report, m_suppress->isChecked());
    return s ? recordExport(QStringLiteral("report-pdf"), path) : s.errorText();
}

QString ReportsPage::exportCsv(const QString &path) const
{
    if (!m_report)
        return tr("There is no report to export.");
    const Status s = ReportCsv::write(path, *m_report, m_suppress->isChecked());
    return s ? recordExport(QStringLiteral("report-csv"), path) : s.errorText();
}

QString ReportsPage::suggestedName(const QString &stem, const QString &suffix) const
{
    const QString period = m_report
                               ? QStringLiteral("%1_%2").arg(m_report->from.toString(Qt::ISODate),
                                                             m_report->to.toString(Qt::ISODate))
                               : QString();
    return QStringLiteral("%1_%2.%3").arg(stem, period, suffix);
}

void ReportsPage::exportInteractive(Format format)
{
    const QString suffix = format == Format::Xlsx  ? QStringLiteral("xlsx")
                           : format == Format::Pdf ? QStringLiteral("pdf")
                                                   : QStringLiteral("csv");
    const QString filter = format == Format::Xlsx  ? tr("Excel workbooks (*.xlsx)")
                           : format == Format::Pdf ? tr("PDF documents (*.pdf)")
                                                   : tr("CSV files (*.csv)");
    const QString path = FileDialog::saveFileName(this, tr("Export the report"),
                                                  suggestedName(tr("report"), suffix), filter);
    if (path.isEmpty())
        return;
    const QString error = format == Format::Xlsx  ? exportXlsx(path)
                          : format == Format::Pdf ? exportPdf(path)
                                                  : exportCsv(path);
    if (!error.isEmpty())
        MessageBox::critical(this, tr("Export the report"), error);
    else
        m_status->setText(tr("Report written to %1.").arg(QFileInfo(path).fileName()));
}

void ReportsPage::saveChartInteractive(ReportChartView *view, bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString path =
        FileDialog::saveFileName(this, tr("Save the chart"), suggestedName(view->key(), suffix),
                                 svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = svg ? view->saveSvg(path) : view->savePng(path);
    if (!error.isEmpty())
        MessageBox::critical(this, tr("Save the chart"), error);
    else
        m_status->setText(tr("Chart written to %1.").arg(QFileInfo(path).fileName()));
}

} // namespace enc::ui
