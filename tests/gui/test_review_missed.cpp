// The review queue's "missed children": a child already on the tracker at a new PPN's home
// address who is not named on it is shown with the reason, and the business support officer
// confirms them present (Enter: the child is linked to the PPN) or dismisses it.

#include "Mnemonics.h"
#include "TestSupport.h"

#include "import/ImportNames.h"
#include "import/Importer.h"
#include "import/ReviewQueueModel.h"
#include "import/ReviewQueuePage.h"
#include "repo/Children.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace enc;

class TestReviewMissed : public QObject
{
    Q_OBJECT

private slots:
    void confirmPresentAndDismissFromTheQueue();

private:
    Id addChild(Database &db, const QString &forename, QDate dob)
    {
        Child c;
        c.forename = forename;
        c.surname = QStringLiteral("Akhtar-Rahman");
        c.dateOfBirth = dob;
        c.address = QStringLiteral("12 Oak Road, Reading");
        c.postcode = QStringLiteral("RG1 2AB");
        auto saved = Children(db).add(c);
        return saved ? saved->id : 0;
    }
};

void TestReviewMissed::confirmPresentAndDismissFromTheQueue()
{
    test::TempDatabase t;
    Database &db = *t;
    const QDate today = QDate::currentDate();
    const Id amira = addChild(db, QStringLiteral("Amira"), today.addYears(-4));
    const Id noor = addChild(db, QStringLiteral("Noor"), today.addYears(-3));
    const Id zain = addChild(db, QStringLiteral("Zain"), today.addYears(-2));
    QVERIFY(amira > 0 && noor > 0 && zain > 0);
    // Only Zain is named on the police's PPN.
    const QString path = t.dir.filePath(QStringLiteral("daily.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Occurrence Number,Incident Date,Forename,Surname,DOB,Home Address,"
                           "Postcode\r\nNC/26/1234,%1,Zain,AKHTAR-RAHMAN,%2,12 OAK RD READING,"
                           "RG12AB\r\n")
                .arg(today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
                     today.addYears(-2).toString(QStringLiteral("dd/MM/yyyy")))
                .toUtf8());
    f.close();
    Importer::Request request;
    request.path = path;
    auto report = Importer(db).run(request);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->missedChildren, 2);

    ui::ReviewQueuePage page;
    page.setDatabase(&db);
    page.show();
    QSignalSpy changed(&page, &ui::ReviewQueuePage::changed);
    ui::ReviewQueueModel *model = page.model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 2);
    auto rowOf = [&](Id child) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r).candidateChildId == child)
                return r;
        }
        return -1;
    };
    const int amiraRow = rowOf(amira);
    QVERIFY(amiraRow >= 0);
    auto text = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(text(amiraRow, ui::ReviewQueueModel::KindColumn),
             QStringLiteral("Not named, same address"));
    QVERIFY(text(amiraRow, ui::ReviewQueueModel::ProposedColumn)
                .startsWith(QLatin1String("Amira Akhtar-Rahman")));
    QCOMPARE(text(amiraRow, ui::ReviewQueueModel::ReasonColumn),
             QStringLiteral("lives at 12 Oak Road, Reading, not named on PPN NC/26/1234"));

    // The buttons say what they do to such an item; no new child can be made from it.
    page.view()->setFocus();
    page.view()->selectRow(amiraRow);
    auto *accept = page.findChild<QPushButton *>(QLatin1String(ui::names::ReviewAccept));
    auto *makeNew = page.findChild<QPushButton *>(QLatin1String(ui::names::ReviewNew));
    auto *dismiss = page.findChild<QPushButton *>(QLatin1String(ui::names::ReviewDismiss));
    QCOMPARE(accept->text(), QStringLiteral("&Accept: confirm present (Enter)"));
    QCOMPARE(dismiss->text(), QStringLiteral("&Dismiss: not present"));
    QVERIFY(!makeNew->isEnabled());
    QCOMPARE(test::mnemonicClash(&page), QString());
    QTest::keyClick(page.view(), Qt::Key_N);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(changed.size(), 0);

    // Enter confirms Amira present: she is linked to the PPN as her brother is.
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    auto *message = page.findChild<QLabel *>(QLatin1String(ui::names::ReviewMessage));
    QCOMPARE(message->text(), QStringLiteral("Amira Akhtar-Rahman (child %1) linked to PPN "
                                             "NC/26/1234 as present.")
                                  .arg(amira));
    auto linked = [&](Id child) {
        return Sql::scalar(db.sql(),
                           QStringLiteral("SELECT group_concat(pc.presence) FROM ppn_child pc "
                                          "JOIN ppn p ON p.id = pc.ppn_id WHERE p.police_ref = "
                                          "'NC/26/1234' AND pc.child_id = %1")
                               .arg(child))
            ->toString();
    };
    QCOMPARE(linked(amira), QStringLiteral("present"));

    // Noor was not there: dismissed, and left off the PPN.
    page.view()->selectRow(0);
    QCOMPARE(model->item(0).candidateChildId, noor);
    dismiss->click();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(linked(noor), QString());
    QCOMPARE(linked(zain), QStringLiteral("unknown")); // as the file gave him
}

QTEST_MAIN(TestReviewMissed)
#include "test_review_missed.moc"
