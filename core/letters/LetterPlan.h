#pragma once

// What a batch of letters will hold: which child and PPN go to which setting, and which
// children get no letter and why.

#include "domain/Records.h"

#include <QList>
#include <QString>

namespace enc {

// One child in a letter, with the PPN it is about (id 0 when none) and, for proforma
// letters, the proforma.
struct LetterEntry
{
    Child child;
    Ppn ppn;
    Proforma proforma;
    Id settingId = 0; // where the letter goes: the child's setting, or the proforma's
};

// A child who gets no letter, and the reason a person can act on.
struct SkippedChild
{
    Id childId = 0;
    QString reason;
};

// One letter: a setting and the children it is told about.
struct PlannedLetter
{
    Setting setting;
    QList<LetterEntry> entries;
};

struct LetterPlan
{
    QList<PlannedLetter> letters;
    QList<SkippedChild> skipped;
};

} // namespace enc
