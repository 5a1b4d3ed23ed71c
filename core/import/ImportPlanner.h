#pragma once

#include "Result.h"
#include "import/ImportPlan.h"
#include "import/RowMapper.h"

#include <QDate>
#include <QHash>

#include <atomic>
#include <functional>

namespace enc {

class Database;

// Works out what the mapped rows mean against the tracker, reading only: which references
// are new, known unchanged or known with changed details; which children match; duplicates.
class ImportPlanner
{
public:
    struct Options
    {
        QDate today = QDate::currentDate();
        int ageMin = 0;
        int ageMax = 5;
    };

    ImportPlanner(Database &db, Options options);

    // Called now and then with the references planned so far and the total.
    void setProgress(std::function<void(int done, int total)> progress)
    {
        m_progress = std::move(progress);
    }
    // Planning stops with an error as soon as this is set.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    Result<ImportPlan> plan(const RowMapper::Output &mapped);

private:
    struct Known; // a recorded PPN with the children linked to it
    struct SettingMatch
    {
        Id settingId = 0;
        SettingKnown known = SettingKnown::Unknown;
        Id areaId = 0;
    };
    Result<SettingMatch> setting(const QString &text);
    // The recorded PPNs among these reference keys, by key.
    Result<QHash<QString, Known>> lookup(const QStringList &referenceKeys);

    Database &m_db;
    Options m_options;
    QHash<QString, SettingMatch> m_settings;
    std::function<void(int, int)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace enc
