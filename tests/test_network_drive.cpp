// The warning for a database opened from a network drive: file systems and mount points.

#include "BackupTestSupport.h"
#include "TestSupport.h"
#include "storage/NetworkDrive.h"

#include <QTest>

using namespace enc;
using namespace enc::test::backup;

class TestNetworkDrive : public QObject
{
    Q_OBJECT

private slots:
    // ---- network drives -------------------------------------------------------------------

    void networkFileSystemsAreNamed()
    {
        QCOMPARE(NetworkDrive::nameOfMagic(0x6969), QStringLiteral("NFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0xFF534D42), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0xFE534D42), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMagic(0x517B), QStringLiteral("SMB/CIFS"));
        QVERIFY(NetworkDrive::nameOfMagic(0xEF53).isEmpty());     // ext4
        QVERIFY(NetworkDrive::nameOfMagic(0x01021994).isEmpty()); // tmpfs
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("nfs4")), QStringLiteral("NFS"));
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("cifs")), QStringLiteral("SMB/CIFS"));
        QCOMPARE(NetworkDrive::nameOfMountType(QStringLiteral("fuse.sshfs")),
                 QStringLiteral("SSHFS"));
        QVERIFY(NetworkDrive::nameOfMountType(QStringLiteral("ext4")).isEmpty());
        QVERIFY(NetworkDrive::isUncPath(QStringLiteral("//server/share/encompass.sqlite")));
        QVERIFY(NetworkDrive::isUncPath(QStringLiteral("\\\\server\\share\\encompass.sqlite")));
        QVERIFY(!NetworkDrive::isUncPath(QStringLiteral("/home/office/encompass.sqlite")));
        QVERIFY(!NetworkDrive::isUncPath(QStringLiteral("///x")));
    }

    void mountTableFindsTheLongestMountPoint()
    {
        const QString mounts = QStringLiteral("/dev/sda1 / ext4 rw,relatime 0 0\n"
                                              "//nas/office /mnt/office cifs rw,vers=3.0 0 0\n"
                                              "/dev/sdb1 /mnt/office/local ext4 rw 0 0\n"
                                              "nas:/export /srv/shared\\040drive nfs4 rw 0 0\n");
        QCOMPARE(
            NetworkDrive::mountTypeOf(QStringLiteral("/mnt/office/db/encompass.sqlite"), mounts),
            QStringLiteral("cifs"));
        QCOMPARE(
            NetworkDrive::mountTypeOf(QStringLiteral("/mnt/office/local/encompass.sqlite"), mounts),
            QStringLiteral("ext4"));
        QCOMPARE(NetworkDrive::mountTypeOf(QStringLiteral("/mnt/officex/encompass.sqlite"), mounts),
                 QStringLiteral("ext4"));
        QCOMPARE(NetworkDrive::mountTypeOf(QStringLiteral("/srv/shared drive/e.sqlite"), mounts),
                 QStringLiteral("nfs4"));
    }

    void localDatabaseHasNoWarning()
    {
        test::TempDatabase t;
        QVERIFY(NetworkDrive::fileSystemOf(t.path()).isEmpty());
        QVERIFY(NetworkDrive::warningFor(t.path()).isEmpty());
        const QString warning = NetworkDrive::warningFor(QStringLiteral("//server/share/e.sqlite"));
        QVERIFY(warning.contains(QStringLiteral("network drive")));
        QVERIFY(warning.contains(QStringLiteral("local disk")));
        QVERIFY(warning.contains(QStringLiteral("backup folder")));
    }
};

QTEST_GUILESS_MAIN(TestNetworkDrive)
#include "test_network_drive.moc"
