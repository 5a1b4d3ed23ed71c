// Every PPN stays on the agenda until a decision hears it (DOMAIN.md), whatever meetings were
// held, cancelled, never opened or closed with it not reached.
//
// November 2026: PPNs received on Friday 20, the meeting of Monday 23 never opened, the next
// agenda is Wednesday 25's.

#include "TestSupport.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/AgendaStore.h"
#include "storage/Sql.h"
#include "test_agenda_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace enc;
using namespace enc::test;
using namespace Qt::StringLiterals;

class TestAgendaUnheard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fridaysPpnsWaitThroughAMeetingNeverOpened();
    void cliListsThemOnWednesday();
    void closedWithItemsNotReachedTheyGoToTheNextAgenda();
    void cancelledMeetingsItemsGoToTheNext();
    void cancellingNeedsAReasonAndAnOpenMeeting();
    void aDecisionHearsThePpnAndUndoingItBringsItBack();
    void cliRefusesADayWithNoMeeting_data();
    void cliRefusesADayWithNoMeeting();
    void cliCancelsAMeetingAndTheScheduleShowsIt();

private:
    Agenda build(QDate date);
    QList<AgendaItem> section(const Agenda &a, AgendaSection s) const;
    // Runs encompass-cli on the test's file; stdout, stderr and the exit code.
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    Id meeting(QDate date);

    std::unique_ptr<TempDatabase> m_db;
    AgendaHistory m_h; // its helpers only: children, PPNs and decisions
    Id m_amy = 0, m_ben = 0;
};

Agenda TestAgendaUnheard::build(QDate date)
{
    auto agenda = AgendaBuilder(**m_db).build(date);
    if (!agenda)
        qWarning("%s", qPrintable(agenda.errorText()));
    return agenda ? *agenda : Agenda();
}

QList<AgendaItem> TestAgendaUnheard::section(const Agenda &a, AgendaSection s) const
{
    QList<AgendaItem> out;
    for (const AgendaItem &i : a.items)
        if (i.section == s)
            out.append(i);
    return out;
}

TestAgendaUnheard::Run TestAgendaUnheard::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ENCOMPASS_CLI_PATH), QStringList{u"--db"_s, m_db->path()} + args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exit = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Id TestAgendaUnheard::meeting(QDate date)
{
    Meeting m;
    m.date = date;
    auto created = Meetings(**m_db).create(m);
    return created ? created->id : 0;
}

void TestAgendaUnheard::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->db);
    m_h = AgendaHistory();
    m_h.outcome = Decisions(**m_db).outcomes()->first().id;
    m_amy = m_h.child(**m_db, u"Amy"_s, u"Example"_s);
    m_ben = m_h.child(**m_db, u"Ben"_s, u"Sample"_s);
    // Friday 20 November's meeting was held and closed before Amy's PPN came in.
    const Id friday = meeting(d(2026, 11, 20));
    QVERIFY(friday);
    QVERIFY(Meetings(**m_db).close(friday, QString()));
    QVERIFY(m_h.ppn(**m_db, {m_amy}, d(2026, 11, 19), d(2026, 11, 20)));
}

void TestAgendaUnheard::fridaysPpnsWaitThroughAMeetingNeverOpened()
{
    // Monday 23 November was never opened in the tracker: Wednesday's agenda still lists
    // Amy, saying how long she has waited (Friday 20 and Monday 23 were meeting days).
    const Agenda wednesday = build(d(2026, 11, 25));
    QCOMPARE(wednesday.since, d(2026, 11, 23));
    const QList<AgendaItem> items = section(wednesday, AgendaSection::NewPpns);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].childId, m_amy);
    QCOMPARE(items[0].reason(), u"PPN not yet heard: waiting since 20/11/2026, 2 meetings"_s);
    QCOMPARE(items[0].policeReferences, QStringList{u"NICHE-TEST-001"_s});
    // And on every later agenda until she is heard.
    const Agenda later = build(d(2026, 12, 4));
    QCOMPARE(section(later, AgendaSection::NewPpns).value(0).childId, m_amy);
    QVERIFY(section(later, AgendaSection::NewPpns)
                .value(0)
                .reason()
                .endsWith(u"waiting since 20/11/2026, 6 meetings"_s));
}

void TestAgendaUnheard::cliListsThemOnWednesday()
{
    // The police file of Friday 20 November is imported as received that day.
    m_db->db.reset();
    const QString csv = m_db->dir.filePath(u"friday.csv"_s);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Occurrence Number,Incident Date,Time,Child Forename,Child Surname,DOB\n"
            "NC/26/020001,19/11/2026,22:40,Zed,Quill,01/02/2023\n");
    f.close();
    const Run imported = cli({u"import"_s, csv, u"--received"_s, u"2026-11-20"_s});
    QVERIFY2(imported.exit == 0, qPrintable(imported.err));
    const Run json = cli({u"agenda"_s, u"--date"_s, u"25/11/2026"_s, u"--json"_s});
    QCOMPARE(json.exit, 0);
    const QJsonArray ppns = QJsonDocument::fromJson(json.out.toUtf8())
                                .object()
                                .value(u"sections"_s)
                                .toObject()
                                .value(u"new_ppns"_s)
                                .toArray();
    QCOMPARE(ppns.size(), 2);
    QList<qint64> children;
    QJsonArray references;
    for (const QJsonValue &v : ppns) {
        children << v.toObject().value(u"child_id"_s).toInteger();
        for (const QJsonValue &r : v.toObject().value(u"police_references"_s).toArray())
            references << r;
    }
    QVERIFY(children.contains(m_amy));
    QVERIFY(references.contains(u"NC/26/020001"_s));
    const Run text = cli({u"agenda"_s, u"--date"_s, u"2026-11-25"_s});
    QCOMPARE(text.exit, 0);
    QVERIFY2(text.out.contains(u"New PPNs: 2 items"_s), qPrintable(text.out));
    QCOMPARE(text.out.count(u"waiting since 20/11/2026, 2 meetings"_s), 2);
}

void TestAgendaUnheard::closedWithItemsNotReachedTheyGoToTheNextAgenda()
{
    // Monday's meeting is opened, the chair adds Ben, and it closes with neither reached.
    const Id monday = meeting(d(2026, 11, 23));
    auto agenda = AgendaBuilder(**m_db).forMeeting(monday);
    QVERIFY(agenda);
    QCOMPARE(section(*agenda, AgendaSection::NewPpns).size(), 1);
    QVERIFY(AgendaStore(**m_db).save(monday, agenda->items));
    QVERIFY(AgendaStore(**m_db).addChild(monday, m_ben, u"Added by the chair"_s));
    QVERIFY(Meetings(**m_db).close(monday, QString()));
    const Agenda wednesday = build(d(2026, 11, 25));
    QCOMPARE(section(wednesday, AgendaSection::NewPpns).value(0).childId, m_amy);
    const QList<AgendaItem> carried = section(wednesday, AgendaSection::CarriedOver);
    QCOMPARE(carried.size(), 1);
    QCOMPARE(carried[0].childId, m_ben);
    QCOMPARE(carried[0].reason(),
             u"Not reached at the meeting on 23/11/2026: Added by the chair"_s);
    // Heard on Wednesday (a decision for him): not carried again.
    QVERIFY(m_h.decide(**m_db, m_ben, d(2026, 11, 25)));
    QVERIFY(section(build(d(2026, 11, 27)), AgendaSection::CarriedOver).isEmpty());
}

void TestAgendaUnheard::cancelledMeetingsItemsGoToTheNext()
{
    const Id monday = meeting(d(2026, 11, 23));
    QVERIFY(AgendaStore(**m_db).addChild(monday, m_ben, u"School asked"_s));
    QVERIFY(Meetings(**m_db).cancel(monday, u"Chair unwell"_s));
    const auto cancelled = Meetings(**m_db).cancellations(d(2026, 11, 23), d(2026, 11, 23));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->value(monday), u"Chair unwell"_s);
    const Agenda wednesday = build(d(2026, 11, 25));
    QCOMPARE(wednesday.since, d(2026, 11, 23)); // the schedule's meeting day, cancelled or not
    QCOMPARE(section(wednesday, AgendaSection::NewPpns).value(0).childId, m_amy);
    const QList<AgendaItem> carried = section(wednesday, AgendaSection::CarriedOver);
    QCOMPARE(carried.size(), 1);
    QCOMPARE(carried[0].childId, m_ben);
    QCOMPARE(carried[0].reason(), u"The meeting on 23/11/2026 was cancelled: School asked"_s);
}

void TestAgendaUnheard::cancellingNeedsAReasonAndAnOpenMeeting()
{
    const Id monday = meeting(d(2026, 11, 23));
    const Status noReason = Meetings(**m_db).cancel(monday, u"  "_s);
    QVERIFY(!noReason);
    QVERIFY(noReason.errorText().contains(u"reason"_s));
    QVERIFY(Meetings(**m_db).cancellations(d(2026, 11, 1), d(2026, 11, 30))->isEmpty());
    QVERIFY(Meetings(**m_db).close(monday, QString()));
    QVERIFY(!Meetings(**m_db).cancel(monday, u"Too late"_s));
    // A meeting never opened is recorded and cancelled; a cancelled one cannot be closed.
    auto wednesday = Meetings(**m_db).cancelOn(d(2026, 11, 25), u"Training day"_s);
    QVERIFY2(wednesday, qPrintable(wednesday.errorText()));
    QCOMPARE(Meetings(**m_db).onDate(d(2026, 11, 25))->id, *wednesday);
    QVERIFY(!Meetings(**m_db).close(*wednesday, QString()));
    // No meeting is invented on a day with none.
    QVERIFY(!Meetings(**m_db).cancelOn(d(2026, 11, 24), u"Not a meeting day"_s));
    QVERIFY(!Meetings(**m_db).onDate(d(2026, 11, 24))->id);
}

void TestAgendaUnheard::aDecisionHearsThePpnAndUndoingItBringsItBack()
{
    const Id decision = m_h.decide(**m_db, m_amy, d(2026, 11, 25));
    QVERIFY(decision);
    QVERIFY(section(build(d(2026, 11, 27)), AgendaSection::NewPpns).isEmpty());
    // Withdrawn (the undo of recording it): she is on the agenda again; restored: off.
    QVERIFY(Decisions(**m_db).archiveDecision(decision));
    QCOMPARE(section(build(d(2026, 11, 27)), AgendaSection::NewPpns).value(0).childId, m_amy);
    QVERIFY(Decisions(**m_db).archiveDecision(decision, false));
    QVERIFY(section(build(d(2026, 11, 27)), AgendaSection::NewPpns).isEmpty());
    // A later PPN is not heard by the earlier decision.
    QVERIFY(m_h.ppn(**m_db, {m_amy}, d(2026, 11, 26), d(2026, 11, 26)));
    const QList<AgendaItem> again = section(build(d(2026, 11, 27)), AgendaSection::NewPpns);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].policeReferences, QStringList{u"NICHE-TEST-002"_s});
    // A decision deleted outright (retention) no longer hears anything either.
    QVERIFY(
        Sql::exec((*m_db)->sql(), u"DELETE FROM decision WHERE id = :id"_s, {{u"id"_s, decision}}));
    QCOMPARE(section(build(d(2026, 11, 27)), AgendaSection::NewPpns).value(0).policeReferences,
             (QStringList{u"NICHE-TEST-001"_s, u"NICHE-TEST-002"_s}));
}

void TestAgendaUnheard::cliRefusesADayWithNoMeeting_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("next");
    QTest::newRow("Tuesday") << u"2026-11-24"_s << u"(a Tuesday) is not a meeting day"_s
                             << u"Wednesday 25/11/2026"_s;
    QTest::newRow("Saturday") << u"21/11/2026"_s << u"(a Saturday) is not a meeting day"_s
                              << u"Monday 23/11/2026"_s;
    // Christmas Day, then the Boxing Day holiday on Monday 28 December.
    QTest::newRow("bank holiday") << u"2026-12-25"_s << u"is not a meeting day (Bank holiday"_s
                                  << u"Wednesday 30/12/2026"_s;
}

void TestAgendaUnheard::cliRefusesADayWithNoMeeting()
{
    QFETCH(QString, date);
    QFETCH(QString, why);
    QFETCH(QString, next);
    m_db->db.reset();
    const Run refused = cli({u"agenda"_s, u"--date"_s, date});
    QCOMPARE(refused.exit, 1);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY2(refused.err.contains(why), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"the next meeting is on "_s + next), qPrintable(refused.err));
    // An ad-hoc meeting's agenda is built when asked for.
    const Run adHoc = cli({u"agenda"_s, u"--date"_s, date, u"--ad-hoc"_s});
    QCOMPARE(adHoc.exit, 0);
    QVERIFY(adHoc.out.contains(u"New PPNs: 1 item"_s));
}

void TestAgendaUnheard::cliCancelsAMeetingAndTheScheduleShowsIt()
{
    m_db->db.reset();
    QCOMPARE(cli({u"cancel-meeting"_s, u"--date"_s, u"2026-11-23"_s}).exit, 2); // no reason
    const Run cancelled =
        cli({u"cancel-meeting"_s, u"--date"_s, u"2026-11-23"_s, u"--reason"_s, u"Chair unwell"_s});
    QCOMPARE(cancelled.exit, 0);
    QVERIFY2(cancelled.out.contains(u"go to the next meeting, on 25/11/2026"_s),
             qPrintable(cancelled.out));
    const Run schedule = cli({u"schedule"_s, u"--from"_s, u"2026-11-20"_s, u"--weeks"_s, u"1"_s});
    QCOMPARE(schedule.exit, 0);
    QVERIFY2(schedule.out.contains(u"Cancelled: Chair unwell"_s), qPrintable(schedule.out));
    QVERIFY2(schedule.out.contains(u"Held"_s), qPrintable(schedule.out)); // Friday 20
    // Its agenda is not built as if it were held; Wednesday's lists Amy.
    const Run refused = cli({u"agenda"_s, u"--date"_s, u"2026-11-23"_s});
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(u"was cancelled (Chair unwell)"_s), qPrintable(refused.err));
    QVERIFY(cli({u"agenda"_s, u"--date"_s, u"2026-11-25"_s}).out.contains(u"New PPNs: 1 item"_s));
}

QTEST_GUILESS_MAIN(TestAgendaUnheard)
#include "test_agenda_unheard.moc"
