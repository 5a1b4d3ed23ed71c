// A batch of letters laid out on several threads: the same files, in the same order, with the
// same disclosure log as on one thread; a batch stopped or failing half-way leaves no file and
// no log entry.

#include "test_letters_fixture.h"

#include "demo/DemoGenerator.h"
#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace enc;

namespace {

constexpr int Letters = 14;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One disclosure log entry as a person reading the log sees it; the file by its name only,
// since each run writes into its own folder.
struct LoggedLetter
{
    QString kind;
    QString recipient;
    Id settingId = 0;
    QString fields;
    QString fileName;
    QString sha256;
    QList<Id> children;

    bool operator==(const LoggedLetter &o) const
    {
        return kind == o.kind && recipient == o.recipient && settingId == o.settingId &&
               fields == o.fields && fileName == o.fileName && children == o.children;
    }
};

QList<LoggedLetter> loggedAfter(Database &db, Id after)
{
    QList<LoggedLetter> out;
    auto q = Sql::run(db.sql(),
                      QStringLiteral("SELECT id, kind, recipient, setting_id, fields, file_name, "
                                     "sha256 FROM disclosure WHERE id > :after ORDER BY id"),
                      {{QStringLiteral("after"), after}});
    if (!q)
        return out;
    while (q->next()) {
        LoggedLetter l;
        l.kind = q->value(1).toString();
        l.recipient = q->value(2).toString();
        l.settingId = q->value(3).toLongLong();
        l.fields = q->value(4).toString();
        l.fileName = QFileInfo(q->value(5).toString()).fileName();
        l.sha256 = q->value(6).toString();
        auto c = Sql::run(db.sql(),
                          QStringLiteral("SELECT child_id FROM disclosure_child WHERE "
                                         "disclosure_id = :d ORDER BY child_id"),
                          {{QStringLiteral("d"), q->value(0)}});
        while (c && c->next())
            l.children << c->value(0).toLongLong();
        out << l;
    }
    return out;
}

qint64 count(Database &db, const QString &table)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

Id lastDisclosure(Database &db)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) FROM disclosure"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestLettersThreads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threadsWriteTheSameLetters();
    void stoppingWritesNothing();
    void failureHalfWayWritesNothing();

private:
    LetterRequest request(const QString &name, int threads);

    test::TempDatabase m_db;
    QTemporaryDir m_out;
    QList<LetterEntry> m_entries;
    QDate m_today{2026, 11, 20};
};

void TestLettersThreads::initTestCase()
{
    QVERIFY(m_db.db);
    DemoOptions demo;
    demo.children = 80;
    demo.today = m_today;
    auto made = DemoGenerator::generate(*m_db, demo);
    QVERIFY2(made.ok(), qPrintable(made.errorText()));
    QVERIFY(Options(m_db->sql())
                .setValue(QStringLiteral("office.name"), QStringLiteral("Early Help Office")));
    auto q = Sql::run(m_db->sql(),
                      QStringLiteral("SELECT id FROM child WHERE setting_known = 'known' AND "
                                     "ppn_count > 0 ORDER BY id"));
    QVERIFY(q.ok());
    LetterSelection selection(*m_db);
    while (q->next() && m_entries.size() < Letters) {
        auto e = selection.child(q->value(0).toLongLong());
        QVERIFY(e.ok());
        m_entries += *e;
    }
    QCOMPARE(m_entries.size(), Letters);
}

LetterRequest TestLettersThreads::request(const QString &name, int threads)
{
    LetterRequest r;
    r.perChild = true;
    r.filter.includeHighRisk = true; // every child chosen gets their letter, whatever the risk
    r.today = m_today;
    r.threads = threads;
    r.folder = m_out.filePath(name);
    QDir().mkpath(r.folder);
    return r;
}

void TestLettersThreads::threadsWriteTheSameLetters()
{
    const Id before = lastDisclosure(*m_db);
    auto one = LetterExporter(*m_db).write(m_entries, request(QStringLiteral("one"), 1));
    QVERIFY2(one.ok(), qPrintable(one.errorText()));
    QCOMPARE(one->written.size(), Letters);
    const Id between = lastDisclosure(*m_db);
    const QList<LoggedLetter> loggedOne = loggedAfter(*m_db, before);

    // More threads than letters at once on this machine, so letters finish out of order.
    LetterRequest r = request(QStringLiteral("four"), 4);
    QList<int> progress;
    r.progress = [&progress](int done, int total) {
        if (total == Letters)
            progress << done;
        return true;
    };
    auto four = LetterExporter(*m_db).write(m_entries, r);
    QVERIFY2(four.ok(), qPrintable(four.errorText()));
    QCOMPARE(four->written.size(), Letters);
    QVERIFY(!four->cancelled);
    QList<int> expected;
    for (int i = 0; i <= Letters; ++i)
        expected << i;
    QCOMPARE(progress, expected);

    const QList<LoggedLetter> loggedFour = loggedAfter(*m_db, between);
    QCOMPARE(loggedFour.size(), Letters);
    QCOMPARE(loggedOne.size(), Letters);
    for (int i = 0; i < Letters; ++i) {
        const WrittenLetter &a = one->written.at(i);
        const WrittenLetter &b = four->written.at(i);
        QCOMPARE(QFileInfo(b.path).fileName(), QFileInfo(a.path).fileName());
        QCOMPARE(b.settingId, a.settingId);
        QCOMPARE(b.childIds, a.childIds);
        QCOMPARE(b.recipient, a.recipient);
        QCOMPARE(b.fields, a.fields);
        // The log holds the letters in the batch's order, each with its own file's hash.
        QVERIFY(loggedFour.at(i) == loggedOne.at(i));
        QCOMPARE(loggedFour.at(i).fileName, QFileInfo(b.path).fileName());
        QCOMPARE(loggedFour.at(i).sha256, b.sha256);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(readAll(b.path), QCryptographicHash::Sha256).toHex()),
                 b.sha256);
        // What the setting reads is the same letter, word for word.
        const auto textA = test::pdfText(a.path);
        const auto textB = test::pdfText(b.path);
        QCOMPARE(textA.first, 0);
        QCOMPARE(textB.first, 0);
        QCOMPARE(textB.second, textA.second);
    }
    // Each letter names its own child: a letter swapped between files would show here.
    for (int i = 0; i < Letters; ++i) {
        const QString text = test::squeezed(test::pdfText(four->written.at(i).path).second);
        QVERIFY2(text.contains(m_entries.at(i).child.fullName()),
                 qPrintable(four->written.at(i).path));
    }
}

void TestLettersThreads::stoppingWritesNothing()
{
    const qint64 disclosures = count(*m_db, QStringLiteral("disclosure"));
    const qint64 audit = count(*m_db, QStringLiteral("audit"));
    LetterRequest r = request(QStringLiteral("stopped"), 2);
    int calls = 0;
    r.progress = [&calls](int done, int) {
        ++calls;
        return done < Letters / 2; // the user presses Stop half-way
    };
    auto run = LetterExporter(*m_db).write(m_entries, r);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QVERIFY(run->cancelled);
    QCOMPARE(calls, Letters / 2 + 1);
    QVERIFY(run->written.isEmpty());
    QCOMPARE(filesIn(r.folder), QStringList());
    QCOMPARE(count(*m_db, QStringLiteral("disclosure")), disclosures);
    QCOMPARE(count(*m_db, QStringLiteral("audit")), audit);
}

void TestLettersThreads::failureHalfWayWritesNothing()
{
    const qint64 disclosures = count(*m_db, QStringLiteral("disclosure"));
    const qint64 audit = count(*m_db, QStringLiteral("audit"));
    // The log refuses the fourth letter of the batch.
    QVERIFY(Sql::exec(m_db->sql(),
                      QStringLiteral("CREATE TEMP TRIGGER refuse_fourth BEFORE INSERT ON "
                                     "disclosure WHEN (SELECT count(*) FROM disclosure) >= %1 "
                                     "BEGIN SELECT RAISE(ABORT, 'the log is full'); END")
                          .arg(disclosures + 3))
                .ok());
    LetterRequest r = request(QStringLiteral("failed"), 2);
    auto run = LetterExporter(*m_db).write(m_entries, r);
    QVERIFY(Sql::exec(m_db->sql(), QStringLiteral("DROP TRIGGER temp.refuse_fourth")).ok());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("the log is full")),
             qPrintable(run.errorText()));
    QCOMPARE(filesIn(r.folder), QStringList());
    QCOMPARE(count(*m_db, QStringLiteral("disclosure")), disclosures);
    QCOMPARE(count(*m_db, QStringLiteral("audit")), audit);
}

QTEST_MAIN(TestLettersThreads)
#include "test_letters_threads.moc"
