#pragma once

// Which of the selected children get a letter: by the PPN's DASH risk, its type and the
// child's presence at the incident. A high-risk PPN is never written about unless asked for:
// Operation Encompass is not the route for high risk (the MASH/Marac referral is).

#include "LetterKind.h"
#include "LetterPlan.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace enc {

struct LetterFilter
{
    QList<DashRisk> risks;        // empty: any risk
    QList<PpnType> types;         // empty: any type
    QList<Presence> presences;    // empty: any presence
    bool includeHighRisk = false; // letters about a high-risk PPN are written only when set

    bool narrows() const { return !risks.isEmpty() || !types.isEmpty() || !presences.isEmpty(); }
};

// A child on a high-risk PPN, as the letters page flags them.
struct HighRiskChild
{
    QString child; // full name
    QString policeReference;
};

// The entries a filter keeps, the children held back for a high-risk PPN (with the reason to
// show), and how many children the risk, type and presence choices left out.
struct FilteredEntries
{
    QList<LetterEntry> kept;
    QList<SkippedChild> highRisk;
    int leftOut = 0;
};

namespace LetterFilters {

// Whether a document of this kind is held back for a high-risk PPN: the notification and the
// record of referral are; a proforma's request or chase follows the meeting's decision and
// goes whatever the risk.
bool holdsHighRisk(LetterKind kind);
FilteredEntries apply(const QList<LetterEntry> &entries, const LetterFilter &filter,
                      LetterKind kind);
// The child's presence on the entry's PPN (Unknown when the PPN does not name them).
Presence presenceOf(const LetterEntry &entry);
// The children among the entries whose PPN is high risk.
QList<HighRiskChild> highRisk(const QList<LetterEntry> &entries);
// Why a high-risk PPN's letter was held back, naming the police reference.
QString highRiskReason(const Ppn &ppn);

// Codes on the command line: standard, medium, high, unknown; domestic-abuse, missing-child;
// present, witnessed, resident, unknown. A comma-separated list; nullopt names a bad word.
std::optional<QList<DashRisk>> risksFromCodes(const QString &list, QString *bad);
std::optional<QList<PpnType>> typesFromCodes(const QString &list, QString *bad);
std::optional<QList<Presence>> presencesFromCodes(const QString &list, QString *bad);
QStringList riskCodes();
QStringList typeCodes();
QStringList presenceCodes();

} // namespace LetterFilters

} // namespace enc
