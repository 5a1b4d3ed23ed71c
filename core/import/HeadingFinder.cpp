#include "import/HeadingFinder.h"

#include "import/ColumnMapping.h"

#include <algorithm>

namespace enc {

namespace {

int filled(const QStringList &row)
{
    return int(std::count_if(row.cbegin(), row.cend(),
                             [](const QString &c) { return !c.trimmed().isEmpty(); }));
}

} // namespace

int HeadingFinder::fieldsNamed(const QStringList &header)
{
    const ColumnMapping mapping = ColumnMapping::guess(header);
    const QList<ImportField> fields = ColumnMapping::allFields();
    return int(std::count_if(fields.cbegin(), fields.cend(),
                             [&mapping](ImportField f) { return mapping.has(f); }));
}

void HeadingFinder::apply(ImportTable &table)
{
    if (table.header.isEmpty() || table.rows.isEmpty())
        return;
    // Candidates: the current heading (index -1) and the rows under it.
    const qsizetype looked = std::min<qsizetype>(RowsLooked - 1, table.rows.size());
    const auto row = [&table](qsizetype i) -> const QStringList & {
        return i < 0 ? table.header : table.rows.at(i);
    };
    qsizetype best = -1;
    int bestNamed = fieldsNamed(table.header);
    for (qsizetype i = 0; i < looked; ++i) {
        const int named = fieldsNamed(row(i));
        if (named > bestNamed) {
            best = i;
            bestNamed = named;
        }
    }
    if (bestNamed < 2) {
        // Headings the import does not know: a title or banner is narrower than the table.
        int widest = 0;
        for (qsizetype i = -1; i < looked; ++i)
            widest = std::max(widest, filled(row(i)));
        best = -1;
        while (best < looked - 1 && filled(row(best)) * 2 <= widest)
            ++best;
    }
    if (best < 0)
        return;
    table.skipped << table.header << table.rows.mid(0, best);
    table.skippedNumbers << table.headerRow << table.rowNumbers.mid(0, best);
    table.header = table.rows.at(best);
    table.headerRow = table.rowNumbers.at(best);
    table.rows.remove(0, best + 1);
    table.rowNumbers.remove(0, best + 1);
}

bool HeadingFinder::useRow(ImportTable &table, int row)
{
    QList<QStringList> all = table.skipped;
    QList<int> numbers = table.skippedNumbers;
    all << table.header << table.rows;
    numbers << table.headerRow << table.rowNumbers;
    const qsizetype at = numbers.indexOf(row);
    if (at < 0)
        return false;
    table.header = all.at(at);
    table.headerRow = row;
    table.skipped = all.mid(0, at);
    table.skippedNumbers = numbers.mid(0, at);
    table.rows = all.mid(at + 1);
    table.rowNumbers = numbers.mid(at + 1);
    return true;
}

} // namespace enc
