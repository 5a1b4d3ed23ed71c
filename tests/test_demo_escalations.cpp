// On a demo database, the report's escalations per month and the rule ("escalations
// --as-of" the month's last day) agree for every month of the demo's history, not only the
// last few (issue 19 item 12: the report showed 0 before October).

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "repo/EscalationService.h"
#include "repo/Options.h"
#include "reports/ReportBuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace enc;

class TestDemoEscalations : public QObject
{
    Q_OBJECT

private slots:
    void reportAndRuleAgreeEveryMonth()
    {
        test::TempDatabase t;
        const QDate today(2026, 12, 7);
        DemoOptions options;
        options.children = 800;
        options.today = today;
        auto made = DemoGenerator::generate(*t, options);
        QVERIFY2(made, qPrintable(made.errorText()));
        const QDate from(today.year() - 3, 1, 1);
        auto report = ReportBuilder::build(t->sql(), from, today);
        QVERIFY2(report, qPrintable(report.errorText()));
        const EscalationConfig config = Options(t->sql()).escalation();
        qint64 beforeOctober = 0;
        for (const MonthCount &m : report->escalationsPerMonth) {
            const QDate last = std::min(m.month.addMonths(1).addDays(-1), today);
            auto rule = EscalationService::evaluateAll(t->sql(), last, config);
            QVERIFY(rule);
            qint64 began = 0;
            for (const EscalationService::ChildEscalation &c : *rule) {
                if (c.result.triggered && c.result.triggeredOn >= m.month &&
                    c.result.triggeredOn <= last)
                    ++began;
            }
            QVERIFY2(began == m.count, qPrintable(QStringLiteral("%1: the rule %2, the report %3")
                                                      .arg(m.month.toString(Qt::ISODate))
                                                      .arg(began)
                                                      .arg(m.count)));
            if (m.month < QDate(today.year(), 10, 1))
                beforeOctober += m.count;
        }
        QVERIFY2(beforeOctober >= 10, qPrintable(QString::number(beforeOctober)));

        // The command line says the same for a month well before October.
        QTemporaryDir home;
        auto listed = test::runCli(home.path(), t.path(),
                                   {QStringLiteral("escalations"), QStringLiteral("--as-of"),
                                    QStringLiteral("2025-03-31"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        qint64 march = 0;
        for (const QJsonValue &v : listed.json().value(QStringLiteral("children")).toArray()) {
            const QString on = v.toObject().value(QStringLiteral("triggered_on")).toString();
            march += on.startsWith(QStringLiteral("2025-03")) ? 1 : 0;
        }
        qint64 reported = -1;
        for (const MonthCount &m : report->escalationsPerMonth) {
            if (m.month == QDate(2025, 3, 1))
                reported = m.count;
        }
        QCOMPARE(march, reported);
        // Every child the rule lists has its escalation recorded, at some stage of follow-up.
        for (const QJsonValue &v : listed.json().value(QStringLiteral("children")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("follow_up")).toString().isEmpty());

        // The follow-up reads the same way: older escalations closed, recent ones open.
        auto open = test::runCli(home.path(), t.path(),
                                 {QStringLiteral("escalations"), QStringLiteral("--open"),
                                  QStringLiteral("--as-of"), today.toString(Qt::ISODate),
                                  QStringLiteral("--json")});
        const QJsonArray onAgenda = open.json().value(QStringLiteral("children")).toArray();
        QVERIFY(!onAgenda.isEmpty());
        for (const QJsonValue &v : onAgenda) {
            const QDate triggered = QDate::fromString(v.toObject()
                                                          .value(QStringLiteral("escalation"))
                                                          .toObject()
                                                          .value(QStringLiteral("triggered_on"))
                                                          .toString(),
                                                      Qt::ISODate);
            QVERIFY(triggered > today.addMonths(-3));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoEscalations)
#include "test_demo_escalations.moc"
