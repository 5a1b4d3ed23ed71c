// libFuzzer entry point: any bytes through the CSV reader, the heading guess and the row
// mapper must give a table or an error, never a crash, hang or sanitizer report.

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/RowMapper.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace enc;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    const QDate today(2025, 6, 1);
    // The guessed mapping, and one that maps the first columns in order, so that every cell
    // parser sees the fuzzed text whatever the headings say.
    const RowMapper guessed(ColumnMapping::guess(table->header), today, today);
    (void)guessed.map(*table);
    ColumnMapping fixed;
    const QList<ImportField> fields = ColumnMapping::allFields();
    for (int i = 0; i < fields.size(); ++i)
        fixed.set(fields.at(i), i);
    const RowMapper mapper(fixed, today);
    (void)mapper.map(*table);
    (void)ColumnMapping::headerKey(table->header);
    return 0;
}
