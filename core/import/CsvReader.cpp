#include "import/CsvReader.h"

#include "import/HeadingFinder.h"
#include "import/ImportLimits.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::CsvReader", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (0 = undefined there).
const char16_t Cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                 0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = uchar(ch);
        if (b >= 0x80 && b < 0xA0 && Cp1252High[b - 0x80] != 0)
            *d++ = QChar(Cp1252High[b - 0x80]);
        else
            *d++ = QChar(char16_t(b));
    }
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto b = uchar(bytes.at(i));
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
            ++control;
    }
    return sample > 0 && control * 20 > sample; // over 5% control characters
}

// UTF-16 saved without a byte-order mark ("iconv -t UTF-16LE", some Windows tools): text
// in Latin letters has every other byte NUL. Little endian when those are the odd bytes.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    const qsizetype pairs = sample / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZero += bytes.at(i) == 0 ? 1 : 0;
        oddZero += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    if (oddZero * 10 >= pairs * 7 && evenZero * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZero * 10 >= pairs * 7 && oddZero * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const auto encoding =
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (!decoder.hasError())
            return text;
    }
    if (const auto utf16 = utf16WithoutBom(bytes)) {
        QStringDecoder decoder(*utf16, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError() && bytes.size() % 2 == 0)
            return text;
        return Result<QString>::failure(
            tr("%1 looks like UTF-16 text but is not valid UTF-16. Save the spreadsheet as CSV "
               "UTF-8 and import that.")
                .arg(fileName));
    }
    if (looksBinary(bytes)) {
        return Result<QString>::failure(
            tr("%1 is not a text file (it holds binary data). Save the spreadsheet as CSV or "
               ".xlsx and import that.")
                .arg(fileName));
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(body);
}

QChar CsvReader::sniffDelimiter(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    int lines = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n')) {
            // A title or banner line above the headings has no delimiter: the next line says.
            if (comma + semicolon + tab > 0 || ++lines >= HeadingFinder::RowsLooked)
                break;
        } else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<ImportTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    using R = Result<ImportTable>;
    auto decoded = decode(bytes, fileName);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const QChar delimiter = sniffDelimiter(text);

    ImportTable table;
    table.fileName = fileName;
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    int line = 1;
    int quoteLine = 0;

    // Each limit is checked as the text is read, so a huge or hostile file stops early.
    int recordNumber = 0;
    qint64 cells = 0;
    QString limitError;
    auto refuse = [&](const QString &message) {
        if (limitError.isEmpty())
            limitError = message;
    };
    auto checkField = [&]() {
        if (field.size() > ImportLimits::MaxCellChars) {
            refuse(tr("%1, line %2: a cell is longer than %3 characters, far beyond any police "
                      "field. Check it is the right file.")
                       .arg(fileName)
                       .arg(line)
                       .arg(ImportLimits::number(ImportLimits::MaxCellChars)));
        }
    };
    auto endField = [&]() {
        checkField();
        record.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
        if (record.size() > ImportLimits::MaxColumns) {
            refuse(tr("%1, line %2: the row has more than %3 columns, far beyond a police "
                      "export. Check it is the right file.")
                       .arg(fileName)
                       .arg(line)
                       .arg(ImportLimits::number(ImportLimits::MaxColumns)));
        }
    };
    // Blank lines and rows of empty cells are not records; row numbers count records, as a
    // spreadsheet program shows them.
    QList<int> recordNumbers;
    auto endRecord = [&]() {
        endField();
        ++recordNumber;
        while (!record.isEmpty() && record.last().isEmpty())
            record.removeLast();
        if (!record.isEmpty()) {
            cells += record.size();
            records.append(record);
            recordNumbers.append(recordNumber);
        }
        record.clear();
        if (records.size() > ImportLimits::MaxRows + 1) {
            refuse(tr("%1 has more than %2 rows, the most the import reads from one file. "
                      "Check it is the right file, or split it.")
                       .arg(fileName, ImportLimits::number(ImportLimits::MaxRows)));
        } else if (cells > ImportLimits::MaxCells) {
            refuse(tr("%1 has more than %2 cells, the most the import reads from one file. "
                      "Check it is the right file, or split it.")
                       .arg(fileName, ImportLimits::number(ImportLimits::MaxCells)));
        }
    };

    const qsizetype n = text.size();
    // The end of the run of ordinary characters from i: up to the next quote, line break or
    // (outside quotes) delimiter. A run is appended at once, not a character at a time.
    const auto runEnd = [&](qsizetype i, bool inQuotes) {
        while (i < n) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') ||
                (!inQuotes && c == delimiter))
                break;
            ++i;
        }
        return i;
    };
    for (qsizetype i = 0; i < n && limitError.isEmpty(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"') && c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
                const qsizetype end = runEnd(i + 1, true); // c is ordinary
                field.append(QStringView(text).sliced(i, end - i));
                i = end - 1;
                checkField();
            } else if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                    checkField();
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                    field.append(c);
                checkField();
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else {
            const qsizetype end = runEnd(i + 1, false); // c, even a quote, is text
            field.append(QStringView(text).sliced(i, end - i));
            i = end - 1;
            checkField();
        }
    }
    if (!limitError.isEmpty())
        return R::failure(limitError);
    if (quoted) {
        return R::failure(tr("%1: the quote opened on line %2 is never closed. Check the file "
                             "was saved as CSV.")
                              .arg(fileName)
                              .arg(quoteLine),
                          {}, quoteLine);
    }
    if (!field.isEmpty() || wasQuoted || !record.isEmpty())
        endRecord();
    if (!limitError.isEmpty())
        return R::failure(limitError);

    if (!records.isEmpty()) {
        table.header = records.takeFirst();
        table.headerRow = recordNumbers.takeFirst();
        table.rows = std::move(records);
        table.rowNumbers = std::move(recordNumbers);
    }
    if (table.header.isEmpty())
        return R::failure(tr("%1 is empty: there is no header row and no data.").arg(fileName));
    return table;
}

} // namespace enc
