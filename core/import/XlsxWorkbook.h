#pragma once

// An .xlsx workbook read for the import: each sheet's name and its cells as text. Reads what
// every common writer produces (Excel, LibreOffice, openpyxl, libxlsxwriter in both modes,
// Google Sheets, .NET writers): shared and inline strings, absolute and relative part paths,
// prefixed XML, cells and rows without addresses, formulas as their cached values, booleans,
// and numbers in date or time styles as dates and times (1900 and 1904 date systems).

#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <vector>

class QXmlStreamReader;

namespace enc {

class ZipParts;

struct XlsxWorkbook
{
    struct Sheet
    {
        QString name;
        QMap<int, QMap<int, QString>> rows; // row -> column -> text (0-based)
    };
    QList<Sheet> sheets;

    // The workbook in zip (already checked by ImportSource::checkZipDirectory); errors name
    // the file (fileName), and the bound or part concerned.
    static Result<XlsxWorkbook> read(const ZipParts &zip, const QString &fileName);
};

// How a cell style shows a number.
enum class XlsxNumberKind : char
{
    Number,
    Date,
    Time,
    DateTime,
};

// What a sheet's cells need from the rest of the workbook.
struct XlsxSheetContext
{
    QString fileName;
    std::vector<QString> sharedStrings;
    std::vector<XlsxNumberKind> styles; // by cell style (xf) index
    bool date1904 = false;
    qint64 cells = 0; // counted across sheets against ImportLimits::MaxCells
};

// One worksheet part's XML into sheet.rows; an error names the file and the bound passed.
Status readXlsxSheet(const QByteArray &xml, XlsxSheetContext &context, XlsxWorkbook::Sheet &sheet);
// The text of a number cell shown in a style of this kind (dd/MM/yyyy, HH:mm).
QString xlsxNumberText(double value, XlsxNumberKind kind, bool date1904);
// Decodes the _xHHHH_ escapes OOXML uses for control characters in strings.
QString xlsxUnescape(QString text);

// The text of the string item the reader is on (<si> or <is>), runs joined, escapes decoded.
QString readXlsxStringItem(QXmlStreamReader &xml);

} // namespace enc
