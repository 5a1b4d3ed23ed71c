// Rows to records: matching children, duplicates, conflicts, idempotent re-import, the
// review queue, undo, and that a file that cannot be read writes nothing. What an import
// does to the children it touches is in test_import_effects.

#include "ImportFixture.h"

#include "demo/DemoGenerator.h"
#include "domain/TextKey.h"
#include "import/ChildMatcher.h"
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

class TestImportRecords : public QObject, ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void newIncidentWithSeveralChildren();
    void oneReferenceTwoTimesWarns();
    void aRowOnAnotherDateDoesNotTimeTheIncident();
    void textIsStoredAsWritten();
    void exactMatchLinksExistingChild();
    void preloadedMatchesAgreeWithLookUps();
    void closeMatches_data();
    void closeMatches();
    void noMatchMakesNewChild();
    void sameNewChildInTwoIncidents();
    void duplicateRowSkipped();
    void reimportChangesNothing();
    void reimportOfEditedFileSaysUnchanged();
    void changedDetailsAreAConflict();
    void settingByNameOrUrn();
    void highRiskAndAgeBandFlagged();
    void dryRunWritesNothing();
    void cancelWritesNothing();
    void fileErrorsWriteNothing();
    void missingColumnNamed();
    void reviewAcceptLink();
    void reviewAcceptNew();
    void undoBatch();
    void undoRefusedOnceUsed();
    void profileChosenByHeader();
};

void TestImportRecords::newIncidentWithSeveralChildren()
{
    auto r = import("NC1,01/06/2025,14:30,Ava,Smith,03/04/2021,,Standard,Present\r\n"
                    "NC1,01/06/2025,14:30,Ben,Smith,05/06/2022,,Standard,Witnessed\r\n");
    QVERIFY2(r, qPrintable(r.errorText()));
    QVERIFY(r->committed);
    QCOMPARE(r->newPpns, 1);
    QCOMPARE(r->newChildren, 2);
    QCOMPARE(r->errors, 0);
    auto ppn = Ppns(**m_db).byReference(QStringLiteral("nc1"));
    QVERIFY(ppn);
    QCOMPARE(ppn->children.size(), 2);
    QCOMPARE(ppn->incidentTime, QTime(14, 30));
    QCOMPARE(ppn->batchId, r->batchId);
    QCOMPARE(ppn->source, QStringLiteral("daily.csv"));
    auto count = Sql::scalar((*m_db)->sql(),
                             QStringLiteral("SELECT ppn_count FROM child WHERE forename = 'Ava'"));
    QCOMPARE(count->toInt(), 1);
    for (const RowOutcome &o : r->rows)
        QVERIFY2(o.warnings.filter(QStringLiteral("timed")).isEmpty(),
                 qPrintable(o.warnings.join(QLatin1Char(';'))));
}

void TestImportRecords::oneReferenceTwoTimesWarns()
{
    // Rows of one reference are one incident: the first time is kept, and a row giving
    // another time says so (it is imported; a row with no time says nothing).
    auto r = import("NC10,01/06/2025,14:30,Ava,Smith,03/04/2021,,Standard,Present\r\n"
                    "NC10,01/06/2025,,Ben,Smith,05/06/2022,,Standard,Present\r\n"
                    "NC10,01/06/2025,15:05,Cara,Smith,05/06/2023,,Standard,Present\r\n");
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->newPpns, 1);
    QCOMPARE(r->newChildren, 3);
    QCOMPARE(r->errors, 0);
    QCOMPARE(Ppns(**m_db).byReference(QStringLiteral("NC10"))->incidentTime, QTime(14, 30));
    QCOMPARE(r->rows.size(), 3);
    const QString timed = QStringLiteral("timed");
    QCOMPARE(r->rows.at(0).warnings.filter(timed), QStringList());
    QCOMPARE(r->rows.at(1).warnings.filter(timed), QStringList());
    QCOMPARE(r->rows.at(2).warnings.filter(timed),
             QStringList{QStringLiteral("reference NC10 is timed 14:30 on an earlier row but "
                                        "15:05 here: the PPN keeps 14:30")});
    // The same rows again in another file: the reference's time is still its first one,
    // 14:30, as recorded, so nothing is a conflict.
    auto again = import("NC10,01/06/2025,14:30,AVA,SMITH,03/04/2021,,Standard,Present\r\n"
                        "NC10,01/06/2025,,Ben,Smith,05/06/2022,,Standard,Present\r\n"
                        "NC10,01/06/2025,15:05,Cara,Smith,05/06/2023,,Standard,Present\r\n",
                        QStringLiteral("copy.csv"));
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again->conflicts, 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->rows.at(2).warnings.filter(timed).size(), 1);
    QVERIFY2(again->notice.contains(QLatin1String("nothing changed")), qPrintable(again->notice));
    // A file whose incident time differs from the tracker's is a conflict, on every row.
    auto moved = import("NC10,01/06/2025,16:00,Ava,Smith,03/04/2021,,Standard,Present\r\n"
                        "NC10,01/06/2025,14:30,Ben,Smith,05/06/2022,,Standard,Present\r\n",
                        QStringLiteral("moved.csv"), true);
    QVERIFY2(moved, qPrintable(moved.errorText()));
    QCOMPARE(moved->conflicts, 2);
    QVERIFY2(moved->rows.at(1).reason.contains(QLatin1String("14:30 on the tracker, 16:00 in")),
             qPrintable(moved->rows.at(1).reason));
}

void TestImportRecords::aRowOnAnotherDateDoesNotTimeTheIncident()
{
    // A row dated otherwise than its reference's first row is an error, and its time is not
    // the incident's: the PPN is at 10:00, and the same rows again conflict on the date of
    // that row alone.
    const QByteArray rows = "NC12,01/06/2025,,Ava,Smith,03/04/2021,,Standard,Present\r\n"
                            "NC12,31/05/2025,09:00,Ben,Smith,05/06/2022,,Standard,Present\r\n"
                            "NC12,01/06/2025,10:00,Cara,Smith,05/06/2023,,Standard,Present\r\n";
    auto r = import(rows);
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->errors, 1);
    QCOMPARE(Ppns(**m_db).byReference(QStringLiteral("NC12"))->incidentTime, QTime(10, 0));
    auto again = import(rows, QStringLiteral("copy.csv"), true);
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again->conflicts, 1);
    QCOMPARE(again->unchanged, 2);
    QVERIFY2(again->rows.at(1).reason.contains(QLatin1String("incident date")),
             qPrintable(again->rows.at(1).reason));
    QVERIFY2(!again->rows.at(1).reason.contains(QLatin1String("incident time")),
             qPrintable(again->rows.at(1).reason));
}

void TestImportRecords::textIsStoredAsWritten()
{
    // Accented and plain names side by side, a time and no time: each value lands in its own
    // column as the file wrote it (the rows go to SQLite as one buffer of texts).
    auto r = import("NC8,01/06/2025,09:00,Siân,Ó Ceallaigh,03/04/2021,,Standard,Present\r\n"
                    "NC8,01/06/2025,09:00,Ben,Łukasiewicz,05/06/2022,,Standard,Present\r\n"
                    "NC9,01/06/2025,,Zoë,Smith,05/06/2022,,Medium,Present\r\n");
    QVERIFY2(r, qPrintable(r.errorText()));
    QCOMPARE(r->newChildren, 3);
    QStringList stored;
    auto q = Sql::run((*m_db)->sql(), QStringLiteral("SELECT forename, surname, forename_key, "
                                                     "surname_key, date_of_birth FROM child "
                                                     "ORDER BY id"));
    QVERIFY(q);
    while (q->next()) {
        QStringList row;
        for (int c = 0; c < 5; ++c)
            row << q->value(c).toString();
        stored << row.join(QLatin1Char('|'));
    }
    QCOMPARE(stored, QStringList({QStringLiteral("Siân|Ó Ceallaigh|sian|oceallaigh|2021-04-03"),
                                  QStringLiteral("Ben|Łukasiewicz|ben|łukasiewicz|2022-06-05"),
                                  QStringLiteral("Zoë|Smith|zoe|smith|2022-06-05")}));
    auto times = Sql::run((*m_db)->sql(), QStringLiteral("SELECT police_ref, incident_time IS "
                                                         "NULL, risk FROM ppn ORDER BY id"));
    QVERIFY(times && times->next());
    QCOMPARE(times->value(0).toString(), QStringLiteral("NC8"));
    QCOMPARE(times->value(1).toInt(), 0);
    QCOMPARE(times->value(2).toString(), QStringLiteral("standard"));
    QVERIFY(times->next());
    QCOMPARE(times->value(0).toString(), QStringLiteral("NC9"));
    QCOMPARE(times->value(1).toInt(), 1);
    QCOMPARE(times->value(2).toString(), QStringLiteral("medium"));
}

void TestImportRecords::exactMatchLinksExistingChild()
{
    const Id id =
        addChild(QStringLiteral("Siân"), QStringLiteral("O'Brien-Jones"), QDate(2022, 2, 2));
    auto r = import("NC2,01/06/2025,,SIAN,OBRIEN JONES,02/02/2022,,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->matchedChildren, 1);
    QCOMPARE(r->newChildren, 0);
    QVERIFY(r->rows.first().status == RowStatus::MatchedChild);
    QCOMPARE(r->rows.first().childId, id);
    QCOMPARE(Ppns(**m_db).forChild(id)->size(), 1);
}

void TestImportRecords::preloadedMatchesAgreeWithLookUps()
{
    // The import reads the candidates of a whole file in one scan (preload), keeping an index
    // entry when one of its names is wanted on its date. Whatever it keeps, each answer must
    // be the one a look-up of that date alone gives: exact, close or none, and the same child.
    const QDate d1(2021, 4, 3);
    const QDate d2(2022, 11, 30);
    addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), d1);
    addChild(QStringLiteral("Ben"), QStringLiteral("Smith"), d1);
    addChild(QStringLiteral("Cara"), QStringLiteral("Jones"), d1);
    // Ł folds to itself: names whose folded keys are not plain ASCII.
    addChild(QStringLiteral("Łucja"), QStringLiteral("Łukasik"), d2);
    addChild(QStringLiteral("Zoë"), QStringLiteral("O'Neill"), d2);
    addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), d2);
    struct Query
    {
        QString forename;
        QString surname;
        QDate dob;
    };
    const QList<Query> first = {
        {QStringLiteral("AVA"), QStringLiteral("SMITH"), d1},     // exact
        {QStringLiteral("Smith"), QStringLiteral("Ben"), d1},     // swapped
        {QStringLiteral("Cara"), QStringLiteral("Jomes"), d1},    // one letter
        {QStringLiteral("ŁUCJA"), QStringLiteral("Łukasik"), d2}, // exact after folding
        {QStringLiteral("Dai"), QStringLiteral("Rees"), d1},      // nobody
        {QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2020, 1, 1)},
        {QStringLiteral("Cara"), QStringLiteral("Jones"), QDate(2021, 3, 4)}, // day, month
    };
    // Read later, on dates already read and a new one.
    const QList<Query> second = {
        {QStringLiteral("Zoe"), QStringLiteral("ONeill"), d2},
        {QStringLiteral("Cara"), QStringLiteral("Jones"), d1},
        {QStringLiteral("Ava"), QStringLiteral("Smith"), d2},
        {QStringLiteral("Lucja"), QStringLiteral("Łukasik"), d2}, // Ł is not L
    };
    auto wanted = [](const QList<Query> &queries) {
        QList<ChildMatcher::Wanted> out;
        for (const Query &q : queries)
            out.append({TextKey::name(q.forename), TextKey::name(q.surname), q.dob});
        return out;
    };
    ChildMatcher preloaded((*m_db)->sql());
    ChildMatcher lookUp((*m_db)->sql());
    auto compare = [&](const QList<Query> &queries) {
        for (const Query &q : queries) {
            auto a = preloaded.findKeys(TextKey::name(q.forename), TextKey::name(q.surname), q.dob);
            auto b = lookUp.find(q.forename, q.surname, q.dob);
            QVERIFY(a && b);
            const QString what = q.forename + QLatin1Char(' ') + q.surname;
            QVERIFY2(a->kind == b->kind, qPrintable(what));
            QVERIFY2(a->childId == b->childId, qPrintable(what));
            QCOMPARE(a->reason, b->reason);
        }
    };
    QVERIFY(preloaded.preload(wanted(first)));
    compare(first);
    QVERIFY(preloaded.preload(wanted(second)));
    compare(second);
    compare(first);
    // What the look-ups found, so that the comparison is not of two empty answers.
    QCOMPARE(lookUp.find(QStringLiteral("AVA"), QStringLiteral("SMITH"), d1)->kind,
             ChildMatcher::Kind::Exact);
    QCOMPARE(lookUp.find(QStringLiteral("ŁUCJA"), QStringLiteral("Łukasik"), d2)->kind,
             ChildMatcher::Kind::Exact);
    QCOMPARE(lookUp.find(QStringLiteral("Zoe"), QStringLiteral("ONeill"), d2)->kind,
             ChildMatcher::Kind::Exact);
    QCOMPARE(lookUp.find(QStringLiteral("Smith"), QStringLiteral("Ben"), d1)->kind,
             ChildMatcher::Kind::Close);
    QCOMPARE(lookUp.find(QStringLiteral("Lucja"), QStringLiteral("Łukasik"), d2)->kind,
             ChildMatcher::Kind::Close);
    QCOMPARE(lookUp.find(QStringLiteral("Dai"), QStringLiteral("Rees"), d1)->kind,
             ChildMatcher::Kind::None);
    QCOMPARE(lookUp.find(QStringLiteral("Cara"), QStringLiteral("Jones"), QDate(2021, 3, 4))->kind,
             ChildMatcher::Kind::Close);
}

void TestImportRecords::closeMatches_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("swapped") << QByteArray("NC3,01/06/2025,,Smith,Ava,03/04/2021,,,\r\n")
                             << "swapped";
    QTest::newRow("one letter in forename")
        << QByteArray("NC3,01/06/2025,,Eva,Smith,03/04/2021,,,\r\n") << "one letter";
    QTest::newRow("one letter missing in surname")
        << QByteArray("NC3,01/06/2025,,Ava,Smth,03/04/2021,,,\r\n") << "one letter";
}

void TestImportRecords::closeMatches()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const Id id = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    auto r = import(row);
    QVERIFY(r);
    QCOMPARE(r->forReview, 1);
    QCOMPARE(r->newChildren, 0);
    QCOMPARE(r->newPpns, 1);
    QVERIFY(r->rows.first().status == RowStatus::ForReview);
    QVERIFY2(r->rows.first().reason.contains(reason), qPrintable(r->rows.first().reason));
    auto items = ReviewQueue(**m_db).items();
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().candidateChildId, id);
    QCOMPARE(items->first().reference, QStringLiteral("NC3"));
    // Not linked until a person decides.
    QCOMPARE(Ppns(**m_db).forChild(id)->size(), 0);
}

void TestImportRecords::noMatchMakesNewChild()
{
    addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    // Two letters different, or another date of birth: a different child.
    auto r = import("NC4,01/06/2025,,Eve,Smyth,03/04/2021,,,\r\n"
                    "NC5,01/06/2025,,Ava,Smith,04/04/2021,,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->newChildren, 2);
    QCOMPARE(r->forReview, 0);
}

void TestImportRecords::sameNewChildInTwoIncidents()
{
    auto r = import("NC6,01/05/2025,,Ava,Smith,03/04/2021,,,\r\n"
                    "NC7,01/06/2025,,AVA,SMITH,03/04/2021,,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->newPpns, 2);
    QCOMPARE(r->newChildren, 1);
    QCOMPARE(count(**m_db, "child"), 1);
    QCOMPARE(count(**m_db, "ppn_child"), 2);
}

void TestImportRecords::duplicateRowSkipped()
{
    auto r = import("NC8,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n"
                    "nc 8,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->duplicates, 1);
    QCOMPARE(r->errors, 0);
    QVERIFY(r->rows.at(1).status == RowStatus::Duplicate);
    QVERIFY(r->rows.at(1).reason.contains(QLatin1String("row 2")));
    QCOMPARE(count(**m_db, "ppn_child"), 1);
}

void TestImportRecords::reimportChangesNothing()
{
    const QByteArray rows = "NC9,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n";
    QVERIFY(import(rows));
    const qint64 audit = count(**m_db, "audit");
    auto again = import(rows);
    QVERIFY(again);
    QVERIFY(!again->committed);
    QVERIFY2(again->notice.contains(QLatin1String("already imported")), qPrintable(again->notice));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(count(**m_db, "import_batch"), 1);
    QCOMPARE(count(**m_db, "audit"), audit);
}

void TestImportRecords::reimportOfEditedFileSaysUnchanged()
{
    QVERIFY(import("NC10,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n"));
    // Another file (different bytes) with the same details.
    auto again = import("NC10,2025-06-01,,AVA,SMITH,2021-04-03,,,\r\n", QStringLiteral("copy.csv"));
    QVERIFY(again);
    QVERIFY(!again->committed);
    QCOMPARE(again->unchanged, 1);
    QVERIFY2(again->notice.contains(QLatin1String("nothing changed")), qPrintable(again->notice));
    QCOMPARE(count(**m_db, "import_batch"), 1);
}

void TestImportRecords::changedDetailsAreAConflict()
{
    QVERIFY(import("NC11,01/06/2025,10:00,Ava,Smith,03/04/2021,,Standard,\r\n"));
    auto again = import("NC11,31/05/2025,10:00,Ava,Smith,03/04/2021,,High,\r\n"
                        "NC11,31/05/2025,10:00,Ben,Smith,03/04/2022,,High,\r\n",
                        QStringLiteral("changed.csv"));
    QVERIFY(again);
    QCOMPARE(again->conflicts, 2);
    QCOMPARE(again->newPpns, 0);
    QVERIFY2(again->rows.first().reason.contains(
                 QLatin1String("incident date 01/06/2025 on the tracker, 31/05/2025 in the file")),
             qPrintable(again->rows.first().reason));
    QVERIFY(
        again->rows.at(1).reason.contains(QLatin1String("Ben Smith (03/04/2022) is not linked")));
    // Never overwritten.
    auto ppn = Ppns(**m_db).byReference(QStringLiteral("NC11"));
    QCOMPARE(ppn->incidentDate, QDate(2025, 6, 1));
    QVERIFY(ppn->risk == DashRisk::Standard);
    auto items = ReviewQueue(**m_db).items();
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->first().kind, QStringLiteral("conflict"));
    QVERIFY(!ReviewQueue(**m_db).link(items->first().id, ppn->children.first().childId));
    QVERIFY(ReviewQueue(**m_db).dismiss(items->first().id));
}

void TestImportRecords::settingByNameOrUrn()
{
    Directory dir(**m_db);
    Setting s;
    s.name = QStringLiteral("Little Acorns Nursery");
    s.urn = QStringLiteral("EY123456");
    const Id settingId = dir.addSetting(s)->id;
    auto r = import("NC12,01/06/2025,,Ava,Smith,03/04/2021,little acorns nursery,,\r\n"
                    "NC13,01/06/2025,,Ben,Jones,03/04/2021,EY123456,,\r\n"
                    "NC14,01/06/2025,,Cal,Brown,03/04/2021,Nowhere School,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->noKnownSetting, 1);
    auto q = Sql::run(
        (*m_db)->sql(),
        QStringLiteral("SELECT forename, setting_id, setting_known FROM child ORDER BY id"));
    QVERIFY(q->next());
    QCOMPARE(q->value(1).toLongLong(), settingId);
    QVERIFY(q->next());
    QCOMPARE(q->value(1).toLongLong(), settingId);
    QVERIFY(q->next());
    QVERIFY(q->value(1).isNull());
    QCOMPARE(q->value(2).toString(), QStringLiteral("unknown"));
    QVERIFY(r->rows.at(2).warnings.join(u' ').contains(QLatin1String("no known setting list")));
}

void TestImportRecords::highRiskAndAgeBandFlagged()
{
    auto r = import("NC15,01/06/2025,,Ava,Smith,03/04/2021,,High,\r\n"
                    "NC16,01/06/2025,,Old,Child,03/04/2012,,,\r\n");
    QVERIFY(r);
    QCOMPARE(r->newPpns, 2);
    QCOMPARE(r->highRisk, 1);
    QCOMPARE(r->outsideAgeBand, 1);
    QVERIFY(r->rows.at(0).warnings.join(u' ').contains(QLatin1String("MASH / Marac")));
    QVERIFY(r->rows.at(1).warnings.join(u' ').contains(QLatin1String("outside the age band 0-5")));
    QVERIFY(Ppns(**m_db).byReference(QStringLiteral("NC15"))->risk == DashRisk::High);
}

void TestImportRecords::dryRunWritesNothing()
{
    auto r = import("NC18,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n", QStringLiteral("d.csv"), true);
    QVERIFY(r);
    QCOMPARE(r->newPpns, 1);
    QVERIFY(!r->committed);
    QCOMPARE(count(**m_db, "ppn"), 0);
    QCOMPARE(count(**m_db, "child"), 0);
    QCOMPARE(count(**m_db, "import_batch"), 0);
}

void TestImportRecords::cancelWritesNothing()
{
    const QString path = m_db->dir.filePath(QStringLiteral("c.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(Header + "NC19,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n");
    f.close();
    std::atomic<bool> cancel{true};
    Importer importer(**m_db);
    importer.setCancelFlag(&cancel);
    Importer::Request req;
    req.path = path;
    req.today = Today;
    auto r = importer.run(req);
    QVERIFY(!r);
    QVERIFY(r.errorText().contains(QLatin1String("cancelled")));
    QCOMPARE(count(**m_db, "ppn"), 0);
    QCOMPARE(count(**m_db, "import_batch"), 0);
}

void TestImportRecords::fileErrorsWriteNothing()
{
    const QString path = m_db->dir.filePath(QStringLiteral("bin.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray("\0\1\2\3garbage\0", 12));
    f.close();
    Importer::Request req;
    req.path = path;
    auto r = Importer(**m_db).run(req);
    QVERIFY(!r);
    QVERIFY(r.errorText().contains(QLatin1String("bin.csv")));
    QCOMPARE(count(**m_db, "import_batch"), 0);
    QCOMPARE(count(**m_db, "audit"), 0);
}

void TestImportRecords::missingColumnNamed()
{
    const QString path = m_db->dir.filePath(QStringLiteral("nodob.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("Police Ref,Incident Date,Name\r\nR1,01/06/2025,Ava Smith\r\n");
    f.close();
    Importer::Request req;
    req.path = path;
    auto r = Importer(**m_db).run(req);
    QVERIFY(!r);
    QVERIFY2(r.errorText().contains(QLatin1String("nodob.csv has no column for Date of birth")),
             qPrintable(r.errorText()));
    QCOMPARE(count(**m_db, "ppn"), 0);
}

void TestImportRecords::reviewAcceptLink()
{
    const Id id = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    QVERIFY(import("NC20,01/06/2025,,Eva,Smith,03/04/2021,,,Present\r\n"));
    ReviewQueue queue(**m_db);
    const Id item = queue.items()->first().id;
    QVERIFY(queue.link(item, id, Today));
    QCOMPARE(queue.items()->size(), 0);
    QCOMPARE(Ppns(**m_db).forChild(id)->size(), 1);
    QCOMPARE(queue.item(item)->status, QStringLiteral("linked"));
    auto again = queue.link(item, id, Today);
    QVERIFY(!again);
    QVERIFY(again.errorText().contains(QLatin1String("already resolved")));
    // The reference is now known with this child waiting no more: re-import is unchanged.
    auto r =
        import("NC20,01/06/2025,,Eva,Smith,03/04/2021,,,Present\r\n", QStringLiteral("again.csv"));
    QCOMPARE(r->unchanged, 1);
}

void TestImportRecords::reviewAcceptNew()
{
    addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    QVERIFY(import("NC21,01/06/2025,,Smith,Ava,03/04/2021,,,\r\n"));
    ReviewQueue queue(**m_db);
    auto created = queue.createChild(queue.items()->first().id, Today);
    QVERIFY2(created, qPrintable(created.errorText()));
    auto child = Children(**m_db).get(*created);
    QCOMPARE(child->forename, QStringLiteral("Smith"));
    QCOMPARE(Ppns(**m_db).forChild(*created)->size(), 1);
}

void TestImportRecords::undoBatch()
{
    const Id existing = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    auto r = import("NC22,01/06/2025,,Ava,Smith,03/04/2021,,,\r\n"
                    "NC22,01/06/2025,,Ben,Smith,03/04/2022,,,\r\n");
    QVERIFY(r);
    auto undone = ImportBatches(**m_db).undo(r->batchId, Today);
    QVERIFY2(undone, qPrintable(undone.errorText()));
    QCOMPARE(undone->ppns, 1);
    QCOMPARE(undone->children, 1);
    QVERIFY(!Children(**m_db).get(existing)->archived);
    QCOMPARE(Ppns(**m_db).forChild(existing)->size(), 0);
    auto twice = ImportBatches(**m_db).undo(r->batchId, Today);
    QVERIFY(!twice);
    QVERIFY(twice.errorText().contains(QLatin1String("already undone")));
}

void TestImportRecords::undoRefusedOnceUsed()
{
    addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), QDate(2021, 4, 3));
    auto r = import("NC23,01/06/2025,,Eva,Smith,03/04/2021,,,\r\n");
    ReviewQueue queue(**m_db);
    QVERIFY(queue.createChild(queue.items()->first().id, Today));
    auto undone = ImportBatches(**m_db).undo(r->batchId, Today);
    QVERIFY(!undone);
    QVERIFY2(undone.errorText().contains(QLatin1String("review items have been resolved")),
             qPrintable(undone.errorText()));
    QCOMPARE(count(**m_db, "ppn"), 1);
}

void TestImportRecords::profileChosenByHeader()
{
    const QString path = m_db->dir.filePath(QStringLiteral("odd.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("Ref,Col B,Kid,Col D\r\nR1,01/06/2025,Ava Smith,03/04/2021\r\n");
    f.close();
    Importer::Request req;
    req.path = path;
    req.today = Today;
    auto first = Importer(**m_db).run(req);
    QVERIFY(!first); // "Col B", "Kid" and "Col D" say nothing of what they hold
    QVERIFY(first.errorText().contains(QLatin1String("Incident date")));

    ColumnMapping m;
    m.set(ImportField::Reference, 0);
    m.set(ImportField::IncidentDate, 1);
    m.set(ImportField::FullName, 2);
    m.set(ImportField::DateOfBirth, 3);
    QVERIFY(ImportProfiles(**m_db).save(QStringLiteral("Westshire police"),
                                        {QStringLiteral("Ref"), QStringLiteral("Col B"),
                                         QStringLiteral("Kid"), QStringLiteral("Col D")},
                                        m));
    auto second = Importer(**m_db).run(req);
    QVERIFY2(second, qPrintable(second.errorText()));
    QCOMPARE(second->profile, QStringLiteral("Westshire police"));
    QCOMPARE(second->newPpns, 1);
}

QTEST_GUILESS_MAIN(TestImportRecords)
#include "test_import_records.moc"
