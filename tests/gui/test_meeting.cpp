// The meeting screen: attendance and quorum, recording decisions, the presenter's keys and
// its privacy mode.

#include "../TestSupport.h"
#include "../test_agenda_fixture.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "commands/Editor.h"
#include "meeting/AttendancePanel.h"
#include "meeting/MeetingListRoles.h"
#include "meeting/MeetingNames.h"
#include "meeting/MeetingsPage.h"
#include "meeting/PresenterWindow.h"
#include "meeting/RecordingPanel.h"
#include "repo/Directory.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<MeetingsPage> m_page;
    AgendaHistory m_h;
    QList<Id> m_members;
    Id m_police = 0;
    Id m_meeting = 0;
};

void TestMeeting::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->db);
    Directory dir(**m_db);
    m_members.clear();
    for (const char *name : {"Alex Chair", "Bea Health", "Cas Early Years", "Dee Family Hub"}) {
        Member m;
        m.name = QString::fromLatin1(name);
        m_members.append(dir.addMember(m)->id);
    }
    Member police;
    police.name = QStringLiteral("PC Example");
    police.agencyId = *dir.ensureAgency(QStringLiteral("Police"), true);
    police.commitment = MemberCommitment::Monthly;
    m_police = dir.addMember(police)->id;
    m_h = AgendaHistory();
    QVERIFY(m_h.build(**m_db));
    m_editor = std::make_unique<Editor>(**m_db);
    m_page = std::make_unique<MeetingsPage>();
    m_page->setDatabase(m_db->db.get(), m_editor.get());
    m_page->resize(1600, 900);
    m_meeting = m_page->openDate(d(2026, 4, 8));
    QVERIFY(m_meeting);
}

void TestMeeting::cleanup()
{
    m_page.reset();
    m_editor.reset();
    m_db.reset();
}

void TestMeeting::quorumWithDeputies()
{
    AttendancePanel *panel = m_page->attendancePanel();
    // Four expected members (the police member is monthly, not expected): 75% needs 3.
    QCOMPARE(panel->quorum().expected, 4);
    QCOMPARE(panel->quorum().needed, 3);
    QVERIFY(!panel->quorum().quorate);
    panel->setStatus(m_members[0], AttendanceStatus::Present);
    panel->setStatus(m_members[1], AttendanceStatus::Deputy, QStringLiteral("Deputy Nurse"));
    panel->setStatus(m_members[2], AttendanceStatus::Apologies);
    QCOMPARE(panel->quorum().attending, 2);
    QVERIFY(!panel->quorum().quorate);
    panel->setStatus(m_members[3], AttendanceStatus::Deputy, QStringLiteral("Deputy Hub"));
    QCOMPARE(panel->quorum().attending, 3);
    QVERIFY(panel->quorum().quorate);
    QVERIFY(panel->quorumText().startsWith(QStringLiteral("Quorate")));
    // The police member attending does not count towards the quorum.
    panel->setStatus(m_police, AttendanceStatus::Present);
    QCOMPARE(panel->quorum().attending, 3);
    // Stored through the editor, and undoable.
    auto meeting = Meetings(**m_db).get(m_meeting);
    QVERIFY(meeting);
    for (const Attendance &a : meeting->attendance)
        if (a.memberId == m_members[1]) {
            QVERIFY(a.status == AttendanceStatus::Deputy);
            QCOMPARE(a.deputyName, QStringLiteral("Deputy Nurse"));
        }
    QVERIFY(m_editor->canUndo());
}

void TestMeeting::policeWarningWhenNoPoliceAttended()
{
    QVERIFY(m_page->attendancePanel()->policeWarningShown());
    m_page->attendancePanel()->setStatus(m_police, AttendanceStatus::Present);
    QVERIFY(!m_page->attendancePanel()->policeWarningShown());
}

void TestMeeting::decisionWhileNotQuorateAsksAndIsMarked()
{
    m_page->setCurrentItem(0);
    RecordingPanel *rec = m_page->recordingPanel();
    QCOMPARE(rec->childId(), m_h.cal);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!rec->record());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not quorate")));
    QCOMPARE(Decisions(**m_db).forChild(m_h.cal)->size(), 1 - 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(rec->record());
    const QList<Decision> decisions = *Decisions(**m_db).forChild(m_h.cal);
    QCOMPARE(decisions.size(), 1);
    QVERIFY(!decisions.first().quorate);
    QCOMPARE(decisions.first().meetingId, m_meeting);
}

void TestMeeting::recordingMovesToTheNextItemAndUpdatesTheTracker()
{
    for (int i = 0; i < 3; ++i)
        m_page->attendancePanel()->setStatus(m_members[i], AttendanceStatus::Present);
    QVERIFY(m_page->attendancePanel()->quorum().quorate);
    m_page->setCurrentItem(0);
    RecordingPanel *rec = m_page->recordingPanel();
    rec->findChild<QPlainTextEdit *>(QStringLiteral("rationaleEdit"))
        ->setPlainText(QStringLiteral("Nursery to support"));
    auto *action = rec->findChild<QLineEdit *>(QStringLiteral("actionEdit"));
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    rec->findChild<QComboBox *>(QStringLiteral("actionOwner"))
        ->setEditText(QStringLiteral("Nursery"));
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("Send proforma"));
    QTest::keyClick(action, Qt::Key_Return, Qt::ControlModifier);
    const QList<Decision> decisions = *Decisions(**m_db).forChild(m_h.cal);
    QCOMPARE(decisions.size(), 1);
    QVERIFY(decisions.first().quorate);
    QCOMPARE(decisions.first().rationale, QStringLiteral("Nursery to support"));
    QCOMPARE(Decisions(**m_db).actionsFor(m_h.cal)->size(), 1);
    QCOMPARE(Decisions(**m_db).actionsFor(m_h.cal)->first().dueOn, d(2026, 4, 22));
    // The item is heard; the form moved on to the next child.
    QVERIFY(m_page->agenda().items[0].status == AgendaStatus::Heard);
    QCOMPARE(m_page->currentItem(), 1);
    QVERIFY(rec->childId() != m_h.cal);
    // The tracker's child record follows: one open action now.
    auto child = Children(**m_db).get(m_h.cal);
    QVERIFY(child);
}

// The clock shows the time, the time on the current item and the minutes left to 12:00.
void TestMeeting::presenterClockCountsDownToTheEnd()
{
    PresenterWindow *p = m_page->showPresenter();
    QVERIFY(p);
    p->setClock([] { return QTime(11, 20, 30); });
    QVERIFY(p->shownText().contains(QStringLiteral("11:20")));
    QVERIFY(p->shownText().contains(QStringLiteral("39 minutes left")));
    QVERIFY(p->shownText().contains(QStringLiteral("On this item 00:0")));
    p->setClock([] { return QTime(11, 58, 30); });
    QVERIFY(p->shownText().contains(QStringLiteral("1 minute left")));
    p->setClock([] { return QTime(12, 0, 1); });
    QVERIFY(p->shownText().contains(QStringLiteral("Time is up")));
    QVERIFY(!p->shownText().contains(QStringLiteral("minutes left")));
}

void TestMeeting::presenterKeys()
{
    PresenterWindow *p = m_page->showPresenter();
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
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->privacy());
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(p->privacy());
    // The presenter follows the operator's current item.
    m_page->setCurrentItem(int(m_page->agenda().items.size()) - 1);
    QCOMPARE(p->currentHousehold(), 4);
}

void TestMeeting::privacyHidesNamesDatesOfBirthAndAddresses()
{
    PresenterWindow *p = m_page->showPresenter();
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
        for (const QString &s : secrets)
            QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" shown: ") + text));
        QVERIFY(text.contains(QStringLiteral("3 years")));
    }
    QTest::keyClick(p, Qt::Key_P);
    p->setHousehold(1);
    QVERIFY(p->shownText().contains(QStringLiteral("Amy Example")));
    QVERIFY(p->shownText().contains(QStringLiteral("14/05/2022")));
    QVERIFY(p->shownText().contains(QStringLiteral("12 Example Road")));
}

void TestMeeting::deferAndReorder()
{
    const Id last = m_page->agenda().items.last().childId;
    m_page->setCurrentItem(int(m_page->agenda().items.size()) - 1);
    for (int i = 0; i < 10; ++i) {
        m_page->moveCurrent(-1);
        // The form is titled with the item that moved, not the one it swapped with.
        const Id current = m_page->agenda().items.at(m_page->currentItem()).childId;
        QCOMPARE(current, last);
        QVERIFY2(
            m_page->recordingPanel()->childLabel().contains(QStringLiteral("(id %1)").arg(last)),
            qPrintable(m_page->recordingPanel()->childLabel()));
    }
    QCOMPARE(m_page->agenda().items.first().childId, last);
    m_page->setCurrentItem(0);
    m_page->deferCurrent();
    QVERIFY(m_page->agenda().items.first().status == AgendaStatus::Deferred);
    // The operator's list shows the agenda as it now is: the moved item first, marked deferred
    // and dimmed; Down moves to the next item.
    auto *list = m_page->findChild<QListView *>(QStringLiteral("agendaList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), int(m_page->agenda().items.size()));
    const QModelIndex first = list->model()->index(0, 0);
    QVERIFY(first.data().toString().startsWith(QStringLiteral("[deferred] ")));
    QVERIFY(first.data().toString().contains(QStringLiteral("(id %1)").arg(last)));
    QVERIFY(first.data(Qt::ForegroundRole).isValid());
    QVERIFY(!list->model()->index(1, 0).data(Qt::ForegroundRole).isValid());
    list->setFocus();
    const int before = m_page->currentItem(); // deferring went on to the next item
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_page->currentItem(), before + 1);
    m_page->addChild(m_h.dan);
    QCOMPARE(m_page->agenda().items.last().childId, m_h.dan);
    // Reopened: the order and the deferral were stored.
    m_page->openMeeting(m_meeting);
    QCOMPARE(m_page->agenda().items.first().childId, last);
    QVERIFY(m_page->agenda().items.first().status == AgendaStatus::Deferred);

    // Each change is undone in turn (Ctrl+Z), and the stored agenda follows.
    QCOMPARE(m_editor->undoText(), QStringLiteral("Add a child to the agenda"));
    m_editor->undo();
    QVERIFY(m_page->agenda().items.last().childId != m_h.dan);
    m_editor->undo();
    QVERIFY(m_page->agenda().items.first().status == AgendaStatus::Open);
    for (int i = 0; i < 10; ++i)
        m_editor->undo();
    QCOMPARE(m_page->agenda().items.last().childId, last);
    m_page->openMeeting(m_meeting);
    QCOMPARE(m_page->agenda().items.last().childId, last);
    QVERIFY(m_page->agenda().items.first().status == AgendaStatus::Open);
    // And redone.
    m_editor->redo();
    QCOMPARE(m_page->agenda().items.at(m_page->agenda().items.size() - 2).childId, last);
}

void TestMeeting::closingWritesMinutes()
{
    m_page->setCurrentItem(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_page->recordingPanel()->record());
    QTemporaryDir out;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(out.path());
    QVERIFY(m_page->closeMeeting());
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("minutes-2026-04-08.pdf"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("minutes-2026-04-08.odt"))));
    QVERIFY(Meetings(**m_db).get(m_meeting)->closed);
    QCOMPARE(Disclosures(**m_db).forChild(m_h.cal)->size(), 2);

    // Past meetings stay listed further back, and their minutes can be written again.
    m_page->setRange(MeetingsPage::Range::Recent);
    QVERIFY(!m_page->listedDates().contains(d(2026, 4, 8)));
    m_page->setRange(MeetingsPage::Range::All);
    QVERIFY(m_page->listedDates().contains(d(2026, 4, 8)));
    QVERIFY(m_page->listedDates().contains(d(2026, 4, 1)));
    QTemporaryDir again;
    auto written = m_page->writeMinutes(m_meeting, again.path());
    QVERIFY2(written, qPrintable(written.errorText()));
    QCOMPARE(written->size(), 2);
    QVERIFY(QFile::exists(again.filePath(QStringLiteral("minutes-2026-04-08.pdf"))));
    QCOMPARE(Disclosures(**m_db).forChild(m_h.cal)->size(), 4); // each file is logged
}

void TestMeeting::closingListsWhatWasNotReachedAndTheNextAgendaHasIt()
{
    // Cal is heard; Amy and Ben (new PPNs), Fay's escalation, Hal's action and Kit (carried
    // over) are not reached. The question says so, and that they go to Friday 10 April.
    m_page->setCurrentItem(0);
    QCOMPARE(m_page->agenda().items[0].childId, m_h.cal);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_page->recordingPanel()->record());
    QTemporaryDir out;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(out.path());
    QVERIFY(m_page->closeMeeting());
    const QString asked = MessageBox::lastText();
    QVERIFY2(
        asked.contains(QStringLiteral("5 items were not reached; they go to the next meeting, on "
                                      "10/04/2026:")),
        qPrintable(asked));
    for (const char *name : {"Amy Example", "Ben Example", "Fay Sample", "Hal Sample"})
        QVERIFY2(asked.contains(QString::fromLatin1(name)), qPrintable(asked));
    QVERIFY(!asked.contains(QStringLiteral("Cal Sample")));
    // Friday's agenda: Amy and Ben still to hear, Cal not.
    QVERIFY(m_page->openDate(d(2026, 4, 10)));
    QList<Id> newPpns;
    for (const AgendaItem &i : m_page->agenda().items)
        if (i.section == AgendaSection::NewPpns)
            newPpns << i.childId;
    QCOMPARE(newPpns, (QList<Id>{m_h.amy, m_h.ben}));
}

void TestMeeting::cancelledMeetingIsListedAndReadOnly()
{
    // Friday 10 April is cancelled from the list (never opened): it is listed as cancelled;
    // the open meeting of 8 April, cancelled too, can no longer be closed.
    QVERIFY(m_page->cancelMeeting(d(2026, 4, 10), QStringLiteral("Chair unwell")));
    m_page->setRange(MeetingsPage::Range::All);
    auto *list = m_page->findChild<QTreeWidget *>(QLatin1String(names::MeetingList));
    QVERIFY(list);
    QStringList states;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, DateRole).toDate() == d(2026, 4, 10))
            states << list->topLevelItem(i)->text(2);
    QCOMPARE(states, QStringList{QStringLiteral("Cancelled: Chair unwell")});
    QVERIFY(m_page->cancelMeeting(d(2026, 4, 8), QStringLiteral("Room flooded")));
    QCOMPARE(m_page->openedMeeting(), m_meeting);
    QVERIFY(!m_page->closeMeeting());
    QVERIFY(!Meetings(**m_db).get(m_meeting)->closed);
}

// A second instance (here encompass-cli, another process with its own connection) imports
// a PPN received since the last meeting: the chair's open agenda shows the child within 2 s.
void TestMeeting::anotherDeskAddsAPpnAndTheAgendaFollows()
{
    const auto hasZed = [this] {
        for (const AgendaItem &i : m_page->agenda().items)
            if (i.section == AgendaSection::NewPpns &&
                i.policeReferences.contains(QStringLiteral("NC/26/009999")))
                return true;
        return false;
    };
    m_page->show(); // the chair's screen, on show
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(!hasZed());
    const QString csv = m_db->dir.filePath(QStringLiteral("daily.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Occurrence Number,Incident Date,Time,Child Forename,Child Surname,DOB\n"
            "NC/26/009999,06/04/2026,20:15,Zed,Quill,01/02/2023\n");
    f.close();
    QProcess other;
    other.start(QStringLiteral(ENCOMPASS_CLI_PATH),
                {QStringLiteral("--db"), m_db->db->path(), QStringLiteral("import"), csv,
                 QStringLiteral("--received"), QStringLiteral("2026-04-07")});
    QVERIFY(other.waitForFinished(60000));
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(hasZed(), 2000);
}

QTEST_MAIN(TestMeeting)
#include "test_meeting.moc"
