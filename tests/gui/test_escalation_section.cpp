// The escalation on a child's record as the chair uses it: a liaison by keyboard, feedback,
// closing (the child leaves the next agenda), each undone and redone; an edit of an
// escalation changed at another desk is refused.

#include "DialogWait.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "TestSupport.h"
#include "child/ChildRecordPage.h"
#include "child/EscalationDialog.h"
#include "child/EscalationSection.h"
#include "commands/Editor.h"
#include "meeting/AgendaBuilder.h"
#include "repo/Children.h"
#include "repo/EscalationFollowUp.h"
#include "repo/Ppns.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace enc;
using namespace enc::ui;

namespace {

void whenDialogOpens(const std::function<void(EscalationDialog *)> &fill)
{
    test::whenDialogOpens<EscalationDialog>(fill);
}

} // namespace

class TestEscalationSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_child = 0;

    EscalationSection *section() const { return m_window->childPage()->escalation(); }
    int escalationsOnNextAgenda() const
    {
        auto agenda = AgendaBuilder(*m_window->database()).build(QDate::currentDate().addDays(1));
        int n = 0;
        for (const AgendaItem &i : agenda->items)
            n += i.section == AgendaSection::Escalations ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Database &db = **m_temp;
        Child c;
        c.forename = QStringLiteral("Amir");
        c.surname = QStringLiteral("Khan");
        c.dateOfBirth = QDate::currentDate().addYears(-4);
        c.postcode = QStringLiteral("ZZ1 2AB");
        c.openToSocialCare = true;
        c.socialWorker = QStringLiteral("Dana Whitfield");
        m_child = Children(db).add(c)->id;
        for (int i = 0; i < 3; ++i) {
            Ppn p;
            p.policeReference = QStringLiteral("NICHE-%1").arg(i + 1);
            p.incidentDate = QDate::currentDate().addDays(-30 + 10 * i);
            p.receivedOn = p.incidentDate;
            p.children.append({m_child, Presence::Present});
            QVERIFY(Ppns(db).add(p, p.incidentDate));
        }
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openChild(m_child);
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void liaisonFeedbackAndCloseUndoably()
    {
        QVERIFY(section()->isVisible());
        QVERIFY2(section()->text().contains(QStringLiteral("NICHE-3")),
                 qPrintable(section()->text()));
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Open</b>")));
        // The window's File and Tools menus take Alt+F and Alt+T.
        QCOMPARE(test::mnemonicClash(m_window->childPage(),
                                     {{QStringLiteral("Alt+F"), QStringLiteral("&File")},
                                      {QStringLiteral("Alt+T"), QStringLiteral("&Tools")}}),
                 QString());
        QCOMPARE(escalationsOnNextAgenda(), 1);

        // Record liaison (Alt+L): the social worker is offered beside MASH.
        bool offered = false;
        whenDialogOpens([&offered](EscalationDialog *d) {
            QCOMPARE(test::mnemonicClash(d), QString());
            offered = d->withCombo()->findText(QStringLiteral("Social worker Dana Whitfield")) > 0;
            d->withCombo()->setCurrentIndex(1);
            QTest::keyClicks(d->textEdit(), QStringLiteral("Child protection plan continues"));
            d->accept();
        });
        QCOMPARE(QKeySequence::mnemonic(section()->liaisonButton()->text()),
                 QKeySequence(Qt::ALT | Qt::Key_L));
        section()->liaisonButton()->click();
        QVERIFY(offered);
        QVERIFY2(section()->text().contains(QStringLiteral("with Social worker Dana Whitfield")),
                 qPrintable(section()->text()));
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Liaised</b>")));
        QCOMPARE(escalationsOnNextAgenda(), 1);
        m_window->editor()->undo();
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Open</b>")));
        m_window->editor()->redo();
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Liaised</b>")));

        // Feedback; an empty one is refused in the dialog, naming what is missing.
        QString refused;
        whenDialogOpens([&refused](EscalationDialog *d) {
            QVERIFY(!d->save());
            refused = d->errorText();
            QTest::keyClicks(d->textEdit(), QStringLiteral("Fed back to the group"));
            d->accept();
        });
        section()->feedbackButton()->click();
        QCOMPARE(refused, QStringLiteral("Write the feedback given to the group."));
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Feedback given</b>")));

        whenDialogOpens([](EscalationDialog *d) {
            QTest::keyClicks(d->textEdit(), QStringLiteral("Liaison complete"));
            d->accept();
        });
        section()->closeButton()->click();
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Closed</b>")));
        QVERIFY(!section()->liaisonButton()->isEnabled());
        QVERIFY(m_window->childPage()->statusText() != QStringLiteral("Escalated"));
        QCOMPARE(escalationsOnNextAgenda(), 0);
        m_window->editor()->undo();
        QVERIFY(section()->text().startsWith(QStringLiteral("<b>Feedback given</b>")));
        QVERIFY(section()->closeButton()->isEnabled());
        QCOMPARE(m_window->childPage()->statusText(), QStringLiteral("Escalated"));
        QCOMPARE(escalationsOnNextAgenda(), 1);
        m_window->editor()->redo();
        QCOMPARE(escalationsOnNextAgenda(), 0);
    }

    void editChangedAtAnotherDeskIsRefused()
    {
        QString error;
        whenDialogOpens([this, &error](EscalationDialog *d) {
            // Another desk records feedback while this dialog is open.
            Database &other = **m_temp;
            EscalationFollowUp f(other);
            auto e = f.openFor(m_child);
            QVERIFY(e);
            QVERIFY(f.feedback(e->id, e->version, QDate::currentDate(), QStringLiteral("Other")));
            QTest::keyClicks(d->textEdit(), QStringLiteral("Ours"));
            QVERIFY(!d->save());
            error = d->errorText();
            d->reject();
        });
        section()->closeButton()->click();
        QVERIFY2(error.contains(QStringLiteral("changed by")), qPrintable(error));
        auto e = EscalationFollowUp(**m_temp).openFor(m_child);
        QVERIFY(e);
        QCOMPARE(e->state(), EscalationState::FeedbackGiven);
    }
};

QTEST_MAIN(TestEscalationSection)
#include "test_escalation_section.moc"
