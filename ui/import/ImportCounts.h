#pragma once

// The counts of an import's review, in the order shown: JSON key and label.

#include "ImportWizard.h"

#include <QList>
#include <QPair>
#include <QString>

namespace enc::ui {

inline QList<QPair<QString, QString>> countLabels()
{
    return {
        {QStringLiteral("new_ppns"), ImportWizard::tr("New PPNs")},
        {QStringLiteral("new_children"), ImportWizard::tr("New children")},
        {QStringLiteral("matched_children"), ImportWizard::tr("Matched children")},
        {QStringLiteral("for_review"), ImportWizard::tr("For review")},
        {QStringLiteral("duplicates"), ImportWizard::tr("Duplicates")},
        {QStringLiteral("errors"), ImportWizard::tr("Errors")},
        {QStringLiteral("unchanged"), ImportWizard::tr("Already on the tracker")},
        {QStringLiteral("high_risk"), ImportWizard::tr("High risk (flagged)")},
        {QStringLiteral("outside_age_band"), ImportWizard::tr("Outside the age band")},
        {QStringLiteral("no_known_setting"), ImportWizard::tr("No known setting")},
        {QStringLiteral("missed_children"), ImportWizard::tr("At the address, not named")},
    };
}

} // namespace enc::ui
