#pragma once

#include "LetterKind.h"
#include "LetterPlan.h"
#include "LetterValues.h"
#include "OfficeDetails.h"
#include "Placeholders.h"

#include <QDate>

namespace enc {

// The values of one letter. This is the only place that reads a child's or PPN's data for a
// letter, and it reads only the allow-listed fields: never risk, other parties or what
// happened.
class LetterContent
{
public:
    LetterContent() = delete;

    static LetterValues valuesFor(const PlannedLetter &letter, const OfficeDetails &office,
                                  const LetterFieldOptions &options, QDate today);
    // The condition the letter meets (Placeholders::conditionFields()): its children's
    // notifications all domestic abuse (or no PPN: the usual letter), all a missing child, or
    // some of each.
    static QString condition(const PlannedLetter &letter);
};

} // namespace enc
