#include "domain/Quorum.h"

#include <QCoreApplication>

#include <algorithm>

namespace enc {

QuorumResult Quorum::evaluate(const QList<Attendance> &attendance, int percent)
{
    QuorumResult result;
    for (const Attendance &a : attendance) {
        if (!a.expected)
            continue;
        ++result.expected;
        if (a.status == AttendanceStatus::Present || a.status == AttendanceStatus::Deputy)
            ++result.attending;
    }
    const int p = std::clamp(percent, 0, 100);
    result.needed = (result.expected * p + 99) / 100;
    result.quorate = result.expected > 0 && result.attending >= result.needed;
    return result;
}

QString Quorum::describe(const QuorumResult &result)
{
    const char *context = "enc::Quorum";
    if (result.expected <= 0)
        return QCoreApplication::translate(context, "Not quorate: no members are expected");
    if (result.quorate) {
        const int share = result.attending * 100 / result.expected;
        if (result.expected == 1)
            return QCoreApplication::translate(context, "Quorate: %1 of 1 member (%2%)")
                .arg(result.attending)
                .arg(share);
        return QCoreApplication::translate(context, "Quorate: %1 of %2 members (%3%)")
            .arg(result.attending)
            .arg(result.expected)
            .arg(share);
    }
    if (result.expected == 1)
        return QCoreApplication::translate(context, "Not quorate: %1 of 1 member; %2 needed")
            .arg(result.attending)
            .arg(result.needed);
    return QCoreApplication::translate(context, "Not quorate: %1 of %2 members; %3 needed")
        .arg(result.attending)
        .arg(result.expected)
        .arg(result.needed);
}

} // namespace enc
