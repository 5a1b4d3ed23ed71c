// The minutes and action log of a closed meeting: PDF and .odt, privacy, disclosure log.

#include "TestSupport.h"
#include "meeting/MinutesWriter.h"
#include "repo/Directory.h"
#include "storage/Sql.h"
#include "test_agenda_fixture.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>

using namespace enc;
using namespace enc::test;

class TestMinutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void htmlHoldsAttendanceDecisionsAndActions();
    void privacyUsesInitials();
    void writesPdfAndOdtAndLogsDisclosure();
    void refusesOtherExtensions();
    void cliWritesMinutes();

private:
    std::unique_ptr<TempDatabase> m_db;
    AgendaHistory m_h;
    Id m_member = 0;
};

void TestMinutes::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->db);
    m_h = AgendaHistory();
    Member m;
    m.name = QStringLiteral("Chair Person");
    m.role = QStringLiteral("Early Help chair");
    m_member = Directory(**m_db).addMember(m)->id;
    QVERIFY(m_h.build(**m_db));
    // The 1 April meeting was created before the member: record her attendance.
    QVERIFY(Meetings(**m_db).setAttendance(m_h.meeting1Apr,
                                           {m_member, AttendanceStatus::Present, {}, true}));
    const Id decision = m_h.decide(**m_db, m_h.amy, d(2026, 4, 1), m_h.meeting1Apr);
    Action a;
    a.childId = m_h.amy;
    a.decisionId = decision;
    a.description = QStringLiteral("Send proforma to nursery");
    a.ownerMemberId = m_member;
    a.dueOn = d(2026, 4, 15);
    QVERIFY(Decisions(**m_db).addAction(a));
}

void TestMinutes::htmlHoldsAttendanceDecisionsAndActions()
{
    QVERIFY(Sql::exec(m_db->db->sql(), QStringLiteral("UPDATE meeting SET privacy = 0")));
    auto html = MinutesWriter(**m_db).html(m_h.meeting1Apr);
    QVERIFY2(html, qPrintable(html.errorText()));
    QTextDocument doc;
    doc.setHtml(*html);
    const QString text = doc.toPlainText();
    QVERIFY(text.contains(QStringLiteral("01/04/2026")));
    QVERIFY(text.contains(QStringLiteral("Chair Person")));
    QVERIFY(text.contains(QStringLiteral("Present")));
    QVERIFY(text.contains(QStringLiteral("Quorate")));
    QVERIFY(text.contains(QStringLiteral("Amy Example")));
    QVERIFY(text.contains(QStringLiteral("Dan Sample")));
    QVERIFY(text.contains(QStringLiteral("Setting to support")));
    QVERIFY(text.contains(QStringLiteral("Send proforma to nursery")));
    QVERIFY(text.contains(QStringLiteral("15/04/2026")));
}

void TestMinutes::privacyUsesInitials()
{
    auto html = MinutesWriter(**m_db).html(m_h.meeting1Apr); // privacy is on by default
    QVERIFY(html);
    QTextDocument doc;
    doc.setHtml(*html);
    const QString text = doc.toPlainText();
    QVERIFY(!text.contains(QStringLiteral("Amy")));
    QVERIFY(!text.contains(QStringLiteral("Example")));
    QVERIFY(text.contains(QStringLiteral("AE (id %1)").arg(m_h.amy)));
}

void TestMinutes::writesPdfAndOdtAndLogsDisclosure()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("minutes.pdf"));
    const QString odt = out.filePath(QStringLiteral("minutes.odt"));
    QVERIFY(MinutesWriter(**m_db).write(m_h.meeting1Apr, pdf));
    QVERIFY(MinutesWriter(**m_db).write(m_h.meeting1Apr, odt));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF-"));
    QFile o(odt);
    QVERIFY(o.open(QIODevice::ReadOnly));
    QVERIFY(o.read(2) == "PK"); // a zip: OpenDocument
    auto n = Sql::scalar(m_db->db->sql(), QStringLiteral("SELECT count(*) FROM disclosure WHERE "
                                                         "kind = 'minutes'"));
    QCOMPARE(n->toInt(), 2);
    auto children = Disclosures(**m_db).forChild(m_h.amy);
    QVERIFY(children);
    QCOMPARE(children->size(), 2);
}

void TestMinutes::refusesOtherExtensions()
{
    QTemporaryDir out;
    Status s = MinutesWriter(**m_db).write(m_h.meeting1Apr, out.filePath(QStringLiteral("m.doc")));
    QVERIFY(!s);
    QVERIFY(s.errorText().contains(QStringLiteral(".odt")));
}

void TestMinutes::cliWritesMinutes()
{
    m_db->db.reset();
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("m.pdf"));
    QProcess cli;
    cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
              {QStringLiteral("--db"), m_db->path(), QStringLiteral("minutes"),
               QStringLiteral("--meeting"), QString::number(m_h.meeting1Apr),
               QStringLiteral("--out"), file});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QFile::exists(file));
    QProcess bad;
    bad.start(QStringLiteral(ENCOMPASS_CLI_PATH),
              {QStringLiteral("--db"), m_db->path(), QStringLiteral("minutes"),
               QStringLiteral("--meeting"), QStringLiteral("999"), QStringLiteral("--out"), file});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 1);
}

QTEST_MAIN(TestMinutes)
#include "test_minutes.moc"
