// Notification timeliness as the report reads it from letters written through the real
// path: the setting told the same day or by the next working day is on time (bank holidays
// are not working days), later is late, no letter is not sent. Once the report looked for a
// disclosure kind the letters never logged and every PPN showed as "Not yet".

#include "CliTestSupport.h"
#include "test_letters_fixture.h"

#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"
#include "reports/ReportBuilder.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace enc;

class TestTimeliness : public QObject
{
    Q_OBJECT

private slots:
    void lettersWrittenAreCountedSent();
    void bankHolidayIsNotAWorkingDay();

private:
    // Writes the notification letters of the PPNs received on `received`; their disclosure
    // log entries are then dated `sentAt` per setting (the clock of a test is today's).
    void writeLetters(test::LettersFixture &f, QDate received, const QHash<Id, QString> &sentAt);
    QTemporaryDir m_out;
};

void TestTimeliness::writeLetters(test::LettersFixture &f, QDate received,
                                  const QHash<Id, QString> &sentAt)
{
    auto selected = LetterSelection(*f.db).receivedOn(received);
    QVERIFY2(selected.ok(), qPrintable(selected.errorText()));
    LetterRequest request;
    const QString sub = received.toString(Qt::ISODate);
    QVERIFY(QDir(m_out.path()).mkpath(sub));
    request.folder = m_out.filePath(sub);
    request.today = received;
    auto run = LetterExporter(*f.db).write(*selected, request);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QVERIFY(!run->written.isEmpty());
    for (const WrittenLetter &w : run->written) {
        QVERIFY2(sentAt.contains(w.settingId), qPrintable(w.settingName));
        QVERIFY(Sql::exec(f.db->sql(),
                          QStringLiteral("UPDATE disclosure SET at = :at WHERE id = :id"),
                          {{QStringLiteral("at"), sentAt.value(w.settingId)},
                           {QStringLiteral("id"), w.disclosureId}})
                    .ok());
    }
}

void TestTimeliness::lettersWrittenAreCountedSent()
{
    test::LettersFixture f; // PPN of Wednesday 24 July 2024: Zoë, Ava (A), Noah (B); Leo none
    // Setting A told on Thursday, the next working day; setting B on Monday: late.
    writeLetters(f, f.received,
                 {{f.settingA, QStringLiteral("2024-07-25T10:00:00Z")},
                  {f.settingB, QStringLiteral("2024-07-29T10:00:00Z")}});
    auto report = ReportBuilder::build(f.db->sql(), QDate(2024, 7, 1), QDate(2024, 7, 31));
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const Timeliness &t = report->timeliness;
    QCOMPARE(t.sameDay, qint64(0));
    QCOMPARE(t.nextWorkingDay, qint64(2)); // Zoë and Ava
    QCOMPARE(t.later, qint64(1));          // Noah
    QCOMPARE(t.notYet, qint64(1));         // Leo: no setting, no letter

    // The command line gives the same counts, by name.
    QTemporaryDir home;
    const test::CliRun run = test::runCli(home.path(), f.db.path(),
                                          {QStringLiteral("report"), QStringLiteral("--from"),
                                           QStringLiteral("2024-07-01"), QStringLiteral("--to"),
                                           QStringLiteral("2024-07-31"), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    const QJsonObject json = run.json().value(QStringLiteral("timeliness")).toObject();
    QCOMPARE(json.value(QStringLiteral("on_time")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("late")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("not_sent")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 4);
    // Suppressed, small counts are not shown at all.
    const test::CliRun small = test::runCli(home.path(), f.db.path(),
                                            {QStringLiteral("report"), QStringLiteral("--from"),
                                             QStringLiteral("2024-07-01"), QStringLiteral("--to"),
                                             QStringLiteral("2024-07-31"), QStringLiteral("--json"),
                                             QStringLiteral("--suppress-small")});
    QVERIFY2(small.code == 0, qPrintable(small.errText()));
    QVERIFY(small.json()
                .value(QStringLiteral("timeliness"))
                .toObject()
                .value(QStringLiteral("late"))
                .isNull());
}

void TestTimeliness::bankHolidayIsNotAWorkingDay()
{
    test::LettersFixture f;
    // Friday 23 August 2024; Monday 26 August is the summer bank holiday.
    Ppn p;
    p.policeReference = QStringLiteral("TST2400003");
    p.incidentDate = QDate(2024, 8, 23);
    p.receivedOn = QDate(2024, 8, 23);
    p.risk = DashRisk::Standard;
    p.children = {{f.ava, Presence::Present}, {f.noah, Presence::Present}};
    auto saved = Ppns(*f.db).add(p, QDate(2024, 8, 23));
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    // Setting A told on Tuesday 27th: the next working day. Setting B on Wednesday: late.
    writeLetters(f, QDate(2024, 8, 23),
                 {{f.settingA, QStringLiteral("2024-08-27T09:00:00Z")},
                  {f.settingB, QStringLiteral("2024-08-28T09:00:00Z")}});
    auto report = ReportBuilder::build(f.db->sql(), QDate(2024, 8, 1), QDate(2024, 8, 31));
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->timeliness.nextWorkingDay, qint64(1));
    QCOMPARE(report->timeliness.later, qint64(1));
    QCOMPARE(report->timeliness.notYet, qint64(0));
}

QTEST_MAIN(TestTimeliness)
#include "test_timeliness.moc"
