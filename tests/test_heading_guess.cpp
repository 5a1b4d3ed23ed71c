// Police files' headings as forces write them: recognised by their words in any order, the
// columns' contents deciding, and a person's choice (--map) when the guess cannot tell; from
// the command line as automation uses it.

#include "CliTestSupport.h"

#include "import/ColumnMapping.h"
#include "import/HeadingGuess.h"
#include "import/ImportFile.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;
using namespace enc::test;

namespace {

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace

class TestHeadingGuess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void words_data();
    void words();
    void headings_data();
    void headings();
    void contentsDecide();
    void adultColumnsAreNotTheChilds();
    void combinedDateTimeImports();
    void mapByHeadingOrLetter();
    void showMapping();
    void unsureListsCandidates();
    void badMapChangesNothing();
    void headerRowChosen();
    void mapSilencesOnlyItsOwnDoubt();
    void dateInName_data();
    void dateInName();

private:
    QTemporaryDir m_dir;
    QString m_db;
    CliRun cli(const QStringList &args) const { return runCli(m_dir.path(), m_db, args); }
};

void TestHeadingGuess::init()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("t.db"));
    QFile::remove(m_db);
    QCOMPARE(runCli(m_dir.path(), m_db, {QStringLiteral("init")}).code, 0);
}

void TestHeadingGuess::words_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("slash") << QStringLiteral("Date/Time of Incident")
                           << list({"date", "time", "of", "incident"});
    QTest::newRow("dotted") << QString::fromUtf8("Child's D.O.B.") << list({"child", "dob"});
    QTest::newRow("camel") << QString::fromUtf8("IncidentDateTime")
                           << list({"incident", "date", "time"});
    QTest::newRow("abbrev") << QString::fromUtf8("Occ No") << list({"occurrence", "number"});
    QTest::newRow("postcode") << QString::fromUtf8("Post Code") << list({"postcode"});
    QTest::newRow("accents") << QString::fromUtf8("Dáte of Birth") << list({"date", "of", "birth"});
    QTest::newRow("underscore") << QString::fromUtf8("child_first_name")
                                << list({"child", "first", "name"});
}

void TestHeadingGuess::words()
{
    QFETCH(QString, heading);
    QFETCH(QStringList, expected);
    QCOMPARE(HeadingGuess::words(heading), expected);
}

void TestHeadingGuess::headings_data()
{
    // Headings no list names, each field written as some force writes it.
    QTest::addColumn<QStringList>("header");
    QTest::newRow("combined date time") << list(
        {"Occ No", "Date/Time of Incident", "Child's Forename", "Child's Surname", "D.O.B."});
    QTest::newRow("camel case") << list(
        {"OccurrenceRef", "IncidentDateTime", "FirstName", "FamilyName", "ChildDOB"});
    QTest::newRow("words reordered") << list(
        {"Number (Niche)", "Incident: date of", "Name - first", "Name - last", "Birth date"});
    QTest::newRow("one name column")
        << list({"Crime Ref No.", "Date & Time", "Name of Child", "Notes", "Child D.O.B"});
}

void TestHeadingGuess::headings()
{
    QFETCH(QStringList, header);
    const QList<QStringList> rows = {
        list({"NC/26/1234", "03/12/2026 21:40", "Amara", "OKAFOR", "14/02/2023"}),
        list({"43/123456/26", "04/12/2026 02:15", "Leo", "MARTIN", "01/09/2022"})};
    const ColumnMapping m = ColumnMapping::guess(header, rows, QDate(2026, 12, 7));
    QVERIFY2(m.missingRequired().isEmpty(), qPrintable(m.missingRequired().join(u',')));
    QCOMPARE(m.column(ImportField::Reference), 0);
    QCOMPARE(m.column(ImportField::IncidentDate), 1);
    QCOMPARE(m.column(ImportField::DateOfBirth), 4);
}

void TestHeadingGuess::contentsDecide()
{
    // "Date" could be anything; the column of date-times is the incident's, and a column of
    // reference shapes under a heading no one wrote is only offered, never taken.
    const QStringList header =
        list({"Column1", "Date", "Forename", "Surname", "DOB", "Entered date"});
    const QList<QStringList> rows = {
        list({"NC/26/1234", "03/12/2026 21:40", "Amara", "OKAFOR", "14/02/2023", "05/12/2026"}),
        list({"NC/26/1299", "04/12/2026 02:15", "Leo", "MARTIN", "01/09/2022", "05/12/2026"})};
    const HeadingGuess g(header, rows, QDate(2026, 12, 7));
    QCOMPARE(g.mapping().column(ImportField::IncidentDate), 1);
    QCOMPARE(g.mapping().column(ImportField::Reference), -1);
    QVERIFY(g.candidates(ImportField::Reference).contains(0));
    QVERIFY2(g.candidatesText(ImportField::Reference).contains(QStringLiteral("A \"Column1\"")),
             qPrintable(g.candidatesText(ImportField::Reference)));
    // A heading that says date over a column of words is not a date.
    const HeadingGuess words(list({"Ref", "Date", "Forename", "Surname", "DOB"}),
                             {list({"R1", "see notes", "A", "B", "01/01/2023"}),
                              list({"R2", "unknown", "A", "B", "01/01/2023"})},
                             QDate(2026, 12, 7));
    QCOMPARE(words.mapping().column(ImportField::IncidentDate), -1);
}

void TestHeadingGuess::adultColumnsAreNotTheChilds()
{
    const QStringList header =
        list({"URN", "Incident date", "Victim forename", "Victim surname", "Victim DOB",
              "Child forename", "Child surname", "Child DOB", "Suspect age", "Child age"});
    const ColumnMapping m = ColumnMapping::guess(header);
    QCOMPARE(m.column(ImportField::Forename), 5);
    QCOMPARE(m.column(ImportField::Surname), 6);
    QCOMPARE(m.column(ImportField::DateOfBirth), 7);
    QCOMPARE(m.column(ImportField::Age), 9);

    // Found in review: a partner's date of birth before the child's was taken for the child's,
    // a witness's name for presence, and a plain "Date" before "Incident Date" for the
    // incident's.
    const ColumnMapping more = ColumnMapping::guess(
        list({"Date", "URN", "Partner DOB", "Witness Name", "Child Name", "Incident Date",
              "CYP DOB", "Child witnessed?", "Aggrieved forename"}));
    QCOMPARE(more.column(ImportField::DateOfBirth), 6);
    QCOMPARE(more.column(ImportField::FullName), 4);
    QCOMPARE(more.column(ImportField::Presence), 7);
    QCOMPARE(more.column(ImportField::IncidentDate), 5);
    QCOMPARE(more.column(ImportField::Forename), -1);
}

void TestHeadingGuess::combinedDateTimeImports()
{
    // Found from outside: this file was refused ("no column for Incident date").
    const QString file =
        writeFile(m_dir, QStringLiteral("police.csv"),
                  "Occ No,Date/Time of Incident,Child's Forename,Child's Surname,D.O.B.,Post Code\n"
                  "NC/26/1234,03/12/2026 21:40,Amara,OKAFOR,14/02/2023,AB1 2CD\n"
                  "43/123456/26,04/12/2026 02:15,Leo,MARTIN,01/09/2022,AB3 4EF\n");
    const CliRun r = cli({QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.errText()));
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 2);
    const CliRun ppns = cli({QStringLiteral("children"), QStringLiteral("--json")});
    QVERIFY2(ppns.outText().contains(QStringLiteral("Okafor")), qPrintable(ppns.outText()));
}

void TestHeadingGuess::mapByHeadingOrLetter()
{
    const QString file = writeFile(m_dir, QStringLiteral("odd.csv"),
                                   "Ref,Logged,Forename,Surname,Born on\n"
                                   "R1,03/12/2026,Amara,OKAFOR,14/02/2023\n");
    CliRun r = cli({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("import"), file, QStringLiteral("--map"),
             QStringLiteral("incident_date=Logged"), QStringLiteral("--map=Date of birth=E"),
             QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.errText()));
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 1);
}

void TestHeadingGuess::showMapping()
{
    const QString file =
        writeFile(m_dir, QStringLiteral("show.csv"),
                  "Occ No,Date/Time of Incident,Name,DOB\nNC/26/1,03/12/2026 21:40,Amara Okafor,"
                  "14/02/2023\n");
    CliRun r = cli({QStringLiteral("import"), file, QStringLiteral("--show-mapping"),
                    QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonObject fields;
    for (const QJsonValue &f : r.json().value(QStringLiteral("fields")).toArray())
        fields.insert(f[QStringLiteral("field")].toString(), f[QStringLiteral("column")]);
    QCOMPARE(fields.value(QStringLiteral("incident_date")).toString(), QStringLiteral("B"));
    QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("C"));
    QCOMPARE(r.json().value(QStringLiteral("header_row")).toInt(), 1);
    // Nothing was imported.
    r = cli({QStringLiteral("children"), QStringLiteral("--json")});
    QVERIFY(!r.outText().contains(QStringLiteral("Okafor")));
    // A required field unmapped: said, exit 1.
    r = cli({QStringLiteral("import"), file, QStringLiteral("--show-mapping"),
             QStringLiteral("--map"), QStringLiteral("dob=")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.outText().contains(QStringLiteral("Required but not found: Date of birth")),
             qPrintable(r.outText()));
}

void TestHeadingGuess::unsureListsCandidates()
{
    const QString file = writeFile(m_dir, QStringLiteral("unsure.csv"),
                                   "Ref,Logged,Forename,Surname,Birth\n"
                                   "R1,1,Amara,OKAFOR,unknown\n");
    const CliRun r = cli({QStringLiteral("import"), file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("Date of birth: could be E \"Birth\"")),
             qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("--map")), qPrintable(r.errText()));
}

void TestHeadingGuess::badMapChangesNothing()
{
    const QString file = writeFile(m_dir, QStringLiteral("bad.csv"),
                                   "Ref,When,Forename,Surname,DOB\n"
                                   "R1,03/12/2026,Amara,OKAFOR,14/02/2023\n");
    const QByteArray before = fileHash(file);
    CliRun r = cli({QStringLiteral("import"), file, QStringLiteral("--map"),
                    QStringLiteral("incident_date=Nowhere")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("no column \"Nowhere\"")),
             qPrintable(r.errText()));
    r = cli({QStringLiteral("import"), file, QStringLiteral("--map"), QStringLiteral("colour=B")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("incident_date")), qPrintable(r.errText()));
    QCOMPARE(fileHash(file), before);
    r = cli({QStringLiteral("children"), QStringLiteral("--json")});
    QVERIFY(!r.outText().contains(QStringLiteral("Okafor")));
}

// --header-row: the person says which row holds the headings, above or below the one found.
void TestHeadingGuess::headerRowChosen()
{
    const QString file = writeFile(m_dir, QStringLiteral("titled.csv"),
                                   "Daily notifications,Westshire,OFFICIAL,,\n"
                                   "Ref,When,Forename,Surname,DOB\n"
                                   "R1,03/12/2026 10:00,Amara,OKAFOR,14/02/2023\n");
    CliRun r = cli({QStringLiteral("import"), file, QStringLiteral("--show-mapping"),
                    QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("header_row")).toInt(), 2);
    r = cli({QStringLiteral("import"), file, QStringLiteral("--header-row"), QStringLiteral("1"),
             QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("found on row 1")), qPrintable(r.errText()));
    r = cli({QStringLiteral("import"), file, QStringLiteral("--header-row"), QStringLiteral("2"),
             QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.errText()));
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 1);
    r = cli({QStringLiteral("import"), file, QStringLiteral("--header-row"), QStringLiteral("9")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("no text on row 9")), qPrintable(r.errText()));
    r = cli({QStringLiteral("import"), file, QStringLiteral("--header-row"), QStringLiteral("0")});
    QCOMPARE(r.code, 2);
}

// Found in review: any --map hid every doubt of the guess, even for fields it did not touch.
void TestHeadingGuess::mapSilencesOnlyItsOwnDoubt()
{
    const QString file = writeFile(m_dir, QStringLiteral("two-dates.csv"),
                                   "Ref,Event date,Date of event,Forename,Surname,DOB,Risk\n"
                                   "R1,03/12/2026,03/12/2026,Amara,OKAFOR,14/02/2023,Medium\n");
    const auto doubts = [&](const QStringList &more) {
        const CliRun r =
            cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--show-mapping"),
                            QStringLiteral("--json")} +
                more);
        return r.json().value(QStringLiteral("doubts")).toArray().size();
    };
    QCOMPARE(doubts({}), 1);
    QCOMPARE(doubts({QStringLiteral("--map"), QStringLiteral("risk=G")}), 1);
    QCOMPARE(doubts({QStringLiteral("--map"), QStringLiteral("incident_date=C")}), 0);
}

void TestHeadingGuess::dateInName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << QStringLiteral("ppn-2026-12-04.xlsx") << QDate(2026, 12, 4);
    QTest::newRow("compact") << QStringLiteral("PPN_20261204_v2.csv") << QDate(2026, 12, 4);
    QTest::newRow("uk") << QStringLiteral("Daily 04.12.2026.csv") << QDate(2026, 12, 4);
    QTest::newRow("none") << QStringLiteral("daily.csv") << QDate();
    QTest::newRow("future") << QStringLiteral("ppn-2026-12-25.csv") << QDate();
    QTest::newRow("not a day") << QStringLiteral("ppn-2026-13-40.csv") << QDate();
    QTest::newRow("reference") << QStringLiteral("batch 123456789.csv") << QDate();
}

void TestHeadingGuess::dateInName()
{
    QFETCH(QString, name);
    QFETCH(QDate, expected);
    QCOMPARE(ImportFile::dateInName(name, QDate(2026, 12, 7)), expected);
}

QTEST_GUILESS_MAIN(TestHeadingGuess)
#include "test_heading_guess.moc"
