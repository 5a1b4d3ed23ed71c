#pragma once

#include "Result.h"
#include "import/ImportTable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace enc {

// What a column of a settings directory spreadsheet holds: the office's own list or the
// national register's export (Get Information About Schools: URN, EstablishmentName,
// "TypeOfEstablishment (name)", "LA (name)", TelephoneNum, "EstablishmentStatus (name)").
enum class SettingColumn
{
    Urn,
    Name,
    Type,
    Area,
    DslName,
    DslFirstName,
    DslLastName,
    DslEmail,
    DeputyName,
    DeputyFirstName,
    DeputyLastName,
    DeputyEmail,
    Phone,
    OpenOrClosed, // the register's open / closed
};

// One row of the sheet as written, trimmed; a field the file has no column for, or whose cell
// is blank, is empty.
struct SettingsSheetRow
{
    int row = 0; // the row's number in the file (1-based)
    QString urn, name, type, area, dslName, dslEmail, deputyName, deputyEmail, phone;
    bool closed = false; // the register says the establishment has closed
};

// A settings directory read from CSV or .xlsx: its heading row found by the settings headings
// (not the police ones), the sheet of a workbook chosen the same way.
struct SettingsSheet
{
    QString fileName;
    QString sheet;
    int headerRow = 1;
    QHash<SettingColumn, int> columns; // which column (0-based) holds each field
    QStringList header;
    QStringList unused; // the headings not read
    QList<SettingsSheetRow> rows;

    bool has(SettingColumn c) const { return columns.contains(c); }
    // The file's heading for a field ("LA (name)"), or the field's label when it has none.
    QString heading(SettingColumn c) const;

    // The field's name as a person reads it ("DSL email").
    static QString label(SettingColumn c);
    // The field a heading names (case, spaces and punctuation ignored) and how surely: 2 for a
    // heading known exactly, 1 for one that only contains the words, 0 for none.
    static int recognise(const QString &heading, SettingColumn *column);
    // Which columns the heading row names: each field from its surest column, the first on a tie.
    static QHash<SettingColumn, int> columnsOf(const QStringList &header);

    // Reads the file: errors name the file (unreadable, not a spreadsheet, no column for the
    // setting's name or URN).
    static Result<SettingsSheet> read(const QString &path);
    // The same from a table already read (the heading row is found again).
    static Result<SettingsSheet> fromTable(ImportTable table);
};

} // namespace enc
