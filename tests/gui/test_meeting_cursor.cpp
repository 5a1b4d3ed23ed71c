// The meeting screen's one cursor: the operator's list, the decision form and the projected
// household show the same child whichever of them moved (keys, undo, the presenter's keys);
// the chair's keys (Ctrl+Z, Ctrl+Return, Alt+letter) do what they say wherever the focus is;
// and what is recorded, read back from the database, is the highlighted child's.

#include "MeetingScreen.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "meeting/PresenterWindow.h"
#include "meeting/RecordingPanel.h"
#include "repo/Meetings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

class TestMeetingCursor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decisionAfterUndoingAMoveGoesToTheHighlightedChild();
    void presenterKeysMoveTheOperatorsForm();
    void ctrlZInTheRationaleBoxUndoesTheDecision();
    void outcomeIsResetForEachChild();
    void anActionWithNoOwnerIsNeverDropped();
    void aDecisionMarksOnlyItsItemUnlessTheChairSays();
    void refusedWhenTheFormIsNotTheHighlightedChild();
    void mnemonicsAreUnique();
    void addChildTwiceGoesToThemAndClosedRefuses();

private:
    QComboBox *outcome() const
    {
        return s.page->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    }
    // As a chair does: chooses the outcome with the arrow keys in the outcome box, types the
    // rationale, and presses Ctrl+Return in the rationale box.
    void decide(const QString &outcomeStart, const QString &why);
    Id outcomeId(const QString &code) const;

    MeetingScreen s;
};

void TestMeetingCursor::init()
{
    QVERIFY(s.open());
    QVERIFY(s.show());
}

void TestMeetingCursor::cleanup()
{
    s.close();
}

void TestMeetingCursor::decide(const QString &outcomeStart, const QString &why)
{
    s.decide(outcomeStart, why);
}

Id TestMeetingCursor::outcomeId(const QString &code) const
{
    const QList<Outcome> outcomes = Decisions(**s.db).outcomes().value();
    for (const Outcome &o : outcomes)
        if (o.code == code)
            return o.id;
    return 0;
}

// Found in use: after undoing a move the list highlighted one child while the form still
// named the other, and Ctrl+Return recorded the decision for the child the form named.
void TestMeetingCursor::decisionAfterUndoingAMoveGoesToTheHighlightedChild()
{
    QAbstractItemView *list = s.list();
    list->setFocus();
    const Id moved = s.highlighted();
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(s.page->currentItem(), 1);
    QCOMPARE(s.highlighted(), moved);
    const Id other = s.page->agenda().items[0].childId;
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s.page->agenda().items[0].childId, moved); // the move is undone
    const Id shown = s.highlighted();
    QCOMPARE(s.page->recordingPanel()->childId(), shown);
    QVERIFY2(s.page->recordingPanel()->childLabel().contains(QStringLiteral("(id %1)").arg(shown)),
             qPrintable(s.page->recordingPanel()->childLabel()));
    QCOMPARE(s.page->presenter(), nullptr);

    // Redone with Ctrl+Shift+Z: still one cursor.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(s.page->agenda().items[1].childId, moved);
    QCOMPARE(s.page->recordingPanel()->childId(), s.highlighted());

    const Id chosen = s.highlighted();
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(s.decisionsFor(chosen), 1);
    QCOMPARE(s.decisionsFor(chosen == moved ? other : moved), 0);
}

// Found in use: Right on the projector moved the projection but not the operator's form.
void TestMeetingCursor::presenterKeysMoveTheOperatorsForm()
{
    PresenterWindow *p = s.page->showPresenter();
    QVERIFY(p);
    QCOMPARE(p->currentHousehold(), 0);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentHousehold(), 1); // Amy and Ben
    QVERIFY(s.highlighted() == s.h.amy || s.highlighted() == s.h.ben);
    QCOMPARE(s.page->recordingPanel()->childId(), s.highlighted());
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(s.highlighted(), s.h.fay);
    QCOMPARE(s.page->recordingPanel()->childId(), s.h.fay);
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->currentHousehold(), 1);
    const Id shown = s.highlighted();
    QVERIFY(shown == s.h.amy || shown == s.h.ben);
    QCOMPARE(s.page->recordingPanel()->childId(), shown);

    decide(QStringLiteral("Early"), QStringLiteral("Offer an assessment"));
    QCOMPARE(s.decisionsFor(shown), 1);
    QCOMPARE(s.decisionsFor(s.h.fay), 0);
    QCOMPARE(s.decisionsFor(s.h.cal), 0);
    // The next item is the household's other child: the projection stays on the household.
    QCOMPARE(p->currentHousehold(), 1);
    QCOMPARE(s.page->recordingPanel()->childId(), s.highlighted());
}

// Ctrl+Z pressed in the rationale box undoes the meeting's last change (the decision), once
// the box has no typing of its own to undo; the decision's "[heard]" mark goes with it.
void TestMeetingCursor::ctrlZInTheRationaleBoxUndoesTheDecision()
{
    const Id first = s.highlighted();
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(s.decisionsFor(first), 1);
    QVERIFY(s.page->agenda().items[0].status == AgendaStatus::Heard);
    QVERIFY(s.rowOf(0).data().toString().startsWith(QStringLiteral("[heard]")));
    QVERIFY(s.rationale()->hasFocus());
    QVERIFY(s.rationale()->toPlainText().isEmpty());

    QTest::keyClick(s.rationale(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s.decisionsFor(first), 0);
    QVERIFY(s.page->agenda().items[0].status == AgendaStatus::Open);
    QVERIFY(!s.rowOf(0).data().toString().startsWith(QStringLiteral("[")));
    QVERIFY(AgendaStore(**s.db).items(s.meeting)->first().status == AgendaStatus::Open);
    QCOMPARE(s.page->recordingPanel()->childId(), s.highlighted());

    QTest::keyClick(s.rationale(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(s.decisionsFor(first), 1);
    QVERIFY(s.page->agenda().items[0].status == AgendaStatus::Heard);

    // While the box has typing of its own, Ctrl+Z undoes the typing, not the meeting.
    QTest::keyClicks(s.rationale(), QStringLiteral("Wrong child"));
    QTest::keyClick(s.rationale(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(s.rationale()->toPlainText() != QStringLiteral("Wrong child"));
    QCOMPARE(s.decisionsFor(first), 1);

    // The action box too: empty, Ctrl+Z undoes the decision.
    auto *action = s.page->findChild<QLineEdit *>(QStringLiteral("actionEdit"));
    action->setFocus();
    QTest::keyClick(action, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s.decisionsFor(first), 0);
}

// Found in use: the outcome box kept the previous child's outcome.
void TestMeetingCursor::outcomeIsResetForEachChild()
{
    const Id first = s.highlighted();
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(Decisions(**s.db).forChild(first)->first().outcomeId,
             outcomeId(QStringLiteral("proforma")));
    const Id next = s.highlighted();
    QVERIFY(next != first);
    QCOMPARE(s.page->recordingPanel()->childId(), next);
    QCOMPARE(outcome()->currentIndex(), -1);
    QVERIFY(s.rationale()->toPlainText().isEmpty());

    // Ctrl+Return with no outcome chosen records nothing and says why.
    QTest::keyClick(s.rationale(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(s.decisionsFor(next), 0);
    QVERIFY(s.page->recordingPanel()
                ->findChild<QLabel *>(QStringLiteral("recordMessage"))
                ->text()
                .contains(QStringLiteral("outcome")));
    decide(QStringLiteral("Early"), QStringLiteral("Offer an assessment"));
    QCOMPARE(s.decisionsFor(next), 1);
    QCOMPARE(Decisions(**s.db).forChild(next)->first().outcomeId, outcomeId(QStringLiteral("eha")));
}

// Found from outside: an action typed with no owner was dropped while the decision was
// recorded, the form moved on and the minutes said "No actions were agreed".
void TestMeetingCursor::anActionWithNoOwnerIsNeverDropped()
{
    const Id first = s.highlighted();
    auto *action = s.page->findChild<QLineEdit *>(QStringLiteral("actionEdit"));
    auto *owner = s.page->findChild<QComboBox *>(QStringLiteral("actionOwner"));
    QVERIFY(action && owner);
    action->setText(QStringLiteral("Offer RPC sessions to parents"));
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(s.decisionsFor(first), 0); // nothing recorded: the form stays on this child
    QCOMPARE(s.page->recordingPanel()->childId(), first);
    QCOMPARE(action->text(), QStringLiteral("Offer RPC sessions to parents"));
    QVERIFY(s.page->recordingPanel()
                ->findChild<QLabel *>(QStringLiteral("recordMessage"))
                ->text()
                .contains(QStringLiteral("owns")));
    QCOMPARE(QApplication::focusWidget(), owner);
    owner->setCurrentIndex(1);
    QTest::keyClick(s.rationale(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(s.decisionsFor(first), 1);
    const QList<Action> actions = Decisions(**s.db).actionsFor(first).value();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().description, QStringLiteral("Offer RPC sessions to parents"));
    // Back on the heard item, the form says what was decided (found from outside: it was an
    // empty form, inviting a second decision).
    s.page->setCurrentItem(0);
    QCOMPARE(s.page->recordingPanel()->childId(), first);
    const QString said =
        s.page->recordingPanel()->findChild<QLabel *>(QStringLiteral("recordMessage"))->text();
    QVERIFY2(said.contains(QStringLiteral("Heard at this meeting")) &&
                 said.contains(QStringLiteral("Nursery to support")),
             qPrintable(said));
}

// One decision marks the item it was recorded on; the child's other items only when the chair
// ticks "Also mark this child's other items heard" (Alt+H).
void TestMeetingCursor::aDecisionMarksOnlyItsItemUnlessTheChairSays()
{
    const Id cal = s.highlighted();
    s.secondItem(cal);
    s.page->setCurrentItem(0);
    auto *also = s.page->findChild<QCheckBox *>(QStringLiteral("alsoHeardCheck"));
    QVERIFY(also);
    QVERIFY(also->isVisible());
    QVERIFY(!also->isChecked());
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(s.decisionsFor(cal), 1);
    QVERIFY(s.page->agenda().items.first().status == AgendaStatus::Heard);
    QCOMPARE(s.page->agenda().items.last().childId, cal);
    QVERIFY(s.page->agenda().items.last().status == AgendaStatus::Open);

    s.page->setCurrentItem(int(s.page->agenda().items.size()) - 1);
    QCOMPARE(s.page->recordingPanel()->childId(), cal);
    QVERIFY(!also->isVisible()); // no other open item of Cal's now
    // Amy twice: the chair says both are heard.
    s.secondItem(s.h.amy);
    int amyRow = -1;
    for (int i = 0; i < s.page->agenda().items.size() && amyRow < 0; ++i)
        if (s.page->agenda().items[i].childId == s.h.amy)
            amyRow = i;
    s.page->setCurrentItem(amyRow);
    QVERIFY(also->isVisible());
    s.rationale()->setFocus();
    QTest::keyClick(s.rationale(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(also->isChecked()); // a mnemonic clicks when its button is released
    decide(QStringLiteral("Family"), QStringLiteral("Family hub"));
    for (const AgendaItem &i : s.page->agenda().items)
        if (i.childId == s.h.amy)
            QVERIFY(i.status == AgendaStatus::Heard);
    QVERIFY(!also->isChecked()); // reset for the next child
    s.list()->setFocus();
    QTest::keyClick(s.list(), Qt::Key_Z, Qt::ControlModifier);
    for (const AgendaItem &i : s.page->agenda().items)
        if (i.childId == s.h.amy)
            QVERIFY(i.status == AgendaStatus::Open);
}

// Recording asks nothing when the form, the list and the projection agree, and refuses when
// they do not.
void TestMeetingCursor::refusedWhenTheFormIsNotTheHighlightedChild()
{
    RecordingPanel *rec = s.page->recordingPanel();
    const Id shown = s.highlighted();
    QCOMPARE(rec->childId(), shown);
    // The list's cursor moved behind the form's back (no signal reached the page).
    {
        const QSignalBlocker block(s.list()->selectionModel());
        s.list()->setCurrentIndex(s.rowOf(2));
    }
    QVERIFY(s.highlighted() != shown);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    decide(QStringLiteral("Proforma"), QStringLiteral("Nursery to support"));
    QCOMPARE(s.decisionsFor(shown), 0);
    QCOMPARE(s.decisionsFor(s.highlighted()), 0);
    QVERIFY(rec->findChild<QLabel *>(QStringLiteral("recordMessage"))
                ->text()
                .contains(QStringLiteral("Nothing was recorded")));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// Each Alt+letter on the meeting screen does one thing: no two visible controls share one,
// nor with the main window's menus (&File, &Edit, &Tools).
void TestMeetingCursor::mnemonicsAreUnique()
{
    s.secondItem(s.page->agenda().items.first().childId); // shows "Also mark..."
    s.page->setCurrentItem(0);
    QHash<QString, QString> seen = {{QKeySequence::mnemonic(QStringLiteral("&File")).toString(),
                                     QStringLiteral("the File menu")},
                                    {QKeySequence::mnemonic(QStringLiteral("&Edit")).toString(),
                                     QStringLiteral("the Edit menu")},
                                    {QKeySequence::mnemonic(QStringLiteral("&Tools")).toString(),
                                     QStringLiteral("the Tools menu")}};
    int count = 0;
    const QString clash = test::mnemonicClash(s.page.get(), seen, &count);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    // Found from outside: "D&ue:" on the decision form did nothing (its date box took no
    // focus), so a due date typed after Alt+U went into the Owner box.
    const QStringList dead = test::mnemonicDeadEnds(s.page.get());
    QVERIFY2(dead.isEmpty(), qPrintable(dead.join(u',')));
    QVERIFY(count >= 14);
}

// Found from outside: Add child added a child already on the agenda a second time, and added
// children to a closed meeting, where they could never be heard.
void TestMeetingCursor::addChildTwiceGoesToThemAndClosedRefuses()
{
    const int before = int(s.page->agenda().items.size());
    const Id third = s.page->agenda().items.at(2).childId;
    s.page->setCurrentItem(0);
    s.page->addChild(third);
    QCOMPARE(int(s.page->agenda().items.size()), before);
    QCOMPARE(s.highlighted(), third);
    QCOMPARE(s.page->recordingPanel()->childId(), third);

    // A move made before the meeting closed is not undone into the closed agenda (found in
    // review: the undo stack outlived the meeting).
    s.page->setCurrentItem(0);
    s.page->moveCurrent(1);
    const QList<AgendaItem> closedOrder = *AgendaStore(**s.db).items(s.meeting);
    QVERIFY(Meetings(**s.db).close(s.meeting, QString()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.editor->undo();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QList<AgendaItem> after = *AgendaStore(**s.db).items(s.meeting);
    QCOMPARE(after.size(), closedOrder.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after[i].id, closedOrder[i].id);
    s.page->openMeeting(s.meeting);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.page->addChild(s.h.amy);
    QCOMPARE(int(s.page->agenda().items.size()), before);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("closed")));
    for (auto *b : s.page->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Add chi&ld...") || b->text() == QStringLiteral("&Defer"))
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestMeetingCursor)
#include "test_meeting_cursor.moc"
