// Schema 10: each link of a PPN to a child says whether a decision has heard it, kept so by
// triggers, and the agenda reads the links not heard from one partial index. Upgrading the
// golden schema 1 file (with decisions added to it as schema 1 wrote them) marks the links
// the decisions heard; later writes keep the marks right.

#include "TestSupport.h"
#include "meeting/AgendaBuilder.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace enc;
using namespace Qt::StringLiterals;

class TestSchema10 : public QObject
{
    Q_OBJECT

private slots:
    void upgradeMarksWhatDecisionsHeard();

private:
    // "ppn/child=heard" for every link, in order.
    static QStringList links(const QSqlDatabase &sql);
};

QStringList TestSchema10::links(const QSqlDatabase &sql)
{
    QSqlQuery q(sql);
    q.exec(u"SELECT ppn_id, child_id, heard FROM ppn_child WHERE child_id <= 4 "
           "ORDER BY child_id, ppn_id"_s);
    QStringList out;
    while (q.next())
        out << u"%1/%2=%3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
    return out;
}

void TestSchema10::upgradeMarksWhatDecisionsHeard()
{
    QTemporaryDir dir;
    const QString copy = test::goldenSchema1Copy(dir);
    QVERIFY(!copy.isEmpty());
    {
        // Children 1 to 3 share PPNs 1 (received 01/02/2025) and 2 (03/03/2025); child 4 has
        // PPNs 3, 4 and 5 (from 01/03/2025). Child 1 was decided after both came in,
        // child 2 between them, children 3 and 4 never.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(u"INSERT INTO outcome (id, code, label) VALUES (900, 'golden', 'Golden')"_s));
        QVERIFY(q.exec(u"INSERT INTO decision (child_id, outcome_id, decided_on, created_at) "
                       "VALUES (1, 900, '2025-03-03', '2025-03-03T11:10:00'), "
                       "(2, 900, '2025-02-15', '2025-02-15T11:10:00')"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(copy);
    QVERIFY2(db, qPrintable(db.errorText()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    const QSqlDatabase sql = (*db)->sql();
    QCOMPARE(links(sql), (QStringList{u"1/1=1"_s, u"2/1=1"_s, u"1/2=1"_s, u"2/2=0"_s, u"1/3=0"_s,
                                      u"2/3=0"_s, u"3/4=0"_s, u"4/4=0"_s, u"5/4=0"_s}));
    QCOMPARE(Sql::scalar(sql, u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
    // The agenda's statement reads the links not heard from their own index.
    QSqlQuery plan(sql);
    plan.prepare(u"EXPLAIN QUERY PLAN "_s + AgendaBuilder::statements().at(0));
    plan.bindValue(u":d"_s, u"2026-01-01"_s);
    QVERIFY(plan.exec());
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    QVERIFY2(steps.contains(u"SCAN pc USING COVERING INDEX ppn_child_unheard"_s),
             qPrintable(steps));

    // The triggers: a decision withdrawn, restored, redated; a link added to a child already
    // heard after its PPN came in; a PPN's date received moved past the decision.
    const auto exec = [&](const QString &statement) {
        QVERIFY2(Sql::exec(sql, statement), qPrintable(statement));
    };
    exec(u"UPDATE decision SET archived_at = '2026-01-01' WHERE child_id = 1"_s);
    QCOMPARE(links(sql).mid(0, 2), (QStringList{u"1/1=0"_s, u"2/1=0"_s}));
    exec(u"UPDATE decision SET archived_at = NULL WHERE child_id = 1"_s);
    QCOMPARE(links(sql).mid(0, 2), (QStringList{u"1/1=1"_s, u"2/1=1"_s}));
    exec(u"UPDATE decision SET decided_on = '2025-03-10' WHERE child_id = 2"_s);
    QCOMPARE(links(sql).mid(2, 2), (QStringList{u"1/2=1"_s, u"2/2=1"_s}));
    exec(u"INSERT INTO ppn_child (ppn_id, child_id, incident_on) VALUES (3, 1, '2025-03-01')"_s);
    QVERIFY(links(sql).contains(u"3/1=1"_s));
    exec(u"UPDATE ppn SET received_on = '2025-03-20' WHERE id = 2"_s);
    QCOMPARE(links(sql).mid(0, 5),
             (QStringList{u"1/1=1"_s, u"2/1=0"_s, u"3/1=1"_s, u"1/2=1"_s, u"2/2=0"_s}));
}

QTEST_GUILESS_MAIN(TestSchema10)
#include "test_schema10.moc"
