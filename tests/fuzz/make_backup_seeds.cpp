// Writes seed inputs for fuzz_backup_reader: small files sealed with the fuzz target's
// passphrase at libsodium's lowest key cost. Usage: make_backup_seeds OUTDIR

#include "storage/EncryptedBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const enc::EncryptedBackup::Cost cost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    int n = 0;
    for (int size : {0, 1, 100, 65536, 70000}) {
        const QString plain = out.filePath(QStringLiteral("plain.tmp"));
        QFile f(plain);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        QByteArray data(size, 'a');
        for (int i = 0; i < size; ++i)
            data[i] = char('a' + i % 26);
        f.write(data);
        f.close();
        const QString sealed = out.filePath(QStringLiteral("seed-%1.encbackup").arg(n++));
        QFile::remove(sealed);
        if (!enc::EncryptedBackup::encryptFile(plain, sealed, QStringLiteral("fuzzing passphrase"),
                                               cost))
            return 1;
        QFile::remove(plain);
    }
    return 0;
}
