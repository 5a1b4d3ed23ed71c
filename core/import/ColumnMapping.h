#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace enc {

// What a column of the police spreadsheet holds.
enum class ImportField
{
    Reference,
    IncidentDate, // a date, or date and time in one cell
    IncidentTime,
    Forename,
    Surname,
    FullName, // "Forename Surname" or "SURNAME, Forename"
    DateOfBirth,
    Age,
    Setting, // school or setting name, or its URN
    HomeAddress,
    IncidentAddress,
    Postcode,
    Risk,
    Crime,
    Presence,
    Gender,
    NotificationType, // domestic abuse or a missing child
};

// Which column (0-based) holds each field; built from the header row by guessing or from
// a saved profile.
class ColumnMapping
{
public:
    // Every field, in the order the wizard lists them.
    static QList<ImportField> allFields();
    // The field's name as a person reads it ("Date of birth").
    static QString label(ImportField field);
    // The field's stable name in profiles and JSON ("date_of_birth").
    static QString key(ImportField field);
    static bool fieldFromKey(const QString &key, ImportField *field);

    // Guesses the mapping from the headings' words and, given rows under the header, what
    // the columns hold (HeadingGuess).
    static ColumnMapping guess(const QStringList &header, const QList<QStringList> &rows = {},
                               QDate today = QDate::currentDate());
    // True when heading is one the lists of common police headings name exactly (case,
    // spaces and punctuation ignored); *field receives the field.
    static bool knownHeading(const QString &heading, ImportField *field);
    // A column chosen by a person: its heading text (case, spaces and punctuation ignored)
    // or its letters ("C", "AA"); -1 when header has no such column.
    static int columnNamed(const QStringList &header, const QString &name);
    // The header's signature for choosing a saved profile (folded headings, in order).
    static QString headerKey(const QStringList &header);

    int column(ImportField field) const { return m_columns.value(field, -1); }
    bool has(ImportField field) const { return column(field) >= 0; }
    void set(ImportField field, int column);
    void clear(ImportField field) { m_columns.remove(field); }

    // A warning for each column whose heading means a field another column is mapped to
    // (both columns named, as letters and headings); such a column is not read.
    QStringList clashes(const QStringList &header) const;

    // The required fields not mapped, as labels; empty when the mapping can be used.
    QStringList missingRequired() const;

    // As JSON {field key: heading text}, so a profile survives reordered columns.
    QJsonObject toJson(const QStringList &header) const;
    // From JSON against a header; headings not found are left unmapped.
    static ColumnMapping fromJson(const QJsonObject &json, const QStringList &header);

private:
    QHash<ImportField, int> m_columns;
};

} // namespace enc
