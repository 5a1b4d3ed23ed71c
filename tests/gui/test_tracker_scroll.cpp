// The whole tracker list in the window, as the business support officer used to Excel uses
// it on a long list: Ctrl+End and the scroll bar reach the last child in every sort, either
// way, with a search too; a search matching thousands shows them all; the child chosen stays
// chosen when the list is read again.

#include "ChildTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RandomChildren.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "repo/ChildQuery.h"
#include "repo/Children.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestTrackerScroll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    static constexpr int ChildCount = 8000;

    TrackerPage *page() const { return m_window->trackerPage(); }
    ChildTableModel *model() const { return page()->model(); }
    QTableView *view() const { return page()->view(); }

    // The list as one ORDER BY reads it: what the window must show, row for row.
    QList<Id> expected(ChildSort sort, bool descending) const
    {
        ChildFilter f = model()->filter();
        return *ChildQuery::ids(m_window->database()->sql(), f, sort, descending);
    }

    void waitForCount() const
    {
        QTRY_VERIFY(model()->countState() == ChildTableModel::Count::Exact);
    }

    void search(const QString &text) const
    {
        page()->searchEdit()->clear();
        QTest::keyClicks(page()->searchEdit(), text);
        QTRY_COMPARE(model()->filter().search, text);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        test::addRandomChildren(**m_temp, ChildCount, 7);
        m_temp->db.reset();
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The sort is kept between runs (the header's state): each test starts from names.
        view()->sortByColumn(ChildTableModel::Name, Qt::AscendingOrder);
        waitForCount();
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void ctrlEndShowsTheLastChildInEverySortAndDirection()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QPair<int, ChildSort>> columns = {
            {ChildTableModel::Name, ChildSort::Surname},
            {ChildTableModel::DateOfBirth, ChildSort::DateOfBirth},
            {ChildTableModel::Setting, ChildSort::Setting},
            {ChildTableModel::Area, ChildSort::Area},
            {ChildTableModel::Ppns, ChildSort::PpnCount},
            {ChildTableModel::LastIncident, ChildSort::LastIncident},
            {ChildTableModel::Status, ChildSort::State},
            {ChildTableModel::NextDue, ChildSort::NextDue}};
        for (const QString &text : {QString(), QStringLiteral("s")}) {
            search(text);
            for (const auto &[column, sort] : columns) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    view()->sortByColumn(column, order);
                    waitForCount();
                    const QList<Id> all = expected(sort, order == Qt::DescendingOrder);
                    QVERIFY(all.size() > 1000);
                    QCOMPARE(model()->rowCount(), int(all.size()));
                    view()->setFocus();
                    view()->setCurrentIndex(model()->index(0, 0));
                    QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
                    const QString what = QStringLiteral("column %1, order %2, search '%3'")
                                             .arg(column)
                                             .arg(int(order))
                                             .arg(text);
                    QVERIFY2(view()->currentIndex().row() == all.size() - 1, qPrintable(what));
                    QVERIFY2(page()->currentChildId() == all.last(), qPrintable(what));
                    // The bottom row on the screen is the last child.
                    const QModelIndex bottom = view()->indexAt(
                        QPoint(2, view()->viewport()->height() - view()->rowHeight(0) / 2));
                    QVERIFY2(bottom.data(ChildTableModel::ChildIdRole).toLongLong() == all.last(),
                             qPrintable(what));
                }
            }
        }
    }

    // The scroll bar dragged anywhere shows those rows of the list; dragged to the bottom,
    // the last ones.
    void theScrollBarReachesEveryPartOfTheList()
    {
        view()->sortByColumn(ChildTableModel::DateOfBirth, Qt::DescendingOrder);
        waitForCount();
        const QList<Id> all = expected(ChildSort::DateOfBirth, true);
        QScrollBar *bar = view()->verticalScrollBar();
        for (const double at : {0.5, 1.0, 0.13, 0.87, 0.0, 0.62}) {
            bar->setValue(int(bar->maximum() * at));
            QApplication::processEvents();
            const QModelIndex top = view()->indexAt(QPoint(2, 2));
            QVERIFY(top.isValid());
            for (int row = top.row(); row < top.row() + 10 && row < all.size(); ++row)
                QCOMPARE(model()->childIdAt(row), all[row]);
            if (at == 1.0) {
                const QModelIndex bottom = view()->indexAt(
                    QPoint(2, view()->viewport()->height() - view()->rowHeight(0) / 2));
                QCOMPARE(bottom.data(ChildTableModel::ChildIdRole).toLongLong(), all.last());
            }
        }
    }

    // The top row on the screen.
    QModelIndex topRow() const { return view()->indexAt(QPoint(2, 2)); }

    // A sort chosen far down the list shows the new order from its first child, at once and
    // once counted, with the scroll bar at the top; Ctrl+Home stays there.
    void aSortShowsTheFirstRowsOfTheNewOrder()
    {
        QScrollBar *bar = view()->verticalScrollBar();
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            bar->setValue(bar->maximum() / 2);
            QApplication::processEvents();
            QVERIFY(topRow().row() > 1000);
            view()->sortByColumn(ChildTableModel::DateOfBirth, order);
            const QList<Id> all = expected(ChildSort::DateOfBirth, order == Qt::DescendingOrder);
            QApplication::processEvents();
            QCOMPARE(topRow().row(), 0);
            waitForCount();
            QApplication::processEvents();
            QCOMPARE(topRow().row(), 0);
            QCOMPARE(topRow().data(ChildTableModel::ChildIdRole).toLongLong(), all.first());
            QCOMPARE(bar->value(), 0);
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
            QCOMPARE(topRow().row(), 0);
            QCOMPARE(page()->currentChildId(), all.first());
        }
    }

    // The first Ctrl+End after a sort goes to the last child (it went to the first).
    void theFirstCtrlEndAfterASortReachesTheLastChild()
    {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            view()->sortByColumn(ChildTableModel::DateOfBirth, order);
            waitForCount();
            const QList<Id> all = expected(ChildSort::DateOfBirth, order == Qt::DescendingOrder);
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
            QCOMPARE(view()->currentIndex().row(), int(all.size()) - 1);
            QCOMPARE(page()->currentChildId(), all.last());
        }
    }

    // The filter bar keeps still while it is used: the search typed, the count counting and
    // counted, nothing found, move no filter.
    void theFilterBarKeepsStill()
    {
        const QStringList names = {QStringLiteral("trackerStatusFilter"),
                                   QStringLiteral("trackerOverdue"),
                                   QStringLiteral("trackerNoSetting"),
                                   QStringLiteral("trackerSetting"), QStringLiteral("trackerArea")};
        const auto places = [&] {
            QApplication::processEvents();
            QList<QRect> out;
            for (const QString &name : names) {
                auto *w = page()->findChild<QWidget *>(name);
                out << (w ? w->geometry() : QRect());
            }
            return out;
        };
        const QList<QRect> before = places();
        QVERIFY(!before.contains(QRect()));
        for (const QString &text :
             {QStringLiteral("s"), QStringLiteral("smith jo"), QStringLiteral("zzzzzz"),
              QStringLiteral("a very long search that fills the box and more besides"),
              QString()}) {
            search(text);
            QCOMPARE(places(), before);
            waitForCount();
            QCOMPARE(places(), before);
        }
        auto *count = page()->findChild<QLabel *>(QStringLiteral("trackerCount"));
        QVERIFY(count);
        count->setText(QStringLiteral("Counting children…"));
        QCOMPARE(places(), before);
    }

    // A date of birth typed as the office types it finds those children; a search that finds
    // nobody says so on the list, and Esc in the search box clears it.
    void aDateOfBirthIsFoundAndNoMatchIsSaid()
    {
        auto q = Sql::run(m_window->database()->sql(),
                          QStringLiteral("SELECT count(*) FROM child WHERE date_of_birth = "
                                         "'2024-01-05' AND archived_at IS NULL"));
        QVERIFY(q && q->next());
        const int n = q->value(0).toInt();
        QVERIFY(n > 10);
        auto *none = page()->findChild<QLabel *>(QStringLiteral("trackerNoMatch"));
        QVERIFY(none);
        for (const QString &typed : {QStringLiteral("05/01/2024"), QStringLiteral("5/1/2024"),
                                     QStringLiteral("2024-01-05"), QStringLiteral("05/01/24")}) {
            search(typed);
            waitForCount();
            QCOMPARE(model()->rowCount(), n);
            for (int row = 0; row < n; ++row)
                QCOMPARE(model()->index(row, ChildTableModel::DateOfBirth).data().toString(),
                         QStringLiteral("05/01/2024"));
            QVERIFY(!none->isVisible());
        }
        search(QStringLiteral("31/12/2030"));
        waitForCount();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(none->isVisible());
        QVERIFY2(none->text().contains(QStringLiteral("No child matches “31/12/2030”")) &&
                     none->text().contains(QStringLiteral("Esc")),
                 qPrintable(none->text()));
        QTest::keyClick(page()->searchEdit(), Qt::Key_Escape);
        QCOMPARE(page()->searchEdit()->text(), QString());
        QTRY_COMPARE(model()->filter().search, QString());
        waitForCount();
        QVERIFY(model()->rowCount() > 1000);
        QVERIFY(!none->isVisible());
    }

    // An empty tracker says what to do first, not that a filter found nobody; a filter that
    // finds nobody says so.
    void anEmptyTrackerSaysHowToStart()
    {
        m_window.reset();
        m_temp = std::make_unique<test::TempDatabase>();
        m_temp->db.reset();
        m_window = std::make_unique<MainWindow>(m_temp->path());
        MessageBox::setNextAnswer(QMessageBox::No); // no demo data
        QVERIFY(m_window->openDatabase());
        m_window->show();
        waitForCount();
        auto *none = page()->findChild<QLabel *>(QStringLiteral("trackerNoMatch"));
        QVERIFY(none);
        QVERIFY(none->isVisible());
        QVERIFY2(none->text().startsWith(QStringLiteral("No children on the tracker yet")),
                 qPrintable(none->text()));
        page()->findChild<QCheckBox *>()->click(); // Overdue actions
        QTRY_VERIFY(model()->filter().overdueActions);
        waitForCount();
        QCOMPARE(none->text(), QStringLiteral("No child matches these filters."));
    }

    // A search matching thousands of children lists every one of them (no "first 2,000").
    void aWideSearchListsEveryMatch()
    {
        search(QStringLiteral("s"));
        waitForCount();
        const QList<Id> all = expected(ChildSort::Surname, false);
        QVERIFY(all.size() > 2000);
        QCOMPARE(model()->rowCount(), int(all.size()));
        const auto *shown = page()->findChild<QLabel *>();
        QVERIFY(shown);
        const QString label = page()->findChildren<QLabel *>().last()->text();
        QVERIFY2(label == QStringLiteral("%1 children shown").arg(QLocale().toString(all.size())),
                 qPrintable(label));
        QCOMPARE(model()->childIdAt(int(all.size()) - 1), all.last());
    }

    // A key runs its search at once, with no fixed wait; keys already typed make one query.
    void keysRunTheSearchWithoutAWait()
    {
        QLineEdit *edit = page()->searchEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_S);
        QTest::keyClick(edit, Qt::Key_M);
        QCOMPARE(model()->filter().search, QString()); // not one query per key
        QCoreApplication::processEvents();
        QCOMPARE(model()->filter().search, QStringLiteral("sm"));
    }

    // Deep in the list, a child chosen stays chosen when another desk adds a child above it.
    void theChosenChildStaysChosenWhenTheListIsReadAgain()
    {
        view()->sortByColumn(ChildTableModel::Name, Qt::AscendingOrder);
        waitForCount();
        const QList<Id> all = expected(ChildSort::Surname, false);
        const int row = int(all.size()) - 40;
        view()->setCurrentIndex(model()->index(row, 0));
        view()->scrollTo(model()->index(row, 0));
        QCOMPARE(page()->currentChildId(), all[row]);
        auto other = Database::open(m_temp->path());
        QVERIFY(other);
        Child c;
        c.forename = QStringLiteral("Aaron");
        c.surname = QStringLiteral("Aardvark");
        c.dateOfBirth = QDate::currentDate().addYears(-1);
        QVERIFY(enc::Children(**other).add(c));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), int(all.size()) + 1, 3000);
        QCOMPARE(page()->currentChildId(), all[row]);
        QCOMPARE(view()->currentIndex().row(), row + 1);
        // And after a refresh with nothing changed, far from where the list starts.
        page()->refresh();
        QCOMPARE(page()->currentChildId(), all[row]);
    }
};

QTEST_MAIN(TestTrackerScroll)
#include "test_tracker_scroll.moc"
