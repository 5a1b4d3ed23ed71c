#include "import/ImportFile.h"
#include "storage/Sha256.h"

#include "import/CsvReader.h"
#include "import/HeadingFinder.h"
#include "import/ImportSource.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ImportFile", text);
}

} // namespace

QDate ImportFile::dateInName(const QString &fileName, QDate today)
{
    // Year first (2026-12-04, 20261204), then day first as the UK writes it (04.12.2026).
    static const QRegularExpression yearFirst(
        QStringLiteral("(?<!\\d)(20\\d\\d)[-_. ]?(\\d\\d)[-_. ]?(\\d\\d)(?!\\d)"));
    static const QRegularExpression dayFirst(
        QStringLiteral("(?<!\\d)(\\d\\d)[-_. ](\\d\\d)[-_. ](20\\d\\d)(?!\\d)"));
    const QString name = QFileInfo(fileName).completeBaseName();
    QDate found;
    if (const auto m = yearFirst.match(name); m.hasMatch())
        found = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(name); !found.isValid() && m.hasMatch())
        found = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!found.isValid() || found > today || found < today.addYears(-1))
        return {};
    return found;
}

Result<ImportFile> ImportFile::read(const QString &path, const QString &sheet, int headerRow)
{
    using R = Result<ImportFile>;
    ImportFile out;
    out.path = path;
    out.fileName = QFileInfo(path).fileName();
    auto read = ImportSource::read(path);
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
    if (blank)
        return R::failure(tr("%1 is empty: there is no header row and no data.").arg(out.fileName));
    if (Status s = ImportSource::checkCompoundFile(bytes, out.fileName); !s)
        return s.error();
    out.sha256 = QString::fromLatin1(Sha256::hash(bytes).toHex());

    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool workbookName = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
    if (workbookName || XlsxReader::looksLikeZip(bytes)) {
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
            return R::failure(tr("%1 is named as a CSV file but is a zip archive (perhaps an "
                                 "Excel workbook): rename it to .xlsx.")
                                  .arg(out.fileName));
        }
        auto table = XlsxReader::read(bytes, out.fileName, sheet, &out.sheets);
        if (!table)
            return table.error();
        out.table = std::move(*table);
    } else {
        if (suffix == QLatin1String("xls")) {
            return R::failure(tr("%1 is an old Excel .xls file: open it in Excel and save it as "
                                 ".xlsx or CSV.")
                                  .arg(out.fileName));
        }
        auto table = CsvReader::parse(bytes, out.fileName);
        if (!table)
            return table.error();
        out.table = std::move(*table);
        HeadingFinder::apply(out.table);
    }
    if (headerRow > 0 && headerRow != out.table.headerRow &&
        !HeadingFinder::useRow(out.table, headerRow)) {
        return R::failure(tr("%1 has no text on row %2 to use as the headings (they were found "
                             "on row %3).")
                              .arg(out.fileName)
                              .arg(headerRow)
                              .arg(out.table.headerRow));
    }
    if (out.table.rows.isEmpty()) {
        return R::failure(tr("%1 has a header row but no data rows: there is nothing to import.")
                              .arg(out.fileName));
    }
    return out;
}

} // namespace enc
