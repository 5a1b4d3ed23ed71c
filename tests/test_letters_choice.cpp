// Which children get a letter, as the coordinator chooses: a high-risk PPN is held back and
// listed unless chosen (Operation Encompass is not the route for high risk); risk, type and
// presence narrow the batch; an out-of-area child whose setting is recorded gets a letter.
// Each through the real path: the letters are written, then the files read back.

#include "CliTestSupport.h"
#include "test_letters_fixture.h"

#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace enc;

namespace {

// The fixture (Zoë witnessed, Ava and Noah present on a medium-risk PPN; Leo, no setting) and,
// received the same day: Isla (setting B) present at a high-risk incident, Mia (setting A)
// resident but not present when she went missing (standard risk), Ruby out of area at a
// setting recorded in the directory, Finn out of area with no setting recorded.
struct ChoiceFixture : test::LettersFixture
{
    Id isla = 0;
    Id mia = 0;
    Id ruby = 0;
    Id finn = 0;
    Id farHills = 0;
    QTemporaryDir out; // a folder per batch written
    int batches = 0;

    ChoiceFixture()
    {
        Setting far;
        far.name = QStringLiteral("Far Hills Primary");
        far.dslName = QStringLiteral("Jo Away");
        far.dslEmail = QStringLiteral("dsl@farhills.example.org");
        farHills = Directory(*db).addSetting(far)->id;
        isla = add(QStringLiteral("Isla"), settingB, SettingKnown::Known);
        mia = add(QStringLiteral("Mia"), settingA, SettingKnown::Known);
        ruby = add(QStringLiteral("Ruby"), farHills, SettingKnown::OutOfArea);
        finn = add(QStringLiteral("Finn"), 0, SettingKnown::OutOfArea);
        ppn(QStringLiteral("TST2400003"), DashRisk::High, PpnType::DomesticAbuse,
            {{isla, Presence::Present}});
        ppn(QStringLiteral("TST2400004"), DashRisk::Standard, PpnType::MissingChild,
            {{mia, Presence::ResidentNotPresent}});
        ppn(QStringLiteral("TST2400005"), DashRisk::Standard, PpnType::DomesticAbuse,
            {{ruby, Presence::Present}, {finn, Presence::Present}});
    }

    Id add(const QString &forename, Id setting, SettingKnown known)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Reed");
        c.dateOfBirth = QDate(2021, 2, 2);
        c.settingId = setting;
        c.settingKnown = known;
        auto saved = Children(*db).add(c);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorText()));
        return saved ? saved->id : 0;
    }

    void ppn(const QString &reference, DashRisk risk, PpnType type, QList<PpnChild> children)
    {
        Ppn p;
        p.policeReference = reference;
        p.incidentDate = QDate(2024, 7, 24);
        p.receivedOn = received;
        p.risk = risk;
        p.type = type;
        p.children = children;
        if (auto s = Ppns(*db).add(p, today); !s)
            qWarning("%s", qPrintable(s.errorText()));
    }
};

struct Written
{
    LetterRun run;
    QList<Id> children; // every child some letter was written about
    QString text;       // the text of every PDF written
};

LetterFilter filter(const QList<DashRisk> &risks, const QList<PpnType> &types = {},
                    const QList<Presence> &presences = {}, bool includeHighRisk = false)
{
    LetterFilter f;
    f.risks = risks;
    f.types = types;
    f.presences = presences;
    f.includeHighRisk = includeHighRisk;
    return f;
}

// Writes the letters for the PPNs received, through the real path, into a fresh folder.
Written write(ChoiceFixture &f, const LetterFilter &filter)
{
    const QString folder = f.out.filePath(QString::number(++f.batches));
    QDir().mkpath(folder);
    LetterRequest request;
    request.folder = folder;
    request.today = f.today;
    request.filter = filter;
    request.threads = 1;
    Written w;
    auto entries = LetterSelection(*f.db).receivedOn(f.received);
    if (!entries)
        return w;
    auto run = LetterExporter(*f.db).write(*entries, request);
    if (!run) {
        qWarning("%s", qPrintable(run.errorText()));
        return w;
    }
    w.run = *run;
    for (const WrittenLetter &letter : run->written) {
        w.children += letter.childIds;
        w.text += test::squeezed(test::pdfText(letter.path).second) + QLatin1Char('\n');
    }
    std::sort(w.children.begin(), w.children.end());
    return w;
}

QString reasonFor(const LetterRun &run, Id child)
{
    for (const SkippedChild &s : run.skipped) {
        if (s.childId == child)
            return s.reason;
    }
    return {};
}

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestLettersChoice : public QObject
{
    Q_OBJECT

private slots:
    void highRiskHeldBackUnlessChosen();
    void byRisk();
    void byType();
    void byPresence();
    void outOfAreaWithSettingGetsLetter();
    void proformaChaseGoesWhateverTheRisk();
    void commandLine();
};

// Without the choice, Isla's high-risk PPN gets no letter and the reason names it; with it,
// her setting's letter names her.
void TestLettersChoice::highRiskHeldBackUnlessChosen()
{
    ChoiceFixture f;
    Written held = write(f, {});
    QVERIFY(!held.children.isEmpty());
    QVERIFY(!held.children.contains(f.isla));
    QVERIFY(!held.text.contains(QLatin1String("Isla")));
    const QString reason = reasonFor(held.run, f.isla);
    QVERIFY2(reason.contains(QLatin1String("High-risk PPN TST2400003")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("MASH/Marac")), qPrintable(reason));

    Written with = write(f, filter({}, {}, {}, true));
    QVERIFY(with.children.contains(f.isla));
    QVERIFY(with.text.contains(QLatin1String("Isla Reed")));
    QVERIFY(reasonFor(with.run, f.isla).isEmpty());
}

void TestLettersChoice::byRisk()
{
    ChoiceFixture f;
    Written w = write(f, filter({DashRisk::Standard}));
    QCOMPARE(w.children, sorted({f.mia, f.ruby}));
    QVERIFY(w.text.contains(QLatin1String("Mia Reed")));
    QVERIFY(!w.text.contains(QLatin1String("Ava")));
    QCOMPARE(w.run.leftOut, 5); // Zoë, Ava, Noah, Leo (medium); Isla (high: not ticked)
    QCOMPARE(reasonFor(w.run, f.isla), QString());
}

void TestLettersChoice::byType()
{
    ChoiceFixture f;
    Written w = write(f, filter({}, {PpnType::MissingChild}));
    QCOMPARE(w.children, QList<Id>{f.mia});
    QVERIFY(w.run.skipped.isEmpty());

    Written d = write(f, filter({}, {PpnType::DomesticAbuse}));
    QVERIFY(!d.children.contains(f.mia));
    QVERIFY(d.children.contains(f.zoe));
}

void TestLettersChoice::byPresence()
{
    ChoiceFixture f;
    Written w = write(f, filter({}, {}, {Presence::Witnessed}));
    QCOMPARE(w.children, QList<Id>{f.zoe});
    QVERIFY(!w.text.contains(QLatin1String("Ava")));

    Written p = write(f, filter({}, {}, {Presence::Present}));
    QCOMPARE(p.children, sorted({f.ava, f.noah, f.ruby}));
    QVERIFY(!reasonFor(p.run, f.isla).isEmpty()); // present, but high risk: held back
    QVERIFY(!p.children.contains(f.mia));
}

// Ruby's setting is recorded though out of area: her letter goes there; Finn, out of area with
// no setting recorded, is listed with the reason.
void TestLettersChoice::outOfAreaWithSettingGetsLetter()
{
    ChoiceFixture f;
    QCOMPARE(Children(*f.db).get(f.ruby)->settingId, f.farHills);
    Written w = write(f, {});
    QVERIFY(w.children.contains(f.ruby));
    bool found = false;
    for (const WrittenLetter &letter : w.run.written) {
        if (letter.settingId != f.farHills)
            continue;
        found = true;
        QCOMPARE(letter.childIds, QList<Id>{f.ruby});
        QVERIFY(letter.recipient.contains(QLatin1String("dsl@farhills.example.org")));
        QVERIFY(
            test::squeezed(test::pdfText(letter.path).second).contains(QLatin1String("Ruby Reed")));
    }
    QVERIFY(found);
    QVERIFY(!w.children.contains(f.finn));
    const QString reason = reasonFor(w.run, f.finn);
    QVERIFY2(reason.contains(QLatin1String("out of area")), qPrintable(reason));
}

// A proforma the meeting asked for is chased whatever the PPN's risk: only notifications wait.
void TestLettersChoice::proformaChaseGoesWhateverTheRisk()
{
    ChoiceFixture f;
    Proforma pf;
    pf.childId = f.isla;
    pf.settingId = f.settingB;
    pf.sentOn = QDate(2024, 7, 1);
    pf.dueOn = QDate(2024, 7, 15);
    QVERIFY(Proformas(*f.db).send(pf));
    auto entries = LetterSelection(*f.db).overdueProformas(f.today);
    QVERIFY(entries);
    QDir().mkpath(f.out.filePath(QStringLiteral("chase")));
    LetterRequest request;
    request.kind = LetterKind::ProformaChase;
    request.folder = f.out.filePath(QStringLiteral("chase"));
    request.today = f.today;
    request.threads = 1;
    auto run = LetterExporter(*f.db).write(*entries, request);
    QVERIFY2(run, qPrintable(run.errorText()));
    QList<Id> chased;
    for (const WrittenLetter &letter : run->written)
        chased += letter.childIds;
    QVERIFY(chased.contains(f.isla));
    QVERIFY(reasonFor(*run, f.isla).isEmpty());
}

// encompass-cli letters: the high-risk skip is reported (exit 1) unless --include-high-risk;
// --risk, --type and --presence narrow the batch; bad words are named.
void TestLettersChoice::commandLine()
{
    ChoiceFixture f;
    QTemporaryDir home;
    const auto letters = [&](const QString &folder, const QStringList &more) {
        QDir(home.path()).mkpath(folder);
        return test::runCli(home.path(), f.db.path(),
                            QStringList{QStringLiteral("letters"), QStringLiteral("--received"),
                                        QStringLiteral("25/07/2024"), QStringLiteral("--out"),
                                        home.filePath(folder), QStringLiteral("--json")} +
                                more);
    };
    const auto childrenOf = [](const test::CliRun &r) {
        QList<Id> ids;
        for (const auto &file : r.json().value(QStringLiteral("files")).toArray()) {
            for (const auto &id : file.toObject().value(QStringLiteral("children")).toArray())
                ids << id.toInteger();
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    test::CliRun held = letters(QStringLiteral("a"), {});
    QCOMPARE(held.code, 1);
    QVERIFY(!childrenOf(held).contains(f.isla));
    bool reported = false;
    for (const auto &s : held.json().value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QStringLiteral("child")).toInteger() == f.isla)
            reported = o.value(QStringLiteral("reason"))
                           .toString()
                           .contains(QLatin1String("High-risk PPN TST2400003"));
    }
    QVERIFY(reported);

    test::CliRun text = test::runCli(
        home.path(), f.db.path(),
        {QStringLiteral("letters"), QStringLiteral("--received"), QStringLiteral("25/07/2024"),
         QStringLiteral("--out"), home.filePath(QStringLiteral("a")), QStringLiteral("--again")});
    QVERIFY2(text.outText().contains(QLatin1String("High-risk PPN TST2400003")),
             qPrintable(text.outText()));
    // Named, as the window names them (found from outside: only ids were listed).
    QVERIFY2(text.outText().contains(QStringLiteral("Isla Reed (child %1)").arg(f.isla)),
             qPrintable(text.outText()));

    test::CliRun high = letters(QStringLiteral("b"),
                                {QStringLiteral("--include-high-risk"), QStringLiteral("--again")});
    QVERIFY(childrenOf(high).contains(f.isla));

    test::CliRun missing =
        letters(QStringLiteral("c"), {QStringLiteral("--type"), QStringLiteral("missing-child"),
                                      QStringLiteral("--again")});
    QCOMPARE(missing.code, 0);
    QCOMPARE(childrenOf(missing), QList<Id>{f.mia});
    QCOMPARE(missing.json().value(QStringLiteral("left_out")).toInt(), 7);

    test::CliRun risk =
        letters(QStringLiteral("d"),
                {QStringLiteral("--risk"), QStringLiteral("standard"), QStringLiteral("--again")});
    QCOMPARE(childrenOf(risk), sorted({f.mia, f.ruby}));

    test::CliRun presence = letters(QStringLiteral("e"), {QStringLiteral("--presence"),
                                                          QStringLiteral("witnessed,resident"),
                                                          QStringLiteral("--again")});
    QCOMPARE(childrenOf(presence), sorted({f.zoe, f.mia}));

    test::CliRun bad = letters(QStringLiteral("f"),
                               {QStringLiteral("--presence"), QStringLiteral("present,nearby")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.errText().contains(QLatin1String("--presence \"nearby\"")),
             qPrintable(bad.errText()));
    test::CliRun highOnly =
        letters(QStringLiteral("g"), {QStringLiteral("--risk"), QStringLiteral("high")});
    QCOMPARE(highOnly.code, 2);
    QVERIFY(highOnly.errText().contains(QLatin1String("--include-high-risk")));
    QCOMPARE(QDir(home.filePath(QStringLiteral("g"))).entryList(QDir::Files).size(), 0);
}

QTEST_MAIN(TestLettersChoice)
#include "test_letters_choice.moc"
