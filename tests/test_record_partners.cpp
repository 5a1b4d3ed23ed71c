// The child's record, issue 19 items 9 and 10: a setting saying a child no longer attends (the
// setting cleared, the child back on the no-known-setting list, the letter marked misdirected),
// and what partner agencies know (kept in the record and the subject access export, with the
// escalation's liaison); the command line does the same.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "import/NoSettingList.h"
#include "meeting/HouseholdCard.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/EscalationFollowUp.h"
#include "repo/NoLongerAttends.h"
#include "repo/PartnerInfos.h"
#include "repo/Ppns.h"
#include "repo/Proformas.h"
#include "repo/SubjectAccess.h"
#include "repo/Timeline.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace enc;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

int scalarInt(Database &db, const QString &sql)
{
    return Sql::scalar(db.sql(), sql)->toInt();
}

Id addSetting(Database &db, const QString &name)
{
    Setting s;
    s.name = name;
    s.type = QStringLiteral("nursery");
    s.dslName = QStringLiteral("Dee Ess");
    s.dslEmail = QStringLiteral("dsl@example.invalid");
    auto saved = Directory(db).addSetting(s);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorText()));
    return saved ? saved->id : 0;
}

Id addChild(Database &db, Id settingId, const QString &forename = QStringLiteral("Amir"))
{
    Child c;
    c.forename = forename;
    c.surname = QStringLiteral("Khan");
    c.dateOfBirth = d(2022, 3, 1);
    c.postcode = QStringLiteral("ZZ1 1AA");
    c.settingId = settingId;
    c.settingKnown = settingId ? SettingKnown::Known : SettingKnown::Unknown;
    auto saved = Children(db).add(c);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorText()));
    return saved ? saved->id : 0;
}

// A notification letter about child to setting, as the letters log it.
Id letterTo(Database &db, Id settingId, Id child)
{
    Disclosure l;
    l.kind = QStringLiteral("notification letter");
    l.recipient = QStringLiteral("Sunshine Pre-School (DSL)");
    l.settingId = settingId;
    l.fields = {QStringLiteral("forename")};
    l.fileName = QStringLiteral("letter.pdf");
    l.childIds = {child};
    auto id = Disclosures(db).record(l);
    return id ? *id : 0;
}

bool onNoSettingList(Database &db, Id child)
{
    auto entries = NoSettingList(db).entries();
    if (!entries)
        return false;
    for (const NoSettingList::Entry &e : *entries) {
        if (e.childId == child)
            return true;
    }
    return false;
}

PartnerInfo partnerInfo(Id child, const QString &agency, const QString &person,
                        const QString &information, QDate on)
{
    PartnerInfo p;
    p.childId = child;
    p.agency = agency;
    p.person = person;
    p.information = information;
    p.knownOn = on;
    return p;
}

int version(Database &db, Id child)
{
    return Children(db).get(child)->version;
}

} // namespace

class TestRecordPartners : public QObject
{
    Q_OBJECT

private slots:
    void noLongerAttendsClearsTheSettingAndMarksTheLetter()
    {
        test::TempDatabase t;
        const Id sunshine = addSetting(*t, QStringLiteral("Sunshine Pre-School"));
        const Id child = addChild(*t, sunshine);
        QVERIFY(child);
        const Id older = letterTo(*t, sunshine, child);
        const Id latest = letterTo(*t, sunshine, child);
        QVERIFY(older && latest);
        QVERIFY(!onNoSettingList(*t, child));
        NoLongerAttends records(*t);

        // Who said so is required, the date may not be ahead, and a stale child is refused:
        // nothing is written.
        auto noWho = records.record(child, version(*t, child), d(2026, 11, 2), QStringLiteral(" "));
        QVERIFY(!noWho);
        QCOMPARE(noWho.error().field, QStringLiteral("told-by"));
        auto ahead = records.record(child, version(*t, child), QDate::currentDate().addDays(2),
                                    QStringLiteral("Ms Dee Ess"));
        QVERIFY(!ahead);
        QCOMPARE(ahead.error().field, QStringLiteral("on"));
        auto stale = records.record(child, version(*t, child) - 1, d(2026, 11, 2),
                                    QStringLiteral("Ms Dee Ess"));
        QVERIFY(!stale);
        QCOMPARE(stale.error().field, QStringLiteral("version"));
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM no_longer_attends")), 0);
        QCOMPARE(Children(*t).get(child)->settingId, sunshine);

        auto id = records.record(child, version(*t, child), d(2026, 11, 2),
                                 QStringLiteral("Ms Dee Ess, DSL"));
        QVERIFY2(id, qPrintable(id.errorText()));
        const Child now = *Children(*t).get(child);
        QVERIFY(now.settingKnown == SettingKnown::Unknown);
        QCOMPARE(now.settingId, Id(0));
        QVERIFY(onNoSettingList(*t, child));
        // The latest letter to that setting is the misdirected one; the older stays as it was.
        QCOMPARE(Sql::scalar(t->sql(),
                             QStringLiteral("SELECT misdirected_on FROM disclosure "
                                            "WHERE id = :id"),
                             {{QStringLiteral("id"), latest}})
                     ->toString(),
                 QStringLiteral("2026-11-02"));
        QVERIFY(Sql::scalar(t->sql(),
                            QStringLiteral("SELECT misdirected_on FROM disclosure WHERE id = :id"),
                            {{QStringLiteral("id"), older}})
                    ->isNull());
        auto kept = records.forChild(child);
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->first().settingName, QStringLiteral("Sunshine Pre-School"));
        QCOMPARE(kept->first().toldBy, QStringLiteral("Ms Dee Ess, DSL"));
        QCOMPARE(kept->first().disclosureId, latest);
        // The record's letter history says so.
        auto story = Timeline::forChild(t->sql(), child);
        QVERIFY(story);
        int misdirected = 0, left = 0;
        for (const TimelineEvent &e : *story) {
            misdirected += e.kind == TimelineEvent::Kind::Letter &&
                           e.title.contains(QStringLiteral("MISDIRECTED"));
            left += e.kind == TimelineEvent::Kind::NoLongerAttends &&
                    e.title.contains(QStringLiteral("Sunshine Pre-School"));
        }
        QCOMPARE(misdirected, 1);
        QCOMPARE(left, 1);
        // Audited in the chained trail: the child's change and the letter's.
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'no-longer-attends' AND entity = 'child'")),
                 1);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'misdirected' AND entity = 'disclosure'")),
                 1);
        QVERIFY(AuditChain::verify(t->sql()).ok);

        // Nothing left to clear a second time.
        auto again =
            records.record(child, version(*t, child), d(2026, 11, 3), QStringLiteral("Ms Dee Ess"));
        QVERIFY(!again);
        QCOMPARE(again.error().field, QStringLiteral("child"));

        // Taken back (undo): the setting is the child's again and the letter is not misdirected.
        QVERIFY(records.undo(*id));
        QCOMPARE(Children(*t).get(child)->settingId, sunshine);
        QVERIFY(!onNoSettingList(*t, child));
        QVERIFY(Sql::scalar(t->sql(),
                            QStringLiteral("SELECT misdirected_on FROM disclosure WHERE id = :id"),
                            {{QStringLiteral("id"), latest}})
                    ->isNull());
    }

    void partnerInfoIsCheckedVersionedAndArchived()
    {
        test::TempDatabase t;
        const Id child = addChild(*t, 0);
        PartnerInfos infos(*t);
        PartnerInfo p;
        p.childId = child;
        p.agency = QStringLiteral("  ");
        p.information = QStringLiteral("Known to housing: rent arrears");
        p.knownOn = d(2026, 11, 20);
        auto noAgency = infos.add(p);
        QVERIFY(!noAgency);
        QCOMPARE(noAgency.error().field, QStringLiteral("agency"));
        p.agency = QStringLiteral("Housing");
        p.information.clear();
        QCOMPARE(infos.add(p).error().field, QStringLiteral("info"));
        p.information = QStringLiteral("Known to housing: rent arrears");
        p.childId = child + 100;
        QCOMPARE(infos.add(p).error().field, QStringLiteral("child"));
        p.childId = child;
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM partner_info")), 0);

        auto id = infos.add(p);
        QVERIFY2(id, qPrintable(id.errorText()));
        auto shown = infos.get(*id);
        QVERIFY(shown);
        QCOMPARE(shown->recordedBy, QStringLiteral("tester"));
        PartnerInfo changed = *shown;
        changed.information = QStringLiteral("Rent arrears; a move is planned");
        QVERIFY(infos.edit(changed));
        // Another desk's edit from the version shown before: refused, naming who changed it.
        PartnerInfo staleEdit = *shown;
        staleEdit.information = QStringLiteral("Overwritten");
        auto stale = infos.edit(staleEdit);
        QVERIFY(!stale);
        QCOMPARE(stale.error().field, QStringLiteral("version"));
        QCOMPARE(infos.get(*id)->information, QStringLiteral("Rent arrears; a move is planned"));
        QVERIFY(!infos.archive(*id, shown->version));
        QVERIFY(infos.archive(*id, infos.get(*id)->version));
        QVERIFY(infos.forChild(child)->isEmpty());
        QCOMPARE(infos.forChild(child, true)->size(), 1);
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM audit WHERE entity = "
                                              "'partner_info'")),
                 3);
    }

    // The meeting's card carries partners' information for the operator's screen.
    void householdCardCarriesPartnerInfo()
    {
        test::TempDatabase t;
        const Id child = addChild(*t, 0);
        const PartnerInfo p =
            partnerInfo(child, QStringLiteral("Health visiting"), QStringLiteral("HV Jones"),
                        QStringLiteral("Missed two development checks"), d(2026, 11, 30));
        QVERIFY(PartnerInfos(*t).add(p));
        auto card = HouseholdCards(*t).forChild(child, d(2026, 12, 7));
        QVERIFY(card);
        QCOMPARE(card->children.size(), 1);
        QCOMPARE(card->children.first().partners.size(), 1);
        QCOMPARE(card->children.first().partners.first().information,
                 QStringLiteral("Missed two development checks"));
    }

    void subjectAccessHasPartnerInfoAndLiaison()
    {
        test::TempDatabase t;
        const Id child = addChild(*t, 0);
        const PartnerInfo p =
            partnerInfo(child, QStringLiteral("Police"), QStringLiteral("PC Sam Rowe"),
                        QStringLiteral("Two call-outs to the address in October"), d(2026, 11, 1));
        QVERIFY(PartnerInfos(*t).add(p));
        for (const auto &[ref, on] : {std::pair(QStringLiteral("R-1"), d(2026, 1, 5)),
                                      std::pair(QStringLiteral("R-2"), d(2026, 2, 5)),
                                      std::pair(QStringLiteral("R-3"), d(2026, 3, 5))}) {
            Ppn ppn;
            ppn.policeReference = ref;
            ppn.incidentDate = on;
            ppn.receivedOn = on;
            ppn.children.append({child, Presence::Present});
            QVERIFY(Ppns(*t).add(ppn, on));
        }
        EscalationFollowUp f(*t);
        auto open = f.openFor(child);
        QVERIFY2(open, qPrintable(open.errorText()));
        QVERIFY(f.liaise(open->id, open->version, d(2026, 3, 6), QStringLiteral("MASH"),
                         QStringLiteral("Threshold not met; Early Help continues")));
        QVERIFY(f.liaise(open->id, f.get(open->id)->version, d(2026, 3, 7),
                         QStringLiteral("Jo Bloggs, social worker"),
                         QStringLiteral("Worker to visit")));

        auto record = SubjectAccess(*t).build(child);
        QVERIFY2(record, qPrintable(record.errorText()));
        const QJsonArray partners = record->value(QStringLiteral("partner_information")).toArray();
        QCOMPARE(partners.size(), 1);
        const QJsonObject info = partners.first().toObject();
        QCOMPARE(info.value(QStringLiteral("agency")).toString(), QStringLiteral("Police"));
        QCOMPARE(info.value(QStringLiteral("information")).toString(),
                 QStringLiteral("Two call-outs to the address in October"));
        QCOMPARE(info.value(QStringLiteral("known_on")).toString(), QStringLiteral("2026-11-01"));
        // A person is shown as staff, as everywhere in the export.
        QCOMPARE(info.value(QStringLiteral("person")).toString(), QStringLiteral("[staff member]"));
        const QJsonArray liaisons = record->value(QStringLiteral("escalation_liaisons")).toArray();
        QCOMPARE(liaisons.size(), 2);
        QCOMPARE(liaisons.at(0).toObject().value(QStringLiteral("with")).toString(),
                 QStringLiteral("MASH"));
        QCOMPARE(liaisons.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("Threshold not met; Early Help continues"));
        QCOMPARE(liaisons.at(1).toObject().value(QStringLiteral("with")).toString(),
                 QStringLiteral("[staff member]"));
        const QString html = SubjectAccess::html(*record);
        QVERIFY(html.contains(QStringLiteral("Two call-outs to the address in October")));
        QVERIFY(html.contains(QStringLiteral("Threshold not met; Early Help continues")));
        QVERIFY(!html.contains(QStringLiteral("Jo Bloggs")));
        QVERIFY(!html.contains(QStringLiteral("Sam Rowe")));
    }

    void commandLine()
    {
        test::TempDatabase t;
        const Id sunshine = addSetting(*t, QStringLiteral("Sunshine Pre-School"));
        const Id child = addChild(*t, sunshine);
        QVERIFY(letterTo(*t, sunshine, child));
        const QString db = t.path();
        const QString home = t.dir.path();
        const QString id = QString::number(child);

        auto added = test::runCli(home, db,
                                  {QStringLiteral("partner"), QStringLiteral("add"),
                                   QStringLiteral("--child"), id, QStringLiteral("--agency"),
                                   QStringLiteral("Health visiting"), QStringLiteral("--person"),
                                   QStringLiteral("HV Jones"), QStringLiteral("--on"),
                                   QStringLiteral("2026-11-30"), QStringLiteral("--info"),
                                   QStringLiteral("Missed two development checks")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        auto badDate = test::runCli(
            home, db,
            {QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--child"), id,
             QStringLiteral("--agency"), QStringLiteral("Police"), QStringLiteral("--on"),
             QStringLiteral("2099-01-01"), QStringLiteral("--info"), QStringLiteral("x")});
        QVERIFY(badDate.code != 0);
        QVERIFY2(badDate.err.contains(QStringLiteral("--on")), qPrintable(badDate.err));
        auto listed = test::runCli(home, db,
                                   {QStringLiteral("partner"), QStringLiteral("list"),
                                    QStringLiteral("--child"), id, QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray rows = QJsonDocument::fromJson(listed.out)
                                    .object()
                                    .value(QStringLiteral("partner_information"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("agency")).toString(),
                 QStringLiteral("Health visiting"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("known_on")).toString(),
                 QStringLiteral("2026-11-30"));

        auto noWho = test::runCli(home, db,
                                  {QStringLiteral("child"), QStringLiteral("no-longer-attends"),
                                   QStringLiteral("--child"), id, QStringLiteral("--on"),
                                   QStringLiteral("02/11/2026")});
        QVERIFY(noWho.code != 0);
        QVERIFY2(noWho.err.contains(QStringLiteral("--told-by")), qPrintable(noWho.err));
        auto left = test::runCli(home, db,
                                 {QStringLiteral("child"), QStringLiteral("no-longer-attends"),
                                  QStringLiteral("--child"), id, QStringLiteral("--on"),
                                  QStringLiteral("02/11/2026"), QStringLiteral("--told-by"),
                                  QStringLiteral("Ms Dee Ess")});
        QVERIFY2(left.code == 0, qPrintable(left.err));
        QVERIFY2(QString::fromUtf8(left.out).contains(QStringLiteral("misdirected")),
                 left.out.constData());
        auto list =
            test::runCli(home, db, {QStringLiteral("no-setting"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains("Khan"), list.out.constData());
        QCOMPARE(scalarInt(*t, QStringLiteral("SELECT count(*) FROM disclosure WHERE "
                                              "misdirected_on = '2026-11-02'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordPartners)
#include "test_record_partners.moc"
