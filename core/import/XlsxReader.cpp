#include "import/XlsxReader.h"

#include "import/HeadingFinder.h"
#include "import/ImportLimits.h"
#include "import/ImportSource.h"
#include "import/XlsxWorkbook.h"
#include "import/ZipParts.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <new>
#include <optional>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::XlsxReader", text);
}

Result<XlsxWorkbook> load(const QByteArray &bytes, const QString &name)
{
    using R = Result<XlsxWorkbook>;
    if (bytes.isEmpty())
        return R::failure(tr("%1 is empty: there is no header row and no data.").arg(name));
    if (!XlsxReader::looksLikeZip(bytes)) {
        return R::failure(tr("%1 is not an Excel workbook (.xlsx files are zip archives). If "
                             "it is a CSV or an old .xls file, save it as .xlsx or CSV.")
                              .arg(name));
    }
    auto zip = ZipParts::open(bytes, name);
    if (!zip)
        return zip.error();
    // Parts are inflated into memory at the size the zip directory declares.
    if (Status s = ImportSource::checkZipDirectory(*zip, bytes.size(), name); !s)
        return s.error();
    try {
        return XlsxWorkbook::read(*zip, name);
    } catch (const std::bad_alloc &) {
        return R::failure(tr("%1 is too large to read as a workbook. Check it is the right file, "
                             "or split it.")
                              .arg(name));
    }
}

// A sheet's cells as a table: the first row with text is the heading until HeadingFinder
// looks further down.
Result<ImportTable> tableOf(const XlsxWorkbook::Sheet &sheet, const QString &name)
{
    // A row is padded with empty cells up to its last one: the padded cells count against the
    // bound as a CSV's empty cells do (one cell at column ALL on each of 200,000 rows would
    // otherwise become 200 million strings).
    qint64 padded = 0;
    for (const auto &row : sheet.rows)
        padded += row.isEmpty() ? 0 : row.lastKey() + 1;
    if (padded > ImportLimits::MaxCells) {
        return Result<ImportTable>::failure(
            tr("%1 has more than %2 cells, the most the import reads from one file. Check it is "
               "the right file, or split it.")
                .arg(name, ImportLimits::number(ImportLimits::MaxCells)));
    }
    ImportTable table;
    table.fileName = name;
    table.sheet = sheet.name;
    for (auto it = sheet.rows.cbegin(); it != sheet.rows.cend(); ++it) {
        QStringList cells;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            while (cells.size() < c.key())
                cells.append(QString());
            cells.append(c.value().trimmed());
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (cells.isEmpty())
            continue;
        if (table.header.isEmpty()) {
            table.header = cells;
            table.headerRow = it.key() + 1;
        } else {
            table.rows.append(cells);
            table.rowNumbers.append(it.key() + 1);
        }
    }
    HeadingFinder::apply(table);
    return table;
}

// The bytes of the workbook at path, with the checks ImportFile::read makes.
Result<QByteArray> readWorkbook(const QString &path)
{
    auto bytes = ImportSource::read(path);
    if (!bytes)
        return bytes;
    if (Status s = ImportSource::checkCompoundFile(*bytes, QFileInfo(path).fileName()); !s)
        return s.error();
    return bytes;
}

Result<XlsxWorkbook> load(const QString &path)
{
    auto bytes = readWorkbook(path);
    if (!bytes)
        return bytes.error();
    return load(*bytes, QFileInfo(path).fileName());
}

// The table, or an error when its sheet has no heading row.
Result<ImportTable> checked(ImportTable table)
{
    if (table.header.isEmpty()) {
        return Result<ImportTable>::failure(
            tr("%1, sheet \"%2\", is empty: there is no header row and no data.")
                .arg(table.fileName, table.sheet));
    }
    return table;
}

} // namespace

bool XlsxReader::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    auto book = load(path);
    if (!book)
        return book.error();
    QStringList names;
    for (const auto &sheet : book->sheets)
        names << sheet.name;
    return names;
}

Result<ImportTable> XlsxReader::read(const QString &path, const QString &sheet,
                                     QStringList *sheetNames)
{
    auto bytes = readWorkbook(path);
    if (!bytes)
        return bytes.error();
    return read(*bytes, QFileInfo(path).fileName(), sheet, sheetNames);
}

Result<ImportTable> XlsxReader::read(const QByteArray &bytes, const QString &name,
                                     const QString &sheet, QStringList *sheetNames)
{
    using R = Result<ImportTable>;
    auto book = load(bytes, name);
    if (!book)
        return book.error();
    if (book->sheets.isEmpty())
        return R::failure(tr("%1 has no sheets.").arg(name));
    QStringList names;
    for (const auto &s : book->sheets)
        names << s.name;
    if (sheetNames)
        *sheetNames = names;
    if (!sheet.isEmpty()) {
        for (const auto &s : book->sheets) {
            if (s.name.compare(sheet, Qt::CaseInsensitive) == 0) {
                auto table = tableOf(s, name);
                if (!table)
                    return table.error();
                return checked(std::move(*table));
            }
        }
        return R::failure(tr("%1 has no sheet called \"%2\". Its sheets are: %3.")
                              .arg(name, sheet, names.join(QStringLiteral(", "))));
    }
    // Not named: the sheet that holds the police data (its headings name the most import
    // fields, then it has data rows), the first on a tie, so a summary sheet in front is passed.
    std::optional<ImportTable> best;
    int bestScore = -1;
    for (const auto &s : book->sheets) {
        auto read = tableOf(s, name);
        if (!read)
            return read.error();
        ImportTable table = std::move(*read);
        const int score =
            HeadingFinder::fieldsNamed(table.header) * 2 + (table.rows.isEmpty() ? 0 : 1);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(table);
        }
    }
    best->sheetChosen = best->sheet != names.first();
    return checked(std::move(*best));
}

} // namespace enc
