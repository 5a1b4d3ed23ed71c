// The settings directory imported from a spreadsheet: the office's own list and the national
// register's export, matched by URN or name, reported before anything is written.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "import/Importer.h"
#include "import/SettingsImport.h"
#include "repo/Directory.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

#include <xlsxwriter.h>

using namespace enc;

namespace {

qint64 count(Database &db, const char *sql)
{
    return Sql::scalar(db.sql(), QLatin1String(sql))->toLongLong();
}

// Headings as the register's "all establishments" download writes them, most not read.
const QByteArray Gias =
    "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),"
    "TypeOfEstablishment (name),EstablishmentTypeGroup (name),EstablishmentStatus (name),"
    "Street,Town,Postcode,TelephoneNum,HeadTitle (name),HeadFirstName,HeadLastName\r\n";

} // namespace

class TestSettingsImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registerHeadings();
    void officeLayoutBelowTitle();
    void matchedByUrnThenName();
    void importWritesAndAudits();
    void dryRunWritesNothing();
    void badRowRefusesWholeFile();
    void workbookSheetChosenByHeadings();
    void undoPutsTheDirectoryBack();
    void changedOnAnotherDeskRefused();
    void policeFileFindsImportedSetting();
    void policeFileIsNotADirectory();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Result<SettingsPlan> plan(const QByteArray &bytes,
                              const QString &name = QStringLiteral("settings.csv"));

    std::unique_ptr<test::TempDatabase> m_db;
    Id m_sunshine = 0;
    Id m_oak = 0;
    Id m_north = 0;
};

QString TestSettingsImport::write(const QString &name, const QByteArray &bytes)
{
    return test::writeFile(m_db->dir, name, bytes);
}

Result<SettingsPlan> TestSettingsImport::plan(const QByteArray &bytes, const QString &name)
{
    return SettingsImport::plan(**m_db, write(name, bytes));
}

void TestSettingsImport::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->db);
    Directory dir(**m_db);
    m_north = *dir.ensureArea(QStringLiteral("North"));
    Setting s;
    s.name = QStringLiteral("Sunshine Pre-School");
    s.type = QStringLiteral("pre-school");
    s.areaId = m_north;
    s.dslName = QStringLiteral("Ann Jones");
    s.dslEmail = QStringLiteral("ann.jones@sunshine.example.org");
    m_sunshine = dir.addSetting(s)->id;
    s = Setting{};
    s.name = QStringLiteral("Oak Tree Primary");
    s.type = QStringLiteral("school");
    s.urn = QStringLiteral("123456");
    s.phone = QStringLiteral("01234 567890");
    m_oak = dir.addSetting(s)->id;
}

void TestSettingsImport::registerHeadings()
{
    auto p = plan(Gias + "123456,893,Shropshire,2001,Oak Tree Primary School,1,Community school,"
                         "Local authority maintained schools,Open,1 Oak Lane,Shrewsbury,SY1 1AA,"
                         "1743000111,Mrs,Jane,Head\r\n");
    QVERIFY2(p, qPrintable(p.errorText()));
    const SettingsSheet &sheet = p->sheet;
    QCOMPARE(sheet.columns.value(SettingColumn::Urn), 0);
    QCOMPARE(sheet.columns.value(SettingColumn::Area), 2); // LA (name), not its code
    QCOMPARE(sheet.columns.value(SettingColumn::Name), 4);
    QCOMPARE(sheet.columns.value(SettingColumn::Type), 6); // the name, not the code or group
    QCOMPARE(sheet.columns.value(SettingColumn::OpenOrClosed), 8);
    QCOMPARE(sheet.columns.value(SettingColumn::Phone), 12);
    // The head teacher is not the DSL: not read as one.
    QVERIFY(!sheet.has(SettingColumn::DslName) && !sheet.has(SettingColumn::DslFirstName));
    QVERIFY(sheet.unused.contains(QStringLiteral("HeadFirstName")));
    SettingColumn c;
    QCOMPARE(SettingsSheet::recognise(QStringLiteral("OfstedLastInsp"), &c), 0);
    QCOMPARE(SettingsSheet::recognise(QStringLiteral("Ofsted Registration No"), &c), 1);
    QCOMPARE(c, SettingColumn::Urn);
    QCOMPARE(p->rows.size(), 1);
    const SettingsPlanRow &r = p->rows.first();
    QCOMPARE(r.kind, SettingsPlanRow::Kind::Changed);
    QVERIFY(r.byUrn);
    QCOMPARE(r.before.id, m_oak);
    QCOMPARE(r.after.name, QStringLiteral("Oak Tree Primary School"));
    QCOMPARE(r.after.type, QStringLiteral("Community school"));
    QCOMPARE(r.areaAfter, QStringLiteral("Shropshire"));
    QCOMPARE(r.after.phone, QStringLiteral("01743000111")); // the zero a number cell loses
}

void TestSettingsImport::officeLayoutBelowTitle()
{
    auto p =
        plan("Early years settings directory - OFFICIAL SENSITIVE;;;;;;;;\r\n"
             ";;;;;;;;\r\n"
             "Setting;Ofsted Registration No;Setting type;Locality;Designated Safeguarding Lead;"
             "DSL secure email;Deputy DSL;Deputy email;Tel\r\n"
             "Little Acorns Day Nursery;EY501234;Nursery;South;Priya Shah;"
             "p.shah@acorns.example.org;Tom Reed;t.reed@acorns.example.org;01234 111222\r\n");
    QVERIFY2(p, qPrintable(p.errorText()));
    QCOMPARE(p->sheet.headerRow, 3);
    QVERIFY2(p->sheet.unused.isEmpty(), qPrintable(p->sheet.unused.join(u',')));
    QCOMPARE(p->rows.size(), 1);
    const SettingsPlanRow &r = p->rows.first();
    QCOMPARE(r.kind, SettingsPlanRow::Kind::New);
    QCOMPARE(r.after.name, QStringLiteral("Little Acorns Day Nursery"));
    QCOMPARE(r.after.urn, QStringLiteral("EY501234"));
    QCOMPARE(r.after.type, QStringLiteral("Nursery"));
    QCOMPARE(r.areaAfter, QStringLiteral("South"));
    QCOMPARE(r.after.dslName, QStringLiteral("Priya Shah"));
    QCOMPARE(r.after.dslEmail, QStringLiteral("p.shah@acorns.example.org"));
    QCOMPARE(r.after.deputyName, QStringLiteral("Tom Reed"));
    QCOMPARE(r.after.deputyEmail, QStringLiteral("t.reed@acorns.example.org"));
    QCOMPARE(r.after.phone, QStringLiteral("01234 111222"));
}

void TestSettingsImport::matchedByUrnThenName()
{
    auto p = plan("Name,URN,DSL first name,DSL surname,DSL email\r\n"
                  "SUNSHINE PRESCHOOL,EY777777,Ann,Jones,ANN.JONES@sunshine.example.org\r\n"
                  "Oak Tree Primary (Academy),123456,,,\r\n"
                  "Oak Tree Primary,999999,,,\r\n"
                  "Oak Tree Primary,,,,\r\n");
    QVERIFY2(p, qPrintable(p.errorText()));
    QVERIFY2(p->errors.size() == 1, qPrintable(p->errors.value(0).message));
    // Row 2: by name, punctuation and case ignored; the URN is new, the rest the same.
    const SettingsPlanRow &sunshine = p->rows.at(0);
    QCOMPARE(sunshine.before.id, m_sunshine);
    QVERIFY(!sunshine.byUrn);
    QCOMPARE(sunshine.kind, SettingsPlanRow::Kind::Changed);
    QStringList fields;
    for (const SettingFieldChange &c : sunshine.changes)
        fields << c.field;
    QCOMPARE(fields, QStringList{QStringLiteral("urn")}); // its spelling kept
    // Row 3: by URN whatever the name says.
    QCOMPARE(p->rows.at(1).before.id, m_oak);
    QVERIFY(p->rows.at(1).byUrn);
    // Row 4: the same name with another URN is another establishment: new.
    QCOMPARE(p->rows.at(2).kind, SettingsPlanRow::Kind::New);
    // Row 5: Oak Tree again by name, after row 3 took it: the file holds it twice.
    QCOMPARE(p->errors.first().row, 5);
    QVERIFY(p->errors.first().message.startsWith(QLatin1String("settings.csv, row 5, Name:")));
}

void TestSettingsImport::importWritesAndAudits()
{
    auto p = plan("Setting name,URN,Area,DSL name,DSL email,Phone\r\n"
                  "Sunshine Preschool,,North,Ann Jones,ann.jones@sunshine.example.org,\r\n"
                  "Oak Tree Primary,123456,Central,,,\r\n"
                  "Willow Childminding,EY600001,Central,Sam Ward,sam@willow.example.org,07700 "
                  "900123\r\n"
                  "Bluebell Childminding,N/A,Central,,,\r\n"
                  "Primrose Childminding,n/a,Central,,,\r\n");
    QVERIFY2(p && p->errors.isEmpty(), p ? "" : qPrintable(p.errorText()));
    QCOMPARE(p->summary(), QStringLiteral("3 new, 1 changed, 1 unchanged")); // "N/A" is no URN
    const qint64 auditBefore = count(**m_db, "SELECT count(*) FROM audit");
    auto done = SettingsImport::apply(**m_db, *p);
    QVERIFY2(done, qPrintable(done.errorText()));
    QCOMPARE(done->added.size(), 3);
    QCOMPARE(done->changedBefore.size(), 1);
    auto oak = Directory(**m_db).setting(m_oak);
    auto central = Directory(**m_db).ensureArea(QStringLiteral("Central"));
    QCOMPARE(oak->areaId, *central);
    QCOMPARE(oak->phone, QStringLiteral("01234 567890")); // a blank cell leaves it
    auto willow = Directory(**m_db).setting(done->added.first());
    QCOMPARE(willow->name, QStringLiteral("Willow Childminding"));
    QCOMPARE(willow->dslEmail, QStringLiteral("sam@willow.example.org"));
    QCOMPARE(willow->areaId, *central);
    // Each setting audited as a hand edit is (and the new area).
    QCOMPARE(count(**m_db, "SELECT count(*) FROM audit") - auditBefore, 5);
}

void TestSettingsImport::dryRunWritesNothing()
{
    const QString path = write(QStringLiteral("directory.csv"),
                               "Setting name,URN\r\nNew Horizons Nursery,EY700001\r\n"
                               "Oak Tree Primary School,123456\r\n");
    const qint64 audit = count(**m_db, "SELECT count(*) FROM audit");
    auto run = test::runCli(m_db->dir.path(), m_db->path(),
                            {QStringLiteral("settings"), QStringLiteral("import"), path,
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(count(**m_db, "SELECT count(*) FROM setting"), 2);
    QCOMPARE(count(**m_db, "SELECT count(*) FROM audit"), audit);
    QCOMPARE(Directory(**m_db).setting(m_oak)->name, QStringLiteral("Oak Tree Primary"));

    run = test::runCli(m_db->dir.path(), m_db->path(),
                       {QStringLiteral("settings"), QStringLiteral("import"), path});
    QCOMPARE(run.code, 0);
    QCOMPARE(count(**m_db, "SELECT count(*) FROM setting"), 3);
    run = test::runCli(
        m_db->dir.path(), m_db->path(),
        {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.document().array().size(), 3);
}

void TestSettingsImport::badRowRefusesWholeFile()
{
    const QString path = write(QStringLiteral("directory.csv"),
                               "Setting name,URN,DSL email\r\n"
                               "New Horizons Nursery,EY700001,dsl@horizons.example.org\r\n"
                               "Oak Tree Primary School,123456,\r\n"
                               "Bluebell Pre-School,EY700002,bluebell at example\r\n");
    const QByteArray hash = test::fileHash(path);
    auto p = SettingsImport::plan(**m_db, path);
    QVERIFY(p);
    QCOMPARE(p->errors.size(), 1);
    QCOMPARE(p->errors.first().message,
             QStringLiteral("directory.csv, row 4, DSL email: \"bluebell at example\" is not an "
                            "email address."));
    QVERIFY(!SettingsImport::apply(**m_db, *p));

    auto run = test::runCli(m_db->dir.path(), m_db->path(),
                            {QStringLiteral("settings"), QStringLiteral("import"), path});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QLatin1String("directory.csv, row 4, DSL email")),
             qPrintable(run.errText()));
    QCOMPARE(count(**m_db, "SELECT count(*) FROM setting"), 2);
    QCOMPARE(Directory(**m_db).setting(m_oak)->name, QStringLiteral("Oak Tree Primary"));
    QCOMPARE(test::fileHash(path), hash);
}

void TestSettingsImport::workbookSheetChosenByHeadings()
{
    const QString path = m_db->dir.filePath(QStringLiteral("edubase.xlsx"));
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "Read me");
    worksheet_write_string(notes, 0, 0, "Downloaded from the register", nullptr);
    lxw_worksheet *data = workbook_add_worksheet(book, "Establishments");
    const char *header[] = {"URN", "LA (name)", "EstablishmentName", "TypeOfEstablishment (name)",
                            "TelephoneNum"};
    for (lxw_col_t c = 0; c < 5; ++c)
        worksheet_write_string(data, 0, c, header[c], nullptr);
    worksheet_write_number(data, 1, 0, 123456, nullptr);
    worksheet_write_string(data, 1, 1, "North", nullptr);
    worksheet_write_string(data, 1, 2, "Oak Tree Primary", nullptr);
    worksheet_write_string(data, 1, 3, "school", nullptr);
    worksheet_write_number(data, 1, 4, 1234567890, nullptr);
    worksheet_write_number(data, 2, 0, 654321, nullptr);
    worksheet_write_string(data, 2, 1, "North", nullptr);
    worksheet_write_string(data, 2, 2, "Ash Grove Infants", nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    auto p = SettingsImport::plan(**m_db, path);
    QVERIFY2(p, qPrintable(p.errorText()));
    QCOMPARE(p->sheet.sheet, QStringLiteral("Establishments"));
    QCOMPARE(p->rows.size(), 2);
    QCOMPARE(p->rows.at(0).before.id, m_oak);                     // the number cell's URN matches
    QCOMPARE(p->rows.at(0).kind, SettingsPlanRow::Kind::Changed); // area only
    QCOMPARE(p->rows.at(0).changes.size(), 1);
    QCOMPARE(p->rows.at(1).kind, SettingsPlanRow::Kind::New);
    QCOMPARE(p->rows.at(1).after.urn, QStringLiteral("654321"));
}

void TestSettingsImport::undoPutsTheDirectoryBack()
{
    auto p = plan("Setting name,URN,Phone\r\nOak Tree Primary School,123456,01234 000000\r\n"
                  "Ash Grove Infants,654321,\r\n");
    QVERIFY(p);
    auto done = SettingsImport::apply(**m_db, *p);
    QVERIFY(done);
    QVERIFY(SettingsImport::revert(**m_db, *done));
    QCOMPARE(Directory(**m_db).setting(m_oak)->name, QStringLiteral("Oak Tree Primary"));
    QCOMPARE(Directory(**m_db).setting(m_oak)->phone, QStringLiteral("01234 567890"));
    QCOMPARE(Directory(**m_db).settings(false)->size(), 2);
    QVERIFY(SettingsImport::revert(**m_db, *done, true));
    QCOMPARE(Directory(**m_db).setting(m_oak)->name, QStringLiteral("Oak Tree Primary School"));
    QCOMPARE(Directory(**m_db).settings(false)->size(), 3);
}

void TestSettingsImport::changedOnAnotherDeskRefused()
{
    auto p = plan("Setting name,URN,Phone\r\nOak Tree Primary,123456,01234 000000\r\n"
                  "Ash Grove Infants,654321,\r\n");
    QVERIFY(p);
    // Between the report and Import, another desk edits the setting.
    Setting oak = *Directory(**m_db).setting(m_oak);
    oak.phone = QStringLiteral("01234 999999");
    QVERIFY(Directory(**m_db).updateSetting(oak));
    auto done = SettingsImport::apply(**m_db, *p);
    QVERIFY(!done);
    QVERIFY2(done.errorText().startsWith(QLatin1String("settings.csv, row 2:")),
             qPrintable(done.errorText()));
    QCOMPARE(Directory(**m_db).setting(m_oak)->phone, QStringLiteral("01234 999999"));
    QCOMPARE(Directory(**m_db).settings(false)->size(), 2); // Ash Grove not added either
}

void TestSettingsImport::policeFileFindsImportedSetting()
{
    auto p = plan("Setting name,URN\r\nBright Stars Pre-School,EY800001\r\n");
    QVERIFY(p && SettingsImport::apply(**m_db, *p));
    const QString daily = write(QStringLiteral("daily.csv"),
                                "Occurrence Number,Incident Date,Forename,Surname,DOB,School\r\n"
                                "NC/1,01/06/2025,Ava,Smith,03/04/2021,Sunshine Preschool\r\n"
                                "NC/2,01/06/2025,Ben,Smith,03/04/2022,BRIGHT STARS PRESCHOOL\r\n");
    Importer::Request r;
    r.path = daily;
    r.today = QDate(2025, 6, 2);
    auto report = Importer(**m_db).run(r);
    QVERIFY2(report, qPrintable(report.errorText()));
    auto q = Sql::run((*m_db)->sql(),
                      QStringLiteral("SELECT c.forename, s.name FROM child c JOIN setting s ON "
                                     "s.id = c.setting_id ORDER BY c.forename"));
    QVERIFY(q->next());
    QCOMPARE(q->value(1).toString(), QStringLiteral("Sunshine Pre-School"));
    QVERIFY(q->next());
    QCOMPARE(q->value(1).toString(), QStringLiteral("Bright Stars Pre-School"));
}

void TestSettingsImport::policeFileIsNotADirectory()
{
    auto p = plan("Occurrence Number,Incident Date,Forename,Surname,DOB,School\r\n"
                  "NC/1,01/06/2025,Ava,Smith,03/04/2021,Sunshine Preschool\r\n",
                  QStringLiteral("daily.csv"));
    QVERIFY(!p);
    QVERIFY2(p.errorText().startsWith(QLatin1String("daily.csv looks like a police file")),
             qPrintable(p.errorText()));
}

QTEST_GUILESS_MAIN(TestSettingsImport)
#include "test_settings_import.moc"
