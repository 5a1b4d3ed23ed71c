// An escalation's follow-up: liaison, feedback, closing; the agenda keeps it until it is
// closed; the rule opens it again only on a new PPN; the command line does the same.

#include "BackendDatabase.h"
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "meeting/AgendaBuilder.h"
#include "repo/Children.h"
#include "repo/EscalationFollowUp.h"
#include "repo/EscalationService.h"
#include "repo/Ppns.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Id addChild(Database &db)
{
    Child c;
    c.forename = QStringLiteral("Amir");
    c.surname = QStringLiteral("Khan");
    c.dateOfBirth = d(2022, 3, 1);
    c.postcode = QStringLiteral("ZZ1 1AA");
    auto saved = Children(db).add(c);
    return saved ? saved->id : 0;
}

bool addPpn(Database &db, const QString &ref, QDate on, Id child)
{
    Ppn p;
    p.policeReference = ref;
    p.incidentDate = on;
    p.receivedOn = on;
    p.children.append({child, Presence::Present});
    auto saved = Ppns(db).add(p, on);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorText()));
    return bool(saved);
}

// A child with three PPNs in January to March 2026: escalated on 05/03/2026.
Id escalatedChild(Database &db)
{
    const Id a = addChild(db);
    const bool added = addPpn(db, QStringLiteral("R-1"), d(2026, 1, 5), a) &&
                       addPpn(db, QStringLiteral("R-2"), d(2026, 2, 5), a) &&
                       addPpn(db, QStringLiteral("R-3"), d(2026, 3, 5), a);
    return added ? a : 0;
}

int scalarInt(Database &db, const QString &sql)
{
    return Sql::scalar(db.sql(), sql)->toInt();
}

// The escalation items of the agenda of a meeting on date.
QList<AgendaItem> escalationsOn(Database &db, QDate date)
{
    QList<AgendaItem> out;
    auto agenda = AgendaBuilder(db).build(date);
    if (!agenda)
        return out;
    for (const AgendaItem &i : agenda->items) {
        if (i.section == AgendaSection::Escalations)
            out.append(i);
    }
    return out;
}

} // namespace

class TestEscalationFollowUp : public QObject
{
    Q_OBJECT

private slots:
    // Every test on SQLite and on a PostgreSQL server (skipped when there is none).
    void initTestCase_data() { test::backendRows(); }

    void liaisonFeedbackAndClose()
    {
        QFETCH_GLOBAL(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const Id a = escalatedChild(*t);
        QVERIFY(a);
        EscalationFollowUp f(*t);
        auto open = f.openFor(a);
        QVERIFY2(open, qPrintable(open.errorText()));
        QCOMPARE(open->state(), EscalationState::Open);
        QCOMPARE(open->triggeredOn, d(2026, 3, 5));

        // Each field is checked and named; nothing is written.
        auto noWith = f.liaise(open->id, open->version, d(2026, 3, 6), {}, QStringLiteral("x"));
        QVERIFY(!noWith);
        QCOMPARE(noWith.error().field, QStringLiteral("with"));
        auto early = f.liaise(open->id, open->version, d(2026, 3, 1), QStringLiteral("MASH"),
                              QStringLiteral("x"));
        QVERIFY(!early);
        QCOMPARE(early.error().field, QStringLiteral("on"));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM escalation_liaison")), 0);

        QVERIFY(f.liaise(open->id, open->version, d(2026, 3, 6), QStringLiteral("MASH"),
                         QStringLiteral("Threshold not met; Early Help continues")));
        // The version moved on: an edit started from the old one is refused.
        auto stale = f.feedback(open->id, open->version, d(2026, 3, 9), QStringLiteral("Told"));
        QVERIFY(!stale);
        QCOMPARE(stale.error().field, QStringLiteral("version"));
        auto now = f.get(open->id);
        QVERIFY(now);
        QCOMPARE(now->state(), EscalationState::Liaised);
        QCOMPARE(now->liaisons.size(), 1);
        QCOMPARE(now->liaisons.first().with, QStringLiteral("MASH"));
        QVERIFY(f.feedback(now->id, now->version, d(2026, 3, 9),
                           QStringLiteral("Chair fed back the liaison")));
        now = f.get(open->id);
        QCOMPARE(now->state(), EscalationState::FeedbackGiven);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT escalated FROM child")), 1);
        QVERIFY(!f.close(now->id, now->version, d(2026, 3, 11), QStringLiteral("  ")));
        QVERIFY(f.close(now->id, now->version, d(2026, 3, 11), QStringLiteral("Liaison done")));
        now = f.get(open->id);
        QCOMPARE(now->state(), EscalationState::Closed);
        QCOMPARE(now->closeReason, QStringLiteral("Liaison done"));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT escalated FROM child")), 0);
        // Closed: nothing more is recorded on it, and the child has no open escalation.
        auto after = f.liaise(now->id, now->version, d(2026, 3, 12), QStringLiteral("MASH"),
                              QStringLiteral("x"));
        QVERIFY(!after);
        QVERIFY(after.errorText().contains(QStringLiteral("closed on 11/03/2026")));
        QVERIFY(!f.openFor(a));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action LIKE "
                                              "'escalation-%' AND action <> "
                                              "'escalation-triggered'")),
                 3);
    }

    // Liaison and feedback keep the child on the agenda (saying how far it has gone); closing
    // takes the child off the next one.
    void onTheAgendaUntilClosed()
    {
        QFETCH_GLOBAL(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const Id a = escalatedChild(*t);
        QVERIFY(a);
        EscalationFollowUp f(*t);
        auto e = f.openFor(a);
        QVERIFY(e);
        QCOMPARE(escalationsOn(*t, d(2026, 3, 6)).size(), 1);
        QVERIFY(f.liaise(e->id, e->version, d(2026, 3, 6), QStringLiteral("MASH"),
                         QStringLiteral("Agreed")));
        const QList<AgendaItem> liaised = escalationsOn(*t, d(2026, 3, 9));
        QCOMPARE(liaised.size(), 1);
        QVERIFY2(liaised.first().reason().contains(QStringLiteral("liaised with MASH")),
                 qPrintable(liaised.first().reason()));
        e = f.get(e->id);
        QVERIFY(f.close(e->id, e->version, d(2026, 3, 9), QStringLiteral("Done")));
        QCOMPARE(escalationsOn(*t, d(2026, 3, 11)).size(), 0);
    }

    // A closed escalation does not come back by itself, nor on a PPN outside the window; it
    // does when the rule triggers again on a new PPN.
    void triggersAgainOnANewPpnAfterClosing()
    {
        QFETCH_GLOBAL(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const Id a = escalatedChild(*t);
        QVERIFY(a);
        EscalationFollowUp f(*t);
        auto e = f.openFor(a);
        QVERIFY(e);
        QVERIFY(f.close(e->id, e->version, d(2026, 3, 9), QStringLiteral("MASH informed")));
        // Refreshing the rule (any import does) opens nothing.
        QVERIFY(EscalationService::refreshChild(t->sql(), a, d(2026, 3, 20), EscalationConfig{}));
        QVERIFY(
            EscalationService::refreshChildren(t->sql(), {a}, d(2026, 3, 20), EscalationConfig{}));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM escalation")), 1);
        QCOMPARE(escalationsOn(*t, d(2026, 3, 23)).size(), 0);

        // A fourth PPN within the window of the others: escalated again, back on the agenda.
        QVERIFY(addPpn(*t, QStringLiteral("R-4"), d(2026, 4, 2), a));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM escalation")), 2);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT escalated FROM child")), 1);
        auto again = f.openFor(a);
        QVERIFY2(again, qPrintable(again.errorText()));
        QCOMPARE(again->triggeredOn, d(2026, 4, 2));
        QVERIFY(again->ppnIds.size() >= 3);
        const QList<AgendaItem> items = escalationsOn(*t, d(2026, 4, 3));
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().reason().contains(QStringLiteral("02/04/2026")));
        // Another refresh keeps the one record.
        QVERIFY(
            EscalationService::refreshChildren(t->sql(), {a}, d(2026, 4, 3), EscalationConfig{}));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM escalation")), 2);

        // Closed again; a lone PPN months later is no trigger.
        QVERIFY(f.close(again->id, again->version, d(2026, 4, 6), QStringLiteral("Done")));
        QVERIFY(addPpn(*t, QStringLiteral("R-5"), d(2026, 9, 1), a));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM escalation")), 2);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT escalated FROM child")), 0);
    }

    void commandLine()
    {
        QFETCH_GLOBAL(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const Id a = escalatedChild(*t);
        QVERIFY(a);
        const QString child = QString::number(a);
        QTemporaryDir home;
        const QString db = t.address();
        auto run = [&](const QStringList &args) {
            return test::runCli(home.path(), db, args);
        };

        auto liaise =
            run({QStringLiteral("escalation"), QStringLiteral("liaise"), QStringLiteral("--child"),
                 child, QStringLiteral("--on"), QStringLiteral("06/03/2026"),
                 QStringLiteral("--with"), QStringLiteral("MASH"), QStringLiteral("--outcome"),
                 QStringLiteral("Threshold not met")});
        QCOMPARE(liaise.code, 0);
        auto missing =
            run({QStringLiteral("escalation"), QStringLiteral("close"), QStringLiteral("--child"),
                 child, QStringLiteral("--on"), QStringLiteral("2026-03-09")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.errText().contains(QStringLiteral("--reason")),
                 qPrintable(missing.errText()));

        auto listed = run({QStringLiteral("escalations"), QStringLiteral("--as-of"),
                           QStringLiteral("2026-03-08"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        QJsonObject first =
            listed.json().value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("follow_up")).toString(), QStringLiteral("liaised"));
        const QJsonArray liaisons = first.value(QStringLiteral("escalation"))
                                        .toObject()
                                        .value(QStringLiteral("liaisons"))
                                        .toArray();
        QCOMPARE(liaisons.size(), 1);
        QCOMPARE(liaisons.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("Threshold not met"));

        auto closed =
            run({QStringLiteral("escalation"), QStringLiteral("close"), QStringLiteral("--child"),
                 child, QStringLiteral("--on"), QStringLiteral("2026-03-09"),
                 QStringLiteral("--reason"), QStringLiteral("Liaison complete")});
        QCOMPARE(closed.code, 0);
        listed = run({QStringLiteral("escalations"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-03-10"), QStringLiteral("--json")});
        first = listed.json().value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("follow_up")).toString(), QStringLiteral("closed"));
        QCOMPARE(first.value(QStringLiteral("escalation"))
                     .toObject()
                     .value(QStringLiteral("close_reason"))
                     .toString(),
                 QStringLiteral("Liaison complete"));
        // --open leaves it out; a second close says there is nothing open.
        listed = run(
            {QStringLiteral("escalations"), QStringLiteral("--open"), QStringLiteral("--json")});
        QCOMPARE(listed.json().value(QStringLiteral("children")).toArray().size(), 0);
        auto twice =
            run({QStringLiteral("escalation"), QStringLiteral("close"), QStringLiteral("--child"),
                 child, QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.errText().contains(QStringLiteral("no open escalation")),
                 qPrintable(twice.errText()));
    }
};

QTEST_GUILESS_MAIN(TestEscalationFollowUp)
#include "test_escalation_followup.moc"
