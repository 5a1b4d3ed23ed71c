#pragma once

#include <QString>

namespace enc {

// Whether a file lives on a network file system, where SQLite's locking cannot be trusted.
class NetworkDrive
{
public:
    // The kind of network file system holding path ("NFS", "SMB/CIFS", ...); empty when the
    // file is on a local disk or the kind cannot be told.
    static QString fileSystemOf(const QString &path);
    // The warning to show when the database is on a network drive; empty when it is not.
    static QString warningFor(const QString &databasePath);

    // The pieces behind fileSystemOf, pure so they can be tested:
    // statfs' f_type (Linux) as a name, empty for local file systems.
    static QString nameOfMagic(quint64 magic);
    // A mount table's type (/proc/self/mounts: "nfs4", "cifs", "fuse.sshfs") as a name.
    static QString nameOfMountType(const QString &type);
    // The type of the longest mount point in a /proc/self/mounts text that holds path.
    static QString mountTypeOf(const QString &absolutePath, const QString &mountsText);
    // Windows UNC paths and //server/share.
    static bool isUncPath(const QString &path);
};

} // namespace enc
