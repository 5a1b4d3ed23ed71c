#include "MeetingChecks.h"

#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace enc {

Result<bool> MeetingChecks::policeAttendedInLastMonth(Database &db, QDate date)
{
    auto n = Sql::scalar(
        db.sql(),
        QStringLiteral("SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                       "JOIN member mb ON mb.id = a.member_id JOIN agency ag ON ag.id = "
                       "mb.agency_id WHERE ag.is_police = 1 AND a.status IN ('present', 'deputy') "
                       "AND m.date > :from AND m.date <= :to"),
        {{QStringLiteral("from"), Sql::date(date.addMonths(-1))},
         {QStringLiteral("to"), Sql::date(date)}});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status MeetingChecks::recordNamesShown(Database &db, qint64 meetingId)
{
    return Audit::record(db.sql(), QStringLiteral("show-names"), QStringLiteral("meeting"),
                         meetingId, 0, {},
                         {{QStringLiteral("projector"), QStringLiteral("names shown")}});
}

} // namespace enc
