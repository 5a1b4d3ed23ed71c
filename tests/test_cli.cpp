// encompass-cli as a user runs it: exit codes, one-line errors, JSON a script can read.

#include "CliTestSupport.h"
#include "cli/CliSupport.h"
#include "domain/TextKey.h"
#include "repo/Children.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace enc;

namespace {

using Run = enc::test::CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    // A lost connection or a stale edit is no option's fault: its message alone, never
    // "--connection: ..." (the server's connection-lost message came out so).
    void anErrorNamesItsOptionOnlyWhenAnOptionGivesIt()
    {
        QCOMPARE(cli::fieldMessage(Error{QStringLiteral("not a date"), QStringLiteral("on")}),
                 QStringLiteral("--on: not a date"));
        QCOMPARE(cli::fieldMessage(Error{QStringLiteral("gone"), QStringLiteral("connection")}),
                 QStringLiteral("gone"));
        QCOMPARE(cli::fieldMessage(Error{QStringLiteral("changed"), QStringLiteral("version")}),
                 QStringLiteral("changed"));
        QCOMPARE(cli::fieldMessage(Error{QStringLiteral("empty"), QStringLiteral("feedback")},
                                   QStringLiteral("text")),
                 QStringLiteral("--text: empty"));
    }

    void initTestCase();

    void versionAndHelp();
    void unknownCommandAndOption();
    void initCreatesSchema();
    void demoThenCheck();
    void demoRefusedTwice();
    void escalationsShowTriggeringPpns();
    void childrenSearchNarrows();
    void childrenSearchIgnoresAccents();
    void badStatus();
    void textFileAsDatabase();
    void truncatedDatabase();
    void missingFolder();
    void missingDatabaseForReading();
    void scheduleEaster2026();
    void scheduleBadDate();

private:
    Run cli(const QStringList &args) const;
    QString demoPath() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }

    QTemporaryDir m_dir;
    QTemporaryDir m_home; // so the default database path never touches the real profile
};

Run TestCli::cli(const QStringList &args) const
{
    return enc::test::runCli(args, m_home.path());
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_home.isValid());
    qputenv("ENCOMPASS_USER", "tester");
    const Run r = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("demo"),
                       QStringLiteral("--children"), QStringLiteral("300"),
                       QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("children")).toInt(), 300);
    // Not a terminal: no progress line on stderr.
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::versionAndHelp()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(
        QString::fromUtf8(version.out).contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+"))));

    const Run help = cli({QStringLiteral("children"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("--search"));
    QVERIFY(help.out.contains("--status"));

    const Run global = cli({QStringLiteral("--help")});
    QCOMPARE(global.code, 0);
    QVERIFY(global.out.contains("escalations"));
}

void TestCli::unknownCommandAndOption()
{
    const Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("encompass-cli: ")));
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));

    const Run option = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children"),
                            QStringLiteral("--colour")});
    QCOMPARE(option.code, 2);
    QCOMPARE(option.errLines().size(), 1);
    QVERIFY(option.err.contains(QStringLiteral("colour")));

    const Run none = cli({});
    QCOMPARE(none.code, 2);
    QCOMPARE(none.errLines().size(), 1);
}

void TestCli::initCreatesSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const Run r =
        cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("schema_version")).toInt(), Database::SchemaVersion);
    QVERIFY(QFile::exists(path));

    const Run text = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("new.sqlite"));

    const Run check =
        cli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(check.code, 0);
    QCOMPARE(check.json().value(QStringLiteral("schema_version")).toInt(), Database::SchemaVersion);
}

void TestCli::demoThenCheck()
{
    const Run r = cli(
        {QStringLiteral("--db"), demoPath(), QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::SchemaVersion);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("child")).toInt(), 300);
    QVERIFY(counts.value(QStringLiteral("ppn")).toInt() > 0);

    const Run text = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("check")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("child"));
}

void TestCli::demoRefusedTwice()
{
    const Run r = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("demo"),
                       QStringLiteral("--children"), QStringLiteral("10")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("encompass-cli: ")));
    const Run check = cli(
        {QStringLiteral("--db"), demoPath(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(check.json()[QStringLiteral("counts")][QStringLiteral("child")].toInt(), 300);
}

void TestCli::escalationsShowTriggeringPpns()
{
    const Run r = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("escalations"),
                       QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray children = r.json()[QStringLiteral("children")].toArray();
    QVERIFY(!children.isEmpty());
    for (const QJsonValue &v : children) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QStringLiteral("triggered")).toBool());
        QVERIFY(!c.value(QStringLiteral("surname")).toString().isEmpty());
        QVERIFY(QDate::fromString(c.value(QStringLiteral("triggered_on")).toString(), Qt::ISODate)
                    .isValid());
        const QJsonArray ppns = c.value(QStringLiteral("ppns")).toArray();
        QVERIFY2(ppns.size() >= 3,
                 qPrintable(QString::number(c.value(QStringLiteral("child_id")).toInteger())));
        QList<QDate> dates;
        for (const QJsonValue &p : ppns) {
            QVERIFY(!p[QStringLiteral("reference")].toString().isEmpty());
            dates << QDate::fromString(p[QStringLiteral("incident_date")].toString(), Qt::ISODate);
            QVERIFY(dates.last().isValid());
        }
        std::sort(dates.begin(), dates.end());
        QVERIFY(dates.last().addMonths(-3) <= dates.first());
    }

    // Near misses are listed only when asked for.
    const Run near = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("escalations"),
                          QStringLiteral("--near-miss"), QStringLiteral("--json")});
    QCOMPARE(near.code, 0);
    QVERIFY(near.json()[QStringLiteral("children")].toArray().size() >= children.size());

    const Run text = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("escalations")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(children.first()[QStringLiteral("surname")].toString().toUtf8()));
}

void TestCli::childrenSearchNarrows()
{
    const Run all = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children"),
                         QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QVERIFY2(all.code == 0, qPrintable(all.err));
    const QJsonArray rows = all.document().array();
    QCOMPARE(rows.size(), 300);
    // A surname prefix that cannot also be a police reference prefix (NICHE-...).
    QString prefix;
    qint64 id = 0;
    for (const QJsonValue &v : rows) {
        const QString key = TextKey::name(v[QStringLiteral("surname")].toString());
        if (key.size() >= 3 && !QStringLiteral("niche").startsWith(key.left(3))) {
            prefix = key.left(3);
            id = v[QStringLiteral("id")].toInteger();
            break;
        }
    }
    QVERIFY(!prefix.isEmpty());

    const Run found = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children"),
                           QStringLiteral("--search"), prefix.toUpper(), QStringLiteral("--limit"),
                           QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(found.code, 0);
    const QJsonArray matches = found.document().array();
    QVERIFY(!matches.isEmpty());
    QVERIFY(matches.size() < rows.size());
    bool sawChild = false;
    for (const QJsonValue &v : matches) {
        sawChild = sawChild || v[QStringLiteral("id")].toInteger() == id;
        // A forename, a surname, or a later part of a double-barrelled one starts so.
        QStringList names = v[QStringLiteral("surname")].toString().split(
            QRegularExpression(QStringLiteral("[- ]")), Qt::SkipEmptyParts);
        names << v[QStringLiteral("surname")].toString()
              << v[QStringLiteral("forename")].toString();
        bool starts = false;
        for (const QString &name : std::as_const(names))
            starts = starts || TextKey::name(name).startsWith(prefix);
        QVERIFY2(starts, qPrintable(names.join(QLatin1Char(','))));
    }
    QVERIFY(sawChild);

    // The default limit is 50, and text output says so.
    const Run text = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("50"));
    QCOMPARE(text.out.count('\n'), 1 + 50 + 1);
}

void TestCli::childrenSearchIgnoresAccents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accents.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        Child c;
        c.forename = QStringLiteral("Siân");
        c.surname = QStringLiteral("Pritchard-Evans");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        c.settingKnown = SettingKnown::NotInSetting;
        auto saved = Children(**db).add(c);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    }
    const Run r =
        cli({QStringLiteral("--db"), path, QStringLiteral("children"), QStringLiteral("--search"),
             QStringLiteral("sian"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = r.document().array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[QStringLiteral("forename")].toString(), QStringLiteral("Siân"));
    QCOMPARE(rows.first()[QStringLiteral("status")].toString(), QStringLiteral("open"));

    const Run none =
        cli({QStringLiteral("--db"), path, QStringLiteral("children"), QStringLiteral("--search"),
             QStringLiteral("sion"), QStringLiteral("--json")});
    QCOMPARE(none.code, 0);
    QVERIFY(none.document().array().isEmpty());
}

void TestCli::badStatus()
{
    const Run r = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children"),
                       QStringLiteral("--status"), QStringLiteral("bogus")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(QStringLiteral("greened-off")));

    const Run ok =
        cli({QStringLiteral("--db"), demoPath(), QStringLiteral("children"),
             QStringLiteral("--status"), QStringLiteral("escalated"), QStringLiteral("--json")});
    QCOMPARE(ok.code, 0);
    for (const QJsonValue &v : ok.document().array())
        QVERIFY(v[QStringLiteral("escalated")].toBool());
}

void TestCli::textFileAsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are not the records you are looking for.\n");
    f.close();
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("children"),
                                   QStringLiteral("init"), QStringLiteral("demo")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("encompass-cli: ")));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::truncatedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
    QVERIFY(QFile::copy(demoPath(), path));
    QFile f(path);
    QVERIFY(f.resize(3000));
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("children")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("encompass-cli: ")));
    }
}

void TestCli::missingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/tracker.sqlite"));
    for (const QString &command : {QStringLiteral("init"), QStringLiteral("check")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
    }
    // Only the default database's folder is ever created.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestCli::missingDatabaseForReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    for (const QString &command :
         {QStringLiteral("check"), QStringLiteral("children"), QStringLiteral("escalations")}) {
        const Run r = cli({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.errLines().size(), 1);
    }
    // Reading must not create the file.
    QVERIFY(!QFile::exists(path));
}

void TestCli::scheduleEaster2026()
{
    QTemporaryDir dir;
    // No database: the default schedule.
    const Run r =
        cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("absent.sqlite")),
             QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
             QStringLiteral("--weeks"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QHash<QString, QJsonObject> byDate;
    for (const QJsonValue &v : r.json()[QStringLiteral("meetings")].toArray())
        byDate.insert(v[QStringLiteral("date")].toString(), v.toObject());
    QCOMPARE(byDate.size(), 6); // Wed 1, Fri 3, Mon 6, Wed 8, Fri 10, Mon 13 April
    const QJsonObject goodFriday = byDate.value(QStringLiteral("2026-04-03"));
    QVERIFY(goodFriday.value(QStringLiteral("skipped")).toBool());
    QVERIFY(goodFriday.value(QStringLiteral("skip_reason"))
                .toString()
                .contains(QStringLiteral("Good Friday")));
    QCOMPARE(goodFriday.value(QStringLiteral("weekday")).toString(), QStringLiteral("Friday"));
    const QJsonObject easterMonday = byDate.value(QStringLiteral("2026-04-06"));
    QVERIFY(easterMonday.value(QStringLiteral("skipped")).toBool());
    QVERIFY(easterMonday.value(QStringLiteral("skip_reason"))
                .toString()
                .contains(QStringLiteral("Easter Monday")));
    const QJsonObject friday = byDate.value(QStringLiteral("2026-04-10"));
    QVERIFY(!friday.value(QStringLiteral("skipped")).toBool());
    QVERIFY(friday.value(QStringLiteral("tracking_review")).toBool());
    QCOMPARE(friday.value(QStringLiteral("kind")).toString(),
             QStringLiteral("triage + tracking review"));
    QCOMPARE(byDate.value(QStringLiteral("2026-04-08")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("triage"));

    // From the demo database's settings, in text, dd/MM/yyyy.
    const Run text = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("schedule"),
                          QStringLiteral("--from"), QStringLiteral("01/04/2026")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Fri 03/04/2026"));
    QVERIFY(text.out.contains("Easter Monday"));
}

void TestCli::scheduleBadDate()
{
    const Run r = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("schedule"),
                       QStringLiteral("--from"), QStringLiteral("31/02/2026")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(QStringLiteral("is not a date")));

    const Run weeks = cli({QStringLiteral("--db"), demoPath(), QStringLiteral("schedule"),
                           QStringLiteral("--weeks"), QStringLiteral("many")});
    QCOMPARE(weeks.code, 2);
    QCOMPARE(weeks.errLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
