#pragma once

// Helpers shared by the backup tests (test_backup, test_backup_rotation,
// test_backup_encryption).

#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/Sql.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

namespace enc::test::backup {

// Fast key derivation for the tests; the format and the checks are the same.
inline const EncryptedBackup::Cost Quick{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
inline const QString Pass = QStringLiteral("correct horse battery");

inline bool ownerOnly(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 0777) == 0600;
}

inline void addAreas(Database &db, int count, const QString &prefix = QStringLiteral("Area"))
{
    QVERIFY(db.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            if (Status s =
                    Sql::exec(db.sql(), QStringLiteral("INSERT INTO area (name) VALUES (:n)"),
                              {{QStringLiteral("n"), QStringLiteral("%1 %2").arg(prefix).arg(i)}});
                !s)
                return s;
        }
        return {};
    }));
}

inline qint64 count(const Database &db, const QString &sql)
{
    auto v = Sql::scalar(db.sql(), sql);
    return v ? v->toLongLong() : -1;
}

inline QStringList areaNames(const QString &path)
{
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return {db.errorText()};
    QStringList names;
    auto q = Sql::run((*db)->sql(), QStringLiteral("SELECT name FROM area ORDER BY id"));
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

inline QStringList dirEntries(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline QStringList names(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate &d : dates)
        out << BackupRotation::dailyName(d);
    return out;
}

// For initTestCase: the usual umask (a file created without care would be readable by
// everyone) and libsodium ready.
inline void prepareFiles()
{
    ::umask(022);
    QVERIFY(sodium_init() >= 0);
}

// A plain backup of db at plain, and the same sealed with Pass at sealed.
inline void writeSealed(Database &db, const QString &plain, const QString &sealed)
{
    QVERIFY(Backup::write(db, plain));
    QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
}

} // namespace enc::test::backup
