// What an import does to the children it touches: a greened-off child is reopened, a third PPN
// in three months escalates, and the batch's refresh of summaries and escalations gives what
// refreshing each child alone gives; each change on the audit chain.

#include "ImportFixture.h"

#include "demo/DemoGenerator.h"
#include "import/ImportBatches.h"
#include "import/ImportProfiles.h"
#include "import/Importer.h"
#include "import/ReviewQueue.h"
#include "repo/ChildSummary.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace enc;
using namespace enc::test::importing;

class TestImportEffects : public QObject, ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void greenedOffChildReopened();
    void thirdPpnInThreeMonthsEscalates();
    void batchRefreshMatchesPerChildRefresh();
    void siblingsOnOnePpnShareAHousehold();
};

void TestImportEffects::greenedOffChildReopened()
{
    const Id id = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    QVERIFY(Children(**m_db).greenOff(id));
    auto r = import("NC17,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n");
    QVERIFY(r);
    QVERIFY(Children(**m_db).get(id)->status == ChildStatus::Open);
    QVERIFY(r->rows.first().warnings.join(u' ').contains(QLatin1String("reopened")));
    // Audited as Children::reopen audits it: the row before (greened off) and after (open).
    auto audit = Sql::run(m_db->db->sql(),
                          QStringLiteral("SELECT before, after FROM audit WHERE action = "
                                         "'reopen' AND entity = 'child' AND entity_id = :id"),
                          {{QStringLiteral("id"), id}});
    QVERIFY(audit && audit->next());
    QVERIFY(audit->value(0).toString().contains(QLatin1String("\"status\":\"greened_off\"")));
    QVERIFY(audit->value(1).toString().contains(QLatin1String("\"status\":\"open\"")));
    // The row after is the child's row as it now stands, apart from the PPN summary the
    // import refreshes after reopening; and the entry is on the audit chain.
    QJsonObject after = QJsonDocument::fromJson(audit->value(1).toString().toUtf8()).object();
    QJsonObject now =
        QJsonDocument::fromJson(
            QJsonDocument(Audit::snapshot(m_db->db->sql(), QStringLiteral("child"), id))
                .toJson(QJsonDocument::Compact))
            .object();
    for (const char *summary : {"ppn_count", "last_incident_on"}) {
        QVERIFY(after.contains(QLatin1String(summary)));
        after.remove(QLatin1String(summary));
        now.remove(QLatin1String(summary));
    }
    QCOMPARE(after, now);
    QVERIFY(!audit->next());
    const AuditChain::Check chain = AuditChain::verify(m_db->db->sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
}

void TestImportEffects::thirdPpnInThreeMonthsEscalates()
{
    auto childInt = [this](Id child, const char *column) {
        // column is one of two constants below, never user text
        return Sql::scalar(
                   m_db->db->sql(),
                   QStringLiteral("SELECT %1 FROM child WHERE id = :id").arg(QLatin1String(column)),
                   {{QStringLiteral("id"), child}})
            ->toInt();
    };
    const Id id = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    const Id other = addChild(QStringLiteral("Ben"), QStringLiteral("Jones"), QDate(2022, 1, 1));
    QVERIFY(import("E1,01/04/2025,,Ava,Smith,03/04/2021,,,\r\n"
                   "E2,01/05/2025,,Ava,Smith,03/04/2021,,,\r\n"
                   "E2,01/05/2025,,Ben,Jones,01/01/2022,,,\r\n",
                   QStringLiteral("a.csv")));
    QVERIFY(!childInt(id, "escalated"));
    QCOMPARE(count(**m_db, "escalation"), 0);
    // The third within three months, in the next day's file: escalated, one record, audited.
    QVERIFY(import("E3,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n"
                   "E3,01/06/2025,,Ben,Jones,01/01/2022,,,\r\n",
                   QStringLiteral("b.csv")));
    QVERIFY(childInt(id, "escalated"));
    QVERIFY(!childInt(other, "escalated")); // two PPNs only
    QCOMPARE(count(**m_db, "escalation"), 1);
    QCOMPARE(Sql::scalar(m_db->db->sql(),
                         QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                        "'escalation-triggered' AND child_id = :id"),
                         {{QStringLiteral("id"), id}})
                 ->toInt(),
             1);
    const AuditChain::Check chain = AuditChain::verify(m_db->db->sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
    QCOMPARE(childInt(id, "ppn_count"), 3);
    // Undoing that import withdraws the escalation with it.
    auto batches = ImportBatches(**m_db).list();
    QVERIFY(batches && !batches->isEmpty());
    QVERIFY(ImportBatches(**m_db).undo(batches->first().id, Today));
    QVERIFY(!childInt(id, "escalated"));
}

// Found from outside: two siblings on one PPN, at one address, came in as two households,
// and the meeting heard them apart. Children at one home on a PPN share a household; a
// child at another address does not; a new baby at the address later joins the family.
void TestImportEffects::siblingsOnOnePpnShareAHousehold()
{
    const QByteArray header =
        "Occurrence Number,Incident Date,Forename,Surname,DOB,Home Address,Postcode\r\n";
    QVERIFY(import("H1,01/05/2025,Amelia,Testchild,03/04/2021,1 Oak Road,ZZ1 1AA\r\n"
                   "H1,01/05/2025,Oliver,Testchild,05/06/2022,\"1 Oak Rd\",zz11aa\r\n"
                   "H1,01/05/2025,Cara,Visitor,07/08/2021,9 Elm Street,ZZ9 9ZZ\r\n"
                   "H2,02/05/2025,Lone,Child,01/01/2022,4 Ash Lane,ZZ4 4AA\r\n",
                   QStringLiteral("h1.csv"), false, header));
    auto householdOf = [this](const char *forename) {
        return Sql::scalar(m_db->db->sql(),
                           QStringLiteral("SELECT coalesce(household_id, 0) FROM child WHERE "
                                          "forename = :f"),
                           {{QStringLiteral("f"), QLatin1String(forename)}})
            ->toLongLong();
    };
    const Id family = householdOf("Amelia");
    QVERIFY(family != 0);
    QCOMPARE(householdOf("Oliver"), family);
    QCOMPARE(householdOf("Cara"), Id(0));
    QCOMPARE(householdOf("Lone"), Id(0));
    QVERIFY(import("H3,20/05/2025,Oliver,Testchild,05/06/2022,1 Oak Road,ZZ1 1AA\r\n"
                   "H3,20/05/2025,Ivy,Testchild,01/03/2025,1 Oak Road,ZZ1 1AA\r\n",
                   QStringLiteral("h3.csv"), false, header));
    QCOMPARE(householdOf("Ivy"), family);
    const AuditChain::Check chain = AuditChain::verify(m_db->db->sql());
    QVERIFY2(chain.ok, qPrintable(chain.reason));
}

// The import writes the summary columns and escalation records of the children it links in
// bulk (new children with their counts, one update and one escalation pass for the rest):
// refreshing each of those children one by one afterwards, as an edit would, changes nothing.
void TestImportEffects::batchRefreshMatchesPerChildRefresh()
{
    DemoOptions options;
    options.children = 400;
    options.seed = 7;
    options.today = Today;
    QVERIFY(DemoGenerator::generate(**m_db, options));
    const QSqlDatabase db = (*m_db)->sql();
    // Existing children (some greened off), each in two of the file's incidents; new children
    // in one to three incidents; incidents of one to three children.
    QList<QStringList> people;
    {
        auto q = Sql::run(db, QStringLiteral("SELECT forename, surname, date_of_birth FROM "
                                             "child WHERE archived_at IS NULL ORDER BY "
                                             "(id * 7919) % 400 LIMIT 120"));
        QVERIFY(q);
        while (q->next()) {
            const QDate dob = Sql::toDate(q->value(2));
            const QString shown = dob.toString(QStringLiteral("dd/MM/yyyy"));
            people.append({q->value(0).toString(), q->value(1).toString(), shown});
            people.append({q->value(0).toString(), q->value(1).toString(), shown});
        }
    }
    for (int i = 0; i < 60; ++i) {
        const QStringList p{QStringLiteral("Newchild%1").arg(i), QStringLiteral("Batchtest"),
                            Today.addDays(-400 - i).toString(QStringLiteral("dd/MM/yyyy"))};
        for (int k = 0; k <= i % 3; ++k)
            people.append(p);
    }
    QByteArray rows;
    int ref = 0;
    for (int i = 0; i < people.size();) {
        ++ref;
        const QString day = Today.addDays(-1 - ref % 50).toString(QStringLiteral("dd/MM/yyyy"));
        QSet<QString> inIncident;
        for (int k = 0; k <= ref % 3 && i < people.size(); ++k, ++i) {
            const QStringList &p = people.at(i);
            if (inIncident.contains(p.join(u'|')))
                break; // the same child twice in one incident is a duplicate row
            inIncident.insert(p.join(u'|'));
            rows += QStringLiteral("BT/%1,%2,10:00,%3,%4,%5,,Standard,Present\r\n")
                        .arg(ref)
                        .arg(day, p.at(0), p.at(1), p.at(2))
                        .toUtf8();
        }
    }
    const qint64 escalationsBefore = count(**m_db, "escalation");
    auto report = import(rows);
    QVERIFY2(report, qPrintable(report.errorText()));
    QVERIFY(report->committed);
    QCOMPARE(report->errors, 0);
    QVERIFY(report->matchedChildren > 0);
    QVERIFY(report->newChildren >= 60);

    auto state = [&db]() {
        QStringList out;
        auto c = Sql::run(db, QStringLiteral("SELECT id, ppn_count, last_incident_on, escalated, "
                                             "status FROM child ORDER BY id"));
        while (c && c->next()) {
            out << QStringLiteral("child %1 %2 %3 %4 %5")
                       .arg(c->value(0).toString(), c->value(1).toString(), c->value(2).toString(),
                            c->value(3).toString(), c->value(4).toString());
        }
        auto e = Sql::run(db, QStringLiteral("SELECT child_id, triggered_on, closed_on, ppn_ids "
                                             "FROM escalation ORDER BY child_id, triggered_on, "
                                             "ppn_ids"));
        while (e && e->next()) {
            out << QStringLiteral("escalation %1 %2 %3 %4")
                       .arg(e->value(0).toString(), e->value(1).toString(), e->value(2).toString(),
                            e->value(3).toString());
        }
        return out;
    };
    const QStringList afterImport = state();
    // The file gave some new escalations, and new children with more than one PPN.
    QVERIFY(count(**m_db, "escalation") > escalationsBefore);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM child WHERE surname = "
                                           "'Batchtest' AND ppn_count = 3 AND escalated = 1"))
                ->toLongLong() > 0);

    QList<Id> linked;
    auto q = Sql::run(db,
                      QStringLiteral("SELECT DISTINCT pc.child_id FROM ppn_child pc JOIN ppn "
                                     "p ON p.id = pc.ppn_id WHERE p.batch_id = :b"),
                      {{QStringLiteral("b"), report->batchId}});
    QVERIFY(q);
    while (q->next())
        linked << q->value(0).toLongLong();
    QVERIFY(linked.size() > 150); // the 120 existing and 60 new children
    const EscalationConfig config = Options(db).escalation();
    for (Id id : std::as_const(linked)) {
        QVERIFY(ChildSummary::refresh(db, id));
        QVERIFY(EscalationService::refreshChild(db, id, Today, config));
    }
    const QStringList perChild = state();
    QCOMPARE(afterImport.size(), perChild.size());
    for (int i = 0; i < perChild.size(); ++i)
        QCOMPARE(afterImport.at(i), perChild.at(i));
}

QTEST_GUILESS_MAIN(TestImportEffects)
#include "test_import_effects.moc"
