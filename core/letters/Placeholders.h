#pragma once

// The allow-list of what a letter may show (DOMAIN.md, "Proportionate notification"). A
// template is checked against it when saved; the renderer has values for nothing else.

#include "LetterKind.h"
#include "Result.h"

#include <QStringList>

namespace enc {

class Options;

// Which optional fields the office shares (office settings letters.include_*).
struct LetterFieldOptions
{
    bool includeAge = false;
    bool includeHomeAddress = false;
    bool includeIncidentAddress = false;

    static LetterFieldOptions fromOptions(const Options &options);
};

class Placeholders
{
public:
    Placeholders() = delete;

    // Fields of one child, used between {children} and {/children}.
    static QStringList childFields(LetterKind kind);
    // Child fields the office may switch on: age, home address, incident address.
    static QStringList optionalFields();
    // Fields of the letter as a whole: setting, office, today.
    static QStringList letterFields();
    // Conditions of the letter as a whole, used only as {if name}...{/if}: every child's
    // notification is domestic abuse, every one a missing child, or the letter holds both.
    static QStringList conditionFields();
    // The office setting that switches an optional field on ("letters.include_age").
    static QString optionKey(const QString &field);
    // True when the field is an optional one switched on, or not optional.
    static bool enabled(const QString &field, const LetterFieldOptions &options);

    // Checks a template: only allowed placeholders, child fields inside {children},
    // optional fields only when enabled (or inside {if field}), blocks balanced. The error
    // names the first offending placeholder.
    static Status validate(const QString &body, LetterKind kind, const LetterFieldOptions &options);
    // The child data a letter from this template discloses, for the disclosure log. condition:
    // the one of conditionFields() the letter meets (LetterContent::condition); the blocks of
    // the others disclose nothing. Empty: every block counts.
    static QStringList disclosedFields(const QString &body, LetterKind kind,
                                       const LetterFieldOptions &options,
                                       const QString &condition = {});
};

} // namespace enc
