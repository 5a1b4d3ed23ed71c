#pragma once

// The passphrase of an encrypted backup, for the commands that write or read one (backup,
// restore, server import-from). It is never stored.

#include "Result.h"
#include "cli/CliSupport.h"

namespace enc::cli {

// The passphrase from --passphrase-file (its first line) or, on a terminal, typed in (twice
// when confirm).
Result<QString> passphrase(const Command &command, bool confirm);
// The passphrase of file when it is an encrypted backup (as passphrase() reads it), else empty.
Result<QString> passphraseToRead(const Command &command, const QString &file);
// Adds --passphrase-file to the command's options.
void addPassphraseOption(QCommandLineParser &p);

} // namespace enc::cli
