// encompass-cli letters, a real batch on a demo database, killed with SIGKILL at random moments
// over and over. After every kill, before anything opens the database again, every letter file
// in the folder has its entry in the disclosure log (and the bytes it logged). After the next
// start of encompass-cli (which finishes or removes what the kill left), every entry of the batch
// has its file, no hidden staging folder and no batch record is left, and the audit trail says what
// was done. ENCOMPASS_LETTER_CRASH_TRIALS and ENCOMPASS_LETTER_CRASH_SEED change the kills (21,
// seed 1).

#include "TestSupport.h"
#include "storage/Sha256.h"
#include "storage/Sql.h"
#include "storage/StagedFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace enc;

namespace {

// Where a kill landed, from what it left behind.
enum Landed
{
    Finished,      // the run ended before the kill
    BeforeStaging, // no batch recorded
    Staged,        // a batch recorded, not logged: its files must go
    Logged,        // a batch logged, not all moved: its files must come in
    LandedCount
};

struct Figures
{
    int trials = 0;
    int landed[LandedCount] = {};
    int unloggedFiles = 0; // letter files in the folder with no log entry (must stay 0)
    int filesMissing = 0;  // log entries with no file after recovery (must stay 0)
    int movedByRecovery = 0;
    int removedByRecovery = 0;
    int recoveryNotes = 0; // runs of encompass-cli that said what they finished or removed
};

} // namespace

class TestLettersCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedLettersLeaveNothingUnlogged();

private:
    QProcess *startLetters(const QString &out);
    QStringList visibleFiles() const;
    bool stagingExists() const;
    // The log's file names and SHA-256 and the batch records, read without opening the
    // database the program's way (which would recover at once).
    void readRaw(QHash<QString, QString> *logged, int *batches, bool *anyLogged) const;
    void check(int trial, bool killed, Figures &f);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out;
    qint64 m_fullMs = 0;
    qint64 m_stageMs = 0;
    int m_lettersPerRun = 0;
    qint64 m_auditSeen = 0; // the last audit entry counted
};

QProcess *TestLettersCrash::startLetters(const QString &out)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p->setProcessEnvironment(env);
    // Every proforma chase of the demo, one letter per child, sent again each time.
    p->start(QStringLiteral(ENCOMPASS_CLI_PATH),
             {QStringLiteral("--db"), m_db, QStringLiteral("letters"),
              QStringLiteral("--overdue-proformas"), QStringLiteral("--kind"),
              QStringLiteral("proforma-chase"), QStringLiteral("--per-child"),
              QStringLiteral("--today"), QStringLiteral("2031-01-06"), QStringLiteral("--again"),
              QStringLiteral("--out"), out});
    return p;
}

QStringList TestLettersCrash::visibleFiles() const
{
    return QDir(m_out).entryList(QDir::Files);
}

bool TestLettersCrash::stagingExists() const
{
    return !QDir(m_out)
                .entryList({StagedFiles::stagingPrefix() + QLatin1Char('*')},
                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty();
}

void TestLettersCrash::readRaw(QHash<QString, QString> *logged, int *batches, bool *anyLogged) const
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT file_name, sha256 FROM disclosure")));
        while (q.next())
            logged->insert(q.value(0).toString(), q.value(1).toString());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), COALESCE(MAX(instr(value, "
                                      "'\"logged\":true') > 0), 0) FROM config WHERE key LIKE "
                                      "'letters.staged.%'")));
        QVERIFY(q.next());
        *batches = q.value(0).toInt();
        *anyLogged = q.value(1).toInt() == 1;
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLettersCrash::initTestCase()
{
    qputenv("ENCOMPASS_USER", "tester");
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_out = m_dir.filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(m_out));
    QProcess demo;
    demo.start(QStringLiteral(ENCOMPASS_CLI_PATH),
               {QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--children"),
                QStringLiteral("1500"), QStringLiteral("--today"), QStringLiteral("2030-12-31")});
    QVERIFY(demo.waitForFinished(300000));
    QCOMPARE(demo.exitCode(), 0);

    // One run left alone: how long it takes here, and when its staging folder appears, so that
    // kills land before, during and after the files are written and logged.
    QElapsedTimer clock;
    clock.start();
    QProcess *p = startLetters(m_out);
    while (!p->waitForFinished(2)) {
        if (m_stageMs == 0 && stagingExists())
            m_stageMs = clock.elapsed();
    }
    m_fullMs = clock.elapsed();
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    m_lettersPerRun = int(visibleFiles().size());
    QVERIFY2(m_lettersPerRun >= 50, qPrintable(QString::number(m_lettersPerRun)));
    qInfo("one run: %d letters in %lld ms (staging from %lld ms)", m_lettersPerRun, m_fullMs,
          m_stageMs);
}

void TestLettersCrash::check(int trial, bool killed, Figures &f)
{
    // What the kill left, before anything recovers it: no letter without its log entry.
    QHash<QString, QString> logged;
    int batches = 0;
    bool anyLogged = false;
    readRaw(&logged, &batches, &anyLogged);
    const QDir out(m_out);
    const QStringList files = visibleFiles();
    for (const QString &name : files) {
        const QString path = out.filePath(name);
        if (!logged.contains(path)) {
            ++f.unloggedFiles;
            qWarning("trial %d: %s is in the folder but not in the disclosure log", trial,
                     qPrintable(name));
        }
    }
    f.landed[!killed ? Finished : batches == 0 ? BeforeStaging : anyLogged ? Logged : Staged]++;

    // The next start of encompass-cli (any command) finishes or removes it.
    QProcess next;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    next.setProcessEnvironment(env);
    next.start(QStringLiteral(ENCOMPASS_CLI_PATH),
               {QStringLiteral("--db"), m_db, QStringLiteral("check")});
    QVERIFY(next.waitForFinished(120000));
    if (next.readAllStandardError().contains("before a stop"))
        ++f.recoveryNotes;
    auto db = Database::open(m_db);
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    QVERIFY2((*db)->integrityProblems().isEmpty(), "integrity_check after a kill");
    auto left = Sql::scalar((*db)->sql(), QStringLiteral("SELECT count(*) FROM config WHERE key "
                                                         "LIKE 'letters.staged.%'"));
    QVERIFY2(left.ok(), qPrintable(left.errorText()));
    QCOMPARE(left->toInt(), 0);
    auto q = Sql::run((*db)->sql(), QStringLiteral("SELECT file_name, sha256 FROM disclosure"));
    QVERIFY(q.ok());
    QHash<QString, QString> after;
    while (q->next())
        after.insert(q->value(0).toString(), q->value(1).toString());
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!QFile::exists(it.key())) {
            ++f.filesMissing;
            qWarning("trial %d: %s is logged but not in the folder", trial, qPrintable(it.key()));
        } else if (!logged.contains(it.key())) {
            // Logged by this trial: the file holds exactly the bytes the log names.
            QFile file(it.key());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(Sha256::hash(file.readAll()).toHex()), it.value());
        }
    }
    for (const QString &name : visibleFiles()) {
        if (!after.contains(out.filePath(name)))
            ++f.unloggedFiles;
    }
    QVERIFY2(!stagingExists(), "a staging folder was left after recovery");
    auto audit = Sql::run((*db)->sql(),
                          QStringLiteral("SELECT action, after FROM audit WHERE entity = "
                                         "'letter_batch' AND id > :seen"),
                          {{QStringLiteral("seen"), m_auditSeen}});
    QVERIFY(audit.ok());
    while (audit->next()) {
        const QJsonObject o = QJsonDocument::fromJson(audit->value(1).toByteArray()).object();
        f.movedByRecovery += o.value(QStringLiteral("moved")).toInt();
        f.removedByRecovery += o.value(QStringLiteral("removed")).toInt();
    }
    m_auditSeen =
        Sql::scalar((*db)->sql(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit"))
            ->toLongLong();
}

void TestLettersCrash::killedLettersLeaveNothingUnlogged()
{
    const int trials = qEnvironmentVariableIsSet("ENCOMPASS_LETTER_CRASH_TRIALS")
                           ? qEnvironmentVariableIntValue("ENCOMPASS_LETTER_CRASH_TRIALS")
                           : 21;
    const quint32 seed = qEnvironmentVariableIsSet("ENCOMPASS_LETTER_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ENCOMPASS_LETTER_CRASH_SEED"))
                             : 1u;
    QRandomGenerator random(seed);
    Figures f;
    QElapsedTimer wall;
    wall.start();
    for (int trial = 0; trial < trials; ++trial) {
        const int before = int(visibleFiles().size());
        QProcess *p = startLetters(m_out);
        QVERIFY(p->waitForStarted(30000));
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        // Three ways to choose the moment, in turn: any time in the run; any time once the
        // batch is being staged; as soon as the first letter is moved in (after the commit).
        const int mode = trial % 3;
        const qint64 at = mode == 0 ? qint64(random.bounded(int(m_fullMs * 1.1) + 1))
                                    : qint64(random.bounded(int(m_fullMs - m_stageMs) + 1));
        qint64 staged = -1;
        while (!p->waitForFinished(1)) {
            const bool due = mode == 0   ? clock.elapsed() >= at
                             : mode == 1 ? (staged >= 0 && clock.elapsed() - staged >= at)
                                         : visibleFiles().size() > before;
            if (mode == 1 && staged < 0 && stagingExists())
                staged = clock.elapsed();
            if (due) {
                p->kill(); // SIGKILL: no destructor, no ROLLBACK, no clean-up
                p->waitForFinished(30000);
                killed = true;
                break;
            }
        }
        if (!killed)
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        delete p;
        ++f.trials;
        check(trial, killed, f);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills in %lld s: finished %d, before staging %d, staged %d, logged %d; recovery "
          "moved %d letters in and removed %d (told %d times); files without log entry %d, "
          "entries without file %d",
          f.trials, wall.elapsed() / 1000, f.landed[Finished], f.landed[BeforeStaging],
          f.landed[Staged], f.landed[Logged], f.movedByRecovery, f.removedByRecovery,
          f.recoveryNotes, f.unloggedFiles, f.filesMissing);
    QCOMPARE(f.unloggedFiles, 0);
    QCOMPARE(f.filesMissing, 0);
    // The kills must have landed on both sides of the log's commit.
    QVERIFY(f.landed[Staged] > 0);
    QVERIFY(f.landed[Logged] > 0);
}

QTEST_MAIN(TestLettersCrash)
#include "test_letters_crash.moc"
