#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportRow.h"
#include "import/ImportTable.h"

#include <QDate>
#include <QHash>

namespace enc {

// Turns the cells of each data row into an ImportRow using a column mapping, or a RowError
// naming the row and the column. Reads no database: safe to fuzz.
class RowMapper
{
public:
    struct Output
    {
        QList<ImportRow> rows;
        QList<RowError> errors;
    };

    // today: dates after it are errors; received: the date the file came (an incident after
    // it is an error; invalid to skip the check).
    RowMapper(ColumnMapping mapping, QDate today, QDate received = {});

    // The office's own words for its risk grades (CellParser::riskWords), read before the
    // usual ones.
    void setRiskWords(QHash<QString, DashRisk> words) { m_riskWords = std::move(words); }

    Output map(const ImportTable &table) const;
    // One row (index into table.rows); false with *error filled when it is rejected.
    bool mapRow(const ImportTable &table, qsizetype index, ImportRow *row, RowError *error) const;

private:
    QString heading(const ImportTable &table, ImportField field) const;

    ColumnMapping m_mapping;
    QDate m_today;
    QDate m_received;
    QHash<QString, DashRisk> m_riskWords;
};

} // namespace enc
