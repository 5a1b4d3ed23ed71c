// The tracker window as the business support officer uses it: search, PPNs for
// siblings, escalation, green off, undo, bad dates, and another desk's changes.

#include "ChildTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPage.h"
#include "child/ChildRecordPage.h"
#include "commands/Editor.h"
#include "dialogs/PpnDialog.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Ppns.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace enc;
using namespace enc::ui;

class TestTracker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_amir = 0;
    Id m_sara = 0;
    Id m_lone = 0;

    ChildTableModel *model() const { return m_window->trackerPage()->model(); }

    int rowOf(Id child) const { return model()->rowOfChild(child); }

    QVariant cell(Id child, int column, int role = Qt::DisplayRole) const
    {
        return model()->index(rowOf(child), column).data(role);
    }

    // A PPN typed into the dialog, as the officer would.
    bool addPpnThroughDialog(Id child, const QString &ref, const QString &date,
                             QString *error = nullptr)
    {
        PpnDialog dialog(*m_window->database(), *m_window->editor(), child);
        QTest::keyClicks(dialog.referenceEdit(), ref);
        QTest::keyClicks(dialog.incidentDateField()->lineEdit(), date);
        const bool ok = dialog.save();
        if (error)
            *error = dialog.errorText();
        return ok;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Database &db = **m_temp;
        auto hh = Children(db).addHousehold(
            {0, QStringLiteral("2 Mill Lane"), QStringLiteral("ZZ1 2AB"), 0, 0});
        auto add = [&](const QString &f, const QString &s, QDate dob, Id household) {
            Child c;
            c.forename = f;
            c.surname = s;
            c.dateOfBirth = dob;
            c.householdId = household;
            c.postcode = QStringLiteral("ZZ1 2AB");
            return Children(db).add(c)->id;
        };
        const QDate today = QDate::currentDate();
        m_amir = add(QStringLiteral("Amir"), QStringLiteral("Khan"), today.addYears(-4), hh->id);
        m_sara = add(QStringLiteral("Sara"), QStringLiteral("Khan"), today.addYears(-2), hh->id);
        m_lone = add(QStringLiteral("Zoë"), QStringLiteral("Ó Briain"), today.addYears(-3), 0);
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        // Shortcuts (Esc, Ctrl+N) reach the active window only.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void initTestCase()
    {
        // Keep the tests' window state out of the user's own settings.
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void modelIsAWellBehavedModel()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model()->sort(ChildTableModel::DateOfBirth, Qt::DescendingOrder);
        model()->sort(ChildTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(model()->rowCount(), 3);
    }

    // The tracker says a baby's age as the agenda does: "7 months", never "0".
    void agesAreSaidAsPeopleSayThem()
    {
        QCOMPARE(cell(m_amir, ChildTableModel::Age).toString(), QStringLiteral("4 years"));
        Child baby;
        baby.forename = QStringLiteral("Ivy");
        baby.surname = QStringLiteral("Khan");
        baby.dateOfBirth = QDate::currentDate().addMonths(-7).addDays(-3);
        const Id ivy = Children(**m_temp).add(baby)->id;
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(cell(ivy, ChildTableModel::Age).toString(), QStringLiteral("7 months"));
    }

    void searchNarrowsTheRows()
    {
        QLineEdit *search = m_window->trackerPage()->searchEdit();
        QTest::keyClicks(search, QStringLiteral("khan"));
        QTRY_COMPARE(model()->rowCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zoe"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->childIdAt(0), m_lone);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody"));
        QTRY_COMPARE(model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 3);
    }

    void ppnForTwoSiblingsUpdatesBothRowsAndUndoPutsThemBack()
    {
        QString error;
        QVERIFY2(addPpnThroughDialog(
                     m_amir, QStringLiteral("NICHE-100"),
                     QDate::currentDate().addDays(-20).toString(QStringLiteral("dd/MM/yyyy")),
                     &error),
                 qPrintable(error));
        QCOMPARE(cell(m_amir, ChildTableModel::Ppns).toInt(), 1);
        QCOMPARE(cell(m_sara, ChildTableModel::Ppns).toInt(), 1);
        QCOMPARE(cell(m_lone, ChildTableModel::Ppns).toInt(), 0);
        m_window->editor()->undo();
        QCOMPARE(cell(m_amir, ChildTableModel::Ppns).toInt(), 0);
        QCOMPARE(cell(m_sara, ChildTableModel::Ppns).toInt(), 0);
        m_window->editor()->redo();
        QCOMPARE(cell(m_sara, ChildTableModel::Ppns).toInt(), 1);
    }

    void thirdPpnInThreeMonthsTurnsTheRowRedAndUndoTurnsItBack()
    {
        const QDate today = QDate::currentDate();
        const auto date = [&](int daysAgo) {
            return today.addDays(-daysAgo).toString(QStringLiteral("dd/MM/yyyy"));
        };
        QVERIFY(addPpnThroughDialog(m_lone, QStringLiteral("R-1"), date(70)));
        QVERIFY(addPpnThroughDialog(m_lone, QStringLiteral("R-2"), date(40)));
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open"));
        QVERIFY(addPpnThroughDialog(m_lone, QStringLiteral("R-3"), date(5)));
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("escalated"));
        QCOMPARE(cell(m_lone, ChildTableModel::Status).toString(), QStringLiteral("Escalated"));
        const QColor red = cell(m_lone, 0, Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(red.red() > red.green());
        QVERIFY(!cell(m_lone, ChildTableModel::Status, Qt::DecorationRole).isNull());
        m_window->editor()->undo();
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open"));
        QCOMPARE(cell(m_lone, ChildTableModel::PpnsInWindow).toInt(), 2);
    }

    void completingTheLastActionAllowsGreenOffAndTheRowTurnsGreen()
    {
        Database &db = *m_window->database();
        Action a;
        a.childId = m_lone;
        a.description = QStringLiteral("Send proforma");
        a.ownerText = QStringLiteral("Early years");
        a.dueOn = QDate::currentDate().addDays(5);
        QVERIFY(m_window->editor()->addAction(a));
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open-actions"));
        m_window->openChild(m_lone);
        ChildRecordPage *page = m_window->childPage();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page->greenOff(); // refused while the action is open
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Send proforma")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(Children(db).get(m_lone)->status == ChildStatus::Open);
        page->completeSelectedAction();
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open"));
        page->greenOff();
        QVERIFY(Children(db).get(m_lone)->status == ChildStatus::GreenedOff);
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("greened-off"));
        QCOMPARE(page->statusText(), QStringLiteral("Greened off"));
        const QColor green = cell(m_lone, 0, Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(green.green() > green.red());
        // Undo: back to open, then the action open again.
        m_window->editor()->undo();
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open"));
        m_window->editor()->undo();
        QCOMPARE(cell(m_lone, 0, ChildTableModel::StatusKeyRole).toString(),
                 QStringLiteral("open-actions"));
    }

    void badDateShowsItsMessageAndSavesNothing()
    {
        QString error;
        QVERIFY(!addPpnThroughDialog(m_amir, QStringLiteral("NICHE-200"),
                                     QStringLiteral("31/02/2026"), &error));
        QCOMPARE(error, QStringLiteral("Incident date 31/02/2026 is not a date"));
        QCOMPARE(
            Sql::scalar(m_window->database()->sql(), QStringLiteral("SELECT count(*) FROM ppn"))
                ->toInt(),
            0);
        QVERIFY(!m_window->editor()->canUndo());
    }

    void childRecordShowsTheStoryNewestFirst()
    {
        const QDate today = QDate::currentDate();
        QVERIFY(addPpnThroughDialog(m_amir, QStringLiteral("OLD-1"),
                                    today.addDays(-60).toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(addPpnThroughDialog(m_amir, QStringLiteral("NEW-2"),
                                    today.addDays(-3).toString(QStringLiteral("dd/MM/yyyy"))));
        m_window->openChild(m_amir);
        QTreeWidget *timeline = m_window->childPage()->timeline();
        QVERIFY(timeline->topLevelItemCount() >= 2);
        QVERIFY(timeline->topLevelItem(0)->text(1).contains(QStringLiteral("NEW-2")));
        QCOMPARE(m_window->childPage()->siblings()->count(), 1);
        QVERIFY(
            m_window->childPage()->siblings()->item(0)->text().contains(QStringLiteral("Sara")));
        // Viewing a child's record is audited.
        QVERIFY(
            Sql::scalar(m_window->database()->sql(),
                        QStringLiteral(
                            "SELECT count(*) FROM audit WHERE action = 'view' AND child_id = :c"),
                        {{QStringLiteral("c"), m_amir}})
                ->toInt() >= 1);
    }

    void enterOpensTheChildAndEscapeGoesBack()
    {
        QTableView *view = m_window->trackerPage()->view();
        view->setFocus();
        view->setCurrentIndex(model()->index(rowOf(m_sara), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_window->childPage()->childId(), m_sara);
        QVERIFY(m_window->childPage()->isVisible());
        QTest::keyClick(m_window->childPage(), Qt::Key_Escape);
        QTRY_VERIFY(m_window->trackerPage()->isVisible());
    }

    // Enter in the search box: one child found opens at once; several go to the list, where
    // Enter opens the one chosen.
    void enterInTheSearchOpensTheOnlyChildFound()
    {
        QLineEdit *search = m_window->trackerPage()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("khan"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(m_window->trackerPage()->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_window->trackerPage()->view());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zoe"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_window->childPage()->isVisible());
        QCOMPARE(m_window->childPage()->childId(), m_lone);
    }

    void selectedRowsCopyAsTabSeparatedText()
    {
        QTableView *view = m_window->trackerPage()->view();
        view->selectRow(rowOf(m_sara));
        const QString tsv = m_window->trackerPage()->selectionAsTsv();
        const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("Name\tDate of birth")));
        QVERIFY(lines[1].startsWith(QStringLiteral("KHAN, Sara\t")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(m_window->trackerPage()->exportCsv(csv), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")), 4);
    }

    void actionsPageChasesOverdueActions()
    {
        Action late;
        late.childId = m_sara;
        late.description = QStringLiteral("Chase proforma");
        late.ownerText = QStringLiteral("Coordinator");
        late.dueOn = QDate::currentDate().addDays(-3);
        QVERIFY(m_window->editor()->addAction(late));
        Action later = late;
        later.description = QStringLiteral("Review at Friday meeting");
        later.dueOn = QDate::currentDate().addDays(4);
        QVERIFY(m_window->editor()->addAction(later));
        // Shown, as the coordinator sees it: a hidden page reads changes when next shown.
        m_window->showPage(QStringLiteral("Actions"));
        ActionsPage *page = m_window->actionsPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 1); // overdue by default
        QCOMPARE(page->model()->index(0, ActionsModel::State).data().toString(),
                 QStringLiteral("Overdue by 3 days"));
        page->showCombo()->setCurrentIndex(
            page->showCombo()->findData(int(ActionsModel::Show::AllOpen)));
        QCOMPARE(page->model()->rowCount(), 2);
        page->showCombo()->setCurrentIndex(
            page->showCombo()->findData(int(ActionsModel::Show::Overdue)));
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        page->completeSelected();
        QCOMPARE(page->model()->rowCount(), 0);
        m_window->editor()->undo();
        QCOMPARE(page->model()->rowCount(), 1);
    }

    // A county's overdue actions run to six figures: the page reads them a page at a time by
    // key, in due order (ties by id), and counts them all; scrolled to the end it holds each once.
    void actionsPageReadsPagesInDueOrder()
    {
        QSqlDatabase db = m_window->database()->sql();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO action (child_id, description, due_on, created_at) VALUES (?, ?, ?, ?)")));
        for (int i = 0; i < 450; ++i) {
            insert.addBindValue(m_sara);
            insert.addBindValue(QStringLiteral("Chase %1").arg(i));
            // Few distinct dates: the pages' keys fall inside runs of equal dates. Every fifth
            // has none (last in "All open").
            insert.addBindValue(
                i % 5 == 0 ? QVariant()
                           : QVariant(Sql::date(QDate::currentDate().addDays(-1 - (i * 7) % 23))));
            insert.addBindValue(QStringLiteral("2026-01-01T00:00:00Z"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
        m_window->showPage(QStringLiteral("Actions"));
        ActionsPage *page = m_window->actionsPage();
        page->refresh();
        for (const auto show : {ActionsModel::Show::Overdue, ActionsModel::Show::AllOpen}) {
            page->showCombo()->setCurrentIndex(page->showCombo()->findData(int(show)));
            ActionsModel *model = page->model();
            QVERIFY(model->rowCount() < model->total()); // a page, not all
            while (model->canFetchMore({}))
                model->fetchMore({});
            QList<qint64> shown;
            for (int row = 0; row < model->rowCount(); ++row)
                shown << model->index(row, 0).data(ActionsModel::ActionIdRole).toLongLong();
            const QString order = show == ActionsModel::Show::Overdue
                                      ? QStringLiteral("WHERE due_on < '%1' AND completed_on IS "
                                                       "NULL ORDER BY due_on, id")
                                            .arg(Sql::date(QDate::currentDate()).toString())
                                      : QStringLiteral("WHERE completed_on IS NULL ORDER BY "
                                                       "due_on IS NULL, due_on, id");
            QSqlQuery all(db);
            QVERIFY(all.exec(QStringLiteral("SELECT id FROM action ") + order));
            QList<qint64> expected;
            while (all.next())
                expected << all.value(0).toLongLong();
            QCOMPARE(shown, expected);
            QCOMPARE(model->total(), int(expected.size()));
        }
    }

    void anotherDesksChangeAppearsKeepingTheSelection()
    {
        QTableView *view = m_window->trackerPage()->view();
        view->setCurrentIndex(model()->index(rowOf(m_sara), 0));
        auto other = Database::open(m_temp->path());
        QVERIFY(other);
        Child c;
        c.forename = QStringLiteral("Aaron");
        c.surname = QStringLiteral("Abbott");
        c.dateOfBirth = QDate::currentDate().addYears(-1);
        QVERIFY(Children(**other).add(c));
        // The window polls every second: within two seconds the row is there.
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 2500);
        QCOMPARE(m_window->trackerPage()->currentChildId(), m_sara);
    }
};

QTEST_MAIN(TestTracker)
#include "test_tracker.moc"
