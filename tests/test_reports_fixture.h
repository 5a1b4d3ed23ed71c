#pragma once

// A small, hand-counted tracker for the report tests. The period is 01/01/2025-31/03/2025;
// the expected figures are worked out in the comments beside each record.

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QStringList>
#include <QTest>

namespace enc::test {

inline const QDate ReportFrom(2025, 1, 1);
inline const QDate ReportTo(2025, 3, 31);

inline void fillReportFixture(Database &db)
{
    const QSqlDatabase sql = db.sql();
    const auto exec = [&sql](const QString &statement, const QVariantMap &values = {}) {
        const Status s = Sql::exec(sql, statement, values);
        if (!s)
            qFatal("fixture: %s", qPrintable(s.errorText()));
    };
    const auto s = [](const char *text) {
        return QString::fromLatin1(text);
    };

    exec(s("INSERT INTO area (id, name, child_population) VALUES "
           "(1, 'Northfield', 2000), (2, 'Southby', 0)"));
    exec(s("INSERT INTO setting (id, name, area_id) VALUES "
           "(1, 'Acorn Nursery', 1), (2, 'Birch School', 2)"));
    // c1, c2: Northfield, Acorn; c3: Southby, Birch; c4: Southby, not in a setting;
    // c5: no area, setting unknown.
    const QList<QStringList> children{{s("1"), s("1"), s("1"), s("known")},
                                      {s("2"), s("1"), s("1"), s("known")},
                                      {s("3"), s("2"), s("2"), s("known")},
                                      {s("4"), s("2"), QString(), s("not_in_setting")},
                                      {s("5"), QString(), QString(), s("unknown")}};
    for (const QStringList &c : children) {
        exec(s("INSERT INTO child (id, forename, surname, forename_key, surname_key, area_id, "
               "setting_id, setting_known, created_at, updated_at) VALUES (:id, 'Child', "
               "'Test', 'child', 'test', :area, :setting, :known, '2024-01-01', '2024-01-01')"),
             {{s("id"), c[0].toLongLong()},
              {s("area"), c[1].isEmpty() ? QVariant() : QVariant(c[1].toLongLong())},
              {s("setting"), c[2].isEmpty() ? QVariant() : QVariant(c[2].toLongLong())},
              {s("known"), c[3]}});
    }
    // In the period: p2 (on from), p3, p4, p5 (on to), p8. p1 is the day before, p6 the day
    // after, p7 is archived. Jan 2, Feb 1, Mar 2.
    struct P
    {
        int id;
        const char *on;
        QList<int> children;
        bool archived;
    };
    const QList<P> ppns{{1, "2024-12-31", {1}, false}, {2, "2025-01-01", {1, 2}, false},
                        {3, "2025-01-15", {3}, false}, {4, "2025-02-14", {1}, false},
                        {5, "2025-03-31", {4}, false}, {6, "2025-04-01", {3}, false},
                        {7, "2025-02-20", {5}, true},  {8, "2025-03-05", {1, 5}, false}};
    for (const P &p : ppns) {
        exec(s("INSERT INTO ppn (id, police_ref, police_ref_key, incident_on, received_on, "
               "created_at, archived_at) VALUES (:id, :ref, :ref, :on, :on, :on, :arch)"),
             {{s("id"), p.id},
              {s("ref"), s("REF%1").arg(p.id)},
              {s("on"), s(p.on)},
              {s("arch"), p.archived ? QVariant(s("2025-03-01")) : QVariant()}});
        for (int c : p.children) {
            exec(s("INSERT INTO ppn_child (ppn_id, child_id, incident_on, archived) "
                   "VALUES (:p, :c, :on, :a)"),
                 {{s("p"), p.id}, {s("c"), c}, {s("on"), s(p.on)}, {s("a"), p.archived ? 1 : 0}});
        }
    }
    // Escalations: on from and on to count (Jan 1, Mar 1); the day before and after do not.
    for (const char *on : {"2024-12-31", "2025-01-01", "2025-03-31", "2025-04-01"}) {
        exec(s("INSERT INTO escalation (child_id, triggered_on, created_at) VALUES (1, :on, :on)"),
             {{s("on"), s(on)}});
    }
    // Decisions: nfa 2, proforma 1, mash 1 in the period; two eha outside it.
    const QList<QStringList> decisions{
        {s("1"), s("2025-01-03"), s("nfa")},      {s("2"), s("2025-01-03"), s("nfa")},
        {s("1"), s("2025-02-12"), s("proforma")}, {s("4"), s("2025-03-31"), s("mash")},
        {s("3"), s("2024-12-31"), s("eha")},      {s("3"), s("2025-04-01"), s("eha")}};
    for (const QStringList &d : decisions) {
        exec(s("INSERT INTO decision (child_id, outcome_id, decided_on, created_at) VALUES "
               "(:c, (SELECT id FROM outcome WHERE code = :code), :on, :on)"),
             {{s("c"), d[0].toLongLong()}, {s("on"), d[1]}, {s("code"), d[2]}});
    }
    // Proformas sent in the period: 4; returned 3 after 4, 10 and 1 days (mean 5, median 4).
    const QList<QStringList> proformas{{s("2025-01-06"), s("2025-01-10")},
                                       {s("2025-02-01"), s("2025-02-11")},
                                       {s("2025-02-15"), s("2025-02-16")},
                                       {s("2025-03-31"), QString()},
                                       {s("2024-12-31"), s("2025-01-02")}};
    for (const QStringList &f : proformas) {
        exec(s("INSERT INTO proforma (child_id, sent_on, returned_on) VALUES (1, :sent, :ret)"),
             {{s("sent"), f[0]}, {s("ret"), f[1].isEmpty() ? QVariant() : QVariant(f[1])}});
    }
    // Notifications: p2/c1 same day (a bank holiday); p2/c2 next working day; p3/c3 later;
    // p4/c1 (a Friday) on the Monday: next working day; p8/c1, p8/c5 and p5/c4 not yet
    // (c4 had a letter of another kind).
    const QList<QStringList> disclosures{
        {s("2025-01-01T15:00:00Z"), s("notification letter"), s("1")},
        {s("2025-01-02T09:00:00Z"), s("notification letter"), s("2")},
        {s("2025-01-20T09:00:00Z"), s("notification letter"), s("3")},
        {s("2025-02-17T10:00:00Z"), s("notification letter"), s("1")},
        {s("2025-03-31T10:00:00Z"), s("minutes"), s("4")}};
    int disclosureId = 0;
    for (const QStringList &d : disclosures) {
        ++disclosureId;
        exec(s("INSERT INTO disclosure (id, at, user_name, kind) VALUES (:id, :at, 'tester', "
               ":kind)"),
             {{s("id"), disclosureId}, {s("at"), d[0]}, {s("kind"), d[1]}});
        exec(s("INSERT INTO disclosure_child (disclosure_id, child_id) VALUES (:d, :c)"),
             {{s("d"), disclosureId}, {s("c"), d[2].toLongLong()}});
    }
    // Agencies and meetings: Jan 6 quorate (3 of 4), Jan 8 not (1 of 3), Mar 31 quorate
    // (4 of 4, police by deputy); Dec 30 and Apr 2 are outside the period.
    exec(s("INSERT INTO agency (id, name, is_police) VALUES (1, 'Police', 1), (2, 'Health', 0), "
           "(3, 'Early Help', 0)"));
    exec(s("INSERT INTO member (id, name, agency_id) VALUES (1, 'P', 1), (2, 'H1', 2), "
           "(3, 'E', 3), (4, 'H2', 2)"));
    struct M
    {
        int id;
        const char *on;
        QList<std::pair<const char *, int>> attendance; // status, expected; members 1-4
    };
    const QList<M> meetings{
        {1, "2025-01-06", {{"present", 1}, {"present", 1}, {"present", 1}, {"apologies", 1}}},
        {2, "2025-01-08", {{"absent", 0}, {"present", 1}, {"absent", 1}, {"apologies", 1}}},
        {3, "2025-03-31", {{"deputy", 1}, {"present", 1}, {"present", 1}, {"present", 1}}},
        {4, "2024-12-30", {{"present", 1}, {"present", 1}, {"present", 1}, {"present", 1}}},
        {5, "2025-04-02", {{"present", 1}, {"present", 1}, {"present", 1}, {"present", 1}}}};
    for (const M &m : meetings) {
        exec(s("INSERT INTO meeting (id, date, starts, ends) VALUES (:id, :on, '11:00', "
               "'12:00')"),
             {{s("id"), m.id}, {s("on"), s(m.on)}});
        for (int i = 0; i < m.attendance.size(); ++i) {
            exec(s("INSERT INTO attendance (meeting_id, member_id, status, expected) VALUES "
                   "(:m, :b, :st, :e)"),
                 {{s("m"), m.id},
                  {s("b"), i + 1},
                  {s("st"), s(m.attendance[i].first)},
                  {s("e"), m.attendance[i].second}});
        }
    }
}

} // namespace enc::test
