// Missing-child notifications end to end, as the office meets them: a police file's type column
// in the force's own words makes a missing-child PPN; it does not count towards escalation
// unless the office says so (escalation.count_missing); its letter, written through the real
// path, tells of a missing child episode and never of domestic abuse; the report counts PPNs by
// type. Once, every one of these was domestic abuse.

#include "CliTestSupport.h"
#include "test_letters_fixture.h"

#include "domain/EscalationRule.h"
#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"
#include "letters/LetterTemplates.h"
#include "repo/ChildQuery.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace enc;

class TestMissingChild : public QObject
{
    Q_OBJECT

private slots:
    void typeInTheForcesWords();
    void typeColumnFoundByWhatItHolds();
    void ruleCountsMissingOnlyWhenAsked();
    void notCountedTowardsEscalationByDefault();
    void countedWhenTheOfficeSaysSo();
    void letterSaysMissingChild();
    void letterAboutBothSaysWhichEachWas();
    void formerDefaultTemplateTakesTheNewWording();
    void reportCountsByType();

private:
    QString freshDatabase(const QString &name);
    QString escalationFile();
    // Writes the notification letters of the PPNs received on `received`; their text.
    QStringList lettersOf(test::LettersFixture &f, QDate received);
    // A missing-child PPN for Noah (setting B), received 1 August 2024.
    void addMissingPpn(test::LettersFixture &f);
    QTemporaryDir m_dir;
    int m_runs = 0;
};

QString TestMissingChild::freshDatabase(const QString &name)
{
    const QString db = m_dir.filePath(name);
    const test::CliRun init = test::runCli(m_dir.path(), db, {QStringLiteral("init")});
    return init.code == 0 ? db : QString();
}

void TestMissingChild::typeInTheForcesWords()
{
    const QString db = freshDatabase(QStringLiteral("words.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString path = test::writeFile(
        m_dir, QStringLiteral("words.csv"),
        "Occurrence Number,Date/Time of Incident,Child Name,Child DOB,Occurrence Type\r\n"
        "MW/1,03/12/2026 21:40,\"HOLLOWAY, Jasper\",12/05/2022,Missing Person (Child)\r\n"
        "MW/2,03/12/2026 18:05,\"PRENDERGAST, Maisie\",02/02/2021,Domestic Abuse - Non Crime\r\n"
        "MW/3,02/12/2026 07:15,\"KOWALCZYK, Teddy\",30/09/2023,MISPER - Child\r\n"
        "MW/4,02/12/2026 23:00,\"ABERNATHY, Rosa\",11/11/2021,Concern for welfare - missing\r\n"
        "MW/5,01/12/2026 16:30,\"FINCH, Orla\",05/03/2022,Missing Child Report\r\n"
        "MW/6,01/12/2026 12:00,\"OKAFOR, Dan\",07/07/2022,Domestic Incident (Non-Crime)\r\n"
        "MW/7,01/12/2026 12:00,\"BLAKE, Ivy\",07/07/2022,Theft of pedal cycle\r\n"
        "MW/8,01/12/2026 12:00,\"NYSTROM, Ezra\",07/07/2022,Missing person - domestic\r\n");
    const test::CliRun r =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 1, qPrintable(r.errText() + r.outText())); // two rows refused
    QCOMPARE(r.json().value(QStringLiteral("new_ppns")).toInt(), 6);
    const QJsonArray errors = r.json().value(QStringLiteral("row_errors")).toArray();
    QCOMPARE(errors.size(), 2);
    // Neither type, or both: named, not guessed.
    QVERIFY(errors.at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("\"Theft of pedal cycle\"")));
    QVERIFY(errors.at(1)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("\"Missing person - domestic\"")));

    auto opened = Database::open(db, Database::Mode::OpenExisting);
    QVERIFY(opened);
    const auto type = [&](const char *reference) {
        auto p = Ppns(**opened).byReference(QString::fromLatin1(reference));
        return p ? toString(p->type) : p.errorText();
    };
    QCOMPARE(type("MW/1"), QStringLiteral("missing_child"));
    QCOMPARE(type("MW/2"), QStringLiteral("domestic_abuse"));
    QCOMPARE(type("MW/3"), QStringLiteral("missing_child"));
    QCOMPARE(type("MW/4"), QStringLiteral("missing_child"));
    QCOMPARE(type("MW/5"), QStringLiteral("missing_child"));
    QCOMPARE(type("MW/6"), QStringLiteral("domestic_abuse"));
}

void TestMissingChild::typeColumnFoundByWhatItHolds()
{
    const QString db = freshDatabase(QStringLiteral("contents.sqlite"));
    QVERIFY(!db.isEmpty());
    // A heading that says nothing of a type: the column's words decide.
    const QString path =
        test::writeFile(m_dir, QStringLiteral("contents.csv"),
                        "Occurrence Number,Incident Date,Child Name,DOB,Incident Classification\r\n"
                        "MC/1,03/12/2026,\"HOLLOWAY, Jasper\",12/05/2022,Missing person\r\n"
                        "MC/2,03/12/2026,\"PRENDERGAST, Maisie\",02/02/2021,Domestic abuse\r\n");
    const test::CliRun r =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.errText() + r.outText()));
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    QVERIFY(opened);
    auto p = Ppns(**opened).byReference(QStringLiteral("MC/1"));
    QVERIFY2(p, qPrintable(p.errorText()));
    QCOMPARE(toString(p->type), QStringLiteral("missing_child"));
}

// One child: two domestic abuse PPNs and a missing-child one within three months.
QString TestMissingChild::escalationFile()
{
    return test::writeFile(m_dir, QStringLiteral("three.csv"),
                           "Occurrence Number,Incident Date,Child Name,DOB,Notification Type\r\n"
                           "ES/1,02/09/2026,\"QUILLER, Hattie\",04/04/2022,Domestic abuse\r\n"
                           "ES/2,14/10/2026,\"QUILLER, Hattie\",04/04/2022,Missing person\r\n"
                           "ES/3,20/11/2026,\"QUILLER, Hattie\",04/04/2022,DA\r\n");
}

// The rule itself: a missing-child notification is passed over unless the office counts it.
void TestMissingChild::ruleCountsMissingOnlyWhenAsked()
{
    const QList<PpnDate> ppns = {{1, QDate(2026, 9, 2), {}},
                                 {2, QDate(2026, 10, 14), {}, true},
                                 {3, QDate(2026, 11, 20), {}}};
    const QDate asOf(2026, 12, 1);
    const EscalationResult usual = EscalationRule::evaluate(ppns, asOf, {});
    QVERIFY(!usual.triggered);
    QVERIFY(usual.nearMiss); // the two domestic abuse PPNs: one more escalates
    QCOMPARE(usual.inCurrentWindow, 2);
    EscalationConfig counted;
    counted.countMissing = true;
    const EscalationResult all = EscalationRule::evaluate(ppns, asOf, counted);
    QVERIFY(all.triggered && all.active);
    QCOMPARE(all.triggering.size(), 3);
}

void TestMissingChild::notCountedTowardsEscalationByDefault()
{
    const QString db = freshDatabase(QStringLiteral("default.sqlite"));
    QVERIFY(!db.isEmpty());
    const test::CliRun imported =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), escalationFile()});
    QVERIFY2(imported.code == 0, qPrintable(imported.errText() + imported.outText()));
    const test::CliRun listed =
        test::runCli(m_dir.path(), db,
                     {QStringLiteral("escalations"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-12-01"), QStringLiteral("--json")});
    QVERIFY2(listed.code == 0, qPrintable(listed.errText()));
    QCOMPARE(listed.json().value(QStringLiteral("count_missing")).toBool(), false);
    const QJsonArray children = listed.json().value(QStringLiteral("children")).toArray();
    for (const QJsonValue &c : children) // a near miss at most: two PPNs counted
        QVERIFY2(c.toObject().value(QStringLiteral("state")).toString() != u"active",
                 QJsonDocument(c.toObject()).toJson().constData());
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    QVERIFY(opened);
    auto escalated = Sql::scalar((*opened)->sql(), QStringLiteral("SELECT count(*) FROM child "
                                                                  "WHERE escalated = 1"));
    QVERIFY(escalated);
    QCOMPARE(escalated->toInt(), 0);
    auto records = Sql::scalar((*opened)->sql(), QStringLiteral("SELECT count(*) FROM escalation"));
    QVERIFY(records);
    QCOMPARE(records->toInt(), 0);
    // The tracker's "PPNs, 3 months" column counts as the rule does.
    auto hattie = Sql::scalar((*opened)->sql(), QStringLiteral("SELECT min(id) FROM child"));
    QVERIFY(hattie);
    ChildFilter on;
    on.today = QDate(2026, 12, 1);
    auto row = ChildQuery::rows((*opened)->sql(), {hattie->toLongLong()}, on, 3);
    QVERIFY(row && row->size() == 1);
    QCOMPARE(row->first().ppnsInWindow, 2);
    row = ChildQuery::rows((*opened)->sql(), {hattie->toLongLong()}, on, 3, true);
    QVERIFY(row && row->size() == 1);
    QCOMPARE(row->first().ppnsInWindow, 3);
}

void TestMissingChild::countedWhenTheOfficeSaysSo()
{
    const QString db = freshDatabase(QStringLiteral("counted.sqlite"));
    QVERIFY(!db.isEmpty());
    const test::CliRun set =
        test::runCli(m_dir.path(), db,
                     {QStringLiteral("options"), QStringLiteral("set"),
                      QStringLiteral("escalation.count_missing"), QStringLiteral("yes")});
    QVERIFY2(set.code == 0, qPrintable(set.errText() + set.outText()));
    const test::CliRun options =
        test::runCli(m_dir.path(), db,
                     {QStringLiteral("options"), QStringLiteral("list"), QStringLiteral("--json")});
    bool shown = false;
    for (const QJsonValue &o : options.document().array())
        shown = shown || (o.toObject().value(QStringLiteral("key")).toString() ==
                              u"escalation.count_missing" &&
                          o.toObject().value(QStringLiteral("value")).toString() == u"1");
    QVERIFY(shown);

    const test::CliRun imported =
        test::runCli(m_dir.path(), db, {QStringLiteral("import"), escalationFile()});
    QVERIFY2(imported.code == 0, qPrintable(imported.errText() + imported.outText()));
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    QVERIFY(opened);
    auto escalated = Sql::scalar((*opened)->sql(), QStringLiteral("SELECT count(*) FROM child "
                                                                  "WHERE escalated = 1"));
    QVERIFY(escalated);
    QCOMPARE(escalated->toInt(), 1);
    const test::CliRun listed =
        test::runCli(m_dir.path(), db,
                     {QStringLiteral("escalations"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-12-01"), QStringLiteral("--json")});
    const QJsonArray children = listed.json().value(QStringLiteral("children")).toArray();
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("active"));
}

void TestMissingChild::addMissingPpn(test::LettersFixture &f)
{
    Ppn p;
    p.policeReference = QStringLiteral("TST2400009");
    p.type = PpnType::MissingChild;
    p.incidentDate = QDate(2024, 7, 31);
    p.incidentTime = QTime(19, 30);
    p.receivedOn = QDate(2024, 8, 1);
    p.children = {{f.noah, Presence::Unknown}};
    auto saved = Ppns(*f.db).add(p, QDate(2024, 8, 1));
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
}

QStringList TestMissingChild::lettersOf(test::LettersFixture &f, QDate received)
{
    QStringList out;
    auto selected = LetterSelection(*f.db).receivedOn(received);
    if (!selected)
        return {selected.errorText()};
    LetterRequest request;
    const QString sub = QStringLiteral("letters-%1").arg(++m_runs);
    QDir(m_dir.path()).mkpath(sub);
    request.folder = m_dir.filePath(sub);
    request.today = received;
    auto run = LetterExporter(*f.db).write(*selected, request);
    if (!run)
        return {run.errorText()};
    for (const WrittenLetter &w : run->written)
        out << test::squeezed(test::pdfText(w.path).second);
    return out;
}

void TestMissingChild::letterSaysMissingChild()
{
    test::LettersFixture f;
    addMissingPpn(f);
    const QStringList missing = lettersOf(f, QDate(2024, 8, 1));
    QCOMPARE(missing.size(), 1); // Noah's setting
    const QString text = missing.first();
    QVERIFY2(text.contains(QLatin1String("missing child episode")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("domestic abuse"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("TST2400009")));
    // The domestic abuse letters still say so, and nothing of a missing child.
    const QStringList abuse = lettersOf(f, f.received);
    QVERIFY(!abuse.isEmpty());
    for (const QString &t : abuse) {
        QVERIFY2(t.contains(QLatin1String("domestic abuse incident")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("missing"), Qt::CaseInsensitive), qPrintable(t));
    }
}

// A setting told the same day of one child's domestic abuse incident and another's missing
// episode: one letter, each child's notification named, and the log says it was shown.
void TestMissingChild::letterAboutBothSaysWhichEachWas()
{
    test::LettersFixture f;
    Ppn p;
    p.policeReference = QStringLiteral("TST2400010");
    p.type = PpnType::MissingChild;
    p.incidentDate = QDate(2024, 7, 24);
    p.receivedOn = f.received;
    p.children = {{f.ava, Presence::Unknown}};
    QVERIFY(Ppns(*f.db).add(p, f.received));
    const QStringList letters = lettersOf(f, f.received);
    QString both;
    for (const QString &t : letters)
        if (t.contains(QLatin1String("TST2400010")))
            both = t;
    QVERIFY2(both.contains(QLatin1String("Notification Missing child episode")), qPrintable(both));
    QVERIFY2(both.contains(QLatin1String("Notification Domestic abuse incident")),
             qPrintable(both));
    QVERIFY(!both.contains(QLatin1String("The police have recorded a recent domestic abuse")));
    auto logged = Sql::run(f.db->sql(), QStringLiteral("SELECT fields FROM disclosure "
                                                       "ORDER BY id"));
    QVERIFY(logged);
    QStringList fields;
    while (logged->next())
        fields << logged->value(0).toString();
    // The letter about both showed each child's notification; the one about Noah alone did not.
    QCOMPARE(fields.filter(QStringLiteral("notification.type")).size(), 1);
    QCOMPARE(fields.size(), 2);
}

void TestMissingChild::formerDefaultTemplateTakesTheNewWording()
{
    test::LettersFixture f;
    // An office that wrote letters before: the default then shipped is stored as its version.
    QFile former(QStringLiteral(":/letters/former/notification-1.html"));
    QVERIFY(former.open(QIODevice::ReadOnly));
    const QString body = QString::fromUtf8(former.readAll());
    QVERIFY(body.contains(QLatin1String("domestic abuse incident")));
    QVERIFY(LetterTemplates(*f.db).save(LetterKind::Notification, QStringLiteral("Notification"),
                                        body));
    addMissingPpn(f);
    const QStringList missing = lettersOf(f, QDate(2024, 8, 1));
    QCOMPARE(missing.size(), 1);
    QVERIFY2(missing.first().contains(QLatin1String("missing child episode")),
             qPrintable(missing.first()));
    QVERIFY(!missing.first().contains(QLatin1String("domestic abuse"), Qt::CaseInsensitive));
    // An office's own wording is its own: kept as it is.
    QVERIFY(LetterTemplates(*f.db).save(LetterKind::Notification, QStringLiteral("Ours"),
                                        body + QStringLiteral("<p>Our own.</p>")));
    auto current = LetterTemplates(*f.db).current(LetterKind::Notification);
    QVERIFY(current);
    QCOMPARE(current->name, QStringLiteral("Ours"));
}

void TestMissingChild::reportCountsByType()
{
    test::LettersFixture f; // two domestic abuse PPNs in July 2024
    addMissingPpn(f);
    const test::CliRun run = test::runCli(m_dir.path(), f.db.path(),
                                          {QStringLiteral("report"), QStringLiteral("--from"),
                                           QStringLiteral("2024-07-01"), QStringLiteral("--to"),
                                           QStringLiteral("2024-07-31"), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    const QJsonObject types = run.json().value(QStringLiteral("ppns_by_type")).toObject();
    QCOMPARE(types.value(QStringLiteral("domestic_abuse")).toInt(-1), 2);
    QCOMPARE(types.value(QStringLiteral("missing_child")).toInt(-1), 1);
    // The same in the summary the window, the PDF and the workbook show.
    bool row = false;
    for (const QJsonValue &t : run.json().value(QStringLiteral("tables")).toArray()) {
        if (t.toObject().value(QStringLiteral("key")).toString() != u"summary")
            continue;
        for (const QJsonValue &r : t.toObject().value(QStringLiteral("rows")).toArray())
            row = row || (r.toArray().at(0).toString() == u"PPNs: missing child" &&
                          r.toArray().at(1).toInt() == 1);
    }
    QVERIFY(row);
}

QTEST_MAIN(TestMissingChild)
#include "test_missing_child.moc"
