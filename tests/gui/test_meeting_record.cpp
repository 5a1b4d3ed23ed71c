// The meeting screen's record of the meeting (issue 19): chair and deputy chair chosen from the
// members, notes on the meeting and on each item typed live and kept, an ad-hoc meeting on a
// date picked in a dialog, apologies sent before the day; each undoable like its neighbours.

#include "FileDialog.h"
#include "MeetingScreen.h"
#include "MessageBox.h"
#include "meeting/AdHocMeetingDialog.h"
#include "meeting/ApologiesDialog.h"
#include "meeting/ChairPicker.h"
#include "meeting/MeetingListRoles.h"
#include "meeting/MeetingNames.h"
#include "meeting/MinutesWriter.h"
#include "meeting/NotesBox.h"
#include "meeting/PresenterWindow.h"
#include "repo/MeetingDetails.h"
#include "repo/Meetings.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace enc;
using namespace enc::test;
namespace names = enc::ui::names;

class TestMeetingRecord : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chairAndDeputyChosenAndUndone();
    void notesTypedAreKeptAndInTheMinutes();
    void notesOfAnotherDeskAreNotOverwritten();
    void notesNeverOnTheProjector();
    void adHocMeetingOnAPickedDate();
    void apologiesInAdvanceStartTheDay();

private:
    // Runs work on the modal dialog that click opens, then returns.
    void withDialog(QPushButton *click, const std::function<void(QDialog *)> &work);
    Meeting stored() const { return Meetings(**s.db).get(s.meeting).value(); }
    MeetingDetails::Chairs chairs() const
    {
        return MeetingDetails(**s.db).chairs(s.meeting).value();
    }

    MeetingScreen s;
};

void TestMeetingRecord::init()
{
    QVERIFY(s.open());
    QVERIFY(s.show());
}

void TestMeetingRecord::cleanup()
{
    s.close();
}

void TestMeetingRecord::withDialog(QPushButton *click, const std::function<void(QDialog *)> &work)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        work(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    click->click();
    QVERIFY(ran);
}

void TestMeetingRecord::chairAndDeputyChosenAndUndone()
{
    auto *chair = s.page->findChild<QComboBox *>(QLatin1String(names::ChairCombo));
    auto *deputy = s.page->findChild<QComboBox *>(QLatin1String(names::DeputyChairCombo));
    QVERIFY(chair && deputy);
    QVERIFY(chair->isVisible() && chair->isEnabled());
    QCOMPARE(chair->currentData().toLongLong(), 0);
    // From the keyboard: Down in the box chooses the first member (by name: Alex Chair).
    chair->setFocus();
    QTest::keyClick(chair, Qt::Key_Down);
    QCOMPARE(chairs().chair, s.members[0]);
    // The chair is not offered as deputy: Down goes to the next member, Bea Health.
    QCOMPARE(deputy->findData(s.members[0]), -1);
    deputy->setFocus();
    QTest::keyClick(deputy, Qt::Key_Down);
    QCOMPARE(chairs().deputy, s.members[1]);
    QCOMPARE(chair->findData(s.members[1]), -1);
    // Asked for both at once (as another desk might), it is refused and said.
    QVERIFY(!s.page->chairPicker()->choose(s.members[1], s.members[1]));
    QCOMPARE(chairs().chair, s.members[0]);
    bool said = false;
    for (QLabel *l : s.page->chairPicker()->findChildren<QLabel *>())
        said |= l->isVisible() && l->text().contains(QStringLiteral("one member"));
    QVERIFY(said);
    // Another choice replaces the first.
    chair->setFocus();
    QTest::keyClick(chair, Qt::Key_Up);
    QCOMPARE(chairs().chair, 0);
    QCOMPARE(chairs().deputy, s.members[1]);
    // Undo, as for the screen's other edits: the chair back, then the deputy off, then the
    // first chair off; the boxes follow.
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(chairs().chair, s.members[0]);
    QCOMPARE(chair->currentData().toLongLong(), s.members[0]);
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(chairs().deputy, 0);
    QCOMPARE(deputy->currentData().toLongLong(), 0);
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(chairs().chair, 0);
}

void TestMeetingRecord::notesTypedAreKeptAndInTheMinutes()
{
    QVERIFY(s.page->agenda().items.size() >= 2);
    s.page->setCurrentItem(0);
    const Id first = s.page->agenda().items[0].id;
    QPlainTextEdit *item = s.page->itemNotes()->edit();
    QVERIFY(item->isVisible() && !item->isReadOnly());
    item->setFocus();
    QTest::keyClicks(item, QStringLiteral("Health visitor saw mum last week"));
    // The operator moves on at once: what was typed is saved, not dropped.
    s.page->setCurrentItem(1);
    QCOMPARE(MeetingDetails(**s.db).itemNotes(first).value(),
             QStringLiteral("Health visitor saw mum last week"));
    QVERIFY(item->toPlainText().isEmpty()); // the second item's own notes
    s.page->setCurrentItem(0);
    QCOMPARE(item->toPlainText(), QStringLiteral("Health visitor saw mum last week"));

    QPlainTextEdit *meeting = s.page->meetingNotes()->edit();
    meeting->setFocus();
    QTest::keyClicks(meeting, QStringLiteral("Room 2 next time"));
    s.list()->setFocus(); // leaving the box saves it
    QCOMPARE(stored().notes, QStringLiteral("Room 2 next time"));
    // The box's own Ctrl+Z takes the typing back, and that is saved in turn.
    meeting->setFocus();
    QTest::keyClick(meeting, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(meeting->toPlainText() != QStringLiteral("Room 2 next time"));
    s.list()->setFocus();
    QCOMPARE(stored().notes, meeting->toPlainText());
    meeting->setFocus();
    QTest::keyClick(meeting, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    s.list()->setFocus();
    QCOMPARE(stored().notes, QStringLiteral("Room 2 next time"));
    // Away from the box, Ctrl+Z is the screen's Undo: the last save is taken back, and redone.
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored().notes != QStringLiteral("Room 2 next time"));
    QCOMPARE(meeting->toPlainText(), stored().notes);
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().notes, QStringLiteral("Room 2 next time"));
    QCOMPARE(meeting->toPlainText(), QStringLiteral("Room 2 next time"));

    // Closing the meeting writes the minutes with both.
    QTemporaryDir out;
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    ui::FileDialog::setNextFileName(out.path());
    QVERIFY(s.page->closeMeeting());
    QCOMPARE(stored().notes, QStringLiteral("Room 2 next time"));
    auto html = MinutesWriter(**s.db).html(s.meeting);
    QVERIFY(html);
    QTextDocument doc;
    doc.setHtml(*html);
    QVERIFY(doc.toPlainText().contains(QStringLiteral("Room 2 next time")));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("Health visitor saw mum last week")));
    // A closed meeting's notes are a record: read only.
    QVERIFY(item->isReadOnly());
    QVERIFY(meeting->isReadOnly());
}

void TestMeetingRecord::notesOfAnotherDeskAreNotOverwritten()
{
    s.page->setCurrentItem(0);
    const Id first = s.page->agenda().items[0].id;
    // Another desk writes on the item after this screen read it.
    QVERIFY(MeetingDetails(**s.db).setItemNotes(first, QStringLiteral("Other desk"), QString()));
    QPlainTextEdit *item = s.page->itemNotes()->edit();
    item->setFocus();
    QTest::keyClicks(item, QStringLiteral("Mine"));
    QVERIFY(!s.page->flushNotes());
    QCOMPARE(MeetingDetails(**s.db).itemNotes(first).value(), QStringLiteral("Other desk"));
    QCOMPARE(item->toPlainText(), QStringLiteral("Mine")); // kept on screen
    bool said = false;
    for (QLabel *l : s.page->itemNotes()->findChildren<QLabel *>())
        said |= l->isVisible() && l->text().contains(QStringLiteral("another desk"));
    QVERIFY(said);
    // Moving on gives the words back in a message rather than dropping them.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    s.page->setCurrentItem(1);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Mine")));
}

void TestMeetingRecord::notesNeverOnTheProjector()
{
    s.page->setCurrentItem(0);
    ui::PresenterWindow *presenter = s.page->showPresenter();
    QVERIFY(presenter);
    QPlainTextEdit *item = s.page->itemNotes()->edit();
    item->setFocus();
    QTest::keyClicks(item, QStringLiteral("Private remark"));
    QVERIFY(s.page->flushNotes());
    s.page->setCurrentItem(1);
    s.page->setCurrentItem(0);
    for (QLabel *l : presenter->findChildren<QLabel *>())
        QVERIFY2(!l->text().contains(QStringLiteral("Private remark")), qPrintable(l->text()));
    presenter->close();
}

void TestMeetingRecord::adHocMeetingOnAPickedDate()
{
    auto *button = s.page->findChild<QPushButton *>(QLatin1String(names::AdHocButton));
    QVERIFY(button);
    QVERIFY(button->text().contains(QStringLiteral("da&y")));
    const QDate tuesday = d(2026, 4, 14); // not a meeting day
    withDialog(button, [&](QDialog *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QLatin1String(names::AdHocDate));
        QVERIFY(date);
        QVERIFY(date->calendarPopup());
        date->setDate(tuesday);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog->isVisible());
    });
    // Found from outside: the meeting being run was swapped for the new one. It stays; the
    // new meeting is listed in date order among the others.
    QCOMPARE(s.page->openedMeeting(), s.meeting);
    const QList<Meeting> added = Meetings(**s.db).between(tuesday, tuesday).value();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().date, tuesday);
    QVERIFY(added.first().kind == MeetingKind::AdHoc);
    auto *list = s.page->findChild<QTreeWidget *>(QLatin1String(names::MeetingList));
    QDate previous;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QDate day = list->topLevelItem(i)->data(0, ui::DateRole).toDate();
        QVERIFY2(!previous.isValid() || previous <= day, qPrintable(day.toString()));
        previous = day;
    }
    // The same day again, and a scheduled meeting day: refused in the dialog, which stays.
    for (const QDate day : {tuesday, d(2026, 4, 15)}) {
        withDialog(button, [&](QDialog *dialog) {
            dialog->findChild<QDateEdit *>(QLatin1String(names::AdHocDate))->setDate(day);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible());
            auto *message = dialog->findChild<QLabel *>(QLatin1String(names::AdHocMessage));
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(day.toString(QStringLiteral("dd/MM/yyyy"))),
                     qPrintable(message->text()));
        });
    }
    QCOMPARE(Meetings(**s.db).between(tuesday, tuesday)->size(), 1);
}

void TestMeetingRecord::apologiesInAdvanceStartTheDay()
{
    auto *list = s.page->findChild<QTreeWidget *>(QLatin1String(names::MeetingList));
    auto *button = s.page->findChild<QPushButton *>(QLatin1String(names::ApologiesButton));
    QVERIFY(list && button);
    // The first scheduled meeting after today in the list.
    QTreeWidgetItem *future = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !future; ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        if (row->data(0, ui::DateRole).toDate() > QDate::currentDate() &&
            (row->flags() & Qt::ItemIsSelectable))
            future = row;
    }
    QVERIFY(future);
    const QDate day = future->data(0, ui::DateRole).toDate();
    list->setCurrentItem(future);
    QVERIFY(button->isEnabled());
    withDialog(button, [&](QDialog *dialog) {
        auto *member = dialog->findChild<QComboBox *>(QLatin1String(names::ApologiesMember));
        member->setCurrentIndex(member->findText(QStringLiteral("Bea Health")));
        auto *dialogApologies = qobject_cast<ui::ApologiesDialog *>(dialog);
        QVERIFY(dialogApologies->record());
    });
    const Meeting before = Meetings(**s.db).onDate(day).value();
    QVERIFY(before.id);
    bool apologies = false;
    for (const Attendance &a : before.attendance)
        apologies |= a.memberId == s.members[1] && a.status == AttendanceStatus::Apologies;
    QVERIFY(apologies);
    // On the day the screen opens that meeting: its attendance starts from them.
    QCOMPARE(s.page->openDate(day), before.id);
    QCOMPARE(s.page->attendancePanel()->quorum().expected, 4);
    QCOMPARE(s.page->attendancePanel()->quorum().attending, 0);
    auto *table = s.page->findChild<QTableWidget *>(QLatin1String(names::AttendanceTable));
    bool shown = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text().contains(QStringLiteral("Bea Health")))
            if (auto *box = qobject_cast<QComboBox *>(table->cellWidget(r, 1)))
                shown = box->currentText().contains(QStringLiteral("pologies"));
    QVERIFY(shown);
    // Undo takes the apologies back.
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    const Meeting after = Meetings(**s.db).get(before.id).value();
    for (const Attendance &a : after.attendance)
        if (a.memberId == s.members[1])
            QVERIFY(a.status == AttendanceStatus::Absent);
}

QTEST_MAIN(TestMeetingRecord)
#include "test_meeting_record.moc"
