#pragma once

#include "Result.h"
#include "import/ImportTable.h"

#include <QByteArray>

namespace enc {

// Reads a police CSV export: comma, semicolon or tab (sniffed from the header row);
// UTF-8 with or without BOM, else Windows-1252; quoted fields with embedded delimiters,
// quotes and line breaks; CRLF or LF. Errors name the file and say what to do.
class CsvReader
{
public:
    CsvReader() = delete;

    // Parses bytes read from fileName (used in messages only).
    static Result<ImportTable> parse(const QByteArray &bytes, const QString &fileName);
    // Text from bytes: UTF-8 (BOM dropped) when valid, else Windows-1252; an error for
    // binary data (NUL bytes or many control characters).
    static Result<QString> decode(const QByteArray &bytes, const QString &fileName);
    // The delimiter used in the first line that has one (a title line above the headings
    // may have none): ',', ';' or '\t'.
    static QChar sniffDelimiter(const QString &text);
};

} // namespace enc
