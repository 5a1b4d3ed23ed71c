// The windows fit the screens there are: the presenter pages a tall household on a 1280x720
// projector and opens on the screen the operator is not on; no long text widens a window;
// the main window opens within a 1366x768 laptop's screen. Two offscreen screens, side by
// side: the laptop (primary) and the projector.

#include "MainWindow.h"
#include "MeetingScreen.h"
#include "MessageBox.h"
#include "meeting/AgendaStore.h"
#include "meeting/MeetingNames.h"
#include "meeting/PresenterWindow.h"
#include "widgets/ScreenFit.h"

#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

namespace {

const QRect laptop(0, 0, 1366, 768);
const QRect projector(1366, 0, 1280, 720);

// Every text the presenter's body shows on its current page, and whether it fits the body.
bool bodyFits(PresenterWindow *p, QString *text)
{
    auto *body = p->findChild<QLabel *>(QLatin1String(names::PresenterBody));
    if (!body)
        return false;
    *text = body->text();
    const QRect inWindow(body->mapTo(p, QPoint(0, 0)), body->size());
    return body->heightForWidth(body->width()) <= body->height() && p->rect().contains(inWindow);
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ENCOMPASS_USER", "tester");
        QCOMPARE(QGuiApplication::screens().size(), 2);
        QCOMPARE(QGuiApplication::screens().at(1)->geometry(), projector);
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassScreenFitTests"));
        QSettings().clear();
    }

    void cleanup()
    {
        s.close();
        QSettings().clear();
    }

    // The presenter goes to the screen the operator's window is not on, whichever that is.
    void presenterOpensOnTheOtherScreen()
    {
        QVERIFY(s.open());
        s.page->setGeometry(projector.adjusted(40, 40, -40, -40));
        QVERIFY(s.show());
        PresenterWindow *p = s.page->showPresenter();
        QVERIFY(p);
        QVERIFY(p->isFullScreen());
        QCOMPARE(p->geometry(), laptop);
        QVERIFY(!p->frameGeometry().intersects(s.page->frameGeometry()));

        s.page->setGeometry(laptop.adjusted(40, 40, -40, -40));
        p = s.page->showPresenter();
        QCOMPARE(p->geometry(), projector);
        QVERIFY(!p->frameGeometry().intersects(s.page->frameGeometry()));
    }

    // Five children with five PPNs each on a 1280x720 projector: every child on some page,
    // each page's text within the window, large enough to read.
    void tallHouseholdIsPagedOnTheProjector()
    {
        QVERIFY(s.open());
        Database &db = **s.db;
        const QStringList more = {QStringLiteral("Cara"), QStringLiteral("Dev"),
                                  QStringLiteral("Esme")};
        QList<Id> five = {s.h.amy, s.h.ben};
        for (const QString &name : more)
            five << s.h.child(db, name, QStringLiteral("Example"), s.h.householdAddress);
        for (Id c : five) {
            for (int m = 0; m < 5; ++m)
                s.h.ppn(db, {c}, d(2026, 3, 1 + 5 * m), d(2026, 3, 2 + 5 * m));
            s.h.decide(db, c, d(2026, 3, 30));
        }
        Action typed; // text as typed, even where it looks like a place to fill
        typed.childId = s.h.amy;
        typed.decisionId = s.h.decide(db, s.h.amy, d(2026, 3, 31));
        typed.description = QStringLiteral("Ask about %3 and %4");
        typed.ownerText = QStringLiteral("Health visiting");
        typed.dueOn = d(2026, 4, 20);
        QVERIFY(Decisions(db).addAction(typed));
        s.page->setGeometry(laptop.adjusted(40, 40, -40, -40));
        QVERIFY(s.show());
        PresenterWindow *p = s.page->showPresenter();
        QCOMPARE(p->geometry(), projector);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(p, Qt::Key_P); // names, so that each child can be told apart
        QVERIFY(!p->privacy());
        p->setHousehold(1);
        QCOMPARE(p->currentHousehold(), 1);

        QString seen;
        int pages = 0;
        for (; pages < 10 && p->currentHousehold() == 1; ++pages) {
            QString text;
            QVERIFY2(bodyFits(p, &text), qPrintable(QStringLiteral("page %1 cut off").arg(pages)));
            seen += text;
            QTest::keyClick(p, Qt::Key_PageDown);
        }
        QVERIFY2(pages > 1, "five children with five PPNs each fit one 1280x720 page?");
        for (const QString &name : {QStringLiteral("Amy Example"), QStringLiteral("Ben Example"),
                                    QStringLiteral("Cara Example"), QStringLiteral("Dev Example"),
                                    QStringLiteral("Esme Example")})
            QVERIFY2(seen.contains(name), qPrintable(name + QStringLiteral(" not shown")));
        QVERIFY(seen.contains(QStringLiteral("Ask about %3 and %4")));
        QCOMPARE(p->geometry(), projector);
        auto *body = p->findChild<QLabel *>(QLatin1String(names::PresenterBody));
        QVERIFY(body->font().pointSize() >= 18);
        // Back from the next household: Page Up goes back through the pages in turn.
        QTest::keyClick(p, Qt::Key_PageUp);
        QCOMPARE(p->currentHousehold(), 1);
        QTest::keyClick(p, Qt::Key_PageUp);
        QCOMPARE(p->currentHousehold(), 1);

        // Found from outside: the operator on a child of page 2 left the projector on page 1.
        QVERIFY(AgendaStore(db).addChild(s.meeting, five.last(), QStringLiteral("Added")));
        s.page->openMeeting(s.meeting); // names are asked for again: initials
        const int last = int(s.page->agenda().items.size()) - 1;
        QCOMPARE(s.page->agenda().items[last].childId, five.last());
        s.page->setCurrentItem(last);
        QString shown;
        QVERIFY(bodyFits(p, &shown));
        QVERIFY2(p->page() > 0 && shown.contains(QStringLiteral("E.E.")), qPrintable(shown));
    }

    // A long address (an unbroken run of text in it) in the title does not widen the window.
    void longTitleKeepsThePresenterOnItsScreen()
    {
        QVERIFY(s.open());
        Database &db = **s.db;
        auto household = Children(db).household(s.h.householdAddress);
        QVERIFY(household);
        household->address = QStringLiteral("Flat 3, ") + QString(160, QLatin1Char('X')) +
                             QStringLiteral(" House, A Very Long Street Name Indeed");
        QVERIFY(Children(db).updateHousehold(*household));
        s.page->setGeometry(laptop.adjusted(40, 40, -40, -40));
        QVERIFY(s.show());
        PresenterWindow *p = s.page->showPresenter();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(p, Qt::Key_P);
        p->setHousehold(1);
        QVERIFY(p->shownText().contains(QString(160, QLatin1Char('X'))));
        QCoreApplication::processEvents();
        QCOMPARE(p->geometry(), projector);
    }

    void mainWindowOpensWithinTheLaptopScreen_data()
    {
        QTest::addColumn<QRect>("saved");
        // No saved geometry: the first size (1500x920) does not fit a 1366x768 laptop.
        QTest::newRow("first size") << QRect();
        // A geometry saved on a big monitor, the laptop since undocked.
        QTest::newRow("saved on a big monitor") << QRect(100, 100, 2400, 1300);
    }

    void mainWindowOpensWithinTheLaptopScreen()
    {
        QFETCH(QRect, saved);
        TempDatabase temp;
        QVERIFY(temp.db);
        AgendaHistory().child(*temp, QStringLiteral("Amy"), QStringLiteral("Example"));
        temp.db.reset();
        if (saved.isValid()) {
            MainWindow big(temp.path());
            big.setGeometry(saved);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        MainWindow w(temp.path());
        QVERIFY(w.openDatabase());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(laptop.contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
    }

    // On a 1280x720 screen, with a database in a deep folder and a long line in the meeting
    // screen's title, the window stays on its screen.
    void longTextsDoNotWidenTheMainWindow()
    {
        QTemporaryDir dir;
        QString folder = dir.path();
        for (int i = 0; i < 3; ++i)
            folder += QStringLiteral("/") + QString(120, QLatin1Char('a' + i));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/tracker.sqlite");
        {
            auto opened = Database::open(path);
            QVERIFY(opened);
            AgendaHistory().child(**opened, QStringLiteral("Amy"), QStringLiteral("Example"));
        }
        MainWindow w(path);
        QVERIFY(w.openDatabase());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // On the projector, 1280 wide: narrower than every page's widest row.
        w.setGeometry(projector.adjusted(20, 30, -20, -20));
        QCoreApplication::processEvents();
        QVERIFY2(w.frameGeometry().width() <= projector.width(),
                 qPrintable(QString::number(w.frameGeometry().width())));
        w.showPage(QStringLiteral("Meetings"));
        auto *meetings = w.findChild<QWidget *>(QLatin1String(names::MeetingsPage));
        QVERIFY(meetings);
        QLabel *title = nullptr;
        for (QLabel *l : meetings->findChildren<QLabel *>())
            if (l->text() == QLatin1String("Choose a meeting"))
                title = l;
        QVERIFY(title);
        title->setText(QStringLiteral("Meeting of 07/12/2026\nMinutes and action log written to ") +
                       path + QStringLiteral(" and ") + path);
        QCoreApplication::processEvents();
        QVERIFY2(w.frameGeometry().width() <= projector.width(),
                 qPrintable(QString::number(w.frameGeometry().width())));
    }

    // The rules on rectangles, for screens the test machine does not have.
    void placementRules()
    {
        const QRect monitor(1366, 0, 1920, 1080), room(3286, 0, 1280, 720);
        // The operator's window on the monitor (the second screen): not screens().at(1).
        QCOMPARE(ScreenFit::presenterScreen({laptop, monitor}, QRect(1500, 50, 1500, 900)), 0);
        QCOMPARE(ScreenFit::presenterScreen({laptop, monitor}, QRect(50, 50, 1200, 700)), 1);
        // Three screens, the window over the laptop and a little of the monitor: the third.
        QCOMPARE(ScreenFit::presenterScreen({laptop, monitor, room}, QRect(50, 50, 1400, 700)), 2);
        QCOMPARE(ScreenFit::presenterScreen({laptop}, QRect(50, 50, 800, 600)), -1);
        // One small screen: a window within it.
        QCOMPARE(ScreenFit::centred(QSize(1280, 720), QRect(0, 0, 1024, 600)),
                 QRect(0, 0, 1024, 600));
        QCOMPARE(ScreenFit::centred(QSize(1280, 720), QRect(0, 0, 1920, 1040)),
                 QRect(320, 160, 1280, 720));
        // The main window: maximised on 1366x768, its first size on 1920x1080.
        ScreenFit::Placement first =
            ScreenFit::mainWindow(QRect(0, 0, 1366, 728), QSize(1500, 920), std::nullopt);
        QVERIFY(first.maximised);
        QVERIFY(QRect(0, 0, 1366, 728).contains(first.geometry));
        first = ScreenFit::mainWindow(QRect(0, 0, 1920, 1040), QSize(1500, 920), std::nullopt);
        QVERIFY(!first.maximised);
        QCOMPARE(first.geometry.size(), QSize(1500, 920));
        // Restored from a big monitor that is no longer there.
        const ScreenFit::Placement back = ScreenFit::mainWindow(
            QRect(0, 0, 1366, 728), QSize(1500, 920), QRect(2000, 100, 2400, 1300));
        QVERIFY(back.maximised);
        QVERIFY(QRect(0, 0, 1366, 728).contains(back.geometry));
        // Restored, the right size but off every screen: moved on, kept its size.
        const ScreenFit::Placement moved = ScreenFit::mainWindow(
            QRect(0, 0, 1366, 728), QSize(1500, 920), QRect(3000, 100, 900, 600));
        QVERIFY(!moved.maximised);
        QCOMPARE(moved.geometry, QRect(466, 100, 900, 600));
    }

private:
    MeetingScreen s;
};

int main(int argc, char *argv[])
{
    // Two screens: a 1366x768 laptop (primary) and a 1280x720 projector to its right.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1280, "height": 720,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_screen_fit.moc"
