#pragma once

#include "Result.h"
#include "import/ImportPlan.h"
#include "import/RowMapper.h"

#include <QDate>

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
    Result<bool> lookup(const QString &referenceKey, Known *known);

    Database &m_db;
    Options m_options;
    QHash<QString, SettingMatch> m_settings;
};

} // namespace enc
