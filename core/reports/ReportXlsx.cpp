#include "reports/ReportXlsx.h"

#include "reports/ReportTables.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ReportXlsx", text);
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *date = nullptr;
    lxw_format *month = nullptr;
    lxw_format *marker = nullptr;
    lxw_format *note = nullptr;
};

lxw_format *numberFormat(lxw_workbook *wb, const char *pattern)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_num_format(f, pattern);
    return f;
}

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.integer = numberFormat(wb, "#,##0");
    f.decimal = numberFormat(wb, "0.0");
    f.date = numberFormat(wb, "dd/mm/yyyy");
    f.month = numberFormat(wb, "mmm yyyy");
    f.marker = workbook_add_format(wb);
    format_set_align(f.marker, LXW_ALIGN_RIGHT);
    f.note = workbook_add_format(wb);
    format_set_italic(f.note);
    return f;
}

void writeCell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QVariant &v, CellKind kind,
               const Formats &f)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        worksheet_write_number(ws, r, c, double(v.toLongLong()), f.integer);
        return;
    case QMetaType::Double:
        worksheet_write_number(ws, r, c, v.toDouble(), f.decimal);
        return;
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(ws, r, c, &dt, kind == CellKind::Month ? f.month : f.date);
        return;
    }
    default:
        if (v.isNull())
            return;
        worksheet_write_string(ws, r, c, v.toString().toUtf8().constData(),
                               ReportTables::isMarker(v) ? f.marker : nullptr);
    }
}

void writeSheet(lxw_workbook *wb, const ReportTable &t, const QString &subtitle, const Formats &f)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, t.sheetName.left(31).toUtf8().constData());
    worksheet_write_string(ws, 0, 0, t.title.toUtf8().constData(), f.title);
    worksheet_write_string(ws, 1, 0, subtitle.toUtf8().constData(), nullptr);
    const lxw_row_t headerRow = 3;
    for (int c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, headerRow, lxw_col_t(c), t.columns[c].title.toUtf8().constData(),
                               f.header);
        const bool text = t.columns[c].kind == CellKind::Text;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), text && c == 0 ? 40 : 16, nullptr);
    }
    lxw_row_t r = headerRow + 1;
    for (const QVariantList &row : t.rows) {
        for (int c = 0; c < row.size(); ++c)
            writeCell(ws, r, lxw_col_t(c), row[c], t.columns.value(c).kind, f);
        ++r;
    }
    if (!t.note.isEmpty())
        worksheet_write_string(ws, r + 1, 0, t.note.toUtf8().constData(), f.note);
    worksheet_freeze_panes(ws, headerRow + 1, 0);
}

} // namespace

Status ReportXlsx::write(const QString &path, const Report &report, bool suppress)
{
    const auto failed = [&path](const QString &why) {
        return Status::failure(
            tr("Cannot write the Excel file %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (Status s = OpenDatabases::refuse(path); !s)
        return s;
    // libxlsxwriter writes a file by name: build it aside, then replace the target safely.
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(dir.errorString());
    const QString temp = dir.filePath(QStringLiteral("report.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(temp).constData());
    if (!wb)
        return failed(tr("the workbook could not be created."));
    const Formats formats = makeFormats(wb);
    const QString subtitle = ReportTables::subtitle(report, suppress);
    for (const ReportTable &t : ReportTables::build(report, suppress))
        writeSheet(wb, t, subtitle, formats);
    QByteArray title = tr("Encompass Tracker report").toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    workbook_set_properties(wb, &properties);
    if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(e)));

    QFile built(temp);
    if (!built.open(QIODevice::ReadOnly))
        return failed(built.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(built.readAll()) < 0 || !out.commit())
        return failed(out.errorString());
    return {};
}

} // namespace enc
