#pragma once

// Children's full names in free text (a chair's rationale), found as whole words with case,
// accents and spacing ignored, and written as initials instead (the minutes).

#include "domain/Records.h"

#include <QList>
#include <QString>

namespace enc {

class NamesInText
{
public:
    struct Name
    {
        Id childId = 0;
        QString forename;
        QString surname;
        QString fullName() const { return forename + QLatin1Char(' ') + surname; }
        // "AE": the minutes' way of naming a child in privacy.
        QString initials() const;
    };
    struct Hit
    {
        qsizetype start = 0; // in the text as written
        qsizetype length = 0;
        int name = 0; // index into the names searched for
    };

    NamesInText() = delete;

    // Each place (in order, not overlapping) where one of names appears in text in full.
    static QList<Hit> find(const QString &text, const QList<Name> &names);
    // text with each full name found written as its initials.
    static QString initialsFor(const QString &text, const QList<Name> &names);
};

} // namespace enc
