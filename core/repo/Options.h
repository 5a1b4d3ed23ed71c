#pragma once

#include "Result.h"
#include "domain/EscalationRule.h"
#include "domain/MeetingSchedule.h"

#include <QSqlDatabase>

namespace enc {

class Database;

// The office's settings, stored in the config table (each change audited).
class Options
{
public:
    explicit Options(QSqlDatabase db) : m_db(std::move(db)) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    // Changes options of the catalog (OptionCatalog) in one transaction: each value checked
    // and the rules between options kept, or nothing changed (the error's field is the key).
    // Administrators only; each change audited with its value before and after. The keys
    // whose value changed go to *changed.
    static Status change(Database &db, const QHash<QString, QString> &changes,
                         QStringList *changed = nullptr);
    // Every option of the catalog with its stored value (its default when never set).
    QHash<QString, QString> catalogValues() const;

    EscalationConfig escalation() const;
    Status setEscalation(const EscalationConfig &config);
    ScheduleConfig schedule() const;
    Status setSchedule(const ScheduleConfig &config);
    // Age band in whole years, inclusive (default 0-5).
    int ageMin() const;
    int ageMax() const;
    Status setAgeBand(int minYears, int maxYears);
    int quorumPercent() const;
    Status setQuorumPercent(int percent);
    QString officeName() const;
    // Whether the minutes name children in full; by default they give initials and the
    // tracker's id (what is circulated is the office's choice, not the projector's).
    bool minutesNameChildren() const;
    Status setMinutesNameChildren(bool full);
    // Minutes with no input before the window hides every record (default 10).
    int idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes);

private:
    QSqlDatabase m_db;
};

} // namespace enc
