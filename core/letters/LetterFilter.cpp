#include "LetterFilter.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterFilter", text);
}

template <typename T> using Codes = QList<std::pair<QString, T>>;

const Codes<DashRisk> &risks()
{
    static const Codes<DashRisk> codes = {{QStringLiteral("standard"), DashRisk::Standard},
                                          {QStringLiteral("medium"), DashRisk::Medium},
                                          {QStringLiteral("high"), DashRisk::High},
                                          {QStringLiteral("unknown"), DashRisk::Unknown}};
    return codes;
}

const Codes<PpnType> &types()
{
    static const Codes<PpnType> codes = {{QStringLiteral("domestic-abuse"), PpnType::DomesticAbuse},
                                         {QStringLiteral("missing-child"), PpnType::MissingChild}};
    return codes;
}

const Codes<Presence> &presences()
{
    static const Codes<Presence> codes = {
        {QStringLiteral("present"), Presence::Present},
        {QStringLiteral("witnessed"), Presence::Witnessed},
        {QStringLiteral("resident"), Presence::ResidentNotPresent},
        {QStringLiteral("unknown"), Presence::Unknown}};
    return codes;
}

template <typename T>
std::optional<QList<T>> fromCodes(const Codes<T> &codes, const QString &list, QString *bad)
{
    QList<T> out;
    for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = word.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        auto at = std::find_if(codes.cbegin(), codes.cend(),
                               [&](const std::pair<QString, T> &c) { return c.first == code; });
        if (at == codes.cend()) {
            if (bad)
                *bad = word.trimmed();
            return std::nullopt;
        }
        if (!out.contains(at->second))
            out.append(at->second);
    }
    if (out.isEmpty()) {
        if (bad)
            *bad = list;
        return std::nullopt;
    }
    return out;
}

template <typename T> QStringList names(const Codes<T> &codes)
{
    QStringList out;
    for (const auto &c : codes)
        out << c.first;
    return out;
}

template <typename T> bool allows(const QList<T> &chosen, T value)
{
    return chosen.isEmpty() || chosen.contains(value);
}
} // namespace

namespace LetterFilters {

Presence presenceOf(const LetterEntry &entry)
{
    for (const PpnChild &c : entry.ppn.children) {
        if (c.childId == entry.child.id)
            return c.presence;
    }
    return Presence::Unknown;
}

QList<HighRiskChild> highRisk(const QList<LetterEntry> &entries)
{
    QList<HighRiskChild> out;
    for (const LetterEntry &e : entries) {
        if (e.ppn.id != 0 && e.ppn.risk == DashRisk::High)
            out.append({e.child.fullName(), e.ppn.policeReference});
    }
    return out;
}

QString highRiskReason(const Ppn &ppn)
{
    return tr("High-risk PPN %1: Operation Encompass is not the route for high risk; make sure "
              "the MASH/Marac referral is made. No letter unless high-risk letters are chosen.")
        .arg(ppn.policeReference);
}

bool holdsHighRisk(LetterKind kind)
{
    return kind == LetterKind::Notification || kind == LetterKind::ReferralRecord;
}

FilteredEntries apply(const QList<LetterEntry> &entries, const LetterFilter &filter,
                      LetterKind kind)
{
    const bool holdHighRisk = holdsHighRisk(kind) && !filter.includeHighRisk;
    FilteredEntries out;
    QSet<Id> leftOut;
    for (const LetterEntry &e : entries) {
        const bool hasPpn = e.ppn.id != 0;
        if (filter.narrows() &&
            (!hasPpn || !allows(filter.risks, e.ppn.risk) || !allows(filter.types, e.ppn.type) ||
             !allows(filter.presences, presenceOf(e)))) {
            leftOut.insert(e.child.id);
            continue;
        }
        if (hasPpn && e.ppn.risk == DashRisk::High && holdHighRisk) {
            const bool listed =
                std::any_of(out.highRisk.cbegin(), out.highRisk.cend(),
                            [&](const SkippedChild &s) { return s.childId == e.child.id; });
            if (!listed)
                out.highRisk.append({e.child.id, highRiskReason(e.ppn)});
            continue;
        }
        out.kept.append(e);
    }
    out.leftOut = int(leftOut.size());
    return out;
}

std::optional<QList<DashRisk>> risksFromCodes(const QString &list, QString *bad)
{
    return fromCodes(risks(), list, bad);
}

std::optional<QList<PpnType>> typesFromCodes(const QString &list, QString *bad)
{
    return fromCodes(types(), list, bad);
}

std::optional<QList<Presence>> presencesFromCodes(const QString &list, QString *bad)
{
    return fromCodes(presences(), list, bad);
}

QStringList riskCodes()
{
    return names(risks());
}

QStringList typeCodes()
{
    return names(types());
}

QStringList presenceCodes()
{
    return names(presences());
}

} // namespace LetterFilters

} // namespace enc
