// The minutes and action log of a closed meeting: PDF and .odt, privacy, disclosure log.

#include "TestSupport.h"
#include "meeting/MinutesWriter.h"
#include "repo/Directory.h"
#include "repo/Options.h"
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
    void chairAndDeputiesNamed();
    void theProjectorsChoiceIsNotTheMinutes();
    void fullNamesInRationalesFoundAndWrittenAsInitials();
    void cliWritesInitialsForNamesInRationales();
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
    QVERIFY(Options(m_db->db->sql()).setMinutesNameChildren(true)); // the office's choice
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

// The heading names the chair the meeting recorded, else the member present with the chair's
// role (saying so), else says it was not recorded; a deputy is named with the member they
// stood in for.
void TestMinutes::chairAndDeputiesNamed()
{
    const auto text = [this] {
        auto html = MinutesWriter(**m_db).html(m_h.meeting1Apr);
        QTextDocument doc;
        doc.setHtml(html ? *html : html.errorText());
        return doc.toPlainText();
    };
    const auto sql = [this](const char *statement, const QVariantMap &values) {
        return bool(Sql::run(m_db->db->sql(), QString::fromLatin1(statement), values));
    };
    // "Early Help chair", present, and no chair recorded: named from the members' list.
    QVERIFY2(
        text().contains(QStringLiteral("Chair\nChair Person, by role (no chair was recorded)")),
        qPrintable(text()));
    QVERIFY(sql("UPDATE member SET role = 'Deputy chair' WHERE id = :id",
                {{QStringLiteral("id"), m_member}}));
    QVERIFY2(text().contains(QStringLiteral("Chair\nnot recorded")), qPrintable(text()));

    Member other;
    other.name = QStringLiteral("Rosa Penhaligon");
    const Id rosa = Directory(**m_db).addMember(other)->id;
    QVERIFY(
        Meetings(**m_db).setAttendance(m_h.meeting1Apr, {rosa, AttendanceStatus::Deputy,
                                                         QStringLiteral("Lowri Llewellyn"), true}));
    QVERIFY(sql("UPDATE meeting SET chair_member_id = :c WHERE id = :m",
                {{QStringLiteral("c"), m_member}, {QStringLiteral("m"), m_h.meeting1Apr}}));
    const QString after = text();
    QVERIFY2(after.contains(QStringLiteral("Chair\nChair Person\n")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Deputies (1): Lowri Llewellyn for Rosa Penhaligon.")),
             qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Present (1): Chair Person.")), qPrintable(after));
}

// The old projector saved "names shown" on the meeting, and the minutes then named children
// in full: what is circulated is the office's option only.
void TestMinutes::theProjectorsChoiceIsNotTheMinutes()
{
    QVERIFY(Sql::exec(m_db->db->sql(), QStringLiteral("UPDATE meeting SET privacy = 0")));
    auto html = MinutesWriter(**m_db).html(m_h.meeting1Apr);
    QVERIFY(html);
    QTextDocument doc;
    doc.setHtml(*html);
    QVERIFY(!doc.toPlainText().contains(QStringLiteral("Amy Example")));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("AE (id %1)").arg(m_h.amy)));
}

// The chair's words may name a child in full: found whatever the case, accents and spacing,
// and written as initials in the minutes on request; the stored rationale is unchanged.
void TestMinutes::fullNamesInRationalesFoundAndWrittenAsInitials()
{
    const Id zoe = m_h.child(**m_db, QStringLiteral("Zoë"), QStringLiteral("Núñez"));
    QVERIFY(AgendaStore(**m_db).addChild(m_h.meeting1Apr, zoe, QStringLiteral("Added")));
    Decision dec;
    dec.childId = m_h.ben;
    dec.meetingId = m_h.meeting1Apr;
    dec.outcomeId = m_h.outcome;
    dec.rationale = QStringLiteral("amy  EXAMPLE and zoe nunez were there; Amy Examples is "
                                   "another family; Ben is fine; Zoë Núñez.");
    dec.decidedOn = d(2026, 4, 1);
    QVERIFY(Decisions(**m_db).record(dec));
    MinutesWriter writer(**m_db);
    auto found = writer.namesInRationales(m_h.meeting1Apr);
    QVERIFY2(found, qPrintable(found.errorText()));
    QStringList names;
    for (const MinutesWriter::NameInRationale &n : *found) {
        QCOMPARE(n.decisionChild, m_h.ben);
        names << n.named.fullName();
    }
    QCOMPARE(names, QStringList({QStringLiteral("Amy Example"), QStringLiteral("Zoë Núñez"),
                                 QStringLiteral("Zoë Núñez")}));
    writer.setInitialsInRationales(true);
    auto html = writer.html(m_h.meeting1Apr);
    QVERIFY(html);
    QTextDocument doc;
    doc.setHtml(*html);
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("AE and ZN were there; Amy Examples is another "
                                          "family; Ben is fine; ZN.")),
             qPrintable(text));
    QCOMPARE(Decisions(**m_db).forChild(m_h.ben)->first().rationale, dec.rationale);
}

void TestMinutes::cliWritesInitialsForNamesInRationales()
{
    Decision dec;
    dec.childId = m_h.ben;
    dec.meetingId = m_h.meeting1Apr;
    dec.outcomeId = m_h.outcome;
    dec.rationale = QStringLiteral("Ben Example was asleep");
    dec.decidedOn = d(2026, 4, 1);
    QVERIFY(Decisions(**m_db).record(dec));
    m_db->db.reset();
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("m.odt"));
    const auto run = [&](const QStringList &more) {
        QProcess cli;
        cli.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                  QStringList{QStringLiteral("--db"), m_db->path(), QStringLiteral("minutes"),
                              QStringLiteral("--meeting"), QString::number(m_h.meeting1Apr),
                              QStringLiteral("--out"), file} +
                      more);
        cli.waitForFinished(30000);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), file, QStringLiteral("content.xml")});
        unzip.waitForFinished(30000);
        return std::make_pair(QString::fromUtf8(cli.readAllStandardError()),
                              QString::fromUtf8(unzip.readAllStandardOutput()));
    };
    const auto [warning, xml] = run({});
    QVERIFY2(warning.contains(QStringLiteral("Ben Example")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("initials")));
    QVERIFY2(xml.contains(QStringLiteral("BE was asleep")), qPrintable(xml));
    QVERIFY(!xml.contains(QStringLiteral("Ben Example")));
    const auto [kept, xmlKept] = run({QStringLiteral("--keep-names")});
    QVERIFY(xmlKept.contains(QStringLiteral("Ben Example was asleep")));
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
