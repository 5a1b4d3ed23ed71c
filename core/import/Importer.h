#pragma once

#include "Result.h"
#include "import/ColumnMapping.h"
#include "import/ImportCommitter.h"
#include "import/ImportFile.h"
#include "import/ImportPlan.h"
#include "import/StepClock.h"

#include <QDate>
#include <QJsonObject>

namespace enc {

class Database;

// The police spreadsheet import, start to finish: read the file, choose the mapping (a named
// profile, the profile saved for this header row, or a guess), plan, and commit unless it is
// a dry run or there is nothing new. File-level problems (unreadable, empty, header only,
// a required column missing) are errors and nothing is written; row problems are in the report.
class Importer
{
public:
    struct Request
    {
        QString path;
        QString sheet;       // workbook sheet (first when empty)
        int headerRow = 0;   // the file's row holding the headings (found when 0)
        QString profile;     // a saved mapping to use (chosen by header when empty)
        QString saveProfile; // save the mapping used under this name
        QStringList map;     // "FIELD=COLUMN" choices over the profile or guess (--map)
        QDate received;      // date the file came (today when invalid)
        QDate today = QDate::currentDate();
        bool dryRun = false;
        QString user; // Audit::currentUser() when empty
    };

    explicit Importer(Database &db) : m_db(db) {}

    void setProgress(ImportCommitter::Progress progress) { m_progress = std::move(progress); }
    // Progress of the planning step (references worked out so far, and the total).
    void setPlanProgress(ImportCommitter::Progress progress)
    {
        m_planProgress = std::move(progress);
    }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    Result<ImportReport> run(const Request &request);
    // Milliseconds spent by the last run() in each step (read, map, plan, commit), for the
    // benchmark's profile.
    QJsonObject timings() const { return m_timings; }
    // The same steps' CPU time (ms): on a shared machine the wall clock measures the neighbours.
    QJsonObject cpuTimings() const { return m_cpuTimings; }

    // The steps, for the wizard.
    // The mapping for a file: the named profile, else the one saved for its header, else a
    // guess; *profileUsed receives the profile's name (empty for a guess).
    Result<ColumnMapping> mappingFor(const ImportFile &file, const QString &profile,
                                     QString *profileUsed = nullptr);
    // The mapping run() uses: mappingFor(), then the request's --map choices (a field by
    // its key or label, a column by its heading or letters). *doubts receives the guess's
    // doubts (columns nearly as likely as the one taken) when the mapping was guessed.
    Result<ColumnMapping> resolveMapping(const ImportFile &file, const Request &request,
                                         QString *profileUsed, QStringList *doubts = nullptr);
    // An error naming the file and the missing columns, with the columns that could be
    // each, when the mapping cannot be used.
    static Status checkMapping(const ImportFile &file, const ColumnMapping &mapping);
    Result<ImportPlan> plan(const ImportFile &file, const ColumnMapping &mapping,
                            const Request &request);
    // Commits a plan (unless the file was imported before or nothing is new).
    Status commit(ImportPlan &plan, const Request &request);

private:
    Database &m_db;
    ImportCommitter::Progress m_progress;
    ImportCommitter::Progress m_planProgress;
    const std::atomic<bool> *m_cancel = nullptr;
    void record(const QString &step, StepClock::Lap lap);
    QJsonObject m_timings;
    QJsonObject m_cpuTimings;
};

} // namespace enc
