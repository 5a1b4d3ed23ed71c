#pragma once

#include "domain/Records.h"
#include "import/ImportReport.h"
#include "import/ImportRow.h"

#include <QJsonObject>
#include <QList>

namespace enc {

// What an import will write, worked out before anything is written (the dry run).
struct ImportPlan
{
    struct NewChild
    {
        ImportRow source;
        Id settingId = 0;
        SettingKnown settingKnown = SettingKnown::Unknown;
        Id areaId = 0;
        Id createdId = 0; // filled in at commit
    };
    struct Link
    {
        Id childId = 0;    // a child on the tracker, or
        int newChild = -1; // an index into newChildren
        Presence presence = Presence::Unknown;
    };
    struct Review
    {
        QString kind;         // "match", "conflict", "age" (an age, no date of birth) or "missed"
        int ppn = -1;         // index into ppns (match, age, missed), or
        Id existingPpnId = 0; // the recorded PPN (conflict)
        ImportRow row;
        Id candidateChildId = 0;
        QString reason;
    };
    struct NewPpn
    {
        ImportRow first; // incident details come from the reference's first row
        DashRisk risk = DashRisk::Unknown;
        QString riskText;    // as the force wrote the risk kept
        QString settingText; // the settings the rows name, as written ("; " between)
        QList<Link> links;
        Id createdId = 0;
    };

    ImportReport report;
    QList<NewPpn> ppns;
    QList<NewChild> newChildren;
    QList<Review> reviews;
    QList<Id> greenedOffMatched; // children to reopen

    bool hasWork() const { return !ppns.isEmpty() || !reviews.isEmpty(); }
    // A row as stored in the review queue (import_review.data).
    static QJsonObject rowJson(const ImportRow &row);
    static ImportRow rowFromJson(const QJsonObject &json);
};

} // namespace enc
