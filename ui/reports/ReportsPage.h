#pragma once

#include "Result.h"
#include "reports/Report.h"
#include "reports/ReportTable.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QGridLayout;

namespace enc {
class Database;
}

namespace enc::ui {

class ReportChartView;

// Reports for planning and the Improvement Board: a period, a chart or table per figure,
// small-number suppression, and exports (charts to PNG and SVG; the report to Excel, PDF
// and CSV).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    // Object names for tests.
    static constexpr char FromName[] = "reportsFrom";
    static constexpr char ToName[] = "reportsTo";
    static constexpr char SuppressName[] = "reportsSuppress";
    static constexpr char StatusName[] = "reportsStatus";

    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setDatabase(Database *db);
    // Sets the period and recomputes.
    void setPeriod(QDate from, QDate to);
    void setSuppressed(bool suppress);
    // Recomputes the report from the database on a worker thread with its own connection
    // (a county's two years take a few hundred milliseconds); the page stays usable, and
    // reportReady() follows. Shows the error in the page on failure.
    void refresh();
    // From refresh() until its report (or error) is on the page.
    bool isBuilding() const { return m_building; }

    const std::optional<Report> &report() const { return m_report; }
    QList<ReportChartView *> charts() const { return m_charts; }
    ReportChartView *chart(const QString &key) const;
    // Writes the report; returns an error message or empty.
    QString exportXlsx(const QString &path) const;
    QString exportPdf(const QString &path) const;
    QString exportCsv(const QString &path) const;
    // Adds the export to the audit trail; the error text, or empty.
    QString recordExport(const QString &what, const QString &path) const;

signals:
    // A refresh finished (with a report, or with its error in the status line).
    void reportReady();

private:
    enum class Format
    {
        Xlsx,
        Pdf,
        Csv
    };
    void rebuild();
    void built();
    QWidget *card(const ReportTable &table);
    void exportInteractive(Format format);
    void saveChartInteractive(ReportChartView *view, bool svg);
    QString suggestedName(const QString &stem, const QString &suffix) const;

    Database *m_db = nullptr;
    std::optional<Report> m_report;
    QFutureWatcher<Result<Report>> m_watcher;
    bool m_again = false; // the period changed while a build ran
    bool m_building = false;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_suppress;
    QLabel *m_status;
    QList<QPushButton *> m_exports;
    QWidget *m_cards;
    QGridLayout *m_cardLayout;
    QList<ReportChartView *> m_charts;
};

} // namespace enc::ui
