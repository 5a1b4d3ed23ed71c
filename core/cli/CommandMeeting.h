#pragma once

// The "meeting" subcommand (CommandMeeting.cpp), apart from Commands.h so that adding it left
// the other commands unchanged.

#include "cli/CliSupport.h"

namespace enc::cli {

// A meeting's record: "meeting create|apologies|chair|notes|show".
int runMeeting(Context &context, const QStringList &args);

} // namespace enc::cli
