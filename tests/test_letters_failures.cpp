// A batch of letters that fails or is stopped leaves nothing behind: no file, no hidden folder,
// no disclosure, no stored template, no audit entry; a full disk is named as such; the log tells
// what a batch would send a second time.

#include "test_letters_fixture.h"

#include "letters/LetterExporter.h"
#include "letters/LetterFiles.h"
#include "letters/LetterHistory.h"
#include "letters/LetterSelection.h"
#include "storage/Sql.h"

#include <QDir>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

using namespace enc;

namespace {

qint64 count(Database &db, const QString &table)
{
    // table is one of this file's constants.
    return Sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
}

struct Counts
{
    qint64 templates = 0;
    qint64 audit = 0;
    qint64 disclosures = 0;
    qint64 batches = 0;
    bool operator==(const Counts &) const = default;
};

// Batches of letters recorded as staged (StagedFiles).
qint64 stagedBatches(Database &db)
{
    return Sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM config WHERE key LIKE "
                                                "'letters.staged.%'"))
        ->toLongLong();
}

Counts counts(Database &db)
{
    return {count(db, QStringLiteral("letter_template")), count(db, QStringLiteral("audit")),
            count(db, QStringLiteral("disclosure")), stagedBatches(db)};
}

// Everything in the folder, hidden or not.
QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestLettersFailures : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskLeavesNothing();
    void otherWriteErrorNamesTheFile();
    void stoppedBatchStoresNoTemplate();
    void diskFullRecognised();
    void alreadySentFromTheLog();

private:
    LetterRequest request(const QString &name);
    QTemporaryDir m_out;
};

LetterRequest TestLettersFailures::request(const QString &name)
{
    QDir(m_out.path()).mkpath(name);
    LetterRequest r;
    r.folder = m_out.filePath(name);
    r.today = QDate(2024, 7, 25);
    return r;
}

void TestLettersFailures::fullDiskLeavesNothing()
{
    test::LettersFixture f;
    const Counts before = counts(*f.db);
    QCOMPARE(before.templates, 0); // the default is stored only by a batch that is logged
    LetterRequest r = request(QStringLiteral("full"));
    int calls = 0;
    // The first letter is written whole, the second finds the disk full.
    r.writeFile = [&calls](const QString &path, const QByteArray &bytes) -> FileWriteError {
        if (++calls == 1)
            return LetterFiles::save(path, bytes);
        return {QFileDevice::ResourceError, QString::fromLocal8Bit(std::strerror(ENOSPC))};
    };
    auto entries = LetterSelection(*f.db).receivedOn(f.received);
    QVERIFY(entries.ok());
    auto run = LetterExporter(*f.db).write(*entries, r);
    QVERIFY(!run.ok());
    QCOMPARE(calls, 2);
    QVERIFY2(run.errorText().startsWith(QLatin1String(
                 "The disk is full: 2 letters were not written; nothing was logged.")),
             qPrintable(run.errorText()));
    QVERIFY(!run.errorText().contains(QLatin1String("Unknown error")));
    QCOMPARE(counts(*f.db), before);
    QCOMPARE(everything(r.folder), QStringList());
}

void TestLettersFailures::otherWriteErrorNamesTheFile()
{
    test::LettersFixture f;
    const Counts before = counts(*f.db);
    LetterRequest r = request(QStringLiteral("error"));
    r.writeFile = [](const QString &, const QByteArray &) -> FileWriteError {
        return {QFileDevice::WriteError, QStringLiteral("Unknown error")};
    };
    auto entries = LetterSelection(*f.db).receivedOn(f.received);
    QVERIFY(entries.ok());
    auto run = LetterExporter(*f.db).write(*entries, r);
    QVERIFY(!run.ok());
    const QString text = run.errorText();
    QVERIFY2(text.contains(QLatin1String("notification-2024-07-25-")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("nothing was logged")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Unknown error")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("disk is full")), qPrintable(text));
    QCOMPARE(counts(*f.db), before);
    QCOMPARE(everything(r.folder), QStringList());
}

void TestLettersFailures::stoppedBatchStoresNoTemplate()
{
    test::LettersFixture f;
    const Counts before = counts(*f.db);
    LetterRequest r = request(QStringLiteral("stopped"));
    r.progress = [](int, int) {
        return false;
    };
    auto entries = LetterSelection(*f.db).receivedOn(f.received);
    QVERIFY(entries.ok());
    auto run = LetterExporter(*f.db).write(*entries, r);
    QVERIFY(run.ok());
    QVERIFY(run->cancelled);
    QCOMPARE(counts(*f.db), before);
    QCOMPARE(everything(r.folder), QStringList());

    // The batch that is logged stores the default template, once, and names it in the log.
    r.progress = nullptr;
    auto done = LetterExporter(*f.db).write(*entries, r);
    QVERIFY2(done.ok(), qPrintable(done.errorText()));
    QCOMPARE(count(*f.db, QStringLiteral("letter_template")), 1);
    QVERIFY(done->usedTemplate.id != 0);
    QCOMPARE(Sql::scalar(f.db->sql(),
                         QStringLiteral("SELECT count(DISTINCT template_id) FROM disclosure"))
                 ->toInt(),
             1);
    QCOMPARE(stagedBatches(*f.db), 0);
    QCOMPARE(everything(r.folder).size(), done->written.size());
}

void TestLettersFailures::diskFullRecognised()
{
    const QString folder = m_out.path();
    const QString noSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));
    QVERIFY(LetterFiles::isDiskFull({QFileDevice::ResourceError, {}}, folder, 0));
    QVERIFY(LetterFiles::isDiskFull({QFileDevice::WriteError, noSpace}, folder, 0));
    // More bytes still to write than the drive has room for.
    QVERIFY(LetterFiles::isDiskFull({QFileDevice::WriteError, {}}, folder,
                                    std::numeric_limits<qint64>::max()));
    QVERIFY(!LetterFiles::isDiskFull(
        {QFileDevice::PermissionsError, QStringLiteral("Permission denied")}, folder, 0));
    const QString text = LetterFiles::failureText({QFileDevice::ResourceError, noSpace},
                                                  m_out.filePath(QStringLiteral("a.pdf")), 7, true);
    QVERIFY2(text.startsWith(QLatin1String(
                 "The disk is full: 7 letters were not written; nothing was logged.")),
             qPrintable(text));
}

void TestLettersFailures::alreadySentFromTheLog()
{
    test::LettersFixture f;
    auto entries = LetterSelection(*f.db).receivedOn(f.received);
    QVERIFY(entries.ok());
    LetterHistory history(*f.db);
    QCOMPARE(history.alreadySent(*entries, LetterKind::Notification, f.today)->size(), 0);
    auto run = LetterExporter(*f.db).write(*entries, request(QStringLiteral("sent")));
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QCOMPARE(run->written.size(), 2);
    // Both letters (setting A with two children, setting B with one): two, not three.
    auto prior = history.alreadySent(*entries, LetterKind::Notification, f.today);
    QVERIFY(prior.ok());
    QCOMPARE(prior->size(), 2);
    QCOMPARE(prior->at(0).fileName, run->written.at(0).path);
    QVERIFY(LetterHistory::describe(*prior).contains(QLatin1String("Little Acorns Nursery")));
    // Another kind of document is not a second copy.
    QCOMPARE(history.alreadySent(*entries, LetterKind::ProformaChase, f.today)->size(), 0);
}

QTEST_MAIN(TestLettersFailures)
#include "test_letters_failures.moc"
