// encompass-cli import and review as a user runs them: exit codes, one-line errors naming
// the file, JSON a script can read; on an SQLite file and on a server database.

#include "BackendDatabase.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "repo/Children.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <future>
#include <map>

using namespace enc;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::backendRows(); }
    void init();
    void everyRowTakenExitsZero();
    void rejectedRowExitsOne();
    void unreadableFileExitsTwo();
    void dryRunWritesNothing();
    void jsonReportIsWhatQtWrites();
    void importNeedsNoPlatformPlugin();
    void reviewListAndAccept();
    void undo();
    void twoDesksImportAtOnce();
    void importLeavesItsPagesForTheNextWriter();

private:
    Run cli(const QStringList &args) const;
    QString file(const QString &name, const QByteArray &bytes) const;
    qint64 count(const char *table) const;
    QTemporaryDir m_dir;
    // One database per backend for the whole run (the tests build on each other's imports).
    std::map<QString, std::unique_ptr<test::BackendDatabase>> m_databases;
    QString m_db;
};

Run TestImportCli::cli(const QStringList &args) const
{
    const test::CliRun r = test::runCli(m_dir.path(), m_db, args);
    return Run{r.code, r.out, r.errText()};
}

QString TestImportCli::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

qint64 TestImportCli::count(const char *table) const
{
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    return Sql::scalar((*db)->sql(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        ->toLongLong();
}

void TestImportCli::init()
{
    QFETCH_GLOBAL(QString, backend);
    auto &made = m_databases[backend];
    if (made) {
        m_db = made->address();
        return;
    }
    made = std::make_unique<test::BackendDatabase>(backend, test::BackendDatabase::Open::Later);
    m_db = made->address();
    if (m_db.isEmpty())
        QSKIP(qPrintable(made->skipReason()));
    // The same user as the command line's, who created the file (its administrator).
    qputenv("ENCOMPASS_USER", "tester");
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    auto db = Database::open(m_db);
    Child c;
    c.forename = QStringLiteral("Ava");
    c.surname = QStringLiteral("Smith");
    c.dateOfBirth = QDate(2021, 4, 3);
    QVERIFY(Children(**db).add(c));
}

void TestImportCli::everyRowTakenExitsZero()
{
    const QString path =
        file(QStringLiteral("ok.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                       "C1,01/03/2025,\"SMITH, Ava\",03/04/2021\r\n"
                                       "C1,01/03/2025,\"SMITH, Ben\",03/04/2022\r\n");
    const Run r = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("new_ppns")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("new_children")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("matched_children")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("for_review")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("row_errors")).toArray().isEmpty());
    QVERIFY(o.value(QStringLiteral("batch_id")).toInt() > 0);

    const Run again = cli({QStringLiteral("import"), path});
    QCOMPARE(again.code, 0);
    QVERIFY2(QString::fromUtf8(again.out).contains(QLatin1String("ok.csv was already imported")),
             again.out.constData());
}

void TestImportCli::rejectedRowExitsOne()
{
    const QString path =
        file(QStringLiteral("bad-row.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                            "C2,01/03/2025,Cara Jones,03/04/2021\r\n"
                                            "C3,31/02/2025,Dee Jones,03/04/2021\r\n");
    const Run r = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonArray errors = r.json().value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject e = errors.first().toObject();
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(e.value(QStringLiteral("column")).toString(), QStringLiteral("Incident Date"));
    QVERIFY(e.value(QStringLiteral("message")).toString().contains(QLatin1String("31/02/2025")));
}

void TestImportCli::unreadableFileExitsTwo()
{
    const qint64 batches = count("import_batch");
    const QString bin = file(QStringLiteral("image.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    Run r = cli({QStringLiteral("import"), bin});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("image.csv is not a text file")), qPrintable(r.err));
    const QString header =
        file(QStringLiteral("header.csv"), "Police Ref,Incident Date,Name,DOB\r\n");
    r = cli({QStringLiteral("import"), header});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("header.csv has a header row but no data rows")));
    const QString missing =
        file(QStringLiteral("nodob.csv"), "Police Ref,Incident Date,Name\r\nA,01/01/2025,X Y\r\n");
    r = cli({QStringLiteral("import"), missing});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("nodob.csv has no column for Date of birth")));
    r = cli({QStringLiteral("import"), file(QStringLiteral("fake.xlsx"), "not a zip")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("fake.xlsx is not an Excel workbook")));
    QCOMPARE(count("import_batch"), batches);
}

void TestImportCli::dryRunWritesNothing()
{
    const qint64 ppns = count("ppn");
    const QString path = file(QStringLiteral("dry.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                                         "D1,01/03/2025,Eve Hill,03/04/2021\r\n");
    const Run r = cli(
        {QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("committed")).toBool(), false);
    QCOMPARE(count("ppn"), ppns);
}

// The rows of the report are written as text, not through QJsonDocument: the text is still the
// document Qt writes, byte for byte, with quotes, backslashes, tabs and letters beyond ASCII.
void TestImportCli::jsonReportIsWhatQtWrites()
{
    const QString path =
        file(QStringLiteral("names.csv"),
             "Police Ref,Incident Date,Name,DOB,School\r\n"
             "J1,01/03/2025,\"SMITH, Ava \"\"Q\"\"\",03/04/2021,\r\n"
             "J1,01/03/2025,\"SMITH, B\xc3\xa9n\tx\",03/04/2022,\r\n"
             "J2,01/03/2025,\"O'Brien, Zo\xc3\xab \xf0\x9f\x98\x80\",03/04/2019,St Mary\\s\r\n"
             "J3,31/02/2025,Dee Jones,03/04/2021,\r\n");
    const Run r = cli(
        {QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.toJson(QJsonDocument::Indented), r.out);
    const QJsonArray rows = doc.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("child")).toString(),
             QStringLiteral("Ava \"Q\" Smith (03/04/2021)"));
    QCOMPARE(first.value(QStringLiteral("row")).toInt(), 2);
    // Close to Ava Smith, born the same day: proposed, by her id.
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("for_review"));
    QVERIFY(first.value(QStringLiteral("child_id")).toInt() > 0);
    const QJsonObject third = rows.at(2).toObject();
    QVERIFY(third.value(QStringLiteral("child_id")).isNull());
    QCOMPARE(third.value(QStringLiteral("child")).toString(),
             QString::fromUtf8("Zo\xc3\xab \xf0\x9f\x98\x80 O'Brien (03/04/2019)"));
    const QJsonArray warnings = third.value(QStringLiteral("warnings")).toArray();
    QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue &w) {
        return w.toString().contains(QLatin1String("\"St Mary\\s\""));
    }));
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("error"));
}

// Import starts no Qt platform plugin (it draws nothing): it runs where none can be loaded,
// as on a server with neither a display nor the offscreen plugin.
void TestImportCli::importNeedsNoPlatformPlugin()
{
    const QString path = file(QStringLiteral("plugin.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                                            "P1,01/03/2025,Kim Lee,03/04/2021\r\n");
    const bool wasSet = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    const QByteArray was = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    const Run r = cli(
        {QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    if (wasSet)
        qputenv("QT_QPA_PLATFORM", was);
    else
        qunsetenv("QT_QPA_PLATFORM");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 1);
}

void TestImportCli::reviewListAndAccept()
{
    const QString path =
        file(QStringLiteral("close.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                          "E1,01/03/2025,Eva Smith,03/04/2021\r\n"
                                          "E2,01/03/2025,Smith Ava,03/04/2021\r\n");
    QCOMPARE(cli({QStringLiteral("import"), path}).code, 0);
    Run r = cli({QStringLiteral("review"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), 2);
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("E1"));
    const QString id = QString::number(first.value(QStringLiteral("id")).toInt());
    const QString child =
        QString::number(first.value(QStringLiteral("candidate_child_id")).toInt());
    r = cli(
        {QStringLiteral("review"), QStringLiteral("accept"), id, QStringLiteral("--link"), child});
    QCOMPARE(r.code, 0);
    const QString second =
        QString::number(items.at(1).toObject().value(QStringLiteral("id")).toInt());
    r = cli({QStringLiteral("review"), QStringLiteral("accept"), second, QStringLiteral("--new")});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("new child")));
    r = cli({QStringLiteral("review"), QStringLiteral("accept"), second, QStringLiteral("--new")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already resolved")));
    r = cli({QStringLiteral("review"), QStringLiteral("accept"), second});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--link CHILD_ID or --new")));
    r = cli({QStringLiteral("review")});
    QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("The review queue is empty")));
}

void TestImportCli::undo()
{
    const QString path = file(QStringLiteral("undo.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                                          "F1,01/03/2025,Fay Lee,03/04/2021\r\n");
    Run r = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
    const QString batch = QString::number(r.json().value(QStringLiteral("batch_id")).toInt());
    r = cli({QStringLiteral("import"), QStringLiteral("undo"), batch});
    QCOMPARE(r.code, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QLatin1String("1 PPNs and 1 children archived")),
             r.out.constData());
    r = cli({QStringLiteral("import"), QStringLiteral("undo"), batch});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already undone")));
}

// Two desks import their files at the same moment: both land whole, every PPN and child with
// an id of its own, and the tracker's next plain insert (a child added by hand) takes an id
// nobody holds.
void TestImportCli::twoDesksImportAtOnce()
{
    const qint64 ppns = count("ppn");
    const qint64 children = count("child");
    constexpr int Rows = 300;
    auto daily = [&](const char *desk, const char *surname, int bornIn) {
        QByteArray csv = "Police Ref,Incident Date,Name,DOB\r\n";
        for (int i = 0; i < Rows; ++i) {
            const QByteArray forename =
                QByteArray("Kid") + char('a' + i % 26) + char('a' + i / 26 % 26);
            csv +=
                QByteArray(desk) + QByteArray::number(i) + ",01/03/2025," + forename + ' ' +
                surname + ',' +
                QDate(bornIn, 1, 1).addDays(i).toString(QStringLiteral("dd/MM/yyyy")).toLatin1() +
                "\r\n";
        }
        return file(QStringLiteral("desk-%1.csv").arg(QLatin1String(desk)), csv);
    };
    const QString first = daily("DA", "Alder", 2020);
    const QString second = daily("DB", "Birch", 2022);
    auto one = std::async(std::launch::async, [&] {
        return cli({QStringLiteral("import"), first, QStringLiteral("--json")});
    });
    auto other = std::async(std::launch::async, [&] {
        return cli({QStringLiteral("import"), second, QStringLiteral("--json")});
    });
    for (const Run &r : {one.get(), other.get()}) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), Rows);
        QCOMPARE(r.json().value(QStringLiteral("new_children")).toInt(), Rows);
    }
    QCOMPARE(count("ppn"), ppns + 2 * Rows);
    QCOMPARE(count("child"), children + 2 * Rows);
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db);
    // Every link points at the PPN and child of its own desk.
    QCOMPARE(Sql::scalar((*db)->sql(),
                         QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON p.id = "
                                        "pc.ppn_id JOIN child c ON c.id = pc.child_id WHERE "
                                        "(p.police_ref LIKE 'DA%' AND c.surname = 'Alder') OR "
                                        "(p.police_ref LIKE 'DB%' AND c.surname = 'Birch')"))
                 ->toLongLong(),
             2 * Rows);
    Child c;
    c.forename = QStringLiteral("Hand");
    c.surname = QStringLiteral("Added");
    c.dateOfBirth = QDate(2023, 5, 6);
    auto added = Children(**db).add(c);
    QVERIFY2(added, qPrintable(added.errorText()));
}

// The command ends once its commit is durable (its log synced): copying the commit's pages
// into the database file (a third of the command's time) is left to the next program that
// writes to the file or closes it. The file and its log as the command left them (as a power
// cut would leave them) hold the import; a second import while the first one's pages still
// wait copies them all, so that the log never holds more than one import.
void TestImportCli::importLeavesItsPagesForTheNextWriter()
{
    if (Database::isServerAddress(m_db))
        QSKIP("SQLite only: its write-ahead log");
    const QString db = m_dir.filePath(QStringLiteral("log.sqlite"));
    const QString log = db + QStringLiteral("-wal");
    QCOMPARE(test::runCli(m_dir.path(), db, {QStringLiteral("init")}).code, 0);
    QCOMPARE(QFileInfo(log).size(), 0);
    const QString first = file(QStringLiteral("log1.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                                           "L1,01/03/2025,Lia Hart,03/04/2021\r\n");
    QCOMPARE(test::runCli(m_dir.path(), db, {QStringLiteral("import"), first}).code, 0);
    QVERIFY2(QFileInfo(log).size() > 0, "the import's pages wait in the log");

    const QString copy = m_dir.filePath(QStringLiteral("after-power-cut.sqlite"));
    QVERIFY(QFile::copy(db, copy));
    QVERIFY(QFile::copy(log, copy + QStringLiteral("-wal")));
    auto references = [](const QString &path) {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        if (!opened)
            return opened.errorText();
        const QSqlDatabase sql = (*opened)->sql();
        return Sql::scalar(sql, QStringLiteral("PRAGMA integrity_check"))->toString() +
               QLatin1Char(' ') +
               Sql::scalar(sql, QStringLiteral("SELECT group_concat(police_ref, ',') FROM (SELECT "
                                               "police_ref FROM ppn ORDER BY police_ref)"))
                   ->toString();
    };
    QCOMPARE(references(copy), QStringLiteral("ok L1"));

    const QString second =
        file(QStringLiteral("log2.csv"), "Police Ref,Incident Date,Name,DOB\r\n"
                                         "L2,02/03/2025,Max Hart,04/05/2022\r\n");
    QCOMPARE(test::runCli(m_dir.path(), db, {QStringLiteral("import"), second}).code, 0);
    QVERIFY2(QFileInfo(log).size() == 0, "both imports copied into the file");
    QCOMPARE(references(db), QStringLiteral("ok L1,L2"));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "test_import_cli.moc"
