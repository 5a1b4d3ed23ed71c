// The office's options from the command line, as an administrator changes them: listed with
// their defaults, changed all together or not at all, each change audited, bad values
// refused naming the option.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "repo/Meetings.h"
#include "repo/Options.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace enc;

class TestOptions : public QObject
{
    Q_OBJECT

private slots:
    void listedWithDefaults();
    void setChangesAllOrNothing();
    void setRefusesBadValuesNamingTheOption();
    void hoursDifferByDay();

private:
    test::CliRun cli(const test::TempDatabase &db, const QStringList &args)
    {
        return test::runCli(m_home.path(), db.path(), args);
    }
    QTemporaryDir m_home;
};

void TestOptions::listedWithDefaults()
{
    test::TempDatabase db;
    const test::CliRun run =
        cli(db, {QStringLiteral("options"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &v : run.document().array())
        byKey.insert(v[QStringLiteral("key")].toString(), v.toObject());
    for (const char *key : {"schedule.days", "schedule.start", "schedule.review_day", "age.max",
                            "escalation.threshold", "escalation.window_months", "quorum.percent",
                            "letters.include_age", "office.name", "office.phone", "office.email"})
        QVERIFY2(byKey.contains(QLatin1String(key)), key);
    QCOMPARE(byKey.value(QStringLiteral("quorum.percent"))[QStringLiteral("value")].toString(),
             QStringLiteral("75"));
    QCOMPARE(byKey.value(QStringLiteral("schedule.days"))[QStringLiteral("shown")].toString(),
             QStringLiteral("Monday, Wednesday, Friday"));
}

void TestOptions::setChangesAllOrNothing()
{
    test::TempDatabase db;
    // A daily triage: Monday to Friday, reviewed on Thursday.
    test::CliRun run = cli(db, {QStringLiteral("options"), QStringLiteral("set"),
                                QStringLiteral("schedule.days"), QStringLiteral("mon-fri"),
                                QStringLiteral("schedule.review_day"), QStringLiteral("thu")});
    QCOMPARE(run.code, 2); // "mon-fri" is not a day: nothing written
    run = cli(db, {QStringLiteral("options"), QStringLiteral("set"),
                   QStringLiteral("schedule.days"), QStringLiteral("mon,tue,wed,thu,fri"),
                   QStringLiteral("schedule.review_day"), QStringLiteral("Thursday")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    Options options(db->sql());
    QCOMPARE(options.schedule().days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(options.schedule().reviewDay, 4);
    // Each change is in the audit trail with its value before and after.
    const qint64 audited =
        Sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'set-option'"))
            ->toLongLong();
    QCOMPARE(audited, qint64(2));
    // Meeting days without Thursday would leave the review on no meeting: refused whole, and
    // the quorum given with it is not changed either.
    run = cli(db, {QStringLiteral("options"), QStringLiteral("set"),
                   QStringLiteral("quorum.percent"), QStringLiteral("60"),
                   QStringLiteral("schedule.days"), QStringLiteral("mon,wed,fri")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QLatin1String("review day")), qPrintable(run.errText()));
    QCOMPARE(options.quorumPercent(), 75);
    QCOMPARE(options.schedule().days, (QList<int>{1, 2, 3, 4, 5}));
}

void TestOptions::setRefusesBadValuesNamingTheOption()
{
    test::TempDatabase db;
    const QList<QPair<QString, QString>> bad{
        {QStringLiteral("quorum.percent"), QStringLiteral("150")},
        {QStringLiteral("office.email"), QStringLiteral("not-an-address")},
        {QStringLiteral("schedule.start"), QStringLiteral("25:00")},
        {QStringLiteral("letters.include_age"), QStringLiteral("maybe")},
        {QStringLiteral("no.such.option"), QStringLiteral("1")}};
    for (const auto &[key, value] : bad) {
        const test::CliRun run =
            cli(db, {QStringLiteral("options"), QStringLiteral("set"), key, value});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errText().contains(key), qPrintable(run.errText()));
    }
    const test::CliRun run = cli(db, {QStringLiteral("options"), QStringLiteral("set"),
                                      QStringLiteral("schedule.end"), QStringLiteral("10:30")});
    QCOMPARE(run.code, 1); // before the 11:00 start
    QCOMPARE(Sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM config WHERE key LIKE "
                                                   "'schedule.%' OR key LIKE 'quorum.%'"))
                 ->toLongLong(),
             qint64(0));
}

// A daily triage that meets longer on Friday for the tracking review: the schedule, and a
// meeting opened on the day, keep Friday's own hours; the other days keep the usual ones.
void TestOptions::hoursDifferByDay()
{
    test::TempDatabase db;
    test::CliRun run =
        cli(db, {QStringLiteral("options"), QStringLiteral("set"), QStringLiteral("schedule.days"),
                 QStringLiteral("mon,tue,wed,thu,fri"), QStringLiteral("schedule.day_times"),
                 QStringLiteral("Friday 10:00-12.30; tue 9:30 to 10:00")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    run =
        cli(db, {QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-12-07"),
                 QStringLiteral("--weeks"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.errText()));
    QStringList hours;
    for (const QJsonValue &m : run.document()[QStringLiteral("meetings")].toArray())
        hours << m[QStringLiteral("weekday")].toString() + QLatin1Char(' ') +
                     m[QStringLiteral("start")].toString() + QLatin1Char('-') +
                     m[QStringLiteral("end")].toString();
    QCOMPARE(hours, (QStringList{QStringLiteral("Monday 11:00-12:00"),
                                 QStringLiteral("Tuesday 09:30-10:00"),
                                 QStringLiteral("Wednesday 11:00-12:00"),
                                 QStringLiteral("Thursday 11:00-12:00"),
                                 QStringLiteral("Friday 10:00-12:30")}));
    run = cli(db, {QStringLiteral("options"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : run.document().array())
        if (v[QStringLiteral("key")].toString() == QLatin1String("schedule.day_times"))
            QCOMPARE(v[QStringLiteral("shown")].toString(),
                     QStringLiteral("Tuesday 09:30-10:00; Friday 10:00-12:30"));
    Meeting friday;
    friday.date = QDate(2026, 12, 11);
    auto saved = Meetings(*db).create(friday);
    QVERIFY2(saved, qPrintable(saved.errorText()));
    QCOMPARE(Meetings(*db).onDate(friday.date)->starts, QTime(10, 0));
    QCOMPARE(Meetings(*db).onDate(friday.date)->ends, QTime(12, 30));

    // Hours for a day with no meeting, backwards hours, or words that are not hours: refused,
    // naming the option, and the hours already set stay.
    for (const char *bad : {"Sat 10:00-11:00", "Fri 12:00-11:00", "Fri at noon",
                            "Fri 10:00-11:00; "
                            "friday 10:00-12:00"}) {
        run = cli(db, {QStringLiteral("options"), QStringLiteral("set"),
                       QStringLiteral("schedule.day_times"), QLatin1String(bad)});
        QVERIFY2(run.code != 0, bad);
        QVERIFY2(run.errText().contains(QLatin1String("schedule.day_times")),
                 qPrintable(run.errText()));
    }
    QCOMPARE(Options(db->sql()).schedule().startOn(Qt::Friday), QTime(10, 0));
    QCOMPARE(Options(db->sql()).schedule().startOn(Qt::Monday), QTime(11, 0));
}

QTEST_GUILESS_MAIN(TestOptions)
#include "test_options.moc"
