// The no known setting list: exported per area as CSV and .xlsx, filled in, read back.

#include "ImportFixture.h"

#include "import/ImportFile.h"
#include "import/NoSettingList.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTest>

using namespace enc;

class TestImportNoSetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init();
    void listedPerArea();
    void exportCsvAndXlsx();
    void filledListSetsSettings();

private:
    std::unique_ptr<test::importing::ImportDatabase> m_db;
    Id m_north = 0;
    Id m_ava = 0;
    Id m_ben = 0;
    Id m_setting = 0;
};

void TestImportNoSetting::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<test::importing::ImportDatabase>(backend);
    if (m_db->address().isEmpty())
        QSKIP(qPrintable(m_db->skipReason()));
    QVERIFY(m_db->db);
    Directory dir(**m_db);
    m_north = *dir.ensureArea(QStringLiteral("North"));
    const Id south = *dir.ensureArea(QStringLiteral("South"));
    Setting s;
    s.name = QStringLiteral("Little Acorns Nursery");
    s.urn = QStringLiteral("EY123456");
    m_setting = dir.addSetting(s)->id;
    Child c;
    c.forename = QStringLiteral("Ava");
    c.surname = QStringLiteral("Smith, Jr");
    c.dateOfBirth = QDate(2021, 4, 3);
    c.areaId = m_north;
    m_ava = Children(**m_db).add(c)->id;
    c.forename = QStringLiteral("Ben");
    c.surname = QStringLiteral("Jones");
    c.areaId = south;
    m_ben = Children(**m_db).add(c)->id;
    c.forename = QStringLiteral("Cal");
    c.settingKnown = SettingKnown::Known;
    c.settingId = m_setting;
    QVERIFY(Children(**m_db).add(c));
}

void TestImportNoSetting::listedPerArea()
{
    NoSettingList list(**m_db);
    QCOMPARE(list.entries()->size(), 2);
    auto north = list.entries(QStringLiteral("north"));
    QCOMPARE(north->size(), 1);
    QCOMPARE(north->first().childId, m_ava);
}

void TestImportNoSetting::exportCsvAndXlsx()
{
    NoSettingList list(**m_db);
    const QString csv = m_db->dir.filePath(QStringLiteral("north.csv"));
    QCOMPARE(*list.exportTo(csv, QStringLiteral("North")), 1);
    auto read = ImportFile::read(csv);
    QVERIFY2(read, qPrintable(read.errorText()));
    QCOMPARE(read->table.header, NoSettingList::headings());
    QCOMPARE(read->table.rows.first().at(2), QStringLiteral("Smith, Jr"));

    const QString xlsx = m_db->dir.filePath(QStringLiteral("all.xlsx"));
    QCOMPARE(*list.exportTo(xlsx), 2);
    auto book = ImportFile::read(xlsx);
    QVERIFY2(book, qPrintable(book->sheets.join(u',')));
    QCOMPARE(book->table.sheet, QStringLiteral("No known setting"));
    QCOMPARE(book->table.rows.size(), 2);
    // Every export leaves a disclosure record naming the children.
    QCOMPARE(Sql::scalar((*m_db)->sql(), QStringLiteral("SELECT count(*) FROM disclosure_child"))
                 ->toInt(),
             3);
}

void TestImportNoSetting::filledListSetsSettings()
{
    const QString path = m_db->dir.filePath(QStringLiteral("filled.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("Child id,Forename,Surname,Setting\r\n%1,Ava,Smith,ey123456\r\n"
                           "%2,Ben,Jones,Home educated\r\n999,X,Y,Nowhere\r\n%2,Ben,Jones,\r\n")
                .arg(m_ava)
                .arg(m_ben)
                .toUtf8());
    f.close();
    auto applied = NoSettingList(**m_db).importFrom(path);
    QVERIFY2(applied, qPrintable(applied.errorText()));
    QCOMPARE(applied->updated, 2);
    QCOMPARE(applied->unchanged, 1);
    QCOMPARE(applied->errors.size(), 1);
    QCOMPARE(applied->errors.first().row, 4);
    QCOMPARE(applied->errors.first().field, QStringLiteral("Child id"));
    QCOMPARE(Children(**m_db).get(m_ava)->settingId, m_setting);
    QVERIFY(Children(**m_db).get(m_ben)->settingKnown == SettingKnown::HomeEducated);
    QCOMPARE(NoSettingList(**m_db).entries()->size(), 0);
}

QTEST_GUILESS_MAIN(TestImportNoSetting)
#include "test_import_nosetting.moc"
