// Greening off a child: refused while any action is open.

#include "domain/GreenOffRule.h"

#include <QTest>

using namespace enc;

namespace {

Action action(const QString &description, QDate due, QDate completed = {})
{
    Action a;
    a.description = description;
    a.dueOn = due;
    a.completedOn = completed;
    return a;
}

} // namespace

class TestGreenOff : public QObject
{
    Q_OBJECT

private slots:
    void emptyIsOk();
    void allCompleteIsOk();
    void oneOpenActionIsNamed();
    void severalOpenActionsAreListed();
    void longListIsShortened();
    void reopensOnNewPpn();
};

void TestGreenOff::emptyIsOk()
{
    QVERIFY(GreenOffRule::canGreenOff({}).ok());
}

void TestGreenOff::allCompleteIsOk()
{
    const Status s = GreenOffRule::canGreenOff(
        {action(QStringLiteral("Send proforma"), QDate(2026, 12, 3), QDate(2026, 12, 1)),
         action(QStringLiteral("Call school"), QDate(), QDate(2026, 11, 20))});
    QVERIFY(s.ok());
    QVERIFY(s.errorText().isEmpty());
}

void TestGreenOff::oneOpenActionIsNamed()
{
    const Status s = GreenOffRule::canGreenOff(
        {action(QStringLiteral("Call school"), QDate(2026, 11, 1), QDate(2026, 11, 2)),
         action(QStringLiteral("Send proforma"), QDate(2026, 12, 3))});
    QVERIFY(!s.ok());
    QCOMPARE(s.errorText(),
             QStringLiteral("Cannot green off: 1 action is still open (Send proforma, due "
                            "03/12/2026)"));
    QCOMPARE(s.error().field, QStringLiteral("actions"));
}

void TestGreenOff::severalOpenActionsAreListed()
{
    const Status s = GreenOffRule::canGreenOff(
        {action(QStringLiteral("Send proforma"), QDate(2026, 12, 3)),
         action(QStringLiteral("Done already"), QDate(2026, 12, 3), QDate(2026, 12, 2)),
         action(QStringLiteral("  Ask health visitor\nfor update "), QDate()),
         action(QString(), QDate(2027, 1, 4))});
    QVERIFY(!s.ok());
    QCOMPARE(s.errorText(),
             QStringLiteral("Cannot green off: 3 actions are still open (Send proforma, due "
                            "03/12/2026; Ask health visitor for update; Untitled action, due "
                            "04/01/2027)"));
}

void TestGreenOff::longListIsShortened()
{
    QList<Action> actions;
    for (int i = 1; i <= 8; ++i)
        actions << action(QStringLiteral("Task %1").arg(i), QDate());
    const Status s = GreenOffRule::canGreenOff(actions);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorText(),
             QStringLiteral("Cannot green off: 8 actions are still open (Task 1; Task 2; Task 3; "
                            "Task 4; Task 5; and 3 more)"));
}

void TestGreenOff::reopensOnNewPpn()
{
    QVERIFY(GreenOffRule::reopensOnNewPpn(ChildStatus::GreenedOff));
    QVERIFY(!GreenOffRule::reopensOnNewPpn(ChildStatus::Open));
}

QTEST_GUILESS_MAIN(TestGreenOff)
#include "test_greenoff.moc"
