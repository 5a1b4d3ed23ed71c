#pragma once

// The labelled rows of the matching benchmark: children on the tracker, and police rows that
// are one of them written differently or another child who looks like one. Synthetic and
// deterministic: the same seed gives the same rows on every machine.

#include "import/ImportRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bench {

struct TrackerChild
{
    QString forename;
    QString surname;
    QDate dateOfBirth;
    QString address;
    QString postcode;
};

struct MatchCase
{
    QString kind;   // how the row was made ("typo in forename", "twin not on the tracker"...)
    int child = -1; // the tracker child the row is (index into tracker), or -1 for another child
    enc::ImportRow row;
};

struct MatchCases
{
    QList<TrackerChild> tracker;
    QList<MatchCase> rows;
};

// children on the tracker (in households, with twins and double-barrelled surnames) and rows
// incoming rows, all born in the six years before today.
MatchCases makeMatchCases(quint64 seed, int children, int rows, QDate today);

} // namespace bench
