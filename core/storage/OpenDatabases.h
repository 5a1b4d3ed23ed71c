#pragma once

#include "Result.h"

#include <QString>

namespace enc {

// The database files this process has open through SQLite, and the guard every other file
// access checks first. On POSIX an advisory lock belongs to the process, not to the
// descriptor: opening the database (or its -wal or -shm) any other way and closing it drops
// every lock SQLite holds on it, silently, and another desk may then delete the WAL with
// committed changes in it (SQLite's "How To Corrupt An SQLite Database File", 2.2). Only this
// process's own files matter, so the list is per process, as the locks are.
class OpenDatabases
{
public:
    // Database keeps the list: a path is added when a connection is made, removed after.
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);

    // Whether path is (by name, link or inode) an open database or its -wal, -shm or
    // -journal file. Looks with stat() only: nothing is opened.
    static bool contains(const QString &path);
    // A failure naming path when contains(path), for a file chosen to read or to write.
    static Status refuse(const QString &path);
};

} // namespace enc
