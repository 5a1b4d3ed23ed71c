// A tracker moved onto a PostgreSQL server and backed up from there (issue 21, part 6): the
// office's file goes onto an empty server database with every row, id and the audit chain;
// a backup of the server is the same checked SQLite file as a backup of a file; a database
// already in use is refused and nothing changes, on the server or in the file. Server-only:
// the rows skip when no server is given (BackendDatabase.h).

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/AuditChain.h"
#include "storage/Backup.h"
#include "storage/ServerImport.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace enc;

namespace {

// Rows of every table of the tracker (the server's version table left out), by name.
QMap<QString, qint64> countsOf(const Database &db)
{
    QStringList tables;
    QSqlQuery names(db.sql());
    names.exec(Dialect::tableNamesQuery(db.backend()));
    while (names.next())
        tables << names.value(0).toString();
    QMap<QString, qint64> counts;
    for (const QString &table : std::as_const(tables)) {
        if (table == Dialect::versionTable())
            continue;
        // The names come from the database's own catalogue.
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
            counts.insert(table, q.value(0).toLongLong());
    }
    return counts;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// An office's file: demo records and a few audit entries of its own.
QString officeFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto db = Database::open(path);
    if (!db)
        return {};
    DemoOptions options;
    options.children = 40;
    options.today = QDate(2026, 12, 7);
    if (!DemoGenerator::generate(**db, options))
        return {};
    if (!Backup::setFolder(**db, dir.path()) || !Backup::setFolder(**db, {}))
        return {};
    return path;
}

} // namespace

class TestServerBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("ENCOMPASS_USER", "tester"); }

    void aFileMovesOntoTheServerAndBacksUpFromThere()
    {
        test::BackendDatabase server(test::PostgreSQLRow, test::BackendDatabase::Open::Later);
        ENC_SKIP_WITHOUT(server);
        QTemporaryDir dir;
        const QString file = officeFile(dir);
        QVERIFY(!file.isEmpty());
        QMap<QString, qint64> inFile;
        qint64 auditEntries = 0;
        {
            auto db = Database::open(file, Database::Mode::OpenExisting);
            QVERIFY(db);
            inFile = countsOf(**db);
            auditEntries = AuditChain::verify((*db)->sql()).checked;
        }
        QVERIFY(inFile.value(QStringLiteral("child")) == 40);
        QVERIFY(auditEntries >= 2);
        const QByteArray before = digest(file);

        auto moved = ServerImport::fromFile(file, server.address());
        QVERIFY2(moved, qPrintable(moved.errorText()));
        QVERIFY(moved->audit.ok);
        QCOMPARE(moved->audit.checked, auditEntries);
        for (const auto &c : moved->counts) {
            QCOMPARE(c.onServer, c.inFile);
            QCOMPARE(c.inFile, inFile.value(c.table));
        }
        QCOMPARE(digest(file), before); // only a copy of the file was read

        auto onServer = Database::open(server.address(), Database::Mode::OpenExisting);
        QVERIFY2(onServer, qPrintable(onServer.errorText()));
        Database &db = **onServer;
        QCOMPARE(countsOf(db), inFile);
        const AuditChain::Check chain = AuditChain::verify(db.sql());
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        // The server's next ids come after the copied ones.
        const qint64 lastArea =
            Sql::scalar(db.sql(), QStringLiteral("SELECT max(id) FROM area"))->toLongLong();
        auto added = Sql::scalar(
            db.sql(), QStringLiteral("INSERT INTO area (name) VALUES ('Added on the server') "
                                     "RETURNING id"));
        QVERIFY2(added, qPrintable(added.errorText()));
        QVERIFY(added->toLongLong() > lastArea);
        QVERIFY(Sql::exec(db.sql(), QStringLiteral("DELETE FROM area WHERE id = :id"),
                          {{QStringLiteral("id"), *added}}));

        // encompass-cli backup --out: the same checked SQLite file as from a file.
        const QString backup = dir.filePath(QStringLiteral("server-backup.sqlite"));
        Status written = Backup::write(db, backup);
        QVERIFY2(written, qPrintable(written.errorText()));
        auto info = Backup::inspect(backup);
        QVERIFY2(info, qPrintable(info.errorText()));
        QCOMPARE(info->schemaVersion, Database::SchemaVersion);
        QCOMPARE(info->children, 40);
        QCOMPARE(QFile::permissions(backup) & 0x0077, QFileDevice::Permissions());
        {
            auto restored = Database::open(backup, Database::Mode::OpenExisting);
            QVERIFY2(restored, qPrintable(restored.errorText()));
            QCOMPARE(countsOf(**restored), inFile);
            const AuditChain::Check copied = AuditChain::verify((*restored)->sql());
            QVERIFY2(copied.ok, qPrintable(copied.reason));
            QCOMPARE(copied.checked, auditEntries);
        }
        // Back Up Now and the day's backup: through a connection of their own, by address.
        auto now = Backup::manual(db.path(), dir.path(), QDateTime(QDate(2026, 12, 7), {10, 0}));
        QVERIFY2(now, qPrintable(now.errorText()));
        QVERIFY(Backup::inspect(now->written));

        // A backup is not laid over the server: refused, saying what to do, nothing changed.
        auto prepared = Backup::prepareRestore(backup, db.path());
        QVERIFY(!prepared);
        QVERIFY2(prepared.errorText().contains(QStringLiteral("server import-from")),
                 qPrintable(prepared.errorText()));
        QCOMPARE(countsOf(db), inFile);
    }

    void aDatabaseInUseIsRefusedAndNothingChanges()
    {
        test::BackendDatabase server(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(server);
        QVERIFY(server.db);
        QVERIFY(Sql::exec(
            server->sql(),
            QStringLiteral("INSERT INTO child (forename, surname, forename_key, "
                           "surname_key, created_at, updated_at) VALUES ('Ada', 'Shore', 'ada', "
                           "'shore', '2026-12-07', '2026-12-07')")));
        const QMap<QString, qint64> was = countsOf(*server);
        QTemporaryDir dir;
        const QString file = officeFile(dir);
        QVERIFY(!file.isEmpty());
        const QByteArray before = digest(file);

        // From the command line, as the office's IT department would run it.
        QProcess cli;
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("--db"), server.address(), QStringLiteral("server"),
                   QStringLiteral("import-from"), file});
        QVERIFY(cli.waitForFinished(120000));
        const QString said = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(said.contains(QStringLiteral("already holds a tracker's records (child: 1")),
                 qPrintable(said));
        QCOMPARE(countsOf(*server), was);
        QCOMPARE(digest(file), before);
    }

    void theCommandLinePrintsTheCountsOfEachTable()
    {
        test::BackendDatabase server(test::PostgreSQLRow, test::BackendDatabase::Open::Later);
        ENC_SKIP_WITHOUT(server);
        QTemporaryDir dir;
        const QString file = officeFile(dir);
        QVERIFY(!file.isEmpty());
        QProcess cli;
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  {QStringLiteral("--db"), server.address(), QStringLiteral("server"),
                   QStringLiteral("import-from"), file});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\bchild\\s+40\\s+40\\b"))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("the chain verifies on the server")), qPrintable(out));
        // And backed up from the server by the command line, the file checks as a tracker.
        const QString backup = dir.filePath(QStringLiteral("cli-backup.sqlite"));
        QCOMPARE(QProcess::execute(QStringLiteral(ENCOMPASS_CLI_PATH),
                                   {QStringLiteral("--db"), server.address(),
                                    QStringLiteral("backup"), QStringLiteral("--out"), backup}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral(ENCOMPASS_CLI_PATH),
                                   {QStringLiteral("--db"), backup, QStringLiteral("audit"),
                                    QStringLiteral("verify")}),
                 0);
    }
};

QTEST_MAIN(TestServerBackup)
#include "test_server_backup.moc"
