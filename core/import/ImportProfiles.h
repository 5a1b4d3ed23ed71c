#pragma once

#include "Result.h"
#include "import/ColumnMapping.h"

namespace enc {

class Database;

// Saved column mappings, named, and chosen automatically by a file's header row.
class ImportProfiles
{
public:
    struct Profile
    {
        QString name;
        ColumnMapping mapping;
    };

    explicit ImportProfiles(Database &db) : m_db(db) {}

    // The names of the saved profiles, sorted.
    Result<QStringList> names() const;
    // The profile saved for exactly this header row, if any (name empty when none).
    Result<Profile> forHeader(const QStringList &header) const;
    // A profile by name, applied to this header; an error naming it when there is none.
    Result<Profile> byName(const QString &name, const QStringList &header) const;
    // Saves (or replaces) a profile for this header row.
    Status save(const QString &name, const QStringList &header, const ColumnMapping &mapping);

private:
    Database &m_db;
};

} // namespace enc
