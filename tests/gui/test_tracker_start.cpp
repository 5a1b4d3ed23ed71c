// The window's start at any size, as the office meets it: opening the tracker reads the same
// pages with a handful of settings as with thousands (the setting filter's names are read when
// the filter is first used), and the filter still offers every setting, by keyboard or mouse;
// what runs in the background waits for the first rows to be painted.

#include "ChildTableModel.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "PagesRead.h"
#include "StatusCounts.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "backup/IntegrityWatch.h"
#include "repo/Children.h"
#include "repo/Directory.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <utility>

using namespace enc;
using namespace enc::ui;

namespace {

// A tracker with two children and this many settings (long names: some 300 pages at 3,000).
void makeTracker(test::TempDatabase &t, int settings)
{
    Child c;
    c.forename = QStringLiteral("Amir");
    c.surname = QStringLiteral("Khan");
    c.dateOfBirth = QDate::currentDate().addYears(-3);
    QVERIFY(Children(*t).add(c));
    QVERIFY(t->transaction([&]() -> Status {
        for (int i = 0; i < settings; ++i) {
            Setting s;
            s.name = QStringLiteral("Setting %1 %2")
                         .arg(i, 5, 10, QLatin1Char('0'))
                         .arg(QString(300, QLatin1Char('x')));
            if (auto saved = Directory(*t).addSetting(s); !saved)
                return saved.error();
        }
        return {};
    }));
    Setting wrens;
    wrens.name = QStringLiteral("Little Wrens Nursery");
    auto saved = Directory(*t).addSetting(wrens);
    QVERIFY(saved);
    Child sara;
    sara.forename = QStringLiteral("Sara");
    sara.surname = QStringLiteral("Khan");
    sara.dateOfBirth = QDate::currentDate().addYears(-2);
    sara.settingId = saved->id;
    sara.settingKnown = SettingKnown::Known;
    QVERIFY(Children(*t).add(sara));
    t.db.reset();
}

// Calls what once, when the watched widget's first paint begins.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *widget, std::function<void()> what)
        : QObject(widget), m_what(std::move(what))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_what)
            std::exchange(m_what, {})();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_what;
};

} // namespace

class TestTrackerStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void startReadsTheSamePagesWithFewOrManySettings()
    {
        test::TempDatabase few;
        test::TempDatabase many;
        makeTracker(few, 10);
        makeTracker(many, 3000);
        QVERIFY(QFileInfo(many.path()).size() > 10 * QFileInfo(few.path()).size());
        MainWindow small(few.path());
        QVERIFY(small.openDatabase());
        MainWindow large(many.path());
        QVERIFY(large.openDatabase());
        const int smallPages = test::pagesRead(*small.database());
        const int largePages = test::pagesRead(*large.database());
        qInfo("pages read by the window's start: 10 settings %d, 3,000 settings %d", smallPages,
              largePages);
        QVERIFY(smallPages > 0);
        QVERIFY2(largePages <= smallPages + 2,
                 qPrintable(QStringLiteral("%1 against %2").arg(largePages).arg(smallPages)));
    }

    // The counts and the whole-file check start once the first rows are painted, not before
    // (each takes a core and reads the whole file or a whole table: seconds at 1,000,000
    // children), and then they do run.
    void backgroundWorkWaitsForTheFirstRows()
    {
        test::TempDatabase t;
        makeTracker(t, 10);
        MainWindow window(t.path());
        QVERIFY(window.openDatabase());
        auto *counts = window.findChild<StatusCounts *>();
        auto *watch = window.findChild<IntegrityWatch *>();
        QVERIFY(counts && watch);
        QSignalSpy checked(watch, &IntegrityWatch::finished);
        bool painted = false;
        QStringList busy;
        new FirstPaintProbe(window.trackerPage()->view()->viewport(), [&] {
            painted = true;
            if (counts->isCounting())
                busy << QStringLiteral("status bar count");
            if (watch->isRunning() || !checked.isEmpty())
                busy << QStringLiteral("whole-file check");
        });
        window.show();
        QTRY_VERIFY(painted);
        QVERIFY2(busy.isEmpty(), qPrintable(busy.join(QStringLiteral(", "))));
        QTRY_COMPARE(window.findChild<QLabel *>(QLatin1String(names::StatusCounts))->text(),
                     QStringLiteral("2 children  |  0 PPNs  |  0 escalated"));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 60000);
        QCOMPARE(checked.first().at(0).toString(), QString());
    }

    void theSettingFilterOffersEverySettingWhenUsed()
    {
        test::TempDatabase t;
        makeTracker(t, 30);
        MainWindow window(t.path());
        QVERIFY(window.openDatabase());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TrackerPage *page = window.trackerPage();
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("trackerSetting"));
        QVERIFY(filter);
        // By keyboard: Tab to the filter, type the setting's first letters.
        filter->setFocus(Qt::TabFocusReason);
        QCOMPARE(filter->count(), 32); // "Any setting" and each setting
        QTest::keyClicks(filter, QStringLiteral("Little"));
        QCOMPARE(filter->currentText(), QStringLiteral("Little Wrens Nursery"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, ChildTableModel::Name).data().toString(),
                 QStringLiteral("KHAN, Sara"));

        // With the mouse, in another window on the same file: the list drops down whole.
        MainWindow other(t.path());
        QVERIFY(other.openDatabase());
        other.show();
        auto *otherFilter =
            other.trackerPage()->findChild<QComboBox *>(QStringLiteral("trackerSetting"));
        QTest::mouseClick(otherFilter, Qt::LeftButton);
        QCOMPARE(otherFilter->count(), 32);
        otherFilter->hidePopup();
    }
};

QTEST_MAIN(TestTrackerStart)
#include "test_tracker_start.moc"
