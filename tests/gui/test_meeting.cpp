// The meeting screen: attendance and quorum, recording decisions, the presenter's keys and
// its privacy mode.

#include "FileDialog.h"
#include "MeetingScreen.h"
#include "MessageBox.h"
#include "commands/Editor.h"
#include "meeting/AttendancePanel.h"
#include "meeting/MeetingListRoles.h"
#include "meeting/MeetingNames.h"
#include "meeting/MeetingsPage.h"
#include "meeting/PresenterWindow.h"
#include "meeting/RecordingPanel.h"
#include "repo/Directory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <QTreeWidget>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

class TestMeeting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quorumWithDeputies();
    void policeWarningWhenNoPoliceAttended();
    void decisionWhileNotQuorateAsksAndIsMarked();
    void recordingMovesToTheNextItemAndUpdatesTheTracker();
    void presenterKeys();
    void presenterClockCountsDownToTheEnd();
    void privacyHidesNamesDatesOfBirthAndAddresses();
    void deferAndReorder();
    void closingWritesMinutes();
    void closingListsWhatWasNotReachedAndTheNextAgendaHasIt();
    void cancelledMeetingIsListedAndReadOnly();
    void anotherDeskAddsAPpnAndTheAgendaFollows();

private:
    bool recordFirstItemAndClose(const QString &folder);

    MeetingScreen s;
};

void TestMeeting::init()
{
    QVERIFY(s.open());
}

void TestMeeting::cleanup()
{
    s.close();
}

void TestMeeting::quorumWithDeputies()
{
    AttendancePanel *panel = s.page->attendancePanel();
    // Four expected members (the police member is monthly, not expected): 75% needs 3.
    QCOMPARE(panel->quorum().expected, 4);
    QCOMPARE(panel->quorum().needed, 3);
    QVERIFY(!panel->quorum().quorate);
    panel->setStatus(s.members[0], AttendanceStatus::Present);
    panel->setStatus(s.members[1], AttendanceStatus::Deputy, QStringLiteral("Deputy Nurse"));
    panel->setStatus(s.members[2], AttendanceStatus::Apologies);
    QCOMPARE(panel->quorum().attending, 2);
    QVERIFY(!panel->quorum().quorate);
    panel->setStatus(s.members[3], AttendanceStatus::Deputy, QStringLiteral("Deputy Hub"));
    QCOMPARE(panel->quorum().attending, 3);
    QVERIFY(panel->quorum().quorate);
    QVERIFY(panel->quorumText().startsWith(QStringLiteral("Quorate")));
    // The police member attending does not count towards the quorum.
    panel->setStatus(s.police, AttendanceStatus::Present);
    QCOMPARE(panel->quorum().attending, 3);
    // Stored through the editor, and undoable.
    auto meeting = Meetings(**s.db).get(s.meeting);
    QVERIFY(meeting);
    for (const Attendance &a : meeting->attendance)
        if (a.memberId == s.members[1]) {
            QVERIFY(a.status == AttendanceStatus::Deputy);
            QCOMPARE(a.deputyName, QStringLiteral("Deputy Nurse"));
        }
    QVERIFY(s.editor->canUndo());
}

void TestMeeting::policeWarningWhenNoPoliceAttended()
{
    QVERIFY(s.page->attendancePanel()->policeWarningShown());
    s.page->attendancePanel()->setStatus(s.police, AttendanceStatus::Present);
    QVERIFY(!s.page->attendancePanel()->policeWarningShown());
}

void TestMeeting::decisionWhileNotQuorateAsksAndIsMarked()
{
    s.page->setCurrentItem(0);
    RecordingPanel *rec = s.page->recordingPanel();
    QCOMPARE(rec->childId(), s.h.cal);
    rec->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->setCurrentIndex(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!rec->record());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not quorate")));
    QCOMPARE(Decisions(**s.db).forChild(s.h.cal)->size(), 1 - 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(rec->record());
    const QList<Decision> decisions = *Decisions(**s.db).forChild(s.h.cal);
    QCOMPARE(decisions.size(), 1);
    QVERIFY(!decisions.first().quorate);
    QCOMPARE(decisions.first().meetingId, s.meeting);
}

void TestMeeting::recordingMovesToTheNextItemAndUpdatesTheTracker()
{
    for (int i = 0; i < 3; ++i)
        s.page->attendancePanel()->setStatus(s.members[i], AttendanceStatus::Present);
    QVERIFY(s.page->attendancePanel()->quorum().quorate);
    s.page->setCurrentItem(0);
    RecordingPanel *rec = s.page->recordingPanel();
    rec->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->setCurrentIndex(0);
    rec->findChild<QPlainTextEdit *>(QStringLiteral("rationaleEdit"))
        ->setPlainText(QStringLiteral("Nursery to support"));
    auto *action = rec->findChild<QLineEdit *>(QStringLiteral("actionEdit"));
    s.page->show();
    QApplication::setActiveWindow(s.page.get());
    QVERIFY(QTest::qWaitForWindowActive(s.page.get()));
    rec->findChild<QComboBox *>(QStringLiteral("actionOwner"))
        ->setEditText(QStringLiteral("Nursery"));
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("Send proforma"));
    QTest::keyClick(action, Qt::Key_Return, Qt::ControlModifier);
    const QList<Decision> decisions = *Decisions(**s.db).forChild(s.h.cal);
    QCOMPARE(decisions.size(), 1);
    QVERIFY(decisions.first().quorate);
    QCOMPARE(decisions.first().rationale, QStringLiteral("Nursery to support"));
    QCOMPARE(Decisions(**s.db).actionsFor(s.h.cal)->size(), 1);
    QCOMPARE(Decisions(**s.db).actionsFor(s.h.cal)->first().dueOn, d(2026, 4, 22));
    // The item is heard; the form moved on to the next child.
    QVERIFY(s.page->agenda().items[0].status == AgendaStatus::Heard);
    QCOMPARE(s.page->currentItem(), 1);
    QVERIFY(rec->childId() != s.h.cal);
    // The tracker's child record follows: one open action now.
    auto child = Children(**s.db).get(s.h.cal);
    QVERIFY(child);
}

// The clock shows the time, the time on the current item and the minutes left to 12:00.
void TestMeeting::presenterClockCountsDownToTheEnd()
{
    PresenterWindow *p = s.page->showPresenter();
    QVERIFY(p);
    p->setClock([] { return QTime(11, 20, 30); });
    QVERIFY(p->shownText().contains(QStringLiteral("11:20")));
    QVERIFY(p->shownText().contains(QStringLiteral("39 minutes left")));
    QVERIFY(p->shownText().contains(QStringLiteral("On this item 00:0")));
    p->setClock([] { return QTime(11, 58, 30); });
    QVERIFY(p->shownText().contains(QStringLiteral("1 minute left")));
    p->setClock([] { return QTime(12, 0, 1); });
    QVERIFY(p->shownText().contains(QStringLiteral("Time is up")));
    // The screen set up early in the morning: the end, not "409 minutes left".
    p->setClock([] { return QTime(5, 10); });
    QVERIFY(p->shownText().contains(QStringLiteral("Ends at 12:00")));
    QVERIFY(!p->shownText().contains(QStringLiteral("minutes left")));
}

void TestMeeting::presenterKeys()
{
    PresenterWindow *p = s.page->showPresenter();
    QVERIFY(p);
    QCOMPARE(p->householdCount(), 5); // Cal; Amy and Ben; Fay; Hal; Kit
    QCOMPARE(p->currentHousehold(), 0);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentHousehold(), 1);
    QVERIFY(p->shownText().contains(QStringLiteral("A.E.")));
    QVERIFY(p->shownText().contains(QStringLiteral("B.E.")));
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentHousehold(), 2);
    QVERIFY(p->shownText().contains(QStringLiteral("ESCALATION")));
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->currentHousehold(), 1);
    QVERIFY(!p->isBlank());
    QTest::keyClick(p, Qt::Key_B);
    QVERIFY(p->isBlank());
    QTest::keyClick(p, Qt::Key_B);
    QVERIFY(!p->isBlank());
    QVERIFY(p->privacy());
    MessageBox::setNextAnswer(QMessageBox::Yes); // names on the projector: asked once
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->privacy());
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(p->privacy());
    // The presenter follows the operator's current item.
    s.page->setCurrentItem(int(s.page->agenda().items.size()) - 1);
    QCOMPARE(p->currentHousehold(), 4);
    // On one screen the presenter is a window over the chair's: Esc closes it (found from
    // outside: only the title bar's X did), out of full screen first.
    p->showFullScreen();
    QTest::keyClick(p, Qt::Key_Escape);
    QVERIFY(!p->isFullScreen());
    QVERIFY(p->isVisible());
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!p->isVisible());
}

void TestMeeting::privacyHidesNamesDatesOfBirthAndAddresses()
{
    PresenterWindow *p = s.page->showPresenter();
    QVERIFY(p->privacy());
    const QStringList secrets = {QStringLiteral("Amy"),
                                 QStringLiteral("Ben"),
                                 QStringLiteral("Example"),
                                 QStringLiteral("Cal Sample"),
                                 QStringLiteral("14/05/2022"),
                                 QStringLiteral("2022"),
                                 QStringLiteral("12 Example Road"),
                                 QStringLiteral("ZZ1")};
    for (int h = 0; h < p->householdCount(); ++h) {
        p->setHousehold(h);
        QString text;
        for (const QLabel *l : p->findChildren<QLabel *>())
            text += l->text();
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret),
                     qPrintable(secret + QStringLiteral(" shown: ") + text));
        QVERIFY(text.contains(QStringLiteral("3 years")));
    }
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(p, Qt::Key_P);
    p->setHousehold(1);
    QVERIFY(p->shownText().contains(QStringLiteral("Amy Example")));
    QVERIFY(p->shownText().contains(QStringLiteral("14/05/2022")));
    QVERIFY(p->shownText().contains(QStringLiteral("12 Example Road")));
}

void TestMeeting::deferAndReorder()
{
    const Id last = s.page->agenda().items.last().childId;
    s.page->setCurrentItem(int(s.page->agenda().items.size()) - 1);
    for (int i = 0; i < 10; ++i) {
        s.page->moveCurrent(-1);
        // The form is titled with the item that moved, not the one it swapped with.
        const Id current = s.page->agenda().items.at(s.page->currentItem()).childId;
        QCOMPARE(current, last);
        QVERIFY2(
            s.page->recordingPanel()->childLabel().contains(QStringLiteral("(id %1)").arg(last)),
            qPrintable(s.page->recordingPanel()->childLabel()));
    }
    QCOMPARE(s.page->agenda().items.first().childId, last);
    s.page->setCurrentItem(0);
    s.page->deferCurrent();
    QVERIFY(s.page->agenda().items.first().status == AgendaStatus::Deferred);
    // The operator's list shows the agenda as it now is: the moved item first, marked deferred
    // and dimmed; Down moves to the next item.
    auto *list = s.page->findChild<QAbstractItemView *>(QStringLiteral("agendaList"));
    QVERIFY(list);
    QCOMPARE(s.listModel()->shownItems(), int(s.page->agenda().items.size()));
    const QModelIndex first = s.rowOf(0);
    QVERIFY(first.data().toString().startsWith(QStringLiteral("[deferred] ")));
    QVERIFY(first.data().toString().contains(QStringLiteral("(id %1)").arg(last)));
    QVERIFY(first.data(Qt::ForegroundRole).isValid());
    QVERIFY(!s.rowOf(1).data(Qt::ForegroundRole).isValid());
    list->setFocus();
    const int before = s.page->currentItem(); // deferring went on to the next item
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(s.page->currentItem(), before + 1);
    s.page->addChild(s.h.dan);
    QCOMPARE(s.page->agenda().items.last().childId, s.h.dan);
    // Reopened: the order and the deferral were stored.
    s.page->openMeeting(s.meeting);
    QCOMPARE(s.page->agenda().items.first().childId, last);
    QVERIFY(s.page->agenda().items.first().status == AgendaStatus::Deferred);

    // Each change is undone in turn (Ctrl+Z), and the stored agenda follows.
    QCOMPARE(s.editor->undoText(), QStringLiteral("Add a child to the agenda"));
    s.editor->undo();
    QVERIFY(s.page->agenda().items.last().childId != s.h.dan);
    s.editor->undo();
    QVERIFY(s.page->agenda().items.first().status == AgendaStatus::Open);
    for (int i = 0; i < 10; ++i)
        s.editor->undo();
    QCOMPARE(s.page->agenda().items.last().childId, last);
    s.page->openMeeting(s.meeting);
    QCOMPARE(s.page->agenda().items.last().childId, last);
    QVERIFY(s.page->agenda().items.first().status == AgendaStatus::Open);
    // And redone.
    s.editor->redo();
    QCOMPARE(s.page->agenda().items.at(s.page->agenda().items.size() - 2).childId, last);
}

// Records the first item (the first outcome, the quorum question answered yes), then closes
// the meeting and writes its minutes into folder.
bool TestMeeting::recordFirstItemAndClose(const QString &folder)
{
    s.page->recordingPanel()
        ->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))
        ->setCurrentIndex(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    if (!s.page->recordingPanel()->record())
        return false;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(folder);
    return s.page->closeMeeting();
}

void TestMeeting::closingWritesMinutes()
{
    s.page->setCurrentItem(0);
    QTemporaryDir out;
    QVERIFY(recordFirstItemAndClose(out.path()));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("minutes-2026-04-08.pdf"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("minutes-2026-04-08.odt"))));
    QVERIFY(Meetings(**s.db).get(s.meeting)->closed);
    QCOMPARE(Disclosures(**s.db).forChild(s.h.cal)->size(), 2);

    // Past meetings stay listed further back, and their minutes can be written again.
    s.page->setRange(MeetingsPage::Range::Recent);
    QVERIFY(!s.page->listedDates().contains(d(2026, 4, 8)));
    s.page->setRange(MeetingsPage::Range::All);
    QVERIFY(s.page->listedDates().contains(d(2026, 4, 8)));
    QVERIFY(s.page->listedDates().contains(d(2026, 4, 1)));
    QTemporaryDir again;
    auto written = s.page->writeMinutes(s.meeting, again.path());
    QVERIFY2(written, qPrintable(written.errorText()));
    QCOMPARE(written->size(), 2);
    QVERIFY(QFile::exists(again.filePath(QStringLiteral("minutes-2026-04-08.pdf"))));
    QCOMPARE(Disclosures(**s.db).forChild(s.h.cal)->size(), 4); // each file is logged
}

void TestMeeting::closingListsWhatWasNotReachedAndTheNextAgendaHasIt()
{
    // Cal is heard; Amy and Ben (new PPNs), Fay's escalation, Hal's action and Kit (carried
    // over) are not reached. The question says so, and that they go to Friday 10 April.
    s.page->setCurrentItem(0);
    QCOMPARE(s.page->agenda().items[0].childId, s.h.cal);
    QTemporaryDir out;
    QVERIFY(recordFirstItemAndClose(out.path()));
    const QString asked = MessageBox::lastText();
    QVERIFY2(
        asked.contains(QStringLiteral("5 items were not reached; they go to the next meeting, on "
                                      "10/04/2026:")),
        qPrintable(asked));
    for (const char *name : {"Amy Example", "Ben Example", "Fay Sample", "Hal Sample"})
        QVERIFY2(asked.contains(QString::fromLatin1(name)), qPrintable(asked));
    QVERIFY(!asked.contains(QStringLiteral("Cal Sample")));
    // Friday's agenda: Amy and Ben still to hear, Cal not.
    QVERIFY(s.page->openDate(d(2026, 4, 10)));
    QList<Id> newPpns;
    for (const AgendaItem &i : s.page->agenda().items)
        if (i.section == AgendaSection::NewPpns)
            newPpns << i.childId;
    QCOMPARE(newPpns, (QList<Id>{s.h.amy, s.h.ben}));
}

void TestMeeting::cancelledMeetingIsListedAndReadOnly()
{
    // Friday 10 April is cancelled from the list (never opened): it is listed as cancelled;
    // the open meeting of 8 April, cancelled too, can no longer be closed.
    QVERIFY(s.page->cancelMeeting(d(2026, 4, 10), QStringLiteral("Chair unwell")));
    s.page->setRange(MeetingsPage::Range::All);
    auto *list = s.page->findChild<QTreeWidget *>(QLatin1String(names::MeetingList));
    QVERIFY(list);
    QStringList states;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, DateRole).toDate() == d(2026, 4, 10))
            states << list->topLevelItem(i)->text(2);
    QCOMPARE(states, QStringList{QStringLiteral("Cancelled: Chair unwell")});
    QVERIFY(s.page->cancelMeeting(d(2026, 4, 8), QStringLiteral("Room flooded")));
    QCOMPARE(s.page->openedMeeting(), s.meeting);
    QVERIFY(!s.page->closeMeeting());
    QVERIFY(!Meetings(**s.db).get(s.meeting)->closed);
}

// A second instance (here encompass-cli, another process with its own connection) imports
// a PPN received since the last meeting: the chair's open agenda shows the child within 2 s.
void TestMeeting::anotherDeskAddsAPpnAndTheAgendaFollows()
{
    const auto hasZed = [this] {
        for (const AgendaItem &i : s.page->agenda().items)
            if (i.section == AgendaSection::NewPpns &&
                i.policeReferences.contains(QStringLiteral("NC/26/009999")))
                return true;
        return false;
    };
    s.page->show(); // the chair's screen, on show
    QVERIFY(QTest::qWaitForWindowExposed(s.page.get()));
    QVERIFY(!hasZed());
    const QString csv = s.db->dir.filePath(QStringLiteral("daily.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Occurrence Number,Incident Date,Time,Child Forename,Child Surname,DOB\n"
            "NC/26/009999,06/04/2026,20:15,Zed,Quill,01/02/2023\n");
    f.close();
    QProcess other;
    other.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), s.db->db->path(), QStringLiteral("import"), csv,
                 QStringLiteral("--received"), QStringLiteral("2026-04-07")});
    QVERIFY(other.waitForFinished(60000));
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(hasZed(), 2000);
}

QTEST_MAIN(TestMeeting)
#include "test_meeting.moc"
