#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

namespace enc {

// One entry of a child's story.
struct TimelineEvent
{
    enum class Kind
    {
        Ppn,
        Decision,
        Action,
        ActionDone,
        Proforma,
        ProformaReturned,
        Letter,
        Escalation,
        EscalationClosed,
        NoLongerAttends
    };
    QDate date;
    QTime time;
    Kind kind = Kind::Ppn;
    QString title;
    QString detail;
    Id recordId = 0;
};

// A child's story, newest first: PPNs, decisions, actions, proformas, letters, escalations.
class Timeline
{
public:
    static Result<QList<TimelineEvent>> forChild(const QSqlDatabase &db, Id childId);
    // The settings the police named on the child's PPNs (newest first) that match none in
    // the settings directory.
    static Result<QStringList> unknownPoliceSettings(const QSqlDatabase &db, Id childId);
};

} // namespace enc
