#pragma once

#include "Result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace enc {

// Files holding the tracker's data (backups, copies): created readable by their owner only
// from the first byte, written beside their target and renamed into place when complete.
class PrivateFile
{
public:
    // Creates a new file (refused when it exists) with owner-only permissions, open for writing.
    static Result<std::unique_ptr<QFile>> create(const QString &path);
    // A new, unused name beside target for writing before the rename.
    static QString partialPath(const QString &target);
    // Flushes the file to disk (fsync) and closes it.
    static Status syncAndClose(QFile &file);
    // Renames from over to (replacing it) on the same file system.
    static Status replace(const QString &from, const QString &to);
    // Permissions for owner-only files.
    static QFileDevice::Permissions ownerOnly()
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }
};

} // namespace enc
