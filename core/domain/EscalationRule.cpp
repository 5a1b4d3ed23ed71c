#include "domain/EscalationRule.h"

#include <QVarLengthArray>

#include <algorithm>

namespace enc {

namespace {

bool byDateThenId(const PpnDate &a, const PpnDate &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return a.ppnId < b.ppnId;
}

// True when some ppnId other than 0 appears more than once.
bool hasRepeatedIds(const QList<PpnDate> &ppns)
{
    QVarLengthArray<Id, 32> ids;
    for (const PpnDate &p : ppns) {
        if (p.ppnId != 0)
            ids.append(p.ppnId);
    }
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

// Drops repeated ppnIds from a list sorted by date then id, keeping each id's earliest date.
void dropRepeatedIds(QList<PpnDate> &ppns)
{
    if (ppns.size() < 2 || !hasRepeatedIds(ppns))
        return;
    std::stable_sort(ppns.begin(), ppns.end(),
                     [](const PpnDate &a, const PpnDate &b) { return a.ppnId < b.ppnId; });
    const auto last = std::unique(ppns.begin(), ppns.end(), [](const PpnDate &a, const PpnDate &b) {
        return a.ppnId != 0 && a.ppnId == b.ppnId;
    });
    ppns.erase(last, ppns.end());
    std::sort(ppns.begin(), ppns.end(), byDateThenId);
}

} // namespace

EscalationResult EscalationRule::evaluate(QList<PpnDate> ppns, QDate asOf,
                                          const EscalationConfig &cfg)
{
    EscalationResult result;
    if (!asOf.isValid())
        return result;
    const int threshold = std::max(1, cfg.threshold);
    const int months = std::max(0, cfg.windowMonths);

    ppns.removeIf([asOf, &cfg](const PpnDate &p) {
        return !p.date.isValid() || p.date > asOf || (p.missingChild && !cfg.countMissing);
    });
    std::sort(ppns.begin(), ppns.end(), byDateThenId);
    dropRepeatedIds(ppns);

    const qsizetype n = ppns.size();
    const QDate currentStart = asOf.addMonths(-months);

    // Two pointers: windows end on each distinct PPN date; d.addMonths(-W) never decreases as
    // d increases, so the first PPN inside the window only moves forward.
    qsizetype first = 0;
    bool inEpisode = false;
    QDate episodeStart;
    qsizetype lastFirst = -1; // the latest triggering window, [lastFirst, lastEnd]
    qsizetype lastEnd = -1;
    for (qsizetype j = 0; j < n; ++j) {
        if (j + 1 < n && ppns[j + 1].date == ppns[j].date)
            continue; // count a date once, with all its PPNs
        const QDate end = ppns[j].date;
        const QDate start = end.addMonths(-months);
        while (ppns[first].date < start)
            ++first;
        const int count = static_cast<int>(j - first + 1);
        result.maxInWindow = std::max(result.maxInWindow, count);
        if (count >= threshold) {
            if (!inEpisode)
                episodeStart = end;
            inEpisode = true;
            lastFirst = first;
            lastEnd = j;
            result.triggeredOn = episodeStart;
        } else {
            inEpisode = false;
        }
    }

    for (qsizetype i = n - 1; i >= 0 && ppns[i].date >= currentStart; --i)
        ++result.inCurrentWindow;

    result.triggered = lastEnd >= 0;
    if (result.triggered) {
        result.triggering = ppns.mid(lastFirst, lastEnd - lastFirst + 1);
        result.active = ppns[lastEnd].date >= currentStart;
    }
    result.nearMiss = !result.active && threshold >= 2 && result.inCurrentWindow == threshold - 1;
    return result;
}

} // namespace enc
