// libFuzzer entry point: any bytes offered as a backup to restore go through the same check
// as a file the user picks (SQLite header, application_id, schema version, integrity_check)
// and must give an answer, never a crash or sanitizer report.

#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace enc;
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz-restore-%1.sqlite").arg(::getpid()));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    (void)Backup::inspect(path, QStringLiteral("fuzz.sqlite"));
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}
