// The meeting's agenda built from a constructed history around Easter 2026.

#include "BackendDatabase.h"
#include "TestSupport.h"
#include "domain/MeetingSchedule.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/AgendaStore.h"
#include "storage/Sql.h"
#include "test_agenda_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace enc;
using namespace enc::test;
using namespace Qt::StringLiterals;

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    // Every test on SQLite and on a PostgreSQL server (skipped when there is none).
    void initTestCase_data() { backendRows(); }
    void init();
    void bankHolidayWeekTakesPpnsSinceWednesday();
    void newPpnsGroupedByHouseholdOldestFirst();
    void childAlreadyHeardIsNotListed();
    void heardOnTheDayReceivedButNotBeforeNorByAWithdrawnDecision();
    void escalationsWithoutLiaison();
    void actionsDueByTheMeeting();
    void actionsDueComeFromTheActionsNotTheStoredNextDue();
    void referencesAreReadForTheFirstItemsAsked();
    void trackingReviewOnlyOnFriday();
    void deferredItemsCarryOver();
    void storedOrderAndAddedChildSurviveRebuild();
    void savingAnUnchangedAgendaWritesNothing();
    void cliPrintsSectionsAsJson();
    void wordingOfEverySectionAsPeopleReadIt_data();
    void wordingOfEverySectionAsPeopleReadIt();

private:
    QList<AgendaItem> section(const Agenda &a, AgendaSection s) const;
    QList<Id> children(const Agenda &a, AgendaSection s) const;
    Id meetingOn8April();
    std::unique_ptr<BackendDatabase> m_db;
    AgendaHistory m_h;
};

QList<AgendaItem> TestAgenda::section(const Agenda &a, AgendaSection s) const
{
    QList<AgendaItem> out;
    for (const AgendaItem &i : a.items)
        if (i.section == s)
            out.append(i);
    return out;
}

QList<Id> TestAgenda::children(const Agenda &a, AgendaSection s) const
{
    QList<Id> out;
    for (const AgendaItem &i : section(a, s))
        out.append(i.childId);
    return out;
}

Id TestAgenda::meetingOn8April()
{
    Meeting m;
    m.date = d(2026, 4, 8);
    m.starts = QTime(11, 0);
    m.ends = QTime(12, 0);
    auto created = Meetings(**m_db).create(m);
    return created ? created->id : 0;
}

void TestAgenda::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<BackendDatabase>(backend);
    ENC_SKIP_WITHOUT(*m_db);
    QVERIFY(m_db->db);
    m_h = AgendaHistory();
    QVERIFY(m_h.build(**m_db));
}

void TestAgenda::bankHolidayWeekTakesPpnsSinceWednesday()
{
    // Good Friday and Easter Monday are skipped: after Wednesday 1 April comes 8 April.
    QCOMPARE(MeetingSchedule::next(d(2026, 4, 2)).date, d(2026, 4, 8));
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY2(agenda, qPrintable(agenda.errorText()));
    QCOMPARE(agenda->since, d(2026, 4, 1));
    QVERIFY(!agenda->trackingReview);
    const QList<Id> listed = children(*agenda, AgendaSection::NewPpns);
    // Received 2, 3 (Good Friday) and 7 April.
    QVERIFY(listed.contains(m_h.amy));
    QVERIFY(listed.contains(m_h.ben));
    QVERIFY(listed.contains(m_h.cal));
    QCOMPARE(listed.size(), 3);
}

void TestAgenda::newPpnsGroupedByHouseholdOldestFirst()
{
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    const QList<AgendaItem> items = section(*agenda, AgendaSection::NewPpns);
    QCOMPARE(items.size(), 3);
    // Cal's incident (30 March) is the oldest; then the household of Amy and Ben together.
    QCOMPARE(items[0].childId, m_h.cal);
    QCOMPARE(items[1].householdId, m_h.householdAddress);
    QCOMPARE(items[2].householdId, m_h.householdAddress);
    const AgendaItem amy = items[1].childId == m_h.amy ? items[1] : items[2];
    QCOMPARE(amy.policeReferences.size(), 2);
    QVERIFY(amy.reason().contains(QStringLiteral("02/04/2026"))); // the first received
    QVERIFY(amy.reason().startsWith(QStringLiteral("2 new PPNs")));
    QVERIFY(items[0].reason().startsWith(QStringLiteral("New PPN received")));
}

void TestAgenda::childAlreadyHeardIsNotListed()
{
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    for (const AgendaItem &i : agenda->items) {
        QVERIFY(i.childId != m_h.eve);
        QVERIFY(i.childId != m_h.dan);
    }
}

void TestAgenda::heardOnTheDayReceivedButNotBeforeNorByAWithdrawnDecision()
{
    // PPNs received on 7 April: Max decided that day (heard), Ned decided on 6 April (before
    // it came in: still to hear), Oli decided on 7 April but the decision was withdrawn.
    const Id max = m_h.child(**m_db, QStringLiteral("Max"), QStringLiteral("Sample"));
    const Id ned = m_h.child(**m_db, QStringLiteral("Ned"), QStringLiteral("Sample"));
    const Id oli = m_h.child(**m_db, QStringLiteral("Oli"), QStringLiteral("Sample"));
    m_h.ppn(**m_db, {max, ned, oli}, d(2026, 4, 6), d(2026, 4, 7));
    QVERIFY(m_h.decide(**m_db, max, d(2026, 4, 7)));
    QVERIFY(m_h.decide(**m_db, ned, d(2026, 4, 6)));
    const Id withdrawn = m_h.decide(**m_db, oli, d(2026, 4, 7));
    QVERIFY(withdrawn);
    QVERIFY(Decisions(**m_db).archiveDecision(withdrawn));
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    const QList<Id> listed = children(*agenda, AgendaSection::NewPpns);
    QVERIFY(!listed.contains(max));
    QVERIFY(listed.contains(ned));
    QVERIFY(listed.contains(oli));
    QCOMPARE(listed.size(), 5); // with Amy, Ben and Cal
}

void TestAgenda::escalationsWithoutLiaison()
{
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    const QList<AgendaItem> items = section(*agenda, AgendaSection::Escalations);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].childId, m_h.fay);
    QCOMPARE(items[0].policeReferences.size(), 3);
    QVERIFY(items[0].reason().contains(QStringLiteral("Escalation")));
}

void TestAgenda::actionsDueByTheMeeting()
{
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    const QList<AgendaItem> items = section(*agenda, AgendaSection::ActionsDue);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].childId, m_h.hal);
    QVERIFY(items[0].reason().contains(QStringLiteral("Health visitor to call the family")));
    QVERIFY(items[0].reason().contains(QStringLiteral("07/04/2026")));
    QVERIFY(!items[0].reason().contains(QStringLiteral("more")));
    QCOMPARE(items[0].policeReferences.size(), 1);
    // Both are due by 20 April.
    auto later = AgendaBuilder(**m_db).build(d(2026, 4, 20));
    QVERIFY(later);
    QVERIFY(
        section(*later, AgendaSection::ActionsDue)[0].reason().contains(QStringLiteral("1 more")));
}

void TestAgenda::actionsDueComeFromTheActionsNotTheStoredNextDue()
{
    // The builder reads each child's household from the stored next_action_due index; a
    // child whose stored date is behind (or missing) is still on the agenda, with its
    // household, and an archived child's actions are not.
    const QSqlDatabase sql = (*m_db)->sql();
    const auto set = [&](const QString &statement) {
        QVERIFY(Sql::exec(sql, statement, {{u"hal"_s, m_h.hal}, {u"h"_s, m_h.householdAddress}}));
    };
    set(u"UPDATE child SET household_id = :h WHERE id = :hal"_s);
    for (const QString &stored :
         {u"NULL"_s, u"'2030-01-01'"_s, u"'2026-04-07'"_s, u"'2026-01-01'"_s}) {
        set(u"UPDATE child SET next_action_due = %1 WHERE id = :hal"_s.arg(stored));
        auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
        QVERIFY(agenda);
        const QList<AgendaItem> items = section(*agenda, AgendaSection::ActionsDue);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].childId, m_h.hal);
        QCOMPARE(items[0].householdId, m_h.householdAddress);
        QVERIFY(items[0].reason().contains(u"07/04/2026"_s));
    }
    set(u"UPDATE child SET archived_at = '2026-04-07T10:00:00' WHERE id = :hal"_s);
    for (const QString &stored : {u"NULL"_s, u"'2026-04-07'"_s}) {
        set(u"UPDATE child SET next_action_due = %1 WHERE id = :hal"_s.arg(stored));
        auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
        QVERIFY(agenda);
        QVERIFY(section(*agenda, AgendaSection::ActionsDue).isEmpty());
    }
}

void TestAgenda::referencesAreReadForTheFirstItemsAsked()
{
    // The screen asks for the references of the first items only; the CLI for all. An
    // escalation names the PPNs that triggered it; an action the child's latest.
    AgendaBuilder builder(**m_db);
    auto none = builder.build(d(2026, 4, 8), 0);
    QVERIFY(none);
    const AgendaItem escalation = section(*none, AgendaSection::Escalations).value(0);
    QCOMPARE(escalation.childId, m_h.fay);
    QVERIFY(escalation.policeReferences.isEmpty());
    QCOMPARE(escalation.ppnIds.size(), 3);
    QVERIFY(escalation.reason().contains(u"by 3 PPNs"_s));
    QVERIFY(section(*none, AgendaSection::ActionsDue).value(0).policeReferences.isEmpty());
    // New PPNs always carry theirs.
    for (const AgendaItem &i : section(*none, AgendaSection::NewPpns))
        QVERIFY(!i.policeReferences.isEmpty());

    auto one = builder.build(d(2026, 4, 8), 1); // the escalation comes before the action
    QVERIFY(one);
    QCOMPARE(section(*one, AgendaSection::Escalations).value(0).policeReferences.size(), 3);
    QVERIFY(section(*one, AgendaSection::ActionsDue).value(0).policeReferences.isEmpty());

    auto all = builder.build(d(2026, 4, 8));
    QVERIFY(all);
    const QStringList refs = section(*all, AgendaSection::Escalations).value(0).policeReferences;
    QCOMPARE(refs.size(), 3);
    for (const QString &r : refs)
        QVERIFY(r.startsWith(u"NICHE-TEST-"_s));
    QCOMPARE(section(*all, AgendaSection::ActionsDue).value(0).policeReferences.size(), 1);
}

void TestAgenda::trackingReviewOnlyOnFriday()
{
    auto wednesday = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(wednesday);
    QVERIFY(section(*wednesday, AgendaSection::TrackingReview).isEmpty());
    auto friday = AgendaBuilder(**m_db).build(d(2026, 4, 10));
    QVERIFY(friday);
    QVERIFY(friday->trackingReview);
    const QList<AgendaItem> items = section(*friday, AgendaSection::TrackingReview);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].childId, m_h.ida); // returned since the last review
    QVERIFY(items[0].reason().contains(QStringLiteral("returned on 08/04/2026")));
    QCOMPARE(items[1].childId, m_h.jon); // overdue
    QVERIFY(items[1].reason().contains(QStringLiteral("overdue")));
}

void TestAgenda::deferredItemsCarryOver()
{
    auto agenda = AgendaBuilder(**m_db).build(d(2026, 4, 8));
    QVERIFY(agenda);
    const QList<AgendaItem> items = section(*agenda, AgendaSection::CarriedOver);
    QCOMPARE(items.size(), 1); // Lea was decided on 2 April
    QCOMPARE(items[0].childId, m_h.kit);
    QVERIFY(items[0].reason().contains(QStringLiteral("01/04/2026")));
    QVERIFY(items[0].reason().contains(QStringLiteral("Waiting for school")));
    QVERIFY(!items[0].policeReferences.isEmpty());
}

void TestAgenda::storedOrderAndAddedChildSurviveRebuild()
{
    const Id meeting = meetingOn8April();
    AgendaBuilder builder(**m_db);
    auto agenda = builder.forMeeting(meeting);
    QVERIFY(agenda);
    QList<AgendaItem> items = agenda->items;
    items.move(items.size() - 1, 0); // the chair moves the last item first
    const Id first = items[0].childId;
    AgendaStore store(**m_db);
    QVERIFY(store.save(meeting, items));
    QVERIFY(store.addChild(meeting, m_h.dan, QStringLiteral("Chair added")));
    // A PPN received during the meeting is appended.
    const Id zoe = m_h.child(**m_db, QStringLiteral("Zoe"), QStringLiteral("Sample"));
    m_h.ppn(**m_db, {zoe}, d(2026, 4, 8), d(2026, 4, 8));
    auto again = builder.forMeeting(meeting);
    QVERIFY(again);
    QCOMPARE(again->items.first().childId, first);
    QCOMPARE(again->items.size(), items.size() + 2);
    QCOMPARE(again->items[items.size()].childId, m_h.dan);
    QVERIFY(again->items[items.size()].section == AgendaSection::Added);
    QCOMPARE(again->items.last().childId, zoe);
    QVERIFY(!again->items.first().policeReferences.isEmpty());
}

void TestAgenda::savingAnUnchangedAgendaWritesNothing()
{
    // The meeting screen saves the agenda on each reload: only what moved is written.
    if (m_db->onServer())
        QSKIP("Counts the rows written with SQLite's total_changes()");
    const Id meeting = meetingOn8April();
    AgendaBuilder builder(**m_db);
    AgendaStore store(**m_db);
    auto agenda = builder.forMeeting(meeting);
    QVERIFY(agenda);
    QList<AgendaItem> items = agenda->items;
    QVERIFY(items.size() >= 4);
    QVERIFY(store.save(meeting, items));
    for (const AgendaItem &i : items)
        QVERIFY(i.id > 0);
    const QSqlDatabase sql = (*m_db)->sql();
    const auto changes = [&]() {
        return Sql::scalar(sql, u"SELECT total_changes()"_s)->toInt();
    };
    const int before = changes();
    auto again = builder.forMeeting(meeting);
    QVERIFY(again);
    QList<AgendaItem> same = again->items;
    QVERIFY(store.save(meeting, same));
    QCOMPARE(changes(), before);
    // Swapping two items writes their two positions, and the order is kept.
    same.swapItemsAt(1, 2);
    QVERIFY(store.save(meeting, same));
    QCOMPARE(changes(), before + 2);
    auto stored = store.items(meeting);
    QVERIFY(stored);
    QCOMPARE(stored->size(), same.size());
    for (qsizetype i = 0; i < same.size(); ++i)
        QCOMPARE(stored->at(i).id, same[i].id);
}

void TestAgenda::cliPrintsSectionsAsJson()
{
    m_db->db.reset();
    QProcess cli;
    cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
              {QStringLiteral("--db"), m_db->address(), QStringLiteral("agenda"),
               QStringLiteral("--date"), QStringLiteral("08/04/2026"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-08"));
    const QJsonObject sections = o.value(QStringLiteral("sections")).toObject();
    const QJsonArray ppns = sections.value(QStringLiteral("new_ppns")).toArray();
    QCOMPARE(ppns.size(), 3);
    const QJsonObject first = ppns.first().toObject();
    QCOMPARE(first.value(QStringLiteral("child_id")).toInteger(), m_h.cal);
    QCOMPARE(first.value(QStringLiteral("police_references")).toArray().size(), 1);
    QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(!sections.contains(QStringLiteral("tracking_review"))); // not a Friday
    QCOMPARE(sections.value(QStringLiteral("carried_over")).toArray().size(), 1);
    QCOMPARE(sections.value(QStringLiteral("escalations")).toArray().size(), 1);

    QProcess text;
    text.start(QStringLiteral(ENCOMPASS_CLI_PATH),
               {QStringLiteral("--db"), m_db->address(), QStringLiteral("agenda"),
                QStringLiteral("--date"), QStringLiteral("2026-04-10")});
    QVERIFY(text.waitForFinished(30000));
    QCOMPARE(text.exitCode(), 0);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    // Friday: the tracking review; the PPNs due at Wednesday 8 April's meeting, which heard
    // nobody, are still on the agenda.
    QVERIFY(out.contains(QStringLiteral("New PPNs: 3 items")));
    QVERIFY(out.contains(QStringLiteral("waiting since 03/04/2026, 1 meeting")));
    QVERIFY(out.contains(QStringLiteral("Tracking review: proformas: 2 items")));
    QVERIFY(out.contains(QStringLiteral("NICHE-TEST-")));
    QVERIFY(!out.contains(QStringLiteral("Amy")));
}

void TestAgenda::wordingOfEverySectionAsPeopleReadIt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected");
    // Each line: section, child's forename, household named or not, references, wording.
    QTest::newRow("Wednesday 8 April")
        << d(2026, 4, 8)
        << QStringList{
               u"new_ppns | Cal | - | NICHE-TEST-003 | New PPN received on 03/04/2026"_s,
               u"new_ppns | Amy | household | NICHE-TEST-001,NICHE-TEST-002 | 2 new PPNs, the first received on 02/04/2026"_s,
               u"new_ppns | Ben | household | NICHE-TEST-001 | New PPN received on 02/04/2026"_s,
               u"escalations | Fay | - | NICHE-TEST-006,NICHE-TEST-007,NICHE-TEST-008 | Escalation triggered on 10/03/2026 by 3 PPNs: liaison with the social worker or MASH to agree"_s,
               u"actions_due | Hal | - | NICHE-TEST-012 | Action overdue since 07/04/2026: Health visitor to call the family"_s,
               u"carried_over | Kit | - | NICHE-TEST-015 | Deferred at the meeting on 01/04/2026: Waiting for school"_s,
           };
    QTest::newRow("Friday 10 April")
        << d(2026, 4, 10)
        << QStringList{
               // Nobody was heard on Wednesday 8 April (the bank holidays before it had no
               // meeting): the PPNs stay, counting the meetings they waited.
               u"new_ppns | Cal | - | NICHE-TEST-003 | PPN not yet heard: waiting since 03/04/2026, 1 meeting"_s,
               u"new_ppns | Amy | household | NICHE-TEST-001,NICHE-TEST-002 | 2 PPNs not yet heard: waiting since 02/04/2026, 1 meeting"_s,
               u"new_ppns | Ben | household | NICHE-TEST-001 | PPN not yet heard: waiting since 02/04/2026, 1 meeting"_s,
               u"escalations | Fay | - | NICHE-TEST-006,NICHE-TEST-007,NICHE-TEST-008 | Escalation triggered on 10/03/2026 by 3 PPNs: liaison with the social worker or MASH to agree"_s,
               u"actions_due | Hal | - | NICHE-TEST-012 | Action overdue since 07/04/2026: Health visitor to call the family"_s,
               u"tracking_review | Ida | - | NICHE-TEST-013 | Proforma returned on 08/04/2026, to review"_s,
               u"tracking_review | Jon | - | NICHE-TEST-014 | Proforma overdue: due back on 01/04/2026"_s,
               u"carried_over | Kit | - | NICHE-TEST-015 | Deferred at the meeting on 01/04/2026: Waiting for school"_s,
           };
    QTest::newRow("Monday 20 April")
        << d(2026, 4, 20)
        << QStringList{
               // Meetings on 8, 10, 13, 15 and 17 April.
               u"new_ppns | Cal | - | NICHE-TEST-003 | PPN not yet heard: waiting since 03/04/2026, 5 meetings"_s,
               u"new_ppns | Amy | household | NICHE-TEST-001,NICHE-TEST-002 | 2 PPNs not yet heard: waiting since 02/04/2026, 5 meetings"_s,
               u"new_ppns | Ben | household | NICHE-TEST-001 | PPN not yet heard: waiting since 02/04/2026, 5 meetings"_s,
               u"escalations | Fay | - | NICHE-TEST-006,NICHE-TEST-007,NICHE-TEST-008 | Escalation triggered on 10/03/2026 by 3 PPNs: liaison with the social worker or MASH to agree"_s,
               u"actions_due | Hal | - | NICHE-TEST-012 | Action overdue since 07/04/2026: Health visitor to call the family (and 1 more open actions due)"_s,
               u"carried_over | Kit | - | NICHE-TEST-015 | Deferred at the meeting on 01/04/2026: Waiting for school"_s,
           };
    QTest::newRow("Monday 30 March")
        << d(2026, 3, 30)
        << QStringList{
               u"escalations | Fay | - | NICHE-TEST-006,NICHE-TEST-007,NICHE-TEST-008 | Escalation triggered on 10/03/2026 by 3 PPNs: liaison with the social worker or MASH to agree"_s,
           };
    QTest::newRow("Tuesday 7 April")
        << d(2026, 4, 7)
        << QStringList{
               u"new_ppns | Cal | - | NICHE-TEST-003 | New PPN received on 03/04/2026"_s,
               u"new_ppns | Amy | household | NICHE-TEST-001,NICHE-TEST-002 | 2 new PPNs, the first received on 02/04/2026"_s,
               u"new_ppns | Ben | household | NICHE-TEST-001 | New PPN received on 02/04/2026"_s,
               u"escalations | Fay | - | NICHE-TEST-006,NICHE-TEST-007,NICHE-TEST-008 | Escalation triggered on 10/03/2026 by 3 PPNs: liaison with the social worker or MASH to agree"_s,
               u"actions_due | Hal | - | NICHE-TEST-012 | Action due 07/04/2026: Health visitor to call the family"_s,
               u"carried_over | Kit | - | NICHE-TEST-015 | Deferred at the meeting on 01/04/2026: Waiting for school"_s,
           };
}

void TestAgenda::wordingOfEverySectionAsPeopleReadIt()
{
    // The whole agenda, every item's wording included, for dates that reach each section
    // and each form of words (one PPN or several, overdue or due that day, more actions).
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    auto agenda = AgendaBuilder(**m_db).build(date);
    QVERIFY2(agenda, qPrintable(agenda.errorText()));
    const QHash<Id, QString> names{
        {m_h.amy, QStringLiteral("Amy")}, {m_h.ben, QStringLiteral("Ben")},
        {m_h.cal, QStringLiteral("Cal")}, {m_h.dan, QStringLiteral("Dan")},
        {m_h.eve, QStringLiteral("Eve")}, {m_h.fay, QStringLiteral("Fay")},
        {m_h.gus, QStringLiteral("Gus")}, {m_h.hal, QStringLiteral("Hal")},
        {m_h.ida, QStringLiteral("Ida")}, {m_h.jon, QStringLiteral("Jon")},
        {m_h.kit, QStringLiteral("Kit")}, {m_h.lea, QStringLiteral("Lea")}};
    QStringList lines;
    for (const AgendaItem &i : agenda->items)
        lines << QStringLiteral("%1 | %2 | %3 | %4 | %5")
                     .arg(toString(i.section), names.value(i.childId),
                          i.householdId ? QStringLiteral("household") : QStringLiteral("-"),
                          i.policeReferences.join(QLatin1Char(',')), i.reason());
    if (lines != expected)
        qWarning().noquote() << lines.join(QStringLiteral("\n"));
    QCOMPARE(lines, expected);
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "test_agenda.moc"
