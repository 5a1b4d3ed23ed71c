// Dates typed into forms, dates shown in letters, and ages.

#include "domain/DateInput.h"

#include <QTest>

using namespace enc;

class TestDateInput : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void emptyWhenNotRequired();
    void format();
    void longFormat_data();
    void longFormat();
    void age_data();
    void age();
    void ageBand_data();
    void ageBand();
};

void TestDateInput::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/MM/yyyy") << "25/07/2024" << QDate(2024, 7, 25);
    QTest::newRow("d/M/yyyy") << "5/7/2024" << QDate(2024, 7, 5);
    QTest::newRow("dd/M/yyyy") << "05/7/2024" << QDate(2024, 7, 5);
    QTest::newRow("yyyy-MM-dd") << "2024-07-05" << QDate(2024, 7, 5);
    QTest::newRow("surrounding spaces") << "  03/12/2026\t" << QDate(2026, 12, 3);
    QTest::newRow("29 Feb in a leap year") << "29/02/2024" << QDate(2024, 2, 29);
    QTest::newRow("day first, not month first") << "01/02/2025" << QDate(2025, 2, 1);
}

void TestDateInput::accepted()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const Result<QDate> r = DateInput::parse(text, QStringLiteral("Date of birth"));
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.value(), date);
}

void TestDateInput::rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("31 February") << "31/02/2023"
                                 << "Date of birth 31/02/2023 is not a date";
    QTest::newRow("29 Feb in 2023") << "29/2/2023"
                                    << "Date of birth 29/2/2023 is not a date";
    QTest::newRow("month 13") << "01/13/2024"
                              << "Date of birth 01/13/2024 is not a date";
    QTest::newRow("ISO 30 February") << "2024-02-30"
                                     << "Date of birth 2024-02-30 is not a date";
    QTest::newRow("day 0") << " 00/01/2024 "
                           << "Date of birth 00/01/2024 is not a date";
    QTest::newRow("letters") << "abc"
                             << "Date of birth \"abc\" is not a date: use dd/mm/yyyy";
    QTest::newRow("two-digit year") << "25/07/24"
                                    << "Date of birth \"25/07/24\" is not a date: use dd/mm/yyyy";
    QTest::newRow("dots") << "25.07.2024"
                          << "Date of birth \"25.07.2024\" is not a date: use dd/mm/yyyy";
    QTest::newRow("trailing text") << "25/07/2024 10:00"
                                   << "Date of birth \"25/07/2024 10:00\" is not a date: use "
                                      "dd/mm/yyyy";
    QTest::newRow("empty") << ""
                           << "Date of birth is required";
    QTest::newRow("spaces only") << "   "
                                 << "Date of birth is required";
}

void TestDateInput::rejected()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<QDate> r = DateInput::parse(text, QStringLiteral("Date of birth"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorText(), message);
    QCOMPARE(r.error().field, QStringLiteral("Date of birth"));
}

void TestDateInput::emptyWhenNotRequired()
{
    const Result<QDate> r =
        DateInput::parse(QStringLiteral(" "), QStringLiteral("Returned on"), false);
    QVERIFY(r.ok());
    QVERIFY(!r.value().isValid());
    // Optional fields still reject bad dates.
    QVERIFY(
        !DateInput::parse(QStringLiteral("31/04/2025"), QStringLiteral("Returned on"), false).ok());
}

void TestDateInput::format()
{
    QCOMPARE(DateInput::format(QDate(2026, 12, 3)), QStringLiteral("03/12/2026"));
    QCOMPARE(DateInput::format(QDate(2024, 7, 25)), QStringLiteral("25/07/2024"));
    QCOMPARE(DateInput::format(QDate()), QString());
    // Written without QDate::toString, it must still agree with it on every day and year.
    for (QDate d(1899, 12, 25); d < QDate(2101, 1, 8); d = d.addDays(1))
        QCOMPARE(DateInput::format(d), d.toString(QStringLiteral("dd/MM/yyyy")));
    for (const QDate d : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                          QDate(-44, 3, 15), QDate(10000, 1, 1)})
        QCOMPARE(DateInput::format(d), d.toString(QStringLiteral("dd/MM/yyyy")));
    QCOMPARE(
        DateInput::parse(DateInput::format(QDate(2024, 2, 29)), QStringLiteral("Date")).value(),
        QDate(2024, 2, 29));
}

void TestDateInput::longFormat_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("July") << QDate(2024, 7, 25) << "25 July 2024";
    QTest::newRow("single-digit day") << QDate(2026, 12, 3) << "3 December 2026";
    QTest::newRow("invalid") << QDate() << "";
}

void TestDateInput::longFormat()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);
    QCOMPARE(DateInput::longFormat(date), text);
}

void TestDateInput::age_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("newborn") << QDate(2024, 7, 25) << QDate(2024, 7, 25) << 0;
    QTest::newRow("day before first birthday") << QDate(2024, 7, 25) << QDate(2025, 7, 24) << 0;
    QTest::newRow("first birthday") << QDate(2024, 7, 25) << QDate(2025, 7, 25) << 1;
    QTest::newRow("day before 6th birthday") << QDate(2020, 3, 15) << QDate(2026, 3, 14) << 5;
    QTest::newRow("6th birthday") << QDate(2020, 3, 15) << QDate(2026, 3, 15) << 6;
    QTest::newRow("29 Feb: 28 Feb in a common year")
        << QDate(2020, 2, 29) << QDate(2021, 2, 28) << 0;
    QTest::newRow("29 Feb: 1 Mar in a common year") << QDate(2020, 2, 29) << QDate(2021, 3, 1) << 1;
    QTest::newRow("29 Feb: 29 Feb in a leap year") << QDate(2020, 2, 29) << QDate(2024, 2, 29) << 4;
    QTest::newRow("29 Feb: 28 Feb in a leap year") << QDate(2020, 2, 29) << QDate(2024, 2, 28) << 3;
    QTest::newRow("before birth") << QDate(2024, 7, 25) << QDate(2024, 7, 24) << -1;
    QTest::newRow("unknown birth date") << QDate() << QDate(2024, 7, 24) << -1;
}

void TestDateInput::age()
{
    QFETCH(QDate, dob);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(DateInput::ageInYears(dob, on), age);
}

void TestDateInput::ageBand_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("inBand");
    QTest::newRow("born today") << QDate(2026, 3, 15) << QDate(2026, 3, 15) << true;
    QTest::newRow("day before 6th birthday") << QDate(2020, 3, 15) << QDate(2026, 3, 14) << true;
    QTest::newRow("6th birthday") << QDate(2020, 3, 15) << QDate(2026, 3, 15) << false;
    QTest::newRow("29 Feb: 28 Feb of the 6th year")
        << QDate(2020, 2, 29) << QDate(2026, 2, 28) << true;
    QTest::newRow("29 Feb: 1 Mar of the 6th year")
        << QDate(2020, 2, 29) << QDate(2026, 3, 1) << false;
    QTest::newRow("not yet born") << QDate(2026, 3, 15) << QDate(2026, 3, 14) << false;
    QTest::newRow("no date of birth") << QDate() << QDate(2026, 3, 14) << false;
}

void TestDateInput::ageBand()
{
    QFETCH(QDate, dob);
    QFETCH(QDate, on);
    QFETCH(bool, inBand);
    QCOMPARE(DateInput::inAgeBand(dob, on), inBand);
    // A custom band: school age 5 to 11.
    const int age = DateInput::ageInYears(dob, on);
    QCOMPARE(DateInput::inAgeBand(dob, on, 5, 11), age >= 5 && age <= 11);
}

QTEST_GUILESS_MAIN(TestDateInput)
#include "test_dateinput.moc"
