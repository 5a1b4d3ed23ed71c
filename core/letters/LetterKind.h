#pragma once

// The documents the office sends to settings from templates.

#include <QList>
#include <QString>

#include <optional>

namespace enc {

enum class LetterKind
{
    Notification,    // Operation Encompass notification to the DSL
    ReferralRecord,  // record of referral form
    ProformaRequest, // proforma with the Early Help Assessment and Reducing Parental Conflict offer
    ProformaChase    // chasing letter for overdue proformas
};

class LetterKinds
{
public:
    LetterKinds() = delete;

    static QList<LetterKind> all();
    // Stable code stored in letter_template.kind and typed on the command line.
    static QString code(LetterKind kind);
    static std::optional<LetterKind> fromCode(const QString &code);
    // The name a person reads ("Notification letter").
    static QString label(LetterKind kind);
    // The default template in the resources.
    static QString resourcePath(LetterKind kind);
    // The disclosure log's kind for a document of this kind.
    static QString disclosureKind(LetterKind kind);
};

} // namespace enc
