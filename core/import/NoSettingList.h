#pragma once

#include "Result.h"
#include "domain/Records.h"

namespace enc {

class Database;

// Children with no known setting: listed per area, exported (CSV or .xlsx) for children's
// services to fill in, and the filled sheet read back to set each child's setting.
class NoSettingList
{
public:
    struct Entry
    {
        Id childId = 0;
        QString forename;
        QString surname;
        QDate dateOfBirth;
        QString postcode;
        QString area;
    };
    struct Applied
    {
        int updated = 0;
        int unchanged = 0;   // rows left blank
        QList<Error> errors; // row, column and message
    };

    explicit NoSettingList(Database &db) : m_db(db) {}

    // The children, by area then surname; area empty for every area.
    Result<QList<Entry>> entries(const QString &area = {}) const;
    // Writes the list to path (.xlsx by its suffix, else CSV) and records the disclosure.
    Result<int> exportTo(const QString &path, const QString &area = {}) const;
    // Reads a filled list back: each row's setting (name, URN, or "not in setting",
    // "home educated", "out of area") is set on the child. One transaction; rows with errors
    // are reported and skipped.
    Result<Applied> importFrom(const QString &path);

    // The export's headings (the import finds its columns by them).
    static QStringList headings();

private:
    Status record(const QString &path, const QList<Entry> &entries) const;
    Database &m_db;
};

} // namespace enc
