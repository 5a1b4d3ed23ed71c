// The Editor's undoable steps on a child's record: a setting saying the child no longer
// attends, and what partner agencies know.

#include "Editor.h"

#include "repo/NoLongerAttends.h"
#include "repo/PartnerInfos.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <memory>

namespace enc::ui {

Status Editor::noLongerAttends(Id childId, int childVersion, QDate on, const QString &toldBy)
{
    auto id = NoLongerAttends(m_db).record(childId, childVersion, on, toldBy);
    if (!id)
        return id.error();
    auto record = std::make_shared<Id>(*id);
    push(
        tr("No longer attends the setting"),
        [this, record] { return NoLongerAttends(m_db).undo(*record); },
        [this, record, childId, on, toldBy]() -> Status {
            auto version =
                Sql::scalar(m_db.sql(), QStringLiteral("SELECT version FROM child WHERE id = :id"),
                            {{QStringLiteral("id"), childId}});
            if (!version)
                return version.error();
            auto again = NoLongerAttends(m_db).record(childId, version->toInt(), on, toldBy);
            if (!again)
                return again.error();
            *record = *again;
            return {};
        });
    return {};
}

Result<Id> Editor::addPartnerInfo(const PartnerInfo &info)
{
    auto id = PartnerInfos(m_db).add(info);
    if (!id)
        return id;
    auto added = std::make_shared<Id>(*id);
    push(
        tr("Partner's information from %1").arg(info.agency.simplified()),
        [this, added] { return PartnerInfos(m_db).remove(*added); },
        [this, added, info]() -> Status {
            auto again = PartnerInfos(m_db).add(info);
            if (!again)
                return again.error();
            *added = *again;
            return {};
        });
    return id;
}

Status Editor::editPartnerInfo(const PartnerInfo &info)
{
    return changeRecord<PartnerInfos>(tr("Change partner's information"), info.id,
                                      [&]() { return PartnerInfos(m_db).edit(info); });
}

Status Editor::archivePartnerInfo(Id id, int version)
{
    return changeRecord<PartnerInfos>(tr("Archive partner's information"), id,
                                      [&]() { return PartnerInfos(m_db).archive(id, version); });
}

} // namespace enc::ui
