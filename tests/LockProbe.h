#pragma once

// What the kernel says about SQLite's locks on a database, for the lock tests. On POSIX the
// locks belong to a process: another process asks with fcntl(F_GETLK) (a process never sees
// its own locks that way), and /proc/locks lists every process's.

#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace enc::test {

// SQLite's lock bytes (os_unix.c, wal.c): a connection to a WAL database holds a read lock on
// the database's shared range for as long as it is open, and one on the -shm's "dead man
// switch" byte; a closing connection that can lock either exclusively believes it is the last
// and checkpoints and deletes the WAL.
constexpr qint64 SharedFirst = 0x40000000 + 2;
constexpr qint64 SharedSize = 510;
constexpr qint64 ShmDeadManSwitch = 120 + 8;

// The pid of a process (not this one) holding a lock that stops a write lock on
// [start, start + length) of path; 0 when none does, -1 when the file cannot be asked.
inline qint64 lockHolder(const QString &path, qint64 start, qint64 length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return -1;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const int rc = ::fcntl(fd, F_GETLK, &probe);
    ::close(fd);
    if (rc != 0)
        return -1;
    return probe.l_type == F_UNLCK ? 0 : qint64(probe.l_pid);
}

// How many POSIX locks /proc/locks shows process pid holding on path.
inline int locksHeldBy(qint64 pid, const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return 0;
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino)) + ' ';
    const QByteArray owner = ' ' + QByteArray::number(pid) + ' ';
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n'))
        held += line.contains("POSIX") && line.contains(owner) && line.contains(inode);
    return held;
}

} // namespace enc::test
