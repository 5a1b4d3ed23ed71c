// Bank holidays in England and Wales, and the working days and deadlines they move.

#include "domain/BankHolidays.h"
#include "domain/WorkingDays.h"

#include <QTest>

using namespace enc;

namespace {

using HolidayList = QList<QPair<QDate, QString>>;

} // namespace

class TestBankHolidays : public QObject
{
    Q_OBJECT

private slots:
    void fullYear_data();
    void fullYear();
    void easterSunday_data();
    void easterSunday();
    void everyYearIsSane();
    void lookups_data();
    void lookups();
    void invalidDates();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void isWorkingDay();
};

void TestBankHolidays::fullYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<HolidayList>("expected");

    const QString newYear = QStringLiteral("New Year's Day");
    const QString newYearSub = QStringLiteral("New Year's Day (substitute day)");
    const QString goodFriday = QStringLiteral("Good Friday");
    const QString easterMonday = QStringLiteral("Easter Monday");
    const QString earlyMay = QStringLiteral("Early May bank holiday");
    const QString spring = QStringLiteral("Spring bank holiday");
    const QString summer = QStringLiteral("Summer bank holiday");
    const QString christmas = QStringLiteral("Christmas Day");
    const QString christmasSub = QStringLiteral("Christmas Day (substitute day)");
    const QString boxing = QStringLiteral("Boxing Day");
    const QString boxingSub = QStringLiteral("Boxing Day (substitute day)");

    QTest::newRow("2025")
        << 2025 << HolidayList{{QDate(2025, 1, 1), newYear},       {QDate(2025, 4, 18), goodFriday},
                               {QDate(2025, 4, 21), easterMonday}, {QDate(2025, 5, 5), earlyMay},
                               {QDate(2025, 5, 26), spring},       {QDate(2025, 8, 25), summer},
                               {QDate(2025, 12, 25), christmas},   {QDate(2025, 12, 26), boxing}};
    // Boxing Day 2026 is a Saturday: the substitute is Monday 28 December.
    QTest::newRow("2026")
        << 2026 << HolidayList{{QDate(2026, 1, 1), newYear},      {QDate(2026, 4, 3), goodFriday},
                               {QDate(2026, 4, 6), easterMonday}, {QDate(2026, 5, 4), earlyMay},
                               {QDate(2026, 5, 25), spring},      {QDate(2026, 8, 31), summer},
                               {QDate(2026, 12, 25), christmas},  {QDate(2026, 12, 28), boxingSub}};
    // Christmas Day 2027 is a Saturday: Monday 27 and Tuesday 28 December.
    QTest::newRow("2027") << 2027 << HolidayList{{QDate(2027, 1, 1), newYear},
                                                 {QDate(2027, 3, 26), goodFriday},
                                                 {QDate(2027, 3, 29), easterMonday},
                                                 {QDate(2027, 5, 3), earlyMay},
                                                 {QDate(2027, 5, 31), spring},
                                                 {QDate(2027, 8, 30), summer},
                                                 {QDate(2027, 12, 27), christmasSub},
                                                 {QDate(2027, 12, 28), boxingSub}};
    QTest::newRow("2021 Christmas on Saturday")
        << 2021
        << HolidayList{{QDate(2021, 1, 1), newYear},        {QDate(2021, 4, 2), goodFriday},
                       {QDate(2021, 4, 5), easterMonday},   {QDate(2021, 5, 3), earlyMay},
                       {QDate(2021, 5, 31), spring},        {QDate(2021, 8, 30), summer},
                       {QDate(2021, 12, 27), christmasSub}, {QDate(2021, 12, 28), boxingSub}};
    // New Year's Day on Saturday, jubilee, state funeral, Christmas Day on Sunday.
    QTest::newRow("2022 one-offs")
        << 2022
        << HolidayList{{QDate(2022, 1, 3), newYearSub},
                       {QDate(2022, 4, 15), goodFriday},
                       {QDate(2022, 4, 18), easterMonday},
                       {QDate(2022, 5, 2), earlyMay},
                       {QDate(2022, 6, 2), spring},
                       {QDate(2022, 6, 3), QStringLiteral("Platinum Jubilee bank holiday")},
                       {QDate(2022, 8, 29), summer},
                       {QDate(2022, 9, 19),
                        QStringLiteral("Bank holiday for the State Funeral of Queen Elizabeth II")},
                       {QDate(2022, 12, 26), boxing},
                       {QDate(2022, 12, 27), christmasSub}};
    QTest::newRow("2020 VE Day") << 2020
                                 << HolidayList{{QDate(2020, 1, 1), newYear},
                                                {QDate(2020, 4, 10), goodFriday},
                                                {QDate(2020, 4, 13), easterMonday},
                                                {QDate(2020, 5, 8),
                                                 QStringLiteral("Early May bank holiday (VE Day)")},
                                                {QDate(2020, 5, 25), spring},
                                                {QDate(2020, 8, 31), summer},
                                                {QDate(2020, 12, 25), christmas},
                                                {QDate(2020, 12, 28), boxingSub}};
    QTest::newRow("2023 coronation")
        << 2023
        << HolidayList{{QDate(2023, 1, 2), newYearSub},
                       {QDate(2023, 4, 7), goodFriday},
                       {QDate(2023, 4, 10), easterMonday},
                       {QDate(2023, 5, 1), earlyMay},
                       {QDate(2023, 5, 8),
                        QStringLiteral("Bank holiday for the coronation of King Charles III")},
                       {QDate(2023, 5, 29), spring},
                       {QDate(2023, 8, 28), summer},
                       {QDate(2023, 12, 25), christmas},
                       {QDate(2023, 12, 26), boxing}};
}

void TestBankHolidays::fullYear()
{
    QFETCH(int, year);
    QFETCH(HolidayList, expected);

    const QList<BankHoliday> actual = BankHolidays::forYear(year);
    QStringList got;
    for (const BankHoliday &h : actual)
        got << h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
    QStringList want;
    for (const auto &[date, name] : expected)
        want << date.toString(Qt::ISODate) + QLatin1Char(' ') + name;
    QCOMPARE(got, want);

    for (const auto &[date, name] : expected) {
        QVERIFY2(BankHolidays::isBankHoliday(date), qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(BankHolidays::nameOf(date), name);
        QVERIFY(!WorkingDays::isWorkingDay(date));
    }
}

void TestBankHolidays::easterSunday_data()
{
    QTest::addColumn<QDate>("easter");
    QTest::newRow("1995") << QDate(1995, 4, 16);
    QTest::newRow("2000") << QDate(2000, 4, 23);
    QTest::newRow("2008 early") << QDate(2008, 3, 23);
    QTest::newRow("2011 late") << QDate(2011, 4, 24);
    QTest::newRow("2024") << QDate(2024, 3, 31);
    QTest::newRow("2026") << QDate(2026, 4, 5);
    QTest::newRow("2038 latest possible") << QDate(2038, 4, 25);
    QTest::newRow("2100") << QDate(2100, 3, 28);
}

void TestBankHolidays::easterSunday()
{
    QFETCH(QDate, easter);
    QCOMPARE(BankHolidays::easterSunday(easter.year()), easter);
    QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
}

void TestBankHolidays::everyYearIsSane()
{
    for (int year = BankHolidays::firstYear; year <= BankHolidays::lastYear; ++year) {
        const QList<BankHoliday> list = BankHolidays::forYear(year);
        QVERIFY2(list.size() >= 8 && list.size() <= 10, qPrintable(QString::number(year)));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const BankHoliday &h = list.at(i);
            QCOMPARE(h.date.year(), year);
            QVERIFY2(h.date.dayOfWeek() <= Qt::Friday, qPrintable(h.date.toString(Qt::ISODate)));
            QVERIFY(!h.name.isEmpty());
            QVERIFY(BankHolidays::isBankHoliday(h.date));
            QCOMPARE(BankHolidays::nameOf(h.date), h.name);
            if (i > 0)
                QVERIFY(list.at(i - 1).date < h.date);
        }
    }
}

void TestBankHolidays::lookups_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::newRow("ordinary Tuesday") << QDate(2026, 4, 7) << QString();
    QTest::newRow("Christmas Eve") << QDate(2026, 12, 24) << QString();
    QTest::newRow("Saturday Boxing Day 2026") << QDate(2026, 12, 26) << QString();
    QTest::newRow("Sunday 1 January 2023") << QDate(2023, 1, 1) << QString();
    QTest::newRow("first Monday of May 2020 (moved)") << QDate(2020, 5, 4) << QString();
    QTest::newRow("last Monday of May 2022 (moved)") << QDate(2022, 5, 30) << QString();
    QTest::newRow("Millennium") << QDate(1999, 12, 31)
                                << QStringLiteral("Millennium Day bank holiday");
    QTest::newRow("Royal wedding")
        << QDate(2011, 4, 29) << QStringLiteral("Royal wedding bank holiday");
    QTest::newRow("Diamond Jubilee")
        << QDate(2012, 6, 5) << QStringLiteral("Diamond Jubilee bank holiday");
    QTest::newRow("2012 Spring moved")
        << QDate(2012, 6, 4) << QStringLiteral("Spring bank holiday");
    QTest::newRow("Golden Jubilee")
        << QDate(2002, 6, 3) << QStringLiteral("Golden Jubilee bank holiday");
    QTest::newRow("2100 Christmas on Saturday")
        << QDate(2100, 12, 27) << QStringLiteral("Christmas Day (substitute day)");
    QTest::newRow("2100 Boxing Day on Sunday")
        << QDate(2100, 12, 28) << QStringLiteral("Boxing Day (substitute day)");
}

void TestBankHolidays::lookups()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(BankHolidays::nameOf(date), name);
    QCOMPARE(BankHolidays::isBankHoliday(date), !name.isEmpty());
}

void TestBankHolidays::invalidDates()
{
    QVERIFY(!BankHolidays::isBankHoliday(QDate()));
    QVERIFY(BankHolidays::nameOf(QDate()).isEmpty());
    QVERIFY(!WorkingDays::isWorkingDay(QDate()));
    QVERIFY(!WorkingDays::nextWorkingDay(QDate()).isValid());
    QVERIFY(BankHolidays::forYear(0).isEmpty());
}

void TestBankHolidays::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("incident");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("Wednesday -> Thursday") << QDate(2026, 3, 4) << QDate(2026, 3, 5);
    QTest::newRow("Friday -> Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("Saturday -> Monday") << QDate(2026, 3, 7) << QDate(2026, 3, 9);
    QTest::newRow("Sunday -> Monday") << QDate(2026, 3, 8) << QDate(2026, 3, 9);
    QTest::newRow("Maundy Thursday -> Tuesday after Easter")
        << QDate(2026, 4, 2) << QDate(2026, 4, 7);
    QTest::newRow("Good Friday -> Tuesday") << QDate(2026, 4, 3) << QDate(2026, 4, 7);
    QTest::newRow("Christmas Eve 2026 -> Tuesday 29") << QDate(2026, 12, 24) << QDate(2026, 12, 29);
    QTest::newRow("Christmas Eve 2027 -> Wednesday 29")
        << QDate(2027, 12, 24) << QDate(2027, 12, 29);
    QTest::newRow("New Year's Eve 2021 -> Tuesday 4 January")
        << QDate(2021, 12, 31) << QDate(2022, 1, 4);
    QTest::newRow("Friday before the Summer bank holiday")
        << QDate(2026, 8, 28) << QDate(2026, 9, 1);
    QTest::newRow("Thursday before the 2020 VE Day Friday")
        << QDate(2020, 5, 7) << QDate(2020, 5, 11);
}

void TestBankHolidays::nextWorkingDay()
{
    QFETCH(QDate, incident);
    QFETCH(QDate, deadline);
    QCOMPARE(WorkingDays::nextWorkingDay(incident), deadline);
    QCOMPARE(WorkingDays::notificationDeadline(incident), deadline);
    QVERIFY(WorkingDays::isWorkingDay(deadline));
}

void TestBankHolidays::isWorkingDay()
{
    QVERIFY(WorkingDays::isWorkingDay(QDate(2026, 4, 7)));  // Tuesday after Easter
    QVERIFY(!WorkingDays::isWorkingDay(QDate(2026, 4, 4))); // Saturday
    QVERIFY(!WorkingDays::isWorkingDay(QDate(2026, 4, 5))); // Sunday
    QVERIFY(!WorkingDays::isWorkingDay(QDate(2026, 4, 6))); // Easter Monday
    QVERIFY(WorkingDays::isWorkingDay(QDate(2026, 12, 24)));
}

QTEST_GUILESS_MAIN(TestBankHolidays)
#include "test_bankholidays.moc"
