// The window opens on the tracker reading nothing else: every other page reads the database
// when it is first shown (by the sidebar, Alt+digit or a menu), a hidden page reads another
// change when it is shown again, and the status bar's totals come after the window is up.

#include "FileDialog.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPage.h"
#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "commands/Editor.h"
#include "directory/SettingsPage.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "reports/ReportsPage.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestWindowPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_amir = 0;

    // The pages as they stand, found without the window's accessors (which read the page).
    template <typename Page> Page *page() const { return m_window->findChild<Page *>(); }
    QWidget *shown() const
    {
        return m_window->findChild<QStackedWidget *>(QLatin1String(names::Pages))->currentWidget();
    }
    void pressAlt(Qt::Key key)
    {
        QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window.get(), key,
                        Qt::AltModifier);
    }
    Action overdue(const QString &description) const
    {
        Action a;
        a.childId = m_amir;
        a.description = description;
        a.ownerText = QStringLiteral("Coordinator");
        a.dueOn = QDate::currentDate().addDays(-2);
        return a;
    }
    int actionRows() const { return page<ActionsPage>()->model()->rowCount(); }
    int settingRows() const { return page<SettingsPage>()->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Child c;
        c.forename = QStringLiteral("Amir");
        c.surname = QStringLiteral("Khan");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        m_amir = Children(**m_temp).add(c)->id;
        Setting s;
        s.name = QStringLiteral("Little Wrens Nursery");
        QVERIFY(Directory(**m_temp).addSetting(s));
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        QVERIFY(m_window->editor()->addAction(overdue(QStringLiteral("Chase proforma"))));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    // At start the keys go to the list (Ctrl+End to the last child, arrows, Enter), not to
    // the sidebar, where Ctrl+End went to the last page.
    void theListHasTheKeysAtStart()
    {
        QTableView *view = page<TrackerPage>()->view();
        QCOMPARE(QApplication::focusWidget(), view);
        QWidget *before = shown();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(shown(), before); // still the tracker
        QVERIFY(view->model()->rowCount() > 0);
        QCOMPARE(view->currentIndex().row(), view->model()->rowCount() - 1);
    }

    void hiddenPagesReadNothingUntilShown()
    {
        // The tracker is up; the overdue action, the setting, the report and the audit trail
        // (the child's entry) are in the file but not read.
        QCOMPARE(actionRows(), 0);
        QCOMPARE(settingRows(), 0);
        QVERIFY(!page<ReportsPage>()->report() && !page<ReportsPage>()->isBuilding());
        QCOMPARE(page<AuditPage>()->model()->rowCount(), 0);

        // Alt+3: the Actions page, read as it is shown.
        pressAlt(Qt::Key_3);
        QCOMPARE(shown(), page<ActionsPage>());
        QCOMPARE(actionRows(), 1);
        QCOMPARE(settingRows(), 0); // still unread
        pressAlt(Qt::Key_8);
        QCOMPARE(shown(), page<ReportsPage>());
        QTRY_VERIFY(page<ReportsPage>()->report().has_value());
        pressAlt(Qt::Key_9);
        QVERIFY(page<AuditPage>()->model()->rowCount() > 0);
    }

    void hiddenPageReadsChangesWhenShownAgain()
    {
        pressAlt(Qt::Key_3);
        QCOMPARE(actionRows(), 1);
        pressAlt(Qt::Key_1);
        QVERIFY(m_window->editor()->addAction(overdue(QStringLiteral("Ring the nursery"))));
        QCOMPARE(actionRows(), 1); // hidden: not read again at each edit
        pressAlt(Qt::Key_3);
        QCOMPARE(actionRows(), 2);

        // Another desk's new setting: the hidden settings page reads it when shown.
        m_window->showPage(QStringLiteral("Settings directory"));
        QCOMPARE(settingRows(), 1);
        m_window->showPage(QStringLiteral("Tracker"));
        auto other = Database::open(m_temp->path());
        QVERIFY(other);
        Setting s;
        s.name = QStringLiteral("Oak Tree Pre-School");
        QVERIFY(Directory(**other).addSetting(s));
        m_window->pollForChanges();
        QCOMPARE(settingRows(), 1);
        m_window->showPage(QStringLiteral("Settings directory"));
        QCOMPARE(settingRows(), 2);
        // Shown, the page follows the next change at once.
        s.name = QStringLiteral("Beech Class");
        QVERIFY(Directory(**other).addSetting(s));
        m_window->pollForChanges();
        QCOMPARE(settingRows(), 3);
    }

    void menuAndCallersReadThePageFirst()
    {
        // File > Import settings... goes to the settings page, read (the chooser is cancelled).
        QAction *import = nullptr;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Import &settings..."))
                import = a;
        }
        QVERIFY(import);
        FileDialog::setNextFileName(QString());
        import->trigger();
        QCOMPARE(shown(), page<SettingsPage>());
        QCOMPARE(settingRows(), 1);
        // A caller of the window's accessor gets the page read, though it is not shown.
        QCOMPARE(m_window->actionsPage()->model()->rowCount(), 1);
        QCOMPARE(shown(), page<SettingsPage>());
    }

    void menuLettersDoNotClash()
    {
        // Alt+F then a letter runs one item: "&Export list" and "Export &Encrypted" both took E,
        // and the key went to neither.
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QHash<QString, QString> seen;
            for (QAction *a : menuAction->menu()->actions()) {
                const QString key = QKeySequence::mnemonic(a->text()).toString();
                if (a->isSeparator() || key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key),
                         qPrintable(QStringLiteral("%1 is both \"%2\" and \"%3\"")
                                        .arg(key, seen.value(key), a->text())));
                seen.insert(key, a->text());
            }
        }
    }

    void statusCountsComeAfterTheWindowIsUp()
    {
        MainWindow window(m_temp->path());
        QVERIFY(window.openDatabase());
        auto *counts = window.findChild<QLabel *>(QLatin1String(names::StatusCounts));
        QVERIFY(counts);
        QVERIFY2(counts->text().isEmpty(), qPrintable(counts->text())); // not counted yet
        window.show();
        QTRY_COMPARE(counts->text(), QStringLiteral("1 children  |  0 PPNs  |  0 escalated"));
        Child c;
        c.forename = QStringLiteral("Sara");
        c.surname = QStringLiteral("Khan");
        c.dateOfBirth = QDate::currentDate().addYears(-2);
        QVERIFY(window.editor()->addChild(c));
        QTRY_COMPARE(counts->text(), QStringLiteral("2 children  |  0 PPNs  |  0 escalated"));
    }
};

QTEST_MAIN(TestWindowPages)
#include "test_window_pages.moc"
