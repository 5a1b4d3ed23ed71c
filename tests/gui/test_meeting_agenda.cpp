// The operator's agenda list as a chair runs a meeting from it (issue 17): sections under
// headings with their counts, which the keys pass over; households numbered and shaded; the
// child's age (a baby in months); a filter that never hides the item in hand nor lets a
// decision go to a child the list does not show.

#include "MeetingScreen.h"
#include "meeting/AgendaFilterBar.h"
#include "meeting/PresenterWindow.h"
#include "meeting/RecordingPanel.h"
#include "repo/Children.h"
#include "repo/Directory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

class TestMeetingAgenda : public QObject
{
    Q_OBJECT

private slots:
    void tabFromTheFindBoxGoesToTheAgenda();
    void init();
    void cleanup();
    void sectionsHaveHeadingsWithCounts();
    void downAndUpPassOverHeadings();
    void householdsAreNumberedAndShaded();
    void aBabysAgeIsInMonths();
    void rowsAreMeasuredAgainWhenTheListNarrows();
    void filterBySectionKeepsTheCursorAndRecordsForTheHighlightedChild();
    void filterByAreaAndByName();

private:
    // The agenda's first item of a section, -1 when none.
    int firstOf(AgendaSection section) const;

    MeetingScreen s;
};

void TestMeetingAgenda::init()
{
    QVERIFY(s.open());
    QVERIFY(s.show());
}

void TestMeetingAgenda::cleanup()
{
    s.close();
}

int TestMeetingAgenda::firstOf(AgendaSection section) const
{
    const QList<AgendaItem> &items = s.page->agenda().items;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].section == section)
            return i;
    return -1;
}

void TestMeetingAgenda::sectionsHaveHeadingsWithCounts()
{
    const QList<AgendaItem> &items = s.page->agenda().items;
    QList<int> counts(int(AgendaSection::Added) + 1, 0);
    for (const AgendaItem &i : items)
        ++counts[int(i.section)];
    QVERIFY(counts[int(AgendaSection::NewPpns)] >= 2);
    QVERIFY(counts[int(AgendaSection::Escalations)] >= 1);
    const QAbstractItemModel *model = s.list()->model();
    QStringList headings;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (s.listModel()->itemAt(row) >= 0)
            continue;
        headings << index.data().toString();
        // Neither chosen nor recorded.
        QVERIFY(!(index.flags() & Qt::ItemIsSelectable));
        QVERIFY(!(index.flags() & Qt::ItemIsEnabled));
    }
    QStringList expected;
    for (int section = 0; section < counts.size(); ++section)
        if (counts[section])
            expected << QStringLiteral("%1 (%2)")
                            .arg(sectionTitle(AgendaSection(section)))
                            .arg(counts[section]);
    QCOMPARE(headings, expected);
    QCOMPARE(model->index(0, 0).data().toString(),
             QStringLiteral("New PPNs (%1)").arg(counts[int(AgendaSection::NewPpns)]));
    // Every item has its row; an escalation says so in words, not by colour alone.
    QCOMPARE(model->rowCount(), int(items.size() + headings.size()));
    const QString escalation = s.rowOf(firstOf(AgendaSection::Escalations)).data().toString();
    QVERIFY2(escalation.contains(QStringLiteral("ESCALATION")), qPrintable(escalation));
    QVERIFY(!s.rowOf(0).data().toString().contains(QStringLiteral("ESCALATION")));
}

void TestMeetingAgenda::downAndUpPassOverHeadings()
{
    const int escalation = firstOf(AgendaSection::Escalations);
    QVERIFY(escalation > 0);
    const int lastNew = escalation - 1;
    QVERIFY(s.page->agenda().items[lastNew].section == AgendaSection::NewPpns);
    s.page->setCurrentItem(lastNew);
    s.list()->setFocus();
    QTest::keyClick(s.list(), Qt::Key_Down);
    QCOMPARE(s.page->currentItem(), escalation);
    QCOMPARE(s.highlighted(), s.h.fay);
    QCOMPARE(s.page->recordingPanel()->childId(), s.h.fay);
    QTest::keyClick(s.list(), Qt::Key_Up);
    QCOMPARE(s.page->currentItem(), lastNew);
    // Home goes to the first item, not its heading; Up from there stays.
    QTest::keyClick(s.list(), Qt::Key_Home);
    QCOMPARE(s.page->currentItem(), 0);
    QTest::keyClick(s.list(), Qt::Key_Up);
    QCOMPARE(s.page->currentItem(), 0);
    QCOMPARE(s.page->recordingPanel()->childId(), s.page->agenda().items[0].childId);
}

void TestMeetingAgenda::householdsAreNumberedAndShaded()
{
    const QList<AgendaItem> &items = s.page->agenda().items;
    int amy = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].childId == s.h.amy && items[i].section == AgendaSection::NewPpns)
            amy = i;
    QVERIFY(amy >= 0);
    const int ben = items.value(amy + 1).childId == s.h.ben ? amy + 1 : amy - 1;
    QCOMPARE(items.value(ben).childId, s.h.ben);
    const int first = std::min(amy, ben);
    // Siblings: one household, said in words, shaded alike; the next household not.
    const QString a = s.rowOf(first).data().toString();
    const QString b = s.rowOf(first + 1).data().toString();
    QVERIFY2(a.contains(QStringLiteral(" (1 of 2)")), qPrintable(a));
    QVERIFY2(b.contains(QStringLiteral(" (2 of 2)")), qPrintable(b));
    const auto shaded = [this](int item) {
        return s.rowOf(item).data(AgendaListModel::ShadedRole).toBool();
    };
    QCOMPARE(shaded(first), shaded(first + 1));
    QVERIFY(items.size() > first + 2);
    QVERIFY(shaded(first + 2) != shaded(first + 1));
}

void TestMeetingAgenda::aBabysAgeIsInMonths()
{
    // Born 1 September 2025: 7 months old at the meeting of 8 April 2026.
    Child c;
    c.forename = QStringLiteral("Rae");
    c.surname = QStringLiteral("Sample");
    c.dateOfBirth = d(2025, 9, 1);
    auto baby = Children(**s.db).add(c);
    QVERIFY(baby);
    QVERIFY(s.h.ppn(**s.db, {baby->id}, d(2026, 4, 5), d(2026, 4, 6)));
    s.page->openMeeting(s.meeting);
    const QList<AgendaItem> &items = s.page->agenda().items;
    int item = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].childId == baby->id)
            item = i;
    QVERIFY(item >= 0);
    const QString text = s.rowOf(item).data().toString();
    QVERIFY2(text.contains(QStringLiteral("Rae Sample (id %1), 7 months").arg(baby->id)),
             qPrintable(text));
    // The older children in years.
    QVERIFY(s.rowOf(0).data().toString().contains(QStringLiteral(", 3 years")));
}

// Found in the window: the list narrowed after it was laid out (the window fitted to the
// screen) and rows kept their old height, so a wrapped title hid the line under it.
void TestMeetingAgenda::rowsAreMeasuredAgainWhenTheListNarrows()
{
    QAbstractItemView *list = s.list();
    const auto heights = [list] {
        QList<int> shown, wanted;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            shown << list->visualRect(index).height();
            wanted << list->itemDelegateForIndex(index)->sizeHint({}, index).height();
        }
        return std::pair(shown, wanted);
    };
    const auto wide = heights();
    QCOMPARE(wide.first, wide.second);
    s.page->resize(700, 900);
    QCoreApplication::processEvents(); // the list lays itself out again on the next loop
    const auto narrow = heights();
    QVERIFY(narrow.second != wide.second); // some lines wrap now
    QCOMPARE(narrow.first, narrow.second);
}

void TestMeetingAgenda::filterBySectionKeepsTheCursorAndRecordsForTheHighlightedChild()
{
    s.page->setCurrentItem(0);
    const Id inHand = s.page->agenda().items[0].childId;
    QVERIFY(inHand != s.h.fay);
    auto *section = s.page->findChild<QComboBox *>(QStringLiteral("agendaSectionFilter"));
    QVERIFY(section);
    section->setFocus();
    QTest::keyClicks(section, QStringLiteral("Escalations"));
    QCOMPARE(section->currentData().toInt(), int(AgendaSection::Escalations));

    // Only escalations are shown, and the item in hand (it stays chosen, saying why it shows).
    const QList<AgendaItem> &items = s.page->agenda().items;
    int hidden = 0;
    for (int i = 0; i < items.size(); ++i) {
        const bool shown = s.listModel()->rowOf(i) >= 0;
        QCOMPARE(shown, items[i].section == AgendaSection::Escalations || i == 0);
        hidden += !shown;
    }
    QVERIFY(hidden >= 3);
    QCOMPARE(s.page->currentItem(), 0);
    QCOMPARE(s.highlighted(), inHand);
    QCOMPARE(s.page->recordingPanel()->childId(), inHand);
    QVERIFY(s.rowOf(0).data().toString().contains(QStringLiteral("outside the filter")));
    // Counted: the escalations alone, under their heading and beside the filter.
    int escalations = 0;
    for (const AgendaItem &i : items)
        escalations += i.section == AgendaSection::Escalations;
    QCOMPARE(s.listModel()->shownItems(), escalations);
    const QAbstractItemModel *model = s.list()->model();
    const int headingRow = s.rowOf(firstOf(AgendaSection::Escalations)).row() - 1;
    QCOMPARE(
        model->index(headingRow, 0).data().toString(),
        QStringLiteral("%1 (%2)").arg(sectionTitle(AgendaSection::Escalations)).arg(escalations));
    // The item in hand's heading counts the one row under it, not "(0)" over a row.
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("New PPNs (1)"));

    // Down goes to the escalation (over its heading); the decision is Fay's alone.
    s.list()->setFocus();
    QTest::keyClick(s.list(), Qt::Key_Down);
    QCOMPARE(s.highlighted(), s.h.fay);
    QCOMPARE(s.page->recordingPanel()->childId(), s.h.fay);
    s.decide(QStringLiteral("Proforma"), QStringLiteral("Liaise with the social worker"));
    QCOMPARE(s.decisionsFor(s.h.fay), 1);
    QCOMPARE(s.decisionsFor(inHand), 0);
    // Nothing shown after it is open: the cursor stays on the child just heard.
    QCOMPARE(s.highlighted(), s.h.fay);
    QCOMPARE(s.page->recordingPanel()->childId(), s.h.fay);

    // The whole agenda again: the cursor is where it was.
    section->setFocus();
    QTest::keyClick(section, Qt::Key_Home);
    QCOMPARE(section->currentIndex(), 0);
    QCOMPARE(s.listModel()->shownItems(), int(items.size()));
    QCOMPARE(s.highlighted(), s.h.fay);
}

void TestMeetingAgenda::filterByAreaAndByName()
{
    // Amy lives in Northfield; nobody else on the agenda has an area.
    auto area = Directory(**s.db).ensureArea(QStringLiteral("Northfield"));
    QVERIFY(area);
    auto amy = Children(**s.db).get(s.h.amy);
    QVERIFY(amy);
    amy->areaId = *area;
    QVERIFY(Children(**s.db).update(*amy));
    s.page->openMeeting(s.meeting);
    const QList<AgendaItem> &items = s.page->agenda().items;
    int amyItem = -1;
    for (int i = 0; i < items.size() && amyItem < 0; ++i)
        if (items[i].childId == s.h.amy)
            amyItem = i;
    QVERIFY(amyItem > 0); // the item in hand (0) is someone else's
    QVERIFY(s.rowOf(amyItem).data().toString().contains(QStringLiteral(" \u00b7 Northfield")));

    auto *areaBox = s.page->findChild<QComboBox *>(QStringLiteral("agendaAreaFilter"));
    QVERIFY(areaBox);
    areaBox->setFocus();
    QTest::keyClicks(areaBox, QStringLiteral("Northfield"));
    QCOMPARE(areaBox->currentText(), QStringLiteral("Northfield"));
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(s.listModel()->rowOf(i) >= 0, items[i].childId == s.h.amy || i == 0);
    QCOMPARE(s.page->currentItem(), 0);

    // Back to every area, then a name typed: Ben's items, and the item in hand.
    QTest::keyClick(areaBox, Qt::Key_Home);
    auto *text = s.page->findChild<QLineEdit *>(QStringLiteral("agendaTextFilter"));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("ben exa"));
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(s.listModel()->rowOf(i) >= 0, items[i].childId == s.h.ben || i == 0);
    QCOMPARE(s.page->currentItem(), 0);
    QCOMPARE(s.page->recordingPanel()->childId(), items[0].childId);
}

// Found by a newcomer's trial: Tab from the find box skipped the agenda and landed on the
// outcome, where an arrow key then changed it.
void TestMeetingAgenda::tabFromTheFindBoxGoesToTheAgenda()
{
    QVERIFY(s.show());
    auto *find = s.page->findChild<AgendaFilterBar *>()->textBox();
    find->setFocus();
    QTest::keyClick(find, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(s.list()));
}

QTEST_MAIN(TestMeetingAgenda)
#include "test_meeting_agenda.moc"
