// Proformas in the window: the child's record (request, return, review, chase, each undone
// with Ctrl+Z) and the Friday meeting's tracking review, where the chair's decision is the
// proforma's review.

#include "../TestSupport.h"
#include "MeetingScreen.h"
#include "Mnemonics.h"
#include "child/ChildRecordPage.h"
#include "child/ProformaDialog.h"
#include "child/ProformaNames.h"
#include "child/ProformaSection.h"
#include "commands/Editor.h"
#include "meeting/AgendaBuilder.h"
#include "meeting/PresenterWindow.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "repo/Proformas.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace enc;

class TestProformaScreens : public QObject
{
    Q_OBJECT

    struct Record
    {
        test::TempDatabase t;
        ui::Editor editor{*t};
        ui::ChildRecordPage page;
        Id child = 0;

        Record()
        {
            Setting s;
            s.name = QStringLiteral("Little Acorns Nursery");
            const Id setting = Directory(*t).addSetting(s)->id;
            Child c;
            c.forename = QStringLiteral("Ida");
            c.surname = QStringLiteral("Testchild");
            c.dateOfBirth = QDate::currentDate().addYears(-3);
            c.settingId = setting;
            c.settingKnown = SettingKnown::Known;
            child = Children(*t).add(c)->id;
            page.setDatabase(t.db.get(), &editor);
            QObject::connect(&editor, &ui::Editor::changed, &page, &ui::ChildRecordPage::reload);
            page.resize(1366, 768);
            page.showChild(child);
        }
        ui::ProformaSection *section() const { return page.proformas(); }
        QPushButton *button(const char *name) const
        {
            return page.findChild<QPushButton *>(QLatin1String(name));
        }
        QString state() const
        {
            QTreeWidgetItem *row = section()->list()->topLevelItem(0);
            return row ? row->text(4) : QString();
        }
        Proforma latest() { return Proformas(*t).forChild(child)->value(0); }
    };

private slots:
    void theRecordRequestsReturnsAndReviewsUndoably()
    {
        Record r;
        r.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.page));
        // With the window's File and Tools menus (its Edit menu shares Alt+E with the page's
        // Edit button, as before this section).
        QCOMPARE(
            test::mnemonicClash(&r.page, {{QStringLiteral("Alt+F"), QStringLiteral("&File")},
                                          {QStringLiteral("Alt+T"), QStringLiteral("&Tools")}}),
            QString());
        QCOMPARE(r.section()->list()->topLevelItemCount(), 0);
        QVERIFY(!r.button(ui::names::ProformaReturn)->isEnabled());

        r.button(ui::names::ProformaRequest)->click();
        QCOMPARE(r.section()->list()->topLevelItemCount(), 1);
        QCOMPARE(r.state(), QStringLiteral("Awaited"));
        QVERIFY2(r.section()->message().contains(QStringLiteral("due back")),
                 qPrintable(r.section()->message()));
        QCOMPARE(r.section()->list()->topLevelItem(0)->text(1),
                 QStringLiteral("Little Acorns Nursery"));
        QVERIFY(!r.button(ui::names::ProformaRequest)->isEnabled()); // one awaited at a time
        QVERIFY(r.button(ui::names::ProformaReturn)->isEnabled());
        r.editor.undo();
        QCOMPARE(r.section()->list()->topLevelItemCount(), 0);
        r.editor.redo();
        QCOMPARE(r.section()->list()->topLevelItemCount(), 1);

        // The setting sends it back: the dialog the Return button opens.
        ui::ProformaDialog back(*r.t, r.editor, ui::ProformaDialog::Mode::Return, r.latest(),
                                QStringLiteral("Ida Testchild"));
        QCOMPARE(test::mnemonicClash(&back), QString());
        back.dateField()->setDate(QDate::currentDate());
        QVERIFY(!back.save()); // no summary
        QVERIFY(back.errorText().contains(QStringLiteral("summary")));
        back.textEdit()->setPlainText(QStringLiteral("Settled, eating well"));
        back.voiceEdit()->setPlainText(QStringLiteral("Likes the sand tray"));
        QVERIFY2(back.save(), qPrintable(back.errorText()));
        QCOMPARE(r.state(), QStringLiteral("To review"));
        QVERIFY(r.page.findChild<QLabel *>(QLatin1String(ui::names::ProformaDetail))
                    ->text()
                    .contains(QStringLiteral("Voice of the child: Likes the sand tray")));
        QVERIFY(r.button(ui::names::ProformaReview)->isEnabled());

        ui::ProformaDialog review(*r.t, r.editor, ui::ProformaDialog::Mode::Review, r.latest(),
                                  QStringLiteral("Ida Testchild"));
        QCOMPARE(test::mnemonicClash(&review), QString());
        review.textEdit()->setPlainText(QStringLiteral("No further action"));
        QVERIFY2(review.save(), qPrintable(review.errorText()));
        QVERIFY(r.state().startsWith(QStringLiteral("Reviewed")));
        QCOMPARE(r.latest().reviewOutcome, QStringLiteral("No further action"));

        // Ctrl+Z takes the review back, then the return.
        QCOMPARE(r.editor.undoText(), QStringLiteral("Review proforma"));
        r.editor.undo();
        QCOMPARE(r.state(), QStringLiteral("To review"));
        r.editor.undo();
        QCOMPARE(r.state(), QStringLiteral("Awaited"));
        QVERIFY(!r.latest().returned());
        QCOMPARE(r.latest().summary, QString());
    }

    void aReturnTypedAgainstAChangedProformaIsRefused()
    {
        Record r;
        r.button(ui::names::ProformaRequest)->click();
        const Proforma shown = r.latest();
        ui::ProformaDialog back(*r.t, r.editor, ui::ProformaDialog::Mode::Return, shown,
                                QStringLiteral("Ida Testchild"));
        back.textEdit()->setPlainText(QStringLiteral("Settled"));
        // Meanwhile another desk records a chase.
        QVERIFY(Proformas(*r.t).recordChase(shown.id, shown.dueOn.addDays(1)));
        QVERIFY(!back.save());
        QVERIFY2(back.errorText().contains(QStringLiteral("tester")), qPrintable(back.errorText()));
        QVERIFY(!r.latest().returned());
        QCOMPARE(r.latest().chaseCount, 1);
    }

    void theFridayDecisionIsTheProformasReview()
    {
        test::MeetingScreen s;
        QVERIFY(s.open());
        // Friday 10 April: Ida's proforma came back on the 8th, Jon's is overdue.
        s.meeting = s.page->openDate(test::d(2026, 4, 10));
        QVERIFY(s.meeting);
        QVERIFY(s.show());
        const QList<AgendaItem> &items = s.page->agenda().items;
        int ida = -1;
        for (int i = 0; i < items.size(); ++i)
            if (items[i].section == AgendaSection::TrackingReview && items[i].childId == s.h.ida)
                ida = i;
        QVERIFY(ida >= 0);
        s.page->setCurrentItem(ida);
        QCOMPARE(s.highlighted(), s.h.ida);
        auto *box = s.page->findChild<QWidget *>(QLatin1String(ui::names::ProformaBox));
        QVERIFY(box->isVisible());
        const QString shown = box->findChild<QLabel *>()->text();
        QVERIFY2(shown.contains(QStringLiteral("Proforma returned 08/04/2026: Settled")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Voice of the child: Likes painting")));
        auto *reviewCheck =
            s.page->findChild<QCheckBox *>(QLatin1String(ui::names::ProformaReviewCheck));
        QVERIFY(reviewCheck->isVisible());
        QVERIFY(reviewCheck->isChecked());
        QCOMPARE(test::mnemonicClash(s.page.get()), QString());

        s.decide(QStringLiteral("No further action"), QStringLiteral("Setting keeps watch"));
        Proforma p = Proformas(**s.db).forChild(s.h.ida)->value(0);
        QCOMPARE(p.reviewedOn, test::d(2026, 4, 10));
        QCOMPARE(p.reviewedMeetingId, s.meeting);
        QVERIFY2(p.reviewOutcome.contains(QStringLiteral("Setting keeps watch")),
                 qPrintable(p.reviewOutcome));
        // Reviewed: off the next Friday's review.
        auto next = AgendaBuilder(**s.db).build(test::d(2026, 4, 17));
        QVERIFY(next);
        for (const AgendaItem &i : next->items)
            QVERIFY(!(i.section == AgendaSection::TrackingReview && i.childId == s.h.ida));
        // Ctrl+Z undoes the review (the decision is the step before it).
        QCOMPARE(s.editor->undoText(), QStringLiteral("Review proforma"));
        s.editor->undo();
        QVERIFY(!Proformas(**s.db).forChild(s.h.ida)->value(0).reviewed());
    }
};

QTEST_MAIN(TestProformaScreens)
#include "test_proforma_screens.moc"
