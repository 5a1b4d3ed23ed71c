#include "reports/ReportCsv.h"

#include "domain/DateInput.h"
#include "export/ExportFile.h"
#include "export/SheetText.h"
#include "reports/ReportTables.h"

#include <QCoreApplication>

namespace enc {

namespace {

// A cell as the CSV holds it: counts and figures as numbers, dates dd/MM/yyyy, months
// yyyy-MM, text (names of areas and settings, "<5") as text.
QVariant cell(const QVariant &value, CellKind kind)
{
    if (value.typeId() != QMetaType::QDate)
        return value;
    return kind == CellKind::Month ? value.toDate().toString(QStringLiteral("yyyy-MM"))
                                   : DateInput::format(value.toDate());
}

} // namespace

QByteArray ReportCsv::render(const Report &report, bool suppress)
{
    QList<QVariantList> rows{
        {QCoreApplication::translate("enc::ReportCsv", "Encompass Tracker report")},
        {ReportTables::subtitle(report, suppress)}};
    for (const ReportTable &t : ReportTables::build(report, suppress)) {
        rows << QVariantList() << QVariantList{t.title};
        QVariantList headers;
        for (const ReportColumn &c : t.columns)
            headers << c.title;
        rows << headers;
        for (const QVariantList &row : t.rows) {
            QVariantList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << cell(row[i], t.columns.value(i).kind);
            rows << cells;
        }
    }
    // Figures (rates, averages) with one decimal place.
    return SheetText::csv(rows, 1);
}

Status ReportCsv::write(const QString &path, const Report &report, bool suppress)
{
    return ExportFile::write(path, render(report, suppress));
}

} // namespace enc
