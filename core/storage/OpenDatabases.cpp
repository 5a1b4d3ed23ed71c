#include "OpenDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace enc {

namespace {

QMutex s_mutex;
// Absolute path -> connections open on it (a desk's own and its workers').
QHash<QString, int> s_open;

const char *const SideFiles[] = {"", "-wal", "-shm", "-journal"};

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    // stat() follows links and sees hard links: the inode decides, as it does for the locks.
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#else
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca.compare(QFileInfo(b).canonicalFilePath(), Qt::CaseInsensitive) == 0;
#endif
}

} // namespace

void OpenDatabases::add(const QString &databasePath)
{
    const QMutexLocker lock(&s_mutex);
    ++s_open[QFileInfo(databasePath).absoluteFilePath()];
}

void OpenDatabases::remove(const QString &databasePath)
{
    const QMutexLocker lock(&s_mutex);
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    if (--s_open[key] <= 0)
        s_open.remove(key);
}

bool OpenDatabases::contains(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QMutexLocker lock(&s_mutex);
    for (auto it = s_open.cbegin(); it != s_open.cend(); ++it) {
        for (const char *suffix : SideFiles) {
            if (sameFile(path, it.key() + QLatin1String(suffix)))
                return true;
        }
    }
    return false;
}

Status OpenDatabases::refuse(const QString &path)
{
    if (!contains(path))
        return {};
    return Status::failure(
        QCoreApplication::translate("enc::OpenDatabases",
                                    "%1 is the tracker's own database (or one of its working "
                                    "files), which is open: it cannot be used here. Choose "
                                    "another file.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace enc
