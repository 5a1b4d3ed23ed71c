// One worksheet's XML (sheetData) into text cells, for XlsxWorkbook.

#include "import/CellParser.h"
#include "import/ImportLimits.h"
#include "import/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::XlsxWorkbook", text);
}

// Numbers as a person would type them: no exponent for whole numbers, no trailing zeros.
QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// "B12" -> column 1 and row 11 (0-based); -1 for a part that is missing or out of range.
void cellAddress(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i)
        c = std::min<qint64>(c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1), 1 << 20);
    qint64 r = 0;
    for (; i < ref.size() && ref.at(i).isDigit(); ++i)
        r = std::min<qint64>(r * 10 + (ref.at(i).unicode() - '0'), 1 << 21);
    *column = c > 0 ? int(c - 1) : -1;
    *row = r > 0 ? int(r - 1) : -1;
}

// A cell of type "d" holds ISO 8601 text: shown as the import's other dates are.
QString isoDateText(const QString &value)
{
    const QDateTime at = QDateTime::fromString(value.left(19), Qt::ISODate);
    if (at.isValid()) {
        const QTime t = at.time();
        QString text = at.date().toString(QStringLiteral("dd/MM/yyyy"));
        if (t != QTime(0, 0))
            text += QLatin1Char(' ') + t.toString(QStringLiteral("HH:mm"));
        return text;
    }
    const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : value;
}

} // namespace

// <rPh> (phonetic guides) is left out.
QString readXlsxStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
        }
    }
    return xlsxUnescape(text);
}

QString xlsxUnescape(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.capturedView(1).toUInt(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString xlsxNumberText(double value, XlsxNumberKind kind, bool date1904)
{
    if (kind == XlsxNumberKind::Number || !std::isfinite(value))
        return numberText(value);
    if (kind == XlsxNumberKind::Time && value >= 0 && value < 1) {
        const int minutes = int(std::lround(value * 24 * 60));
        return QTime(0, 0)
            .addSecs(std::min(minutes, 24 * 60 - 1) * 60)
            .toString(QStringLiteral("HH:mm"));
    }
    // The 1904 system counts from 01/01/1904, 1,462 days after the 1900 system's day 0.
    const double serial = date1904 ? value + 1462 : value;
    QTime time;
    const QDate date = CellParser::fromExcelSerial(serial, &time);
    if (!date.isValid())
        return numberText(value);
    QString text = date.toString(QStringLiteral("dd/MM/yyyy"));
    if (kind != XlsxNumberKind::Date && time.isValid())
        text += QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
    return text;
}

Status readXlsxSheet(const QByteArray &bytes, XlsxSheetContext &context, XlsxWorkbook::Sheet &sheet)
{
    const QString &file = context.fileName;
    QXmlStreamReader xml(bytes);
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            // Excel's last row is 1,048,576: a hostile number is held there, so that the rows
            // after it (numbered by counting) cannot overflow.
            const int r = std::min(xml.attributes().value(QLatin1String("r")).toInt(), 1 << 20) - 1;
            row = r >= 0 ? r : std::min(row + 1, (1 << 20) - 1);
            column = -1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const auto attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        const uint style = attributes.value(QLatin1String("s")).toUInt();
        int r = -1;
        int c = -1;
        cellAddress(attributes.value(QLatin1String("r")), &c, &r);
        column = c >= 0 ? c : column + 1;
        if (r >= 0)
            row = r;
        if (row < 0)
            row = 0;
        // The cell's children: <v> (value), <is> (inline string), <f> (formula: ignored).
        QString value;
        QString inlineText;
        bool hasInline = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("is")) {
                inlineText = readXlsxStringItem(xml);
                hasInline = true;
            } else {
                xml.skipCurrentElement();
            }
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qulonglong id = value.trimmed().toULongLong(&ok);
            if (ok && id < context.sharedStrings.size())
                text = context.sharedStrings[size_t(id)];
        } else if (type == QLatin1String("inlineStr") || hasInline) {
            text = hasInline ? inlineText : value;
        } else if (type == QLatin1String("str")) {
            text = xlsxUnescape(value);
        } else if (type == QLatin1String("b")) {
            if (!value.trimmed().isEmpty())
                text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                             : QStringLiteral("FALSE");
        } else if (type == QLatin1String("d")) {
            text = isoDateText(value.trimmed());
        } else if (type != QLatin1String("e") && !value.trimmed().isEmpty()) {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            const XlsxNumberKind kind =
                style < context.styles.size() ? context.styles[style] : XlsxNumberKind::Number;
            text = ok ? xlsxNumberText(number, kind, context.date1904) : value.trimmed();
        }
        if (text.isEmpty())
            continue;
        if (text.size() > ImportLimits::MaxCellChars) {
            return Status::failure(
                tr("%1: a cell is longer than %2 characters, far beyond any "
                   "police field. Check it is the right file.")
                    .arg(file, ImportLimits::number(ImportLimits::MaxCellChars)));
        }
        // Only cells with text count against the bounds: formatting alone reaches far.
        if (column >= ImportLimits::MaxColumns) {
            return Status::failure(tr("%1: a row has more than %2 columns, far beyond a police "
                                      "export. Check it is the right file.")
                                       .arg(file, ImportLimits::number(ImportLimits::MaxColumns)));
        }
        if (!sheet.rows.contains(row) && sheet.rows.size() > ImportLimits::MaxRows) {
            return Status::failure(tr("%1 has more than %2 rows, the most the import reads "
                                      "from one sheet. Check it is the right file, or "
                                      "split it.")
                                       .arg(file, ImportLimits::number(ImportLimits::MaxRows)));
        }
        if (++context.cells > ImportLimits::MaxCells) {
            return Status::failure(tr("%1 has more than %2 cells, the most the import reads from "
                                      "one workbook. Check it is the right file, or split it.")
                                       .arg(file, ImportLimits::number(ImportLimits::MaxCells)));
        }
        sheet.rows[row].insert(column, text);
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        return Status::failure(tr("%1 cannot be read as an Excel workbook (sheet \"%2\", line "
                                  "%3: %4). Open it in Excel and save it again as .xlsx.")
                                   .arg(file, sheet.name)
                                   .arg(xml.lineNumber())
                                   .arg(xml.errorString()));
    }
    return {};
}

} // namespace enc
