// Proformas: requested from the child's setting, due back after the office's working days,
// overdue after that, returned, on the Friday tracking review until reviewed, chased; from core
// and from encompass-cli.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "domain/ProformaRule.h"
#include "meeting/AgendaBuilder.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "repo/Proformas.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct Office
{
    test::TempDatabase t;
    Id setting = 0;
    Id ida = 0; // at Little Acorns
    Id ned = 0; // no known setting

    Office()
    {
        Setting s;
        s.name = QStringLiteral("Little Acorns Nursery");
        setting = Directory(*t).addSetting(s)->id;
        ida = child(QStringLiteral("Ida"), setting);
        ned = child(QStringLiteral("Ned"), 0);
    }

    Id child(const QString &forename, Id settingId)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Testchild");
        c.dateOfBirth = d(2022, 5, 14);
        c.settingId = settingId;
        c.settingKnown = settingId ? SettingKnown::Known : SettingKnown::Unknown;
        auto saved = Children(*t).add(c);
        return saved ? saved->id : 0;
    }

    QList<AgendaItem> review(QDate friday)
    {
        auto agenda = AgendaBuilder(*t).build(friday);
        QList<AgendaItem> out;
        if (agenda)
            for (const AgendaItem &i : agenda->items)
                if (i.section == AgendaSection::TrackingReview)
                    out << i;
        return out;
    }
};

} // namespace

class TestProformas : public QObject
{
    Q_OBJECT

private slots:
    void dueAfterTheOfficesWorkingDaysOverdueTheDayAfter()
    {
        // Requested Monday 23 March 2026: ten working days, Good Friday and Easter Monday not
        // counted, bring it to Wednesday 8 April.
        const ProformaRule rule;
        QCOMPARE(rule.dueDays(), 10);
        QCOMPARE(rule.dueOn(d(2026, 3, 23)), d(2026, 4, 8));
        Proforma p;
        p.sentOn = d(2026, 3, 23);
        QVERIFY(!rule.isOverdue(p, d(2026, 4, 8)));
        QVERIFY(rule.isOverdue(p, d(2026, 4, 9)));
        QCOMPARE(rule.daysOverdue(p, d(2026, 4, 11)), 3);
        p.returnedOn = d(2026, 4, 10);
        QVERIFY(!rule.isOverdue(p, d(2026, 4, 11))); // back: not overdue, however late
    }

    void theOfficeChoosesTheDays()
    {
        Office o;
        QCOMPARE(Proformas(*o.t).rule().dueDays(), 10);
        QVERIFY(Options(o.t->sql()).setValue(ProformaRule::optionKey(), QStringLiteral("5")));
        const ProformaRule five = Proformas(*o.t).rule();
        QCOMPARE(five.dueOn(d(2026, 3, 23)), d(2026, 3, 30));
        auto saved = Proformas(*o.t).request(o.ida, d(2026, 3, 23), five);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        auto list = Proformas(*o.t).list(true, d(2026, 3, 31), five);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().daysOverdue, 1);
        QCOMPARE(list->first().settingName, QStringLiteral("Little Acorns Nursery"));
        QVERIFY(Proformas(*o.t).list(true, d(2026, 3, 30), five)->isEmpty());
        // Nonsense in the option is the default, not a proforma due the day it was sent.
        QVERIFY(Options(o.t->sql()).setValue(ProformaRule::optionKey(), QStringLiteral("0")));
        QCOMPARE(Proformas(*o.t).rule().dueDays(), 10);
    }

    void oneAwaitedAtATimeAndOnlyFromAKnownSetting()
    {
        Office o;
        const ProformaRule rule;
        QVERIFY(Proformas(*o.t).request(o.ida, d(2026, 3, 23), rule));
        auto again = Proformas(*o.t).request(o.ida, d(2026, 3, 24), rule);
        QVERIFY(!again);
        QVERIFY2(again.errorText().contains(QStringLiteral("requested on 23/03/2026 and is still "
                                                           "awaited (due back 08/04/2026)")),
                 qPrintable(again.errorText()));
        auto noSetting = Proformas(*o.t).request(o.ned, d(2026, 3, 23), rule);
        QVERIFY(!noSetting);
        QVERIFY(noSetting.errorText().contains(QStringLiteral("Ned Testchild")));
        QVERIFY(noSetting.errorText().contains(QStringLiteral("no known setting")));
        QCOMPARE(Proformas(*o.t).forChild(o.ned)->size(), 0);
    }

    void returnedIsOnEveryFridayUntilReviewed()
    {
        Office o;
        auto saved = Proformas(*o.t).request(o.ida, d(2026, 3, 23), ProformaRule());
        QVERIFY(saved);
        // Friday 10 April: overdue (due 8 April, not back).
        QList<AgendaItem> items = o.review(d(2026, 4, 10));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].why.kind, AgendaReason::Kind::ProformaOverdue);
        auto p = Proformas(*o.t).get(saved->id);
        QVERIFY(Proformas(*o.t).markReturned(p->id, d(2026, 4, 14), QStringLiteral("Settled"),
                                             QStringLiteral("Likes painting"), p->version));
        // Friday 17 April: returned since the last review.
        items = o.review(d(2026, 4, 17));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].childId, o.ida);
        QCOMPARE(items[0].why.kind, AgendaReason::Kind::ProformaReturned);
        // Not reached on the 17th: still there on the 24th.
        QCOMPARE(o.review(d(2026, 4, 24)).size(), 1);
        Meeting m;
        m.date = d(2026, 4, 24);
        m.starts = QTime(11, 0);
        m.ends = QTime(12, 0);
        const Id meeting = Meetings(*o.t).create(m)->id;
        QVERIFY(Proformas(*o.t).markReviewed(p->id, meeting, d(2026, 4, 24),
                                             QStringLiteral("Setting to keep watch; no further "
                                                            "action")));
        QVERIFY(o.review(d(2026, 5, 1)).isEmpty());
        p = Proformas(*o.t).get(saved->id);
        QCOMPARE(p->reviewedMeetingId, meeting);
        QCOMPARE(p->reviewOutcome, QStringLiteral("Setting to keep watch; no further action"));
    }

    void reviewAndReturnCheckedAndStaleEditsRefused()
    {
        Office o;
        const Id id = Proformas(*o.t).request(o.ida, d(2026, 3, 23), ProformaRule())->id;
        Status early = Proformas(*o.t).markReviewed(id, 0, d(2026, 4, 10), QStringLiteral("x"));
        QVERIFY(!early);
        QVERIFY(early.errorText().contains(QStringLiteral("record its return first")));
        Status before = Proformas(*o.t).markReturned(id, d(2026, 3, 20), QStringLiteral("x"), {});
        QVERIFY(!before);
        QCOMPARE(before.error().field, QStringLiteral("returned_on"));
        QVERIFY(!Proformas(*o.t).markReturned(id, d(2026, 4, 1), QStringLiteral("  "), {}));
        const int shown = Proformas(*o.t).get(id)->version;
        // Another desk chases it meanwhile: the return typed against the old version is refused.
        QVERIFY(!Proformas(*o.t).recordChase(id, d(2026, 4, 8))); // not due until then
        QVERIFY(Proformas(*o.t).recordChase(id, d(2026, 4, 9)));
        Status stale =
            Proformas(*o.t).markReturned(id, d(2026, 4, 10), QStringLiteral("Fine"), {}, shown);
        QVERIFY(!stale);
        QVERIFY2(stale.errorText().contains(QStringLiteral("tester")),
                 qPrintable(stale.errorText()));
        auto p = Proformas(*o.t).get(id);
        QVERIFY(!p->returned());
        QCOMPARE(p->chaseCount, 1);
        QCOMPARE(p->chasedOn, d(2026, 4, 9));
    }

    void fromTheCommandLine()
    {
        Office o;
        const QString db = o.t.path();
        const QString home = o.t.dir.path();
        const QString ida = QString::number(o.ida);
        test::CliRun r = test::runCli(home, db,
                                      {QStringLiteral("proforma"), QStringLiteral("request"),
                                       QStringLiteral("--child"), ida, QStringLiteral("--on"),
                                       QStringLiteral("2026-03-23")});
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QStringLiteral("due back 08/04/2026")));
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("list"),
                          QStringLiteral("--overdue"), QStringLiteral("--as-of"),
                          QStringLiteral("09/04/2026"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray overdue = r.json().value(QStringLiteral("proformas")).toArray();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0][QStringLiteral("state")].toString(), QStringLiteral("overdue"));
        QCOMPARE(overdue[0][QStringLiteral("due_on")].toString(), QStringLiteral("2026-04-08"));
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("chase"),
                          QStringLiteral("--child"), ida, QStringLiteral("--on"),
                          QStringLiteral("2026-04-09")});
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        // The summary is required: bad usage changes nothing.
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("return"),
                          QStringLiteral("--child"), ida, QStringLiteral("--on"),
                          QStringLiteral("2026-04-14")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.errText().contains(QStringLiteral("summary")));
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("return"),
                          QStringLiteral("--child"), ida, QStringLiteral("--on"),
                          QStringLiteral("2026-04-14"), QStringLiteral("--summary"),
                          QStringLiteral("Settled, eating well"), QStringLiteral("--voice"),
                          QStringLiteral("Likes the sand tray")});
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("review"),
                          QStringLiteral("--child"), ida, QStringLiteral("--on"),
                          QStringLiteral("2026-04-17"), QStringLiteral("--outcome"),
                          QStringLiteral("No further action")});
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        r = test::runCli(
            home, db,
            {QStringLiteral("proforma"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject p =
            r.json().value(QStringLiteral("proformas")).toArray().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("reviewed"));
        QCOMPARE(p.value(QStringLiteral("chase_count")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("voice_of_child")).toString(),
                 QStringLiteral("Likes the sand tray"));
        QCOMPARE(p.value(QStringLiteral("review_outcome")).toString(),
                 QStringLiteral("No further action"));
        // Ned has no setting: refused with his name, exit 1.
        r = test::runCli(home, db,
                         {QStringLiteral("proforma"), QStringLiteral("request"),
                          QStringLiteral("--child"), QString::number(o.ned)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.errText().contains(QStringLiteral("Ned Testchild")));
    }
};

QTEST_GUILESS_MAIN(TestProformas)
#include "test_proformas.moc"
