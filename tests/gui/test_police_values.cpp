// What the police wrote, as the business support officer sees it in the window after an import:
// the child's record gives the force's own risk wording beside the grade and a setting the
// directory does not hold; the review lists a row giving an age and no date of birth, and
// refuses to make a child from it.

#include "MainWindow.h"
#include "TestSupport.h"
#include "child/ChildRecordPage.h"
#include "import/ImportNames.h"
#include "import/ImportPage.h"
#include "import/Importer.h"
#include "import/ReviewQueuePage.h"
#include "repo/Children.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace enc;
using namespace enc::ui;

class TestPoliceValues : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;

    Id childNamed(const QString &forename)
    {
        return Sql::scalar((*m_temp)->sql(),
                           QStringLiteral("SELECT id FROM child WHERE forename = :f"),
                           {{QStringLiteral("f"), forename}})
            ->toLongLong();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Child zara;
        zara.forename = QStringLiteral("Zara");
        zara.surname = QStringLiteral("Akhtar");
        zara.dateOfBirth = QDate::currentDate().addYears(-3).addDays(-40);
        zara.address = QStringLiteral("12 Mill Lane");
        zara.postcode = QStringLiteral("ZZ1 2AB");
        QVERIFY(Children(**m_temp).add(zara));
        // A force's layout: risk as levels, the school by name, one row with an age only.
        const QString path = m_temp->dir.filePath(QStringLiteral("police.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString incident = QDate::currentDate().addDays(-2).toString(u"dd/MM/yyyy");
        file.write(QStringLiteral("Occurrence,Incident date,Forename,Surname,DOB,Age,Address,"
                                  "Postcode,School,DASH level\r\n"
                                  "PV/1,%1,Leo,Brown,05/06/%2,,4 High Street,ZZ3 4EF,Little "
                                  "Wrens Nursery,Level 2\r\n"
                                  "PV/2,%1,ZARA,AKHTAR,,3,12 Mill Lane,ZZ1 2AB,,Standard\r\n")
                       .arg(incident)
                       .arg(QDate::currentDate().year() - 2)
                       .toUtf8());
        file.close();
        Importer::Request request;
        request.path = path;
        auto report = Importer(**m_temp).run(request);
        QVERIFY2(report, qPrintable(report.errorText()));
        QCOMPARE(report->forReview, 1);
        QCOMPARE(report->newChildren, 1);
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void childRecordShowsThePolicesSettingAndRiskWording()
    {
        m_window->openChild(childNamed(QStringLiteral("Leo")));
        ChildRecordPage *page = m_window->childPage();
        QTreeWidget *timeline = page->timeline();
        QCOMPARE(timeline->topLevelItemCount(), 1);
        const QString title = timeline->topLevelItem(0)->text(1);
        QVERIFY2(title.contains(QLatin1String("medium risk; the police wrote \"Level 2\"")),
                 qPrintable(title));
        const QString detail = timeline->topLevelItem(0)->text(2);
        QVERIFY2(detail.contains(QLatin1String("\"Little Wrens Nursery\", which is not in the "
                                               "settings directory")),
                 qPrintable(detail));
        // The Details box says it beside the unknown setting.
        bool shown = false;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() &&
                label->text().contains(QLatin1String("the police named &quot;Little Wrens "
                                                     "Nursery&quot;")))
                shown = true;
        }
        QVERIFY(shown);
    }

    void reviewListsTheAgeRowAndMakesNoChild()
    {
        ReviewQueuePage *review = m_window->importPage()->reviewQueue();
        auto *view = review->findChild<QTableView *>(QLatin1String(names::ReviewView));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(),
                 QStringLiteral("Age, no date of birth"));
        QCOMPARE(view->model()->index(0, 2).data().toString(),
                 QStringLiteral("Zara Akhtar, age 3"));
        QVERIFY(
            view->model()->index(0, 3).data().toString().contains(QLatin1String("Zara Akhtar")));
        QVERIFY(view->model()->index(0, 4).data().toString().startsWith(
            QLatin1String("age 3 given, no date of birth")));
        const int children =
            Sql::scalar((*m_temp)->sql(), QStringLiteral("SELECT count(*) FROM child"))->toInt();
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_N);
        auto *message = review->findChild<QLabel *>(QLatin1String(names::ReviewMessage));
        QVERIFY2(message->text().contains(QLatin1String("never makes a child without one")),
                 qPrintable(message->text()));
        QCOMPARE(
            Sql::scalar((*m_temp)->sql(), QStringLiteral("SELECT count(*) FROM child"))->toInt(),
            children);
        // Enter links it to the proposed child.
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(Sql::scalar((*m_temp)->sql(),
                             QStringLiteral("SELECT count(*) FROM ppn_child WHERE child_id = :c"),
                             {{QStringLiteral("c"), childNamed(QStringLiteral("Zara"))}})
                     ->toInt(),
                 1);
    }
};

QTEST_MAIN(TestPoliceValues)
#include "test_police_values.moc"
