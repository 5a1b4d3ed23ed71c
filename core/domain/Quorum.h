#pragma once

// Whether a meeting is quorate: enough of the expected members (or their deputies) attend.

#include "domain/Records.h"

#include <QList>
#include <QString>

namespace enc {

struct QuorumResult
{
    int expected = 0;  // members expected at the meeting
    int attending = 0; // expected members present in person or by deputy
    int needed = 0;    // attending members required: ceil(expected * percent / 100)
    bool quorate = false;
};

class Quorum
{
public:
    Quorum() = delete;

    // Counts expected members present or deputised; members not expected count nowhere.
    static QuorumResult evaluate(const QList<Attendance> &attendance, int percent = 75);
    // A sentence for the meeting screen, e.g. "Quorate: 6 of 8 members (75%)".
    static QString describe(const QuorumResult &result);
};

} // namespace enc
