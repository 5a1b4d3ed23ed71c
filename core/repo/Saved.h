#pragma once

#include "domain/Records.h"

#include <QStringList>

namespace enc {

// What a successful write returns: the record's id and any warnings to show
// (e.g. a child outside the age band), which never block the write.
struct Saved
{
    Id id = 0;
    QStringList warnings;
};

} // namespace enc
