// Backups sealed with a passphrase for storage off the machine (libsodium: argon2id key,
// secretstream): round trips, a wrong passphrase, tampered or truncated files.

#include "BackupTestSupport.h"
#include "TestSupport.h"
#include "storage/Backup.h"

#include <QTest>

using namespace enc;
using namespace enc::test::backup;

class TestBackupEncryption : public QObject
{
    Q_OBJECT

private slots:
private slots:
    void initTestCase() { prepareFiles(); }

    // ---- encryption -----------------------------------------------------------------------

    void encryptedRoundTrip()
    {
        test::TempDatabase t;
        addAreas(*t, 120);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain.sqlite"));
        const QString sealed = out.filePath(QStringLiteral("offsite.encbackup"));
        writeSealed(*t, plain, sealed);
        QVERIFY(ownerOnly(sealed));
        QVERIFY(EncryptedBackup::looksEncrypted(sealed));
        QVERIFY(!EncryptedBackup::looksEncrypted(plain));
        // Nothing of the data is readable in the sealed file.
        QFile f(sealed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("Area 1"));
        QVERIFY(!bytes.contains(Pass.toUtf8()));

        const QString back = out.filePath(QStringLiteral("back.sqlite"));
        QVERIFY(EncryptedBackup::decryptFile(sealed, back, Pass));
        QVERIFY(ownerOnly(back));
        QFile a(plain), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // Restore straight from the sealed file.
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area")));
        auto prepared = Backup::prepareRestore(sealed, t.path(), Pass);
        QVERIFY2(prepared, qPrintable(prepared.errorText()));
        QVERIFY(prepared->encrypted);
        QVERIFY(Backup::restore(*t, *prepared, QDateTime::currentDateTime()));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 120);
    }

    void emptyAndChunkSizedFilesRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 65535, 65536, 65537, 3 * 65536})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void emptyAndChunkSizedFilesRoundTrip()
    {
        QFETCH(int, size);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("p"));
        QByteArray data(size, '\0');
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 7 + i / 251);
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const QString sealed = out.filePath(QStringLiteral("s"));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        const QString back = out.filePath(QStringLiteral("b"));
        QVERIFY(EncryptedBackup::decryptFile(sealed, back, Pass));
        QFile r(back);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll(), data);
    }

    void wrongPassphraseFailsCleanly()
    {
        test::TempDatabase t;
        addAreas(*t, 10);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain.sqlite"));
        const QString sealed = out.filePath(QStringLiteral("offsite.encbackup"));
        writeSealed(*t, plain, sealed);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM area WHERE id > 5")));
        const QStringList before = dirEntries(t.dir.path());
        auto prepared =
            Backup::prepareRestore(sealed, t.path(), QStringLiteral("Correct horse battery"));
        QVERIFY(!prepared);
        QVERIFY2(prepared.errorText().contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(prepared.errorText()));
        QVERIFY(prepared.errorText().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(dirEntries(t.dir.path()), before);
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM area")), 5);
        // No passphrase at all is asked for by name.
        auto none = Backup::prepareRestore(sealed, t.path());
        QVERIFY(!none);
        QCOMPARE(none.error().field, QStringLiteral("passphrase"));
        // Decrypting to a file leaves nothing behind either.
        const QString back = out.filePath(QStringLiteral("back.sqlite"));
        QVERIFY(!EncryptedBackup::decryptFile(sealed, back, QStringLiteral("wrong passphrase")));
        QVERIFY(!QFile::exists(back));
        QCOMPARE(dirEntries(out.path()).size(), 2);
    }

    void tamperedOrTruncatedFileFails_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("byte in the data") << "data"
                                          << "damaged or has been changed";
        QTest::newRow("byte in the last chunk") << "last"
                                                << "damaged or has been changed";
        QTest::newRow("salt") << "salt"
                              << "passphrase is wrong";
        QTest::newRow("stream header") << "stream"
                                       << "passphrase is wrong";
        QTest::newRow("key settings") << "ops"
                                      << "passphrase is wrong";
        QTest::newRow("huge memory asked") << "mem"
                                           << "key settings out of range";
        QTest::newRow("chunk length") << "length"
                                      << "impossible length";
        QTest::newRow("truncated") << "truncate"
                                   << "incomplete";
        QTest::newRow("last chunk dropped") << "droplast"
                                            << "incomplete";
        QTest::newRow("header only") << "header"
                                     << "incomplete";
        QTest::newRow("magic only") << "magic"
                                    << "incomplete";
        QTest::newRow("appended") << "append"
                                  << "data after the end";
        QTest::newRow("newer format") << "version"
                                      << "newer version";
        QTest::newRow("not encrypted") << "plain"
                                       << "not an encrypted";
    }

    void tamperedOrTruncatedFileFails()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("plain"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(200000, 'x'));
        }
        const QString sealed = out.filePath(QStringLiteral("sealed"));
        QVERIFY(EncryptedBackup::encryptFile(plain, sealed, Pass, Quick));
        QFile f(sealed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // 104-byte header; chunks of 4 + 65536 + 17 bytes.
        const int header = 104;
        const int chunk = 4 + 65536 + 17;
        if (change == QLatin1String("data"))
            bytes[header + chunk + 1000] = char(bytes[header + chunk + 1000] ^ 1);
        else if (change == QLatin1String("last"))
            bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x40);
        else if (change == QLatin1String("salt"))
            bytes[40] = char(bytes[40] ^ 1);
        else if (change == QLatin1String("stream"))
            bytes[60] = char(bytes[60] ^ 1);
        else if (change == QLatin1String("ops"))
            bytes[16] = char(bytes[16] + 1);
        else if (change == QLatin1String("mem"))
            bytes[31] = char(0x7f);
        else if (change == QLatin1String("length"))
            bytes[header + 2] = char(0x7f);
        else if (change == QLatin1String("truncate"))
            bytes.chop(5000);
        else if (change == QLatin1String("droplast"))
            bytes.truncate(header + 3 * chunk);
        else if (change == QLatin1String("header"))
            bytes.truncate(header);
        else if (change == QLatin1String("magic"))
            bytes.truncate(8);
        else if (change == QLatin1String("append"))
            bytes.append("more");
        else if (change == QLatin1String("version"))
            bytes[8] = 2;
        else if (change == QLatin1String("plain"))
            bytes = QByteArray("SQLite format 3") + QByteArray(200, '\0');
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString back = out.filePath(QStringLiteral("back"));
        Status s = EncryptedBackup::decryptFile(sealed, back, Pass);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(message), qPrintable(s.errorText()));
        QVERIFY(!QFile::exists(back));
        QCOMPARE(dirEntries(out.path()).size(), 2);
    }

    void shortPassphraseRefused()
    {
        QTemporaryDir out;
        const QString plain = out.filePath(QStringLiteral("p"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Status s = EncryptedBackup::encryptFile(plain, out.filePath(QStringLiteral("s")),
                                                QStringLiteral("short"), Quick);
        QVERIFY(!s);
        QVERIFY(s.errorText().contains(QStringLiteral("at least 8 characters")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("s"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupEncryption)
#include "test_backup_encryption.moc"
