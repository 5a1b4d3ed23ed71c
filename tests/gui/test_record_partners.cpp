// The child's record as the business support officer uses it (issue 19 items 9 and 10): what
// partners know added, changed (refused when changed at another desk) and archived, each undone;
// a setting saying the child no longer attends clears the setting and marks the letter
// misdirected, undone; and at the meeting partners' information is on the operator's form but
// never on the projector in privacy mode.

#include "DialogWait.h"
#include "MainWindow.h"
#include "MeetingScreen.h"
#include "Mnemonics.h"
#include "child/ChildRecordPage.h"
#include "child/NoLongerAttendsDialog.h"
#include "child/PartnerDialog.h"
#include "child/PartnerSection.h"
#include "child/RecordNames.h"
#include "import/NoSettingList.h"
#include "meeting/MeetingNames.h"
#include "meeting/PresenterWindow.h"
#include "repo/Children.h"
#include "repo/Proformas.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace enc;
using namespace enc::ui;

namespace {

QStringList rows(const QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        out << (item->isFirstColumnSpanned() ? item->text(0)
                                             : item->text(1) + QLatin1Char('|') + item->text(3));
    }
    return out;
}

} // namespace

class TestRecordPartners : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_child = 0;
    Id m_setting = 0;
    Id m_letter = 0;

    ChildRecordPage *page() const { return m_window->childPage(); }
    PartnerSection *partners() const { return page()->partners(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Database &db = **m_temp;
        Setting s;
        s.name = QStringLiteral("Sunshine Pre-School");
        s.type = QStringLiteral("nursery");
        m_setting = Directory(db).addSetting(s)->id;
        Child c;
        c.forename = QStringLiteral("Amir");
        c.surname = QStringLiteral("Khan");
        c.dateOfBirth = QDate::currentDate().addYears(-4);
        c.postcode = QStringLiteral("ZZ1 2AB");
        c.settingId = m_setting;
        c.settingKnown = SettingKnown::Known;
        m_child = Children(db).add(c)->id;
        Disclosure letter;
        letter.kind = QStringLiteral("notification letter");
        letter.recipient = QStringLiteral("Sunshine Pre-School (DSL)");
        letter.settingId = m_setting;
        letter.fileName = QStringLiteral("letter.pdf");
        letter.childIds = {m_child};
        m_letter = *Disclosures(db).record(letter);
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

    void partnersInformationAddedChangedArchivedAndUndone()
    {
        QVERIFY(partners()->isVisible());
        QCOMPARE(test::mnemonicClash(page(), {{QStringLiteral("Alt+F"), QStringLiteral("&File")},
                                              {QStringLiteral("Alt+T"), QStringLiteral("&Tools")}}),
                 QString());
        auto *add = partners()->findChild<QPushButton *>(QLatin1String(names::PartnerAdd));
        QCOMPARE(QKeySequence::mnemonic(add->text()), QKeySequence(Qt::ALT | Qt::Key_W));

        // An empty entry is refused in the dialog, naming what is missing; then added.
        QString refused;
        test::whenDialogOpens<PartnerDialog>([&refused](PartnerDialog *d) {
            QCOMPARE(test::mnemonicClash(d), QString());
            d->agencyBox()->setCurrentText(QStringLiteral("Health visiting"));
            QVERIFY(!d->save());
            refused = d->errorText();
            QTest::keyClicks(d->personEdit(), QStringLiteral("HV Jones"));
            QTest::keyClicks(d->infoEdit(), QStringLiteral("Missed two development checks"));
            d->accept();
        });
        add->click();
        QCOMPARE(refused, QStringLiteral("Write what the agency knows."));
        QCOMPARE(rows(partners()->list()),
                 QStringList{QStringLiteral("Health visiting|Missed two development checks")});
        m_window->editor()->undo();
        QCOMPARE(rows(partners()->list()), QStringList{QStringLiteral("Nothing recorded yet")});
        m_window->editor()->redo();
        QCOMPARE(rows(partners()->list()).size(), 1);

        // Changed; then another desk changes it while the dialog is open: refused.
        partners()->list()->setCurrentItem(partners()->list()->topLevelItem(0));
        test::whenDialogOpens<PartnerDialog>([](PartnerDialog *d) {
            d->infoEdit()->setPlainText(QStringLiteral("Missed three development checks"));
            d->accept();
        });
        partners()->findChild<QPushButton *>(QLatin1String(names::PartnerEdit))->click();
        QCOMPARE(rows(partners()->list()),
                 QStringList{QStringLiteral("Health visiting|Missed three development checks")});
        QString stale;
        test::whenDialogOpens<PartnerDialog>([this, &stale](PartnerDialog *d) {
            PartnerInfos other(**m_temp);
            PartnerInfo now = other.forChild(m_child)->first();
            now.information = QStringLiteral("Changed at another desk");
            QVERIFY(other.edit(now));
            d->infoEdit()->setPlainText(QStringLiteral("Ours"));
            QVERIFY(!d->save());
            stale = d->errorText();
            d->reject();
        });
        partners()->list()->setCurrentItem(partners()->list()->topLevelItem(0));
        partners()->findChild<QPushButton *>(QLatin1String(names::PartnerEdit))->click();
        QVERIFY2(stale.contains(QStringLiteral("changed by")), qPrintable(stale));
        QCOMPARE(PartnerInfos(**m_temp).forChild(m_child)->first().information,
                 QStringLiteral("Changed at another desk"));

        // Archived (Alt+R) off the record, and back with Undo.
        page()->reload();
        partners()->list()->setCurrentItem(partners()->list()->topLevelItem(0));
        auto *archive = partners()->findChild<QPushButton *>(QLatin1String(names::PartnerArchive));
        QCOMPARE(QKeySequence::mnemonic(archive->text()), QKeySequence(Qt::ALT | Qt::Key_R));
        archive->click();
        QCOMPARE(rows(partners()->list()), QStringList{QStringLiteral("Nothing recorded yet")});
        QVERIFY(PartnerInfos(**m_temp).forChild(m_child)->isEmpty());
        m_window->editor()->undo();
        QCOMPARE(rows(partners()->list()),
                 QStringList{QStringLiteral("Health visiting|Changed at another desk")});
    }

    void noLongerAttendsClearsTheSettingUndoably()
    {
        QPushButton *button = page()->noLongerAttendsButton();
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(QKeySequence::mnemonic(button->text()), QKeySequence(Qt::ALT | Qt::Key_M));
        QString refused;
        test::whenDialogOpens<NoLongerAttendsDialog>([&refused](NoLongerAttendsDialog *d) {
            QCOMPARE(test::mnemonicClash(d), QString());
            QVERIFY(!d->save());
            refused = d->errorText();
            QTest::keyClicks(d->toldByEdit(), QStringLiteral("Ms Dee Ess, DSL"));
            d->accept();
        });
        button->click();
        QVERIFY2(refused.contains(QStringLiteral("Sunshine Pre-School")), qPrintable(refused));
        const Child now = *Children(**m_temp).get(m_child);
        QVERIFY(now.settingKnown == SettingKnown::Unknown);
        QVERIFY(!button->isEnabled());
        auto listed = NoSettingList(**m_temp).entries();
        QVERIFY(listed && listed->size() == 1 && listed->first().childId == m_child);
        // The letter history on the record says the letter was misdirected.
        QStringList story;
        for (int i = 0; i < page()->timeline()->topLevelItemCount(); ++i)
            story << page()->timeline()->topLevelItem(i)->text(1);
        QVERIFY2(story.filter(QStringLiteral("(MISDIRECTED)")).size() == 1,
                 qPrintable(story.join(QLatin1Char('\n'))));
        QVERIFY2(story.contains(QStringLiteral("No longer attends Sunshine Pre-School")),
                 qPrintable(story.join(QLatin1Char('\n'))));

        m_window->editor()->undo();
        QCOMPARE(Children(**m_temp).get(m_child)->settingId, m_setting);
        QVERIFY(button->isEnabled());
        QVERIFY(NoSettingList(**m_temp).entries()->isEmpty());
        QVERIFY(Sql::scalar((*m_temp)->sql(),
                            QStringLiteral("SELECT misdirected_on FROM disclosure WHERE id = :id"),
                            {{QStringLiteral("id"), m_letter}})
                    ->isNull());
        m_window->editor()->redo();
        QVERIFY(Children(**m_temp).get(m_child)->settingKnown == SettingKnown::Unknown);
    }

    // At the meeting: the operator's form shows what partners know; the projector never does
    // in privacy mode (as it hides addresses), only once names are shown.
    void meetingShowsPartnersOnlyOffTheProjectorInPrivacy()
    {
        test::MeetingScreen s;
        QVERIFY(s.open());
        const QString secret = QStringLiteral("Two call-outs to the address in March");
        PartnerInfo info;
        info.childId = s.h.amy;
        info.agency = QStringLiteral("Police");
        info.person = QStringLiteral("PC Example");
        info.information = secret;
        info.knownOn = QDate(2026, 4, 6);
        QVERIFY(PartnerInfos(**s.db).add(info));
        QVERIFY(s.show());
        s.page->openMeeting(s.meeting);
        int amy = -1;
        for (int i = 0; i < s.page->agenda().items.size() && amy < 0; ++i) {
            if (s.page->agenda().items[i].childId == s.h.amy)
                amy = i;
        }
        QVERIFY(amy >= 0);
        s.page->setCurrentItem(amy);
        auto *box = s.page->findChild<QLabel *>(QLatin1String(names::PartnerBox));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(secret), qPrintable(box->text()));

        PresenterWindow *p = s.page->showPresenter();
        p->showItem(amy);
        QVERIFY(p->privacy());
        const auto everyPage = [p] {
            QString all;
            for (int i = 0; i < p->pageCount(); ++i) {
                all += p->shownText();
                if (i + 1 < p->pageCount())
                    p->next();
            }
            return all;
        };
        const QString projected = everyPage();
        QVERIFY2(projected.contains(QStringLiteral("A.E.")), qPrintable(projected));
        QVERIFY2(!projected.contains(secret), qPrintable(projected));
        QVERIFY(!projected.contains(QStringLiteral("call-outs")));
        // Names shown (the chair agreed): the projector may show it, as it shows the address.
        p->setPrivacy(false);
        p->showItem(amy);
        QVERIFY(everyPage().contains(secret));
        p->setPrivacy(true);
        p->showItem(amy);
        QVERIFY(!everyPage().contains(secret));
        // Another child's form shows none.
        for (int i = 0; i < s.page->agenda().items.size(); ++i) {
            const Id other = s.page->agenda().items[i].childId;
            if (other && other != s.h.amy && other != s.h.ben) {
                s.page->setCurrentItem(i);
                QVERIFY(!box->isVisible());
                break;
            }
        }
    }
};

QTEST_MAIN(TestRecordPartners)
#include "test_record_partners.moc"
