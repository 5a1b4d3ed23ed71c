// Tools > Office options as an administrator uses it: every rule on one form, a value that
// breaks a rule between options refused with its field named and focused, nothing stored
// until all are right.

#include "../TestSupport.h"

#include "Mnemonics.h"
#include "options/OfficeOptionsDialog.h"
#include "repo/Options.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace enc;

class TestOptionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusedWholeThenSaved();
};

void TestOptionsDialog::refusedWholeThenSaved()
{
    test::TempDatabase db;
    ui::OfficeOptionsDialog dialog(*db.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(test::mnemonicClash(&dialog), QString());
    auto *quorum = qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("quorum.percent")));
    auto *review = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("schedule.review_day")));
    QWidget *days = dialog.field(QStringLiteral("schedule.days"));
    QVERIFY(quorum && review && days);
    QCOMPARE(quorum->value(), 75);
    QCOMPARE(review->currentText(), QStringLiteral("Friday"));
    quorum->setValue(80);
    // Thursday reviews, but Thursday is no meeting day: refused, the review day named.
    review->setCurrentIndex(3);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.message()->isVisible());
    QVERIFY2(dialog.message()->text().contains(QLatin1String("review day")),
             qPrintable(dialog.message()->text()));
    QCOMPARE(QApplication::focusWidget(), review);
    QCOMPARE(Options(db->sql()).quorumPercent(), 75); // nothing stored
    // A daily triage: every weekday ticked, and it saves.
    for (int d = 1; d <= 5; ++d)
        days->findChild<QCheckBox *>(QStringLiteral("day%1").arg(d))->setChecked(true);
    QVERIFY2(dialog.save(), qPrintable(dialog.message()->text()));
    Options options(db->sql());
    QCOMPARE(options.quorumPercent(), 80);
    QCOMPARE(options.schedule().days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(options.schedule().reviewDay, 4);

    // Thursday's review meeting runs longer: written as a person would, shown back the same.
    auto *hours = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("schedule.day_times")));
    QVERIFY(hours);
    hours->setText(QStringLiteral("thu 10.00-12:30"));
    QVERIFY2(dialog.save(), qPrintable(dialog.message()->text()));
    QCOMPARE(options.schedule().startOn(Qt::Thursday), QTime(10, 0));
    QCOMPARE(options.schedule().endOn(Qt::Thursday), QTime(12, 30));
    QCOMPARE(options.schedule().endOn(Qt::Monday), QTime(12, 0));
    ui::OfficeOptionsDialog again(*db.db);
    QCOMPARE(qobject_cast<QLineEdit *>(again.field(QStringLiteral("schedule.day_times")))->text(),
             QStringLiteral("Thursday 10:00-12:30"));
}

QTEST_MAIN(TestOptionsDialog)
#include "test_options_dialog.moc"
