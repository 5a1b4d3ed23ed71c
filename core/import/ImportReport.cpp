#include "import/ImportReport.h"

#include <QCoreApplication>

namespace enc {

QList<RowOutcome> ImportReport::errorRows() const
{
    QList<RowOutcome> out;
    for (const RowOutcome &r : rows) {
        if (r.status == RowStatus::Error)
            out << r;
    }
    return out;
}

QJsonObject ImportReport::countsJson() const
{
    return QJsonObject{{QStringLiteral("rows"), rowsRead},
                       {QStringLiteral("new_ppns"), newPpns},
                       {QStringLiteral("new_children"), newChildren},
                       {QStringLiteral("matched_children"), matchedChildren},
                       {QStringLiteral("for_review"), forReview},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("high_risk"), highRisk},
                       {QStringLiteral("outside_age_band"), outsideAgeBand},
                       {QStringLiteral("no_known_setting"), noKnownSetting},
                       {QStringLiteral("missed_children"), missedChildren}};
}

QString ImportReport::statusKey(RowStatus status)
{
    switch (status) {
    case RowStatus::NewChild:
        return QStringLiteral("new_child");
    case RowStatus::MatchedChild:
        return QStringLiteral("matched_child");
    case RowStatus::ForReview:
        return QStringLiteral("for_review");
    case RowStatus::Duplicate:
        return QStringLiteral("duplicate");
    case RowStatus::Unchanged:
        return QStringLiteral("unchanged");
    case RowStatus::Conflict:
        return QStringLiteral("conflict");
    case RowStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

QString ImportReport::statusLabel(RowStatus status)
{
    const char *const context = "enc::ImportReport";
    switch (status) {
    case RowStatus::NewChild:
        return QCoreApplication::translate(context, "New child");
    case RowStatus::MatchedChild:
        return QCoreApplication::translate(context, "Matched child");
    case RowStatus::ForReview:
        return QCoreApplication::translate(context, "For review");
    case RowStatus::Duplicate:
        return QCoreApplication::translate(context, "Duplicate");
    case RowStatus::Unchanged:
        return QCoreApplication::translate(context, "Already imported");
    case RowStatus::Conflict:
        return QCoreApplication::translate(context, "Conflict");
    case RowStatus::Error:
        break;
    }
    return QCoreApplication::translate(context, "Error");
}

} // namespace enc
