#pragma once

// A constructed history around Easter 2026 (Good Friday 3 April and Easter Monday 6 April
// are bank holidays), shared by the agenda, minutes and meeting-screen tests.

#include "TestSupport.h"
#include "meeting/AgendaStore.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/EscalationFollowUp.h"
#include "repo/Meetings.h"
#include "repo/Ppns.h"
#include "repo/Proformas.h"

#include <QTest>

namespace enc::test {

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct AgendaHistory
{
    Id householdAddress = 0;
    Id amy = 0, ben = 0; // siblings, new PPNs 2 and 7 April
    Id cal = 0;          // no household, PPN received on Good Friday, oldest incident
    Id dan = 0;          // heard at the meeting on 1 April
    Id eve = 0;          // new PPN 2 April, decided on 6 April: already heard
    Id fay = 0;          // three PPNs in three months: escalation, no liaison
    Id gus = 0;          // escalation with liaison already recorded
    Id hal = 0;          // action due 7 April
    Id ida = 0;          // heard in February, proforma returned 8 April (Friday review)
    Id jon = 0;          // heard in February, proforma overdue since 1 April
    Id kit = 0;          // heard in March, deferred on 1 April: carried over
    Id lea = 0;          // deferred on 1 April, then decided on 2 April
    Id meeting1Apr = 0;
    Id outcome = 0;
    int refs = 0;

    Id child(Database &db, const QString &forename, const QString &surname, Id household = 0)
    {
        Child c;
        c.forename = forename;
        c.surname = surname;
        c.dateOfBirth = d(2022, 5, 14);
        c.address = QStringLiteral("12 Example Road");
        c.postcode = QStringLiteral("ZZ1 1AA");
        c.householdId = household;
        auto saved = Children(db).add(c);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorText()));
        return saved ? saved->id : 0;
    }

    Id ppn(Database &db, QList<Id> children, QDate incident, QDate received)
    {
        Ppn p;
        p.policeReference = QStringLiteral("NICHE-TEST-%1").arg(++refs, 3, 10, QLatin1Char('0'));
        p.incidentDate = incident;
        p.receivedOn = received;
        p.risk = DashRisk::Standard;
        p.incidentAddress = QStringLiteral("12 Example Road");
        for (Id c : children)
            p.children.append({c, Presence::Present});
        auto saved = Ppns(db).add(p, received);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorText()));
        return saved ? saved->id : 0;
    }

    Id decide(Database &db, Id child, QDate on, Id meeting = 0)
    {
        Decision dec;
        dec.childId = child;
        dec.meetingId = meeting;
        dec.outcomeId = outcome;
        dec.rationale = QStringLiteral("Setting to support");
        dec.decidedOn = on;
        auto saved = Decisions(db).record(dec);
        return saved ? saved->id : 0;
    }

    bool build(Database &db)
    {
        outcome = Decisions(db).outcomes()->first().id;
        Household h;
        h.address = QStringLiteral("12 Example Road");
        h.postcode = QStringLiteral("ZZ1 1AA");
        householdAddress = Children(db).addHousehold(h)->id;
        amy = child(db, QStringLiteral("Amy"), QStringLiteral("Example"), householdAddress);
        ben = child(db, QStringLiteral("Ben"), QStringLiteral("Example"), householdAddress);
        cal = child(db, QStringLiteral("Cal"), QStringLiteral("Sample"));
        dan = child(db, QStringLiteral("Dan"), QStringLiteral("Sample"));
        eve = child(db, QStringLiteral("Eve"), QStringLiteral("Sample"));
        fay = child(db, QStringLiteral("Fay"), QStringLiteral("Sample"));
        gus = child(db, QStringLiteral("Gus"), QStringLiteral("Sample"));
        hal = child(db, QStringLiteral("Hal"), QStringLiteral("Sample"));
        ida = child(db, QStringLiteral("Ida"), QStringLiteral("Sample"));
        jon = child(db, QStringLiteral("Jon"), QStringLiteral("Sample"));
        kit = child(db, QStringLiteral("Kit"), QStringLiteral("Sample"));
        lea = child(db, QStringLiteral("Lea"), QStringLiteral("Sample"));

        Meeting m;
        m.date = d(2026, 4, 1);
        m.starts = QTime(11, 0);
        m.ends = QTime(12, 0);
        meeting1Apr = Meetings(db).create(m)->id;

        ppn(db, {amy, ben}, d(2026, 4, 1), d(2026, 4, 2));
        ppn(db, {amy}, d(2026, 4, 6), d(2026, 4, 7));
        ppn(db, {cal}, d(2026, 3, 30), d(2026, 4, 3));
        ppn(db, {dan}, d(2026, 3, 29), d(2026, 3, 30));
        decide(db, dan, d(2026, 4, 1), meeting1Apr);
        ppn(db, {eve}, d(2026, 4, 2), d(2026, 4, 2));
        decide(db, eve, d(2026, 4, 6));
        ppn(db, {fay}, d(2026, 1, 10), d(2026, 1, 11));
        ppn(db, {fay}, d(2026, 2, 10), d(2026, 2, 11));
        ppn(db, {fay}, d(2026, 3, 10), d(2026, 3, 11));
        decide(db, fay, d(2026, 3, 13));
        ppn(db, {gus}, d(2026, 1, 12), d(2026, 1, 13));
        ppn(db, {gus}, d(2026, 2, 12), d(2026, 2, 13));
        ppn(db, {gus}, d(2026, 3, 12), d(2026, 3, 13));
        decide(db, gus, d(2026, 3, 13));
        const QList<Escalation> open = Escalations(db).open().value();
        for (const Escalation &e : open)
            if (e.childId == gus)
                (void)EscalationFollowUp(db).close(e.id, 1, d(2026, 3, 13),
                                                   QStringLiteral("Fed back to the group"));
        ppn(db, {hal}, d(2026, 2, 1), d(2026, 2, 2));
        const Id halDecision = decide(db, hal, d(2026, 2, 4));
        Action a;
        a.childId = hal;
        a.decisionId = halDecision;
        a.description = QStringLiteral("Health visitor to call the family");
        a.ownerText = QStringLiteral("Health visiting");
        a.dueOn = d(2026, 4, 7);
        (void)Decisions(db).addAction(a);
        a.description = QStringLiteral("Later check");
        a.dueOn = d(2026, 4, 20);
        (void)Decisions(db).addAction(a);
        ppn(db, {ida}, d(2026, 2, 3), d(2026, 2, 3));
        ppn(db, {jon}, d(2026, 2, 3), d(2026, 2, 4));
        decide(db, ida, d(2026, 2, 4));
        decide(db, jon, d(2026, 2, 4));
        Proforma p;
        p.childId = ida;
        p.sentOn = d(2026, 3, 16);
        p.dueOn = d(2026, 4, 13);
        const Id idaProforma = Proformas(db).send(p)->id;
        (void)Proformas(db).markReturned(idaProforma, d(2026, 4, 8), QStringLiteral("Settled"),
                                         QStringLiteral("Likes painting"));
        p.childId = jon;
        p.dueOn = d(2026, 4, 1);
        (void)Proformas(db).send(p);
        ppn(db, {kit}, d(2026, 3, 2), d(2026, 3, 3));
        ppn(db, {lea}, d(2026, 3, 2), d(2026, 3, 3));
        decide(db, kit, d(2026, 3, 4));
        AgendaStore store(db);
        for (Id c : {kit, lea}) {
            auto item = store.addChild(meeting1Apr, c, QStringLiteral("Waiting for school"));
            if (!item || !store.setStatus(*item, AgendaStatus::Deferred))
                return false;
        }
        decide(db, lea, d(2026, 4, 2));
        return amy && lea;
    }
};

} // namespace enc::test
