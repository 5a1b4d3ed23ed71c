// A meeting's record beyond its agenda (issue 19): apologies sent before the day, ad-hoc
// meetings on any date, chair, deputy chair and notes (the meeting's and each agenda item's)
// in the minutes; stale edits refused; encompass-cli's "meeting" commands.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "meeting/AgendaStore.h"
#include "meeting/MinutesWriter.h"
#include "repo/Directory.h"
#include "repo/MeetingDetails.h"
#include "repo/Meetings.h"
#include "test_agenda_fixture.h"

#include <QJsonArray>
#include <QTest>
#include <QTextDocument>

using namespace enc;
using namespace enc::test;

class TestMeetingRecord : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void apologiesInAdvanceStartTheDayAndCountInQuorum();
    void apologiesRefusedForThePastAndNonMeetingDays();
    void adHocOnAnyDateButNotTwiceADay();
    void chairDeputyAndNotesInTheMinutes();
    void staleEditsRefused();
    void cliRecordsTheMeeting();

private:
    Id member(const QString &name, const QString &role = {},
              MemberCommitment commitment = MemberCommitment::Always);
    QString minutesText(Id meetingId);

    std::unique_ptr<TempDatabase> m_db;
    QList<Id> m_members;
};

// Monday 7 December 2026; Wednesday 9 December is a meeting day, Tuesday 8 is not.
const QDate Today = d(2026, 12, 7);
const QDate Wednesday = d(2026, 12, 9);
const QDate Tuesday = d(2026, 12, 8);

Id TestMeetingRecord::member(const QString &name, const QString &role, MemberCommitment commitment)
{
    Member m;
    m.name = name;
    m.role = role;
    m.commitment = commitment;
    auto saved = Directory(**m_db).addMember(m);
    return saved ? saved->id : 0;
}

QString TestMeetingRecord::minutesText(Id meetingId)
{
    auto html = MinutesWriter(**m_db).html(meetingId);
    if (!html)
        return html.errorText();
    QTextDocument doc;
    doc.setHtml(*html);
    return doc.toPlainText();
}

void TestMeetingRecord::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->db);
    m_members = {member(QStringLiteral("Ann Chair"), QStringLiteral("Early Help chair")),
                 member(QStringLiteral("Bea Health"), QStringLiteral("Health visitor")),
                 member(QStringLiteral("Cy Years"), QStringLiteral("Early years")),
                 member(QStringLiteral("Di Hub"), QStringLiteral("Family Hub"))};
    QVERIFY(!m_members.contains(0));
}

void TestMeetingRecord::apologiesInAdvanceStartTheDayAndCountInQuorum()
{
    const Id police =
        member(QStringLiteral("Pc Monthly"), QStringLiteral("Police"), MemberCommitment::Monthly);
    MeetingDetails details(**m_db);
    auto sent = details.sendApologies(Wednesday, m_members[1], Today);
    QVERIFY2(sent, qPrintable(sent.errorText()));
    // Police apologies keep the member out of the quorum (not expected at every meeting).
    QVERIFY(details.sendApologies(Wednesday, police, Today));
    // A second apology for the same day goes to the same meeting.
    auto again = details.sendApologies(Wednesday, m_members[2], d(2026, 12, 9));
    QVERIFY(again);
    QCOMPARE(again->meetingId, sent->meetingId);
    auto all = Meetings(**m_db).between(Wednesday, Wednesday);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);

    // On the day the screen opens the meeting of the date: attendance starts from the apologies.
    auto onTheDay = Meetings(**m_db).onDate(Wednesday);
    QVERIFY(onTheDay);
    QCOMPARE(onTheDay->id, sent->meetingId);
    QHash<Id, Attendance> byMember;
    for (const Attendance &a : onTheDay->attendance)
        byMember.insert(a.memberId, a);
    QVERIFY(byMember.value(m_members[1]).status == AttendanceStatus::Apologies);
    QVERIFY(byMember.value(m_members[2]).status == AttendanceStatus::Apologies);
    QVERIFY(byMember.value(police).status == AttendanceStatus::Apologies);
    QVERIFY(!byMember.value(police).expected);
    QVERIFY(byMember.value(m_members[0]).status == AttendanceStatus::Absent);

    // Two of four expected attend: 75% needs three, so not quorate.
    for (Id present : {m_members[0], m_members[3]})
        QVERIFY(Meetings(**m_db).setAttendance(onTheDay->id,
                                               {present, AttendanceStatus::Present, {}, true}));
    auto quorum = Meetings(**m_db).quorum(onTheDay->id);
    QVERIFY(quorum);
    QCOMPARE(quorum->expected, 4);
    QCOMPARE(quorum->attending, 2);
    QCOMPARE(quorum->needed, 3);
    QVERIFY(!quorum->quorate);
    // The minutes list the apologies.
    QVERIFY(minutesText(onTheDay->id).contains(QStringLiteral("Bea Health")));
}

void TestMeetingRecord::apologiesRefusedForThePastAndNonMeetingDays()
{
    MeetingDetails details(**m_db);
    auto past = details.sendApologies(d(2026, 12, 4), m_members[1], Today);
    QVERIFY(!past);
    QVERIFY2(past.errorText().contains(QStringLiteral("04/12/2026 has passed")),
             qPrintable(past.errorText()));
    auto tuesday = details.sendApologies(Tuesday, m_members[1], Today);
    QVERIFY(!tuesday);
    QVERIFY2(tuesday.errorText().contains(QStringLiteral("not a meeting day")),
             qPrintable(tuesday.errorText()));
    QVERIFY(!details.sendApologies(Wednesday, 999, Today));
    auto none = Meetings(**m_db).between(Today.addDays(-7), Today.addDays(7));
    QVERIFY(none);
    QVERIFY(none->isEmpty()); // nothing was recorded by the refusals
    // An ad-hoc meeting on a Tuesday takes apologies too.
    Meeting adHoc;
    adHoc.date = Tuesday;
    QVERIFY(details.addAdHoc(adHoc));
    QVERIFY(details.sendApologies(Tuesday, m_members[1], Today));
}

void TestMeetingRecord::adHocOnAnyDateButNotTwiceADay()
{
    MeetingDetails details(**m_db);
    Meeting m;
    m.date = Tuesday;
    m.starts = QTime(14, 0);
    m.ends = QTime(15, 0);
    auto saved = details.addAdHoc(m);
    QVERIFY2(saved, qPrintable(saved.errorText()));
    auto stored = Meetings(**m_db).get(saved->id);
    QVERIFY(stored);
    QCOMPARE(stored->date, Tuesday);
    QVERIFY(stored->kind == MeetingKind::AdHoc);
    QCOMPARE(stored->starts, QTime(14, 0));
    QCOMPARE(stored->attendance.size(), 4); // every member expected, as on any meeting

    auto twice = details.addAdHoc(m);
    QVERIFY(!twice);
    QVERIFY2(twice.errorText().contains(QStringLiteral("already a meeting on 08/12/2026")),
             qPrintable(twice.errorText()));
    m.date = Wednesday; // the schedule's day: the scheduled meeting is the one
    auto scheduled = details.addAdHoc(m);
    QVERIFY(!scheduled);
    QVERIFY2(scheduled.errorText().contains(QStringLiteral("09/12/2026 is a meeting day")),
             qPrintable(scheduled.errorText()));
    // Once Wednesday's meeting is cancelled, the group may still meet that day.
    QVERIFY(Meetings(**m_db).cancelOn(Wednesday, QStringLiteral("Chair unwell")));
    QVERIFY(details.addAdHoc(m));
    // Far ahead, a bank holiday: any date.
    m.date = d(2027, 12, 27);
    QVERIFY(details.addAdHoc(m));
}

void TestMeetingRecord::chairDeputyAndNotesInTheMinutes()
{
    AgendaHistory h;
    QVERIFY(h.build(**m_db));
    const Id meeting = h.meeting1Apr;
    MeetingDetails details(**m_db);
    QVERIFY(details.setChairs(meeting, m_members[0], m_members[3], 0, 0));
    QVERIFY(details.setNotes(meeting, QStringLiteral("Police member to attend Friday.\nRoom 2."),
                             QString()));
    auto item = AgendaStore(**m_db).addChild(meeting, h.amy, QStringLiteral("Added by the chair"));
    QVERIFY(item);
    QVERIFY(MeetingDetails(**m_db).setItemNotes(
        *item, QStringLiteral("Nursery reports good attendance"), QString()));
    // The window closes a meeting without notes of its own: those typed are kept.
    QVERIFY(Meetings(**m_db).close(meeting, QString()));
    auto closed = Meetings(**m_db).get(meeting);
    QVERIFY(closed);
    QCOMPARE(closed->notes, QStringLiteral("Police member to attend Friday.\nRoom 2."));

    const QString text = minutesText(meeting);
    QVERIFY2(text.contains(QStringLiteral("Chair\tAnn Chair")) ||
                 text.contains(QStringLiteral("Chair Ann Chair")) ||
                 text.contains(QStringLiteral("Chair\nAnn Chair")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("Deputy chair")));
    QVERIFY(text.contains(QStringLiteral("Di Hub")));
    QVERIFY(text.contains(QStringLiteral("Police member to attend Friday.")));
    QVERIFY(text.contains(QStringLiteral("Room 2.")));
    QVERIFY(text.contains(QStringLiteral("Notes on agenda items")));
    QVERIFY(text.contains(QStringLiteral("Nursery reports good attendance")));
    // Privacy (the default): the item's child by initials, never the full name.
    QVERIFY(!text.contains(QStringLiteral("Amy Example")));

    // The file itself, through the real path.
    QTemporaryDir out;
    QVERIFY(MinutesWriter(**m_db).write(meeting, out.filePath(QStringLiteral("m.pdf"))));
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("m.pdf"))).size() > 1000);
    // A closed meeting's record is kept as it was.
    QVERIFY(!details.setNotes(meeting, QStringLiteral("later"), closed->notes));
    QVERIFY(!details.setChairs(meeting, m_members[1], 0, m_members[0], m_members[3]));
    QVERIFY(!MeetingDetails(**m_db).setItemNotes(
        *item, QStringLiteral("later"), QStringLiteral("Nursery reports good attendance")));
}

void TestMeetingRecord::staleEditsRefused()
{
    Meeting m;
    m.date = Tuesday;
    auto saved = MeetingDetails(**m_db).addAdHoc(m);
    QVERIFY(saved);
    const Id id = saved->id;
    MeetingDetails details(**m_db);
    QVERIFY(details.setNotes(id, QStringLiteral("From desk one"), QString()));
    // Desk two still shows the empty notes: refused, desk one's kept.
    auto stale = details.setNotes(id, QStringLiteral("From desk two"), QString());
    QVERIFY(!stale);
    QVERIFY(stale.errorText().contains(QStringLiteral("another desk")));
    QCOMPARE(Meetings(**m_db).get(id)->notes, QStringLiteral("From desk one"));

    QVERIFY(details.setChairs(id, m_members[0], 0, 0, 0));
    QVERIFY(!details.setChairs(id, m_members[1], 0, 0, 0)); // desk two saw no chair
    QCOMPARE(Meetings(**m_db).get(id)->chairMemberId, m_members[0]);
    auto same = details.setChairs(id, m_members[1], m_members[1], m_members[0], 0);
    QVERIFY(!same);
    QCOMPARE(same.error().field, QStringLiteral("deputy_chair"));
}

void TestMeetingRecord::cliRecordsTheMeeting()
{
    const QString db = m_db->path();
    m_db->db.reset();
    QTemporaryDir home;
    // An ad-hoc meeting far ahead, then the same day again.
    const QString day = QDate::currentDate().addDays(40).toString(Qt::ISODate);
    CliRun create =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--on"), day,
                QStringLiteral("--from"), QStringLiteral("14:00"), QStringLiteral("--to"),
                QStringLiteral("15:30")});
    // The day may be a meeting day of the schedule: then that is said and nothing is added.
    const bool meetingDay = create.code != 0;
    if (meetingDay)
        QVERIFY2(create.errText().contains(QStringLiteral("is a meeting day")),
                 qPrintable(create.errText()));
    else
        QVERIFY2(create.outText().contains(QStringLiteral("14:00 to 15:30")),
                 qPrintable(create.outText()));
    // The schedule lists it among the regular meetings (found from outside: it was missing).
    CliRun listed =
        runCli(home.path(), db,
               {QStringLiteral("schedule"), QStringLiteral("--from"), day,
                QStringLiteral("--weeks"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(listed.code == 0, qPrintable(listed.errText()));
    const QJsonObject firstListed =
        listed.json()[QStringLiteral("meetings")].toArray().first().toObject();
    QCOMPARE(firstListed[QStringLiteral("date")].toString(), day);
    if (!meetingDay) {
        QCOMPARE(firstListed[QStringLiteral("kind")].toString(), QStringLiteral("ad-hoc"));
        QCOMPARE(firstListed[QStringLiteral("start")].toString(), QStringLiteral("14:00"));
    }
    CliRun twice =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--on"), day});
    QVERIFY(twice.code != 0);
    QVERIFY2(twice.errText().contains(QStringLiteral("--on:")), qPrintable(twice.errText()));

    // Apologies, chair and notes on Wednesday's meeting a week or more ahead.
    QDate wed = QDate::currentDate().addDays(7);
    while (wed.dayOfWeek() != Qt::Wednesday)
        wed = wed.addDays(1);
    const QString on = wed.toString(QStringLiteral("dd/MM/yyyy"));
    CliRun apologies =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("apologies"), QStringLiteral("--on"), on,
                QStringLiteral("--member"), QString::number(m_members[2])});
    QVERIFY2(apologies.code == 0, qPrintable(apologies.errText()));
    QVERIFY(apologies.outText().contains(QStringLiteral("Apologies of Cy Years")));
    CliRun chair =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("chair"), QStringLiteral("--on"), on,
                QStringLiteral("--chair"), QString::number(m_members[0]),
                QStringLiteral("--deputy"), QString::number(m_members[1])});
    QVERIFY2(chair.code == 0, qPrintable(chair.errText()));
    CliRun same =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("chair"), QStringLiteral("--on"), on,
                QStringLiteral("--deputy"), QString::number(m_members[0])});
    QVERIFY(same.code != 0);
    QVERIFY2(same.errText().contains(QStringLiteral("--deputy:")), qPrintable(same.errText()));
    CliRun notes =
        runCli(home.path(), db,
               {QStringLiteral("meeting"), QStringLiteral("notes"), QStringLiteral("--on"), on,
                QStringLiteral("--text"), QStringLiteral("Room 4 booked")});
    QVERIFY2(notes.code == 0, qPrintable(notes.errText()));
    CliRun show = runCli(home.path(), db,
                         {QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("--on"),
                          on, QStringLiteral("--json")});
    QVERIFY2(show.code == 0, qPrintable(show.errText()));
    const QJsonObject o = show.json();
    QCOMPARE(o.value(QStringLiteral("chair")).toInteger(), m_members[0]);
    QCOMPARE(o.value(QStringLiteral("deputy_chair")).toInteger(), m_members[1]);
    QCOMPARE(o.value(QStringLiteral("notes")).toString(), QStringLiteral("Room 4 booked"));
    QCOMPARE(o.value(QStringLiteral("attending")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("expected")).toInt(), 4);
    bool found = false;
    for (const QJsonValue &a : o.value(QStringLiteral("attendance")).toArray())
        if (a[QStringLiteral("member")].toInteger() == m_members[2])
            found = a[QStringLiteral("status")].toString() == QLatin1String("apologies");
    QVERIFY(found);
    // Recorded ahead of its day, the meeting is still to come in the schedule (as the window
    // says), not "open".
    CliRun schedule =
        runCli(home.path(), db,
               {QStringLiteral("schedule"), QStringLiteral("--from"), wed.toString(Qt::ISODate),
                QStringLiteral("--weeks"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(schedule.code == 0, qPrintable(schedule.errText()));
    QCOMPARE(schedule.json()[QStringLiteral("meetings")]
                 .toArray()
                 .first()[QStringLiteral("state")]
                 .toString(),
             QStringLiteral("scheduled"));

    // The minutes of that meeting name the chair and deputy and hold the notes.
    auto reopened = Database::open(db);
    QVERIFY(reopened);
    auto meeting = Meetings(**reopened).onDate(wed);
    QVERIFY(meeting && meeting->id);
    auto html = MinutesWriter(**reopened).html(meeting->id);
    QVERIFY(html);
    QVERIFY(html->contains(QStringLiteral("Deputy chair")));
    QVERIFY(html->contains(QStringLiteral("Bea Health")));
    QVERIFY(html->contains(QStringLiteral("Room 4 booked")));
}

QTEST_MAIN(TestMeetingRecord)
#include "test_meeting_record.moc"
