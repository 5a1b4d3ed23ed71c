// Subject access: one child's whole record as JSON and PDF, other people redacted, audited.

#include "TestSupport.h"

#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Ppns.h"
#include "repo/SubjectAccess.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace enc;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestSubjectAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_t;
    Id m_child = 0;
    Id m_sibling = 0;

    Id add(const QString &forename, const QString &surname, Id household)
    {
        Child c;
        c.forename = forename;
        c.surname = surname;
        c.dateOfBirth = QDate(2022, 5, 17);
        c.householdId = household;
        c.address = QStringLiteral("12 Heol Las");
        c.postcode = QStringLiteral("ZZ3 4AB");
        return Children(**m_t).add(c)->id;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        auto hh = Children(**m_t).addHousehold(
            {0, QStringLiteral("12 Heol Las"), QStringLiteral("ZZ3 4AB"), 0, 0});
        m_child = add(QStringLiteral("Elin"), QStringLiteral("Morgan"), hh->id);
        m_sibling = add(QStringLiteral("Rhodri"), QStringLiteral("Vaughan"), hh->id);
        Ppn p;
        p.policeReference = QStringLiteral("WP/2026/0042");
        p.incidentDate = QDate(2026, 2, 3);
        p.receivedOn = QDate(2026, 2, 4);
        p.homeAddress = QStringLiteral("12 Heol Las");
        p.incidentAddress = QStringLiteral("7 Stryd Fawr");
        p.children = {{m_child, Presence::Present}, {m_sibling, Presence::Witnessed}};
        QVERIFY(Ppns(**m_t).add(p, QDate(2026, 2, 5)));
        Decision d;
        d.childId = m_child;
        d.outcomeId =
            Sql::scalar((*m_t)->sql(), QStringLiteral("SELECT id FROM outcome WHERE code = 'eha'"))
                ->toLongLong();
        d.decidedOn = QDate(2026, 2, 10);
        d.decidedBy = QStringLiteral("Carys Pritchard");
        d.rationale = QStringLiteral("Elin and Rhodri were both home; rhodri's nursery is aware.");
        QVERIFY(Decisions(**m_t).record(d));
    }
    void cleanup() { m_t.reset(); }

    void jsonHoldsTheChildAndNoOneElse()
    {
        auto record = SubjectAccess(**m_t).build(m_child);
        QVERIFY2(record, qPrintable(record.errorText()));
        const QString text = QString::fromUtf8(QJsonDocument(*record).toJson());
        QVERIFY(text.contains(QStringLiteral("Elin")));
        QVERIFY(text.contains(QStringLiteral("Morgan")));
        QVERIFY(text.contains(QStringLiteral("2022-05-17")));
        QVERIFY(text.contains(QStringLiteral("WP/2026/0042")));
        QVERIFY(text.contains(QStringLiteral("12 Heol Las")));
        QVERIFY2(!text.contains(QStringLiteral("Rhodri"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Vaughan")));
        QVERIFY(!text.contains(QStringLiteral("Carys")));      // the decision maker
        QVERIFY(!text.contains(QStringLiteral("Stryd Fawr"))); // someone else's address
        const QJsonObject ppn = record->value(QStringLiteral("ppns")).toArray().first().toObject();
        QCOMPARE(ppn.value(QStringLiteral("other_children")).toInt(), 1);
        QCOMPARE(record->value(QStringLiteral("household"))
                     .toObject()
                     .value(QStringLiteral("other_children"))
                     .toInt(),
                 1);
        const QString rationale = record->value(QStringLiteral("decisions"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("rationale"))
                                      .toString();
        QCOMPARE(rationale, QStringLiteral("Elin and [another child] were both home; [another "
                                           "child]'s nursery is aware."));
    }

    void filesAreWrittenAndAudited()
    {
        QTemporaryDir out;
        auto written = SubjectAccess(**m_t).write(m_child, out.path());
        QVERIFY2(written, qPrintable(written.errorText()));
        QFile json(written->json);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QVERIFY(bytes.contains("Elin"));
        QVERIFY(!bytes.contains("Rhodri"));
        const QString pdf = pdfText(written->pdf);
        QVERIFY2(pdf.contains(QStringLiteral("Elin")), qPrintable(pdf));
        QVERIFY(pdf.contains(QStringLiteral("Morgan")));
        QVERIFY(pdf.contains(QStringLiteral("17/05/2022")));
        QVERIFY(pdf.contains(QStringLiteral("WP/2026/0042")));
        QVERIFY(!pdf.contains(QStringLiteral("Rhodri"), Qt::CaseInsensitive));
        QVERIFY(!pdf.contains(QStringLiteral("Vaughan")));
        QCOMPARE(
            Sql::scalar((*m_t)->sql(),
                        QStringLiteral("SELECT count(*) FROM audit WHERE action = 'export' AND "
                                       "child_id = :c AND entity LIKE 'subject-access-%'"),
                        {{QStringLiteral("c"), m_child}})
                ->toInt(),
            2);
        QVERIFY(AuditChain::verify((*m_t)->sql()).ok);
    }

    void badFolderOrChildChangesNothing()
    {
        const int audit =
            Sql::scalar((*m_t)->sql(), QStringLiteral("SELECT count(*) FROM audit"))->toInt();
        auto noFolder = SubjectAccess(**m_t).write(m_child, QStringLiteral("/no/such/folder"));
        QVERIFY(!noFolder);
        QVERIFY(noFolder.errorText().contains(QStringLiteral("does not exist")));
        QTemporaryDir out;
        auto noChild = SubjectAccess(**m_t).write(9999, out.path());
        QVERIFY(!noChild);
        QVERIFY(noChild.errorText().contains(QStringLiteral("no child with id 9999")));
        QVERIFY(QDir(out.path()).isEmpty());
        QCOMPARE(Sql::scalar((*m_t)->sql(), QStringLiteral("SELECT count(*) FROM audit"))->toInt(),
                 audit);
    }

    void cli()
    {
        QTemporaryDir out;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), m_t->path(), QStringLiteral("subject-access"),
                 QStringLiteral("--child"), QString::number(m_child), QStringLiteral("--out"),
                 out.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("subject-access-%1.pdf").arg(m_child))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("subject-access-%1.json").arg(m_child))));
    }
};

QTEST_MAIN(TestSubjectAccess)
#include "test_subject_access.moc"
