#pragma once

#include "Result.h"
#include "domain/Records.h"
#include "import/SettingsSheet.h"

#include <functional>

namespace enc {

class Database;

// One field of a setting the file changes.
struct SettingFieldChange
{
    QString field; // stable key: "name", "type", "urn", "area", "dsl_name", ...
    QString label; // as a person reads it ("DSL email")
    QString before;
    QString after;
};

// What the import would do with one row of the file.
struct SettingsPlanRow
{
    enum class Kind
    {
        New,
        Changed,
        Unchanged,
        Skipped, // closed in the register and not in the directory
    };
    int row = 0; // the file's row number
    Kind kind = Kind::New;
    bool byUrn = false; // matched by URN (else by name)
    Setting before;     // the directory's setting when matched (its version checked on write)
    Setting after;      // what is written; areaId 0 when the area is new
    QString areaBefore;
    QString areaAfter;
    QList<SettingFieldChange> changes;
};

// The report shown before anything is written: every row new, changed or unchanged, and the
// errors (each naming file, row and field) that stop the whole file.
struct SettingsPlan
{
    QString path;
    SettingsSheet sheet;
    QList<SettingsPlanRow> rows;
    QList<Error> errors;

    int count(SettingsPlanRow::Kind kind) const;
    // "3 new, 2 changed, 40 unchanged" (and skipped when any).
    QString summary() const;
    // The headings read, as "URN, EstablishmentName (Setting name), ...".
    QString headingsRead() const;
};

// What an import wrote, so that it can be undone and redone.
struct SettingsImported
{
    QList<Id> added;
    QList<Setting> changedBefore; // the settings as they were
    QList<Setting> changedAfter;  // as the import left them
};

// Imports the settings directory from a spreadsheet. Each row is matched to a setting by URN,
// else by name with case, spaces and punctuation ignored (TextKey::name: "Sunshine Preschool"
// is "Sunshine Pre-School"), the way the police import finds a PPN's setting. A blank cell
// leaves what the directory holds.
class SettingsImport
{
public:
    SettingsImport() = delete;

    // Reads the file and compares it with the directory; nothing is written.
    static Result<SettingsPlan> plan(Database &db, const QString &path);
    // The same for a sheet already read.
    static Result<SettingsPlan> plan(Database &db, const SettingsSheet &sheet);
    // Writes the plan's new and changed settings in one transaction, each audited; refused
    // when the plan has errors or a setting changed since it was planned (another desk).
    // progress(done, total) is called as rows are written; returning false cancels (nothing
    // is written).
    using Progress = std::function<bool(int done, int total)>;
    static Result<SettingsImported> apply(Database &db, const SettingsPlan &plan,
                                          const Progress &progress = {});
    // Undoes (or, with redo, does again) what apply wrote, in one transaction.
    static Status revert(Database &db, const SettingsImported &imported, bool redo = false);
};

} // namespace enc
