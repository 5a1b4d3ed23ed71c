#include "NetworkDrive.h"

#include "Dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::NetworkDrive", text);
}

// /proc/self/mounts escapes spaces and tabs as octal.
QString unescapeMount(const QString &field)
{
    QString out = field;
    out.replace(QLatin1String("\\040"), QLatin1String(" "));
    out.replace(QLatin1String("\\011"), QLatin1String("\t"));
    out.replace(QLatin1String("\\134"), QLatin1String("\\"));
    return out;
}
} // namespace

QString NetworkDrive::nameOfMagic(quint64 magic)
{
    switch (magic) {
    case 0x6969: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x517B:     // SMB_SUPER_MAGIC
    case 0xFF534D42: // CIFS_MAGIC_NUMBER
    case 0xFE534D42: // SMB2_MAGIC_NUMBER
        return QStringLiteral("SMB/CIFS");
    case 0x564C: // NCP_SUPER_MAGIC
        return QStringLiteral("NetWare");
    case 0x73757245: // CODA_SUPER_MAGIC
        return QStringLiteral("Coda");
    case 0x5346414F: // AFS_SUPER_MAGIC
    case 0x6B414653: // AFS_FS_MAGIC
        return QStringLiteral("AFS");
    case 0x01021997: // V9FS_MAGIC
        return QStringLiteral("9P");
    case 0x00C36400: // CEPH_SUPER_MAGIC
        return QStringLiteral("Ceph");
    default:
        return {};
    }
}

QString NetworkDrive::nameOfMountType(const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("nfs") || t == QLatin1String("nfs4"))
        return QStringLiteral("NFS");
    if (t == QLatin1String("cifs") || t == QLatin1String("smb3") || t == QLatin1String("smbfs") ||
        t == QLatin1String("fuse.smbnetfs"))
        return QStringLiteral("SMB/CIFS");
    if (t == QLatin1String("fuse.sshfs"))
        return QStringLiteral("SSHFS");
    if (t == QLatin1String("9p"))
        return QStringLiteral("9P");
    if (t == QLatin1String("ceph") || t == QLatin1String("fuse.ceph"))
        return QStringLiteral("Ceph");
    if (t == QLatin1String("afs") || t == QLatin1String("glusterfs") ||
        t == QLatin1String("fuse.glusterfs") || t == QLatin1String("davfs") ||
        t == QLatin1String("fuse.davfs2"))
        return type;
    return {};
}

QString NetworkDrive::mountTypeOf(const QString &absolutePath, const QString &mountsText)
{
    QString bestPoint;
    QString bestType;
    const QString path = QDir::cleanPath(absolutePath);
    for (const QString &line : mountsText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 3)
            continue;
        const QString point = QDir::cleanPath(unescapeMount(fields.at(1)));
        const bool holds = point == QLatin1String("/") || path == point ||
                           path.startsWith(point + QLatin1Char('/'));
        // The last of equal mount points wins: it is mounted over the others.
        if (holds && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = fields.at(2);
        }
    }
    return bestType;
}

bool NetworkDrive::isUncPath(const QString &path)
{
    return (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\"))) &&
           path.size() > 2 && path.at(2) != QLatin1Char('/') && path.at(2) != QLatin1Char('\\');
}

QString NetworkDrive::fileSystemOf(const QString &path)
{
    if (isUncPath(path))
        return QStringLiteral("SMB/CIFS");
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#ifdef Q_OS_LINUX
    struct statfs fs = {};
    if (::statfs(QFile::encodeName(existing).constData(), &fs) == 0) {
        const QString name = nameOfMagic(quint64(fs.f_type));
        if (!name.isEmpty())
            return name;
    }
    // FUSE mounts (sshfs, smbnetfs) share one magic number: the mount table says more.
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (mounts.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(mounts.readAll());
        return nameOfMountType(mountTypeOf(QFileInfo(existing).canonicalFilePath().isEmpty()
                                               ? existing
                                               : QFileInfo(existing).canonicalFilePath(),
                                           text));
    }
#endif
    return {};
}

QString NetworkDrive::warningFor(const QString &databasePath)
{
    // SQLite-only: a server's address is no file on a drive; several desks is what it is for.
    if (Dialect::isServerAddress(databasePath))
        return {};
    const QString kind = fileSystemOf(databasePath);
    if (kind.isEmpty())
        return {};
    return tr("The database %1 is on a network drive (%2).\n\nSQLite cannot rely on file locking "
              "over a network file system: two desks saving at once, or a dropped connection, "
              "can corrupt the database. Keep the database on a local disk of the machine that "
              "runs the tracker, and choose the network drive as the backup folder instead.")
        .arg(QDir::toNativeSeparators(databasePath), kind);
}

} // namespace enc
