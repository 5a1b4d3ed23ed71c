// The package around the sheets: which parts hold the workbook, its sheets, shared strings
// and styles, found through the relationship parts as Office does (not by fixed names).

#include "import/XlsxWorkbook.h"

#include "import/ImportLimits.h"
#include "import/ZipParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::XlsxWorkbook", text);
}

// A relationship's target as a part name: absolute ("/xl/worksheets/sheet1.xml", as
// openpyxl writes) from the package root, else relative to the folder of the part.
QString resolve(const QString &folder, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(QLatin1Char('/')))
        parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

struct Relationship
{
    QString type; // the last word of the type URI ("worksheet", "sharedStrings")
    QString part;
};

// The relationships of a part (id -> relationship); none when it has no .rels part.
QHash<QString, Relationship> relationships(const ZipParts &zip, const QString &part)
{
    QHash<QString, Relationship> out;
    const QString folder = folderOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    const QString rels = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) +
                         QStringLiteral("_rels/") + name + QStringLiteral(".rels");
    auto bytes = zip.part(rels);
    if (!bytes)
        return out;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("Relationship"))
            continue;
        const auto a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString type = a.value(QLatin1String("Type")).toString();
        out.insert(a.value(QLatin1String("Id")).toString(),
                   {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                    resolve(folder, a.value(QLatin1String("Target")).toString())});
    }
    return out;
}

// The first part related to part by a relationship of this type, or fallback.
QString relatedPart(const QHash<QString, Relationship> &rels, const QString &type,
                    const QString &fallback)
{
    for (const Relationship &r : rels) {
        if (r.type == type)
            return r.part;
    }
    return fallback;
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// What a number format code shows: text in quotes, escaped characters and [colour] or
// [$-locale] sections say nothing; y, d (and m without h or s) a date; h or s a time.
XlsxNumberKind kindOfCode(const QString &code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            time = time || inside == QLatin1String("h") || inside == QLatin1String("hh") ||
                   inside == QLatin1String("mm") || inside == QLatin1String("ss");
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char(';')) {
            break; // the first section (positive numbers) decides
        } else if (c == QLatin1Char('y') || c == QLatin1Char('d')) {
            date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        }
    }
    date = date || (month && !time);
    if (date && time)
        return XlsxNumberKind::DateTime;
    if (date)
        return XlsxNumberKind::Date;
    return time ? XlsxNumberKind::Time : XlsxNumberKind::Number;
}

// Excel's built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30, with
// the East Asian ones).
XlsxNumberKind kindOfBuiltIn(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return XlsxNumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return XlsxNumberKind::Time;
    return id == 22 ? XlsxNumberKind::DateTime : XlsxNumberKind::Number;
}

// The cell styles (cellXfs) of a styles part, each as the kind of number it shows.
std::vector<XlsxNumberKind> readStyles(const QByteArray &bytes)
{
    QHash<int, XlsxNumberKind> codes;
    std::vector<XlsxNumberKind> out;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                         kindOfCode(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            out.push_back(codes.contains(id) ? codes.value(id) : kindOfBuiltIn(id));
            xml.skipCurrentElement();
        }
    }
    return out;
}

Result<std::vector<QString>> readSharedStrings(const QByteArray &bytes, const QString &fileName,
                                               qint64 *cells)
{
    using R = Result<std::vector<QString>>;
    std::vector<QString> out;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("si"))
            continue;
        if (++*cells > ImportLimits::MaxCells) {
            return R::failure(tr("%1 has more than %2 cells, the most the import reads from one "
                                 "workbook. Check it is the right file, or split it.")
                                  .arg(fileName, ImportLimits::number(ImportLimits::MaxCells)));
        }
        out.push_back(readXlsxStringItem(xml));
    }
    return out;
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(const ZipParts &zip, const QString &fileName)
{
    using R = Result<XlsxWorkbook>;
    const QString workbookPart =
        relatedPart(relationships(zip, QString()), QStringLiteral("officeDocument"),
                    QStringLiteral("xl/workbook.xml"));
    if (!zip.has(workbookPart)) {
        return R::failure(tr("%1 is a zip archive but not an Excel workbook (it has no "
                             "workbook part). Save the police spreadsheet as .xlsx or CSV.")
                              .arg(fileName));
    }
    const auto rels = relationships(zip, workbookPart);
    const QString folder = folderOf(workbookPart);

    XlsxSheetContext context;
    context.fileName = fileName;
    const QString stylesPart = relatedPart(rels, QStringLiteral("styles"), {});
    if (auto styles = zip.part(stylesPart); !stylesPart.isEmpty() && styles)
        context.styles = readStyles(*styles);
    const QString stringsPart = relatedPart(rels, QStringLiteral("sharedStrings"),
                                            resolve(folder, QStringLiteral("sharedStrings.xml")));
    if (zip.has(stringsPart)) {
        auto part = zip.part(stringsPart);
        if (!part)
            return part.error();
        auto strings = readSharedStrings(*part, fileName, &context.cells);
        if (!strings)
            return strings.error();
        context.sharedStrings = std::move(*strings);
    }

    auto workbookXml = zip.part(workbookPart);
    if (!workbookXml)
        return workbookXml.error();
    XlsxWorkbook book;
    QStringList sheetParts;
    QXmlStreamReader xml(*workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            context.date1904 = isTrue(a.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto &attribute : a) {
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            Sheet sheet;
            sheet.name = a.value(QLatin1String("name")).toString();
            book.sheets.append(sheet);
            const Relationship r = rels.value(id);
            sheetParts << (r.type == QLatin1String("worksheet") ? r.part : QString());
        }
    }
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        if (sheetParts.at(i).isEmpty())
            continue; // a chart sheet, or a sheet whose part is missing: no cells
        auto part = zip.part(sheetParts.at(i));
        if (!part)
            return part.error();
        if (Status s = readXlsxSheet(*part, context, book.sheets[i]); !s)
            return s.error();
    }
    return book;
}

} // namespace enc
