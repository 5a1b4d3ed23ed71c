#pragma once

// The meeting screen as a chair uses it, for the GUI tests: the Easter 2026 history, five
// members and a police member, the meeting of 8 April open, and the main window's Undo and
// Redo (Ctrl+Z, Ctrl+Shift+Z) on the page as the Edit menu puts them.

#include "../TestSupport.h"
#include "../test_agenda_fixture.h"
#include "commands/Editor.h"
#include "meeting/AgendaListModel.h"
#include "meeting/AgendaStore.h"
#include "meeting/AttendancePanel.h"
#include "meeting/MeetingsPage.h"
#include "repo/Directory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>

namespace enc::test {

struct MeetingScreen
{
    std::unique_ptr<TempDatabase> db;
    std::unique_ptr<ui::Editor> editor;
    std::unique_ptr<ui::MeetingsPage> page;
    AgendaHistory h;
    QList<Id> members;
    Id police = 0;
    Id meeting = 0;

    bool open()
    {
        close();
        db = std::make_unique<TempDatabase>();
        if (!db->db)
            return false;
        Directory dir(**db);
        for (const char *name : {"Alex Chair", "Bea Health", "Cas Early Years", "Dee Family Hub"}) {
            Member m;
            m.name = QString::fromLatin1(name);
            members.append(dir.addMember(m)->id);
        }
        Member p;
        p.name = QStringLiteral("PC Example");
        p.agencyId = *dir.ensureAgency(QStringLiteral("Police"), true);
        p.commitment = MemberCommitment::Monthly;
        police = dir.addMember(p)->id;
        if (!h.build(**db))
            return false;
        editor = std::make_unique<ui::Editor>(**db);
        page = std::make_unique<ui::MeetingsPage>();
        page->setDatabase(db->db.get(), editor.get());
        page->resize(1600, 900);
        meeting = page->openDate(d(2026, 4, 8));
        return meeting != 0;
    }

    void close()
    {
        page.reset();
        editor.reset();
        db.reset();
        members.clear();
        h = AgendaHistory();
    }

    // Quorate, on screen and active, with the Edit menu's Undo and Redo, as in the window.
    bool show()
    {
        for (int i = 0; i < 3; ++i)
            page->attendancePanel()->setStatus(members[i], AttendanceStatus::Present);
        QAction *undo = editor->createUndoAction(page.get());
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = editor->createRedoAction(page.get());
        redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        page->addAction(undo);
        page->addAction(redo);
        page->show();
        QApplication::setActiveWindow(page.get());
        return QTest::qWaitForWindowActive(page.get());
    }

    QAbstractItemView *list() const
    {
        return page->findChild<QAbstractItemView *>(QStringLiteral("agendaList"));
    }
    // The list's rows hold section headings too: the model maps items (by their index in
    // the agenda) to rows and back.
    const ui::AgendaListModel *listModel() const
    {
        return qobject_cast<const ui::AgendaListModel *>(list()->model());
    }
    // The list's row of an item.
    QModelIndex rowOf(int item) const { return listModel()->index(listModel()->rowOf(item)); }
    QPlainTextEdit *rationale() const
    {
        return page->findChild<QPlainTextEdit *>(QStringLiteral("rationaleEdit"));
    }
    // The child of the item highlighted in the operator's list.
    // A second open item for a child already on the agenda (a new PPN and an action due, say),
    // as the agenda builder makes them: the chair's Add child goes to the first instead.
    void secondItem(Id child)
    {
        QVERIFY(AgendaStore(**db).addChild(meeting, child, QStringLiteral("Also due")));
        page->openMeeting(meeting);
    }
    Id highlighted() const
    {
        const int item = listModel()->itemAt(list()->currentIndex().row());
        return item >= 0 && item < page->agenda().items.size() ? page->agenda().items[item].childId
                                                               : 0;
    }
    // As a chair does: chooses the outcome with the arrow keys in the outcome box, types the
    // rationale, and presses Ctrl+Return in the rationale box.
    void decide(const QString &outcomeStart, const QString &why) const
    {
        QApplication::setActiveWindow(page.get());
        auto *outcome = page->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setFocus();
        const int wanted = outcome->findText(outcomeStart, Qt::MatchStartsWith);
        QTest::keyClick(outcome, Qt::Key_Home);
        for (int i = 0; i < wanted; ++i)
            QTest::keyClick(outcome, Qt::Key_Down);
        QVERIFY(outcome->currentText().startsWith(outcomeStart));
        rationale()->setFocus();
        QTest::keyClicks(rationale(), why);
        QTest::keyClick(rationale(), Qt::Key_Return, Qt::ControlModifier);
    }
    // The live decisions stored for a child at this meeting.
    int decisionsFor(Id child) const
    {
        int n = 0;
        const QList<Decision> all = Decisions(**db).forChild(child).value();
        for (const Decision &dec : all)
            n += dec.meetingId == meeting;
        return n;
    }
};

} // namespace enc::test
