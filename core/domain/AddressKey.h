#pragma once

#include <QString>
#include <QStringList>

namespace enc {

// A home address folded for comparing two records of it: case, punctuation, spacing, the
// usual street abbreviations do not matter, and the postcode is compared apart ("12 OAK RD
// READING RG1 2AB" is "12 Oak Road, Reading" at "RG12AB"). Flats and house numbers do.
struct AddressKey
{
    QString line;     // the first line, folded: "flat 2 12 oak rd"
    QStringList rest; // the words after it (locality, town), folded
    QString postcode; // TextKey::postcode form: the postcode given, else one ending the address

    // The key of an address as written, with its postcode when held apart (may be empty).
    static AddressKey of(const QString &address, const QString &postcode = {});
    // The first word of the first line of an address, as of() folds it: a cheap test before
    // of() when comparing one home against many addresses.
    static QString firstWord(const QString &address);
    bool isEmpty() const { return line.isEmpty(); }
    // The same home: the same first line, and the same postcode where both have one; without
    // one, no town that the other does not name too.
    bool sameHome(const AddressKey &other) const;
};

} // namespace enc
