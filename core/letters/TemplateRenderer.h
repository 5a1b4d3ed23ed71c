#pragma once

#include "LetterValues.h"

#include <QString>

namespace enc {

// Fills a template in one pass: each value is inserted as escaped text, so a name holding
// "<", "&" or "{child.name}" prints literally and is never substituted again.
class TemplateRenderer
{
public:
    TemplateRenderer() = delete;

    // The HTML of the letter. Placeholders without a value print nothing.
    static QString render(const QString &body, const LetterValues &values);
    // A value as HTML text (escaped; line breaks kept).
    static QString escape(const QString &value);
};

} // namespace enc
