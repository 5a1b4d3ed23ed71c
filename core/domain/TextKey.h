#pragma once

#include <QString>

namespace enc {

// Folded forms of names and codes for matching and indexed search: case, accents,
// spaces, hyphens and apostrophes do not matter ("O'Brien" = "obrien", "Siân" = "sian").
class TextKey
{
public:
    // A name folded to lower-case letters and digits only.
    static QString name(const QString &text);
    // A postcode upper-cased without spaces ("ab1 2cd" -> "AB12CD").
    static QString postcode(const QString &text);
    // A police reference folded for the natural key (case and spacing ignored).
    static QString reference(const QString &text);
    // The smallest string greater than every string starting with prefix (for range scans).
    static QString prefixEnd(const QString &prefix);
};

} // namespace enc
