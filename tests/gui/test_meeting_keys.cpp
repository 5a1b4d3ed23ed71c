// The chair's keyboard on the meeting screen: attendance by one letter per member, and a
// child added to the agenda by typing part of the name.

#include "MeetingScreen.h"
#include "MessageBox.h"
#include "meeting/AddChildDialog.h"
#include "meeting/MeetingNames.h"
#include "meeting/PresenterWindow.h"
#include "repo/Children.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

class TestMeetingKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void attendanceByLettersAndDown();
    void tabDoesNotStopOnEmptyDeputyFields();
    void addChildByTypingPartOfTheName();
    void addChildDialogTellsNamesakesApart();

private:
    // On screen and active, nobody marked yet (MeetingScreen::show marks three present).
    bool showUnmarked();
    QTableWidget *table() const
    {
        return s.page->findChild<QTableWidget *>(QLatin1String(names::AttendanceTable));
    }
    Attendance stored(Id member) const;
    Id addChild(const QString &forename, const QString &surname, QDate born);
    // Whatever dialog Add child opens: type into its box, then press the keys.
    void answerNextDialog(const QString &typed, const QList<Qt::Key> &keys);
    bool onAgenda(Id child) const;

    MeetingScreen s;
    QTimer m_poll;
    bool m_leftOpen = false;
};

void TestMeetingKeys::init()
{
    QVERIFY(s.open());
    // The old Add child asked a number: should it add a child that fails, do not block.
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestMeetingKeys::cleanup()
{
    m_poll.stop();
    m_poll.disconnect();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    s.close();
}

bool TestMeetingKeys::showUnmarked()
{
    s.page->show();
    QApplication::setActiveWindow(s.page.get());
    return QTest::qWaitForWindowActive(s.page.get());
}

Attendance TestMeetingKeys::stored(Id member) const
{
    const QList<Attendance> all = Meetings(**s.db).get(s.meeting)->attendance;
    for (const Attendance &a : all)
        if (a.memberId == member)
            return a;
    return {};
}

Id TestMeetingKeys::addChild(const QString &forename, const QString &surname, QDate born)
{
    Child c;
    c.forename = forename;
    c.surname = surname;
    c.dateOfBirth = born;
    c.postcode = QStringLiteral("ZZ9 9ZZ");
    auto saved = Children(**s.db).add(c);
    return saved ? saved->id : 0;
}

void TestMeetingKeys::answerNextDialog(const QString &typed, const QList<Qt::Key> &keys)
{
    m_poll.stop();
    m_poll.disconnect();
    m_leftOpen = false;
    m_poll.setInterval(10);
    connect(&m_poll, &QTimer::timeout, this, [this, typed, keys] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        m_poll.stop();
        auto *box = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(box, typed);
        for (Qt::Key key : keys)
            QTest::keyClick(box, key);
        // A dialog the keys did not close fails the test instead of waiting for ever.
        if (auto *open = qobject_cast<QDialog *>(dialog); open && open->isVisible()) {
            m_leftOpen = true;
            open->reject();
        }
    });
    m_poll.start();
}

bool TestMeetingKeys::onAgenda(Id child) const
{
    for (const AgendaItem &i : s.page->agenda().items)
        if (i.childId == child)
            return true;
    return false;
}

// P, A, D (then the deputy's name) set the highlighted member, Down goes to the next; the
// quorum line follows each key, and Ctrl+Z takes the changes back one at a time.
void TestMeetingKeys::attendanceByLettersAndDown()
{
    QVERIFY(showUnmarked());
    AttendancePanel *panel = s.page->attendancePanel();
    QTableWidget *list = table();
    list->setFocus();
    QVERIFY(list->hasFocus());
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(panel->quorum().attending, 0);

    // Down a register: each letter marks the member and goes on to the next (found from
    // outside: "p p a" all marked the first member).
    QTest::keyClick(list, Qt::Key_P);
    QCOMPARE(panel->quorum().attending, 1);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_P);
    QCOMPARE(panel->quorum().attending, 2);
    QTest::keyClick(list, Qt::Key_A);
    QCOMPARE(panel->quorum().attending, 2);
    QVERIFY(panel->quorumText().startsWith(QStringLiteral("Not quorate")));
    QCOMPARE(list->currentRow(), 3);
    QTest::keyClick(list, Qt::Key_D);
    // D counts the deputy at once and waits for the name.
    QCOMPARE(panel->quorum().attending, 3);
    QVERIFY(panel->quorumText().startsWith(QStringLiteral("Quorate")));
    auto *deputy = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(deputy);
    QCOMPARE(deputy->objectName(), QLatin1String(names::DeputyEdit));
    QTest::keyClicks(deputy, QStringLiteral("Deputy Hub"));
    QTest::keyClick(deputy, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentRow(), 4); // the name given: the next member

    QVERIFY(stored(s.members[0]).status == AttendanceStatus::Present);
    QVERIFY(stored(s.members[1]).status == AttendanceStatus::Present);
    QVERIFY(stored(s.members[2]).status == AttendanceStatus::Apologies);
    QVERIFY(stored(s.members[3]).status == AttendanceStatus::Deputy);
    QCOMPARE(stored(s.members[3]).deputyName, QStringLiteral("Deputy Hub"));

    // Ctrl+Z: the name, then the deputy; the list and the quorum line follow.
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(s.members[3]).deputyName, QString());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored(s.members[3]).status == AttendanceStatus::Absent);
    QCOMPARE(panel->quorum().attending, 2);
    QVERIFY(panel->quorumText().startsWith(QStringLiteral("Not quorate")));
    QCOMPARE(list->currentRow(), 4);
    QCOMPARE(QApplication::focusWidget(), list);
}

// Tab leaves the attendance list for the next control: it does not walk through every
// member's empty deputy field.
void TestMeetingKeys::tabDoesNotStopOnEmptyDeputyFields()
{
    QVERIFY(showUnmarked());
    QTableWidget *list = table();
    list->setFocus();
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(!edit || !list->isAncestorOf(edit) || !edit->text().isEmpty(),
                 qPrintable(QStringLiteral("Tab %1 stopped on an empty deputy field").arg(i + 1)));
        if (i == 0)
            QVERIFY(QApplication::focusWidget() != list &&
                    !list->isAncestorOf(QApplication::focusWidget()));
    }
}

// Add child (Alt+L): part of the surname and forename, in either order, then Enter adds the
// highlighted child; Down highlights the next; Esc adds nothing.
void TestMeetingKeys::addChildByTypingPartOfTheName()
{
    const Id zak = addChild(QStringLiteral("Zak"), QStringLiteral("Quill"), d(2023, 1, 2));
    const Id zara1 =
        addChild(QStringLiteral("Zara"), QStringLiteral("Hartley-Quinn"), d(2021, 6, 30));
    const Id zara2 =
        addChild(QStringLiteral("Zara"), QStringLiteral("Hartley-Quinn"), d(2024, 2, 9));
    QVERIFY(zak && zara1 && zara2);
    QVERIFY(s.show());
    const int before = int(s.page->agenda().items.size());

    answerNextDialog(QStringLiteral("qui za"), {Qt::Key_Escape});
    QTest::keyClick(s.list(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!m_poll.isActive());
    QVERIFY(!m_leftOpen);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(int(s.page->agenda().items.size()), before);
    QApplication::setActiveWindow(s.page.get()); // as the window manager does on closing
    QVERIFY(QTest::qWaitForWindowActive(s.page.get()));

    answerNextDialog(QStringLiteral("quil za"), {Qt::Key_Return});
    QTest::keyClick(s.list(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!m_poll.isActive());
    QVERIFY(!m_leftOpen);
    QTRY_VERIFY(onAgenda(zak));
    QCOMPARE(int(s.page->agenda().items.size()), before + 1);
    QCOMPARE(s.highlighted(), zak); // the cursor goes to the child just added
    QApplication::setActiveWindow(s.page.get());
    QVERIFY(QTest::qWaitForWindowActive(s.page.get()));

    answerNextDialog(QStringLiteral("zar hartley"), {Qt::Key_Down, Qt::Key_Return});
    QTest::keyClick(s.list(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!m_poll.isActive());
    QVERIFY(!m_leftOpen);
    QTRY_VERIFY(onAgenda(zara2));
    QVERIFY(!onAgenda(zara1));
}

// Two children of one name are told apart by date of birth (and setting) in the list.
void TestMeetingKeys::addChildDialogTellsNamesakesApart()
{
    const Id older =
        addChild(QStringLiteral("Zara"), QStringLiteral("Hartley-Quinn"), d(2021, 6, 30));
    const Id younger =
        addChild(QStringLiteral("Zara"), QStringLiteral("Hartley-Quinn"), d(2024, 2, 9));
    AddChildDialog dialog(**s.db);
    auto *box = dialog.findChild<QLineEdit *>(QLatin1String(names::AddChildSearch));
    auto *results = dialog.findChild<QTreeWidget *>(QLatin1String(names::AddChildResults));
    QVERIFY(box && results);
    QTest::keyClicks(box, QStringLiteral("Hartley-Q"));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("HARTLEY-QUINN, Zara"));
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("30/06/2021"));
    QCOMPARE(results->topLevelItem(1)->text(1), QStringLiteral("09/02/2024"));
    QCOMPARE(dialog.childId(), older);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(dialog.childId(), younger);
    QCOMPARE(box->text(), QStringLiteral("Hartley-Q")); // the typing stays in the box
    QTest::keyClicks(box, QStringLiteral("x"));
    QCOMPARE(results->topLevelItemCount(), 0);
    QCOMPARE(dialog.childId(), Id(0));
}

QTEST_MAIN(TestMeetingKeys)
#include "test_meeting_keys.moc"
