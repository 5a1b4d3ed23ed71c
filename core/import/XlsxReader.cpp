#include "import/XlsxReader.h"

#include "import/XlsxSheetFactory.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <orcus/orcus_xlsx.hpp>

#include <exception>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::XlsxReader", text);
}

Result<XlsxSheetFactory::Workbook> load(const QString &path)
{
    using R = Result<XlsxSheetFactory::Workbook>;
    const QString name = QFileInfo(path).fileName();
    if (Status s = OpenDatabases::refuse(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be opened: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return R::failure(tr("%1 is empty: there is no header row and no data.").arg(name));
    if (!XlsxReader::looksLikeZip(bytes)) {
        return R::failure(tr("%1 is not an Excel workbook (.xlsx files are zip archives). If "
                             "it is a CSV or an old .xls file, save it as .xlsx or CSV.")
                              .arg(name));
    }
    XlsxSheetFactory factory;
    try {
        orcus::orcus_xlsx reader(&factory);
        reader.read_stream(std::string_view(bytes.constData(), size_t(bytes.size())));
    } catch (const std::exception &e) {
        return R::failure(tr("%1 cannot be read as an Excel workbook (%2). Open it in Excel and "
                             "save it again as .xlsx.")
                              .arg(name, QString::fromUtf8(e.what())));
    }
    return factory.takeWorkbook();
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
    using R = Result<ImportTable>;
    const QString name = QFileInfo(path).fileName();
    auto book = load(path);
    if (!book)
        return book.error();
    if (book->sheets.isEmpty())
        return R::failure(tr("%1 has no sheets.").arg(name));
    const XlsxSheetFactory::Sheet *chosen = nullptr;
    QStringList names;
    for (const auto &s : book->sheets) {
        names << s.name;
        if (!chosen && (sheet.isEmpty() || s.name.compare(sheet, Qt::CaseInsensitive) == 0))
            chosen = &s;
    }
    if (sheetNames)
        *sheetNames = names;
    if (!chosen) {
        return R::failure(tr("%1 has no sheet called \"%2\". Its sheets are: %3.")
                              .arg(name, sheet, names.join(QStringLiteral(", "))));
    }

    ImportTable table;
    table.fileName = name;
    table.sheet = chosen->name;
    for (auto it = chosen->rows.cbegin(); it != chosen->rows.cend(); ++it) {
        QStringList cells;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            if (c.key() >= 16384)
                break;
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
    if (table.header.isEmpty()) {
        return R::failure(tr("%1, sheet \"%2\", is empty: there is no header row and no data.")
                              .arg(name, chosen->name));
    }
    return table;
}

} // namespace enc
