// libFuzzer entry point: any bytes through the encrypted-backup reader must give the
// plaintext or a clear error, never a crash, hang, huge allocation or sanitizer report.
// Seeds (tests/fuzz/make_backup_seeds) are real encrypted backups sealed with the passphrase
// below at libsodium's lowest key cost, so mutations reach the chunk reader past the key check.

#include "storage/EncryptedBackup.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace enc;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The reader accepts key settings up to 1 GiB; deriving such a key on every input would
    // only measure argon2. Inputs asking for more than 64 KiB stop after the header checks.
    if (size >= 32) {
        quint64 mem = 0;
        std::memcpy(&mem, data + 24, sizeof mem);
        quint64 ops = 0;
        std::memcpy(&ops, data + 16, sizeof ops);
        if (mem > 64 * 1024 || ops > 3)
            return 0;
    }
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    qint64 total = 0;
    (void)EncryptedBackup::decrypt(
        in, QStringLiteral("fuzzing passphrase"),
        [&total](const QByteArray &chunk) {
            total += chunk.size();
            return true;
        },
        QStringLiteral("fuzz.encbackup"));
    return 0;
}
