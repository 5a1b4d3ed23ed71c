// A young child's age as the agenda says it: weeks, then months until two, then years.

#include "domain/ChildAge.h"

#include <QTest>

using namespace enc;

class TestChildAge : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestChildAge::text_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("expected");
    const QDate meeting(2026, 12, 7);
    QTest::newRow("born that day") << meeting << meeting << QStringLiteral("0 weeks");
    QTest::newRow("one week") << QDate(2026, 11, 30) << meeting << QStringLiteral("1 week");
    QTest::newRow("three weeks") << QDate(2026, 11, 10) << meeting << QStringLiteral("3 weeks");
    QTest::newRow("one month") << QDate(2026, 11, 7) << meeting << QStringLiteral("1 month");
    QTest::newRow("a day short of a month")
        << QDate(2026, 11, 8) << meeting << QStringLiteral("4 weeks");
    QTest::newRow("seven months") << QDate(2026, 5, 1) << meeting << QStringLiteral("7 months");
    QTest::newRow("31 January to 28 February")
        << QDate(2026, 1, 31) << QDate(2026, 2, 28) << QStringLiteral("1 month");
    QTest::newRow("22 months") << QDate(2025, 1, 8) << meeting << QStringLiteral("22 months");
    QTest::newRow("two years") << QDate(2024, 12, 7) << meeting << QStringLiteral("2 years");
    QTest::newRow("five years") << QDate(2021, 6, 30) << meeting << QStringLiteral("5 years");
    QTest::newRow("29 February, two years on")
        << QDate(2024, 2, 29) << QDate(2026, 2, 28) << QStringLiteral("2 years");
    QTest::newRow("not known") << QDate() << meeting << QStringLiteral("age not known");
    QTest::newRow("born after the day")
        << QDate(2026, 12, 8) << meeting << QStringLiteral("age not known");
}

void TestChildAge::text()
{
    QFETCH(QDate, dob);
    QFETCH(QDate, on);
    QFETCH(QString, expected);
    QCOMPARE(ChildAge::text(dob, on), expected);
}

QTEST_APPLESS_MAIN(TestChildAge)
#include "test_child_age.moc"
