#include "MeetingChecks.h"

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

bool MeetingChecks::privacy(Database &db, qint64 meetingId)
{
    auto v = Sql::scalar(db.sql(), QStringLiteral("SELECT privacy FROM meeting WHERE id = :id"),
                         {{QStringLiteral("id"), meetingId}});
    return !v || v->isNull() || v->toBool();
}

Status MeetingChecks::setPrivacy(Database &db, qint64 meetingId, bool on)
{
    return Sql::exec(db.sql(), QStringLiteral("UPDATE meeting SET privacy = :p WHERE id = :id"),
                     {{QStringLiteral("p"), on ? 1 : 0}, {QStringLiteral("id"), meetingId}});
}

} // namespace enc
