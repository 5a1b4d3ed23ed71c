// Two desks, one record: the officer's save after another desk changed the child is refused
// with who changed it and when, and a Reload button brings the record up to date.

#include "MessageBox.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ChildDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "directory/SettingDialog.h"
#include "directory/SettingsModel.h"
#include "directory/SettingsPage.h"
#include "repo/Children.h"
#include "repo/Directory.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include "storage/Access.h"
#include <QLabel>
#include <QLineEdit>

#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestStaleEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<Database> m_otherDesk;
    Id m_child = 0;
    Id m_household = 0;

    // The other desk (its own connection and user) changes the child's surname.
    void otherDeskRenames(const QString &surname)
    {
        qputenv("ENCOMPASS_USER", "jo.bloggs");
        Children children(*m_otherDesk);
        auto c = children.get(m_child);
        QVERIFY(c);
        c->surname = surname;
        QVERIFY2(children.update(*c), "the other desk's edit");
        qputenv("ENCOMPASS_USER", "tester");
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        // The other desk is a business support officer (an unmapped user is read-only).
        QVERIFY(
            Access::setRole(**m_temp, QStringLiteral("jo.bloggs"), Access::Role::BusinessSupport));
        auto household = Children(**m_temp).addHousehold(
            {0, QStringLiteral("4 Mill Lane"), QStringLiteral("ZZ1 4AB"), 0, 0});
        QVERIFY(household);
        m_household = household->id;
        Child c;
        c.forename = QStringLiteral("Amir");
        c.surname = QStringLiteral("Khan");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        c.householdId = m_household;
        auto saved = Children(**m_temp).add(c);
        QVERIFY(saved);
        m_child = saved->id;
        auto other = Database::open(m_temp->path(), Database::Mode::OpenExisting);
        QVERIFY(other);
        m_otherDesk = std::move(*other);
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_otherDesk.reset();
        m_temp.reset();
    }

    void reloadShowsTheOtherDesksChange()
    {
        Editor editor(**m_temp);
        ChildDialog dialog(**m_temp, editor, *Children(**m_temp).get(m_child));
        dialog.forenameEdit()->clear();
        QTest::keyClicks(dialog.forenameEdit(), QStringLiteral("Amira"));
        otherDeskRenames(QStringLiteral("Khan-Ali"));

        MessageBox::setNextAnswer(QMessageBox::Reset); // the Reload button
        QVERIFY(!dialog.save());
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(QLatin1String("changed by jo.bloggs at ")), qPrintable(asked));
        QVERIFY2(asked.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))),
                 qPrintable(asked));
        // The other desk's change is on screen and the officer's typing is gone.
        QCOMPARE(dialog.surnameEdit()->text(), QStringLiteral("Khan-Ali"));
        QCOMPARE(dialog.forenameEdit()->text(), QStringLiteral("Amir"));
        QVERIFY(dialog.errorText().startsWith(QLatin1String("Reloaded")));
        // Nothing of the refused save was written.
        QCOMPARE(Children(**m_temp).get(m_child)->forename, QStringLiteral("Amir"));

        // Made again on the reloaded record, the change saves over the other desk's.
        dialog.forenameEdit()->clear();
        QTest::keyClicks(dialog.forenameEdit(), QStringLiteral("Amira"));
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        const Child stored = *Children(**m_temp).get(m_child);
        QCOMPARE(stored.forename, QStringLiteral("Amira"));
        QCOMPARE(stored.surname, QStringLiteral("Khan-Ali"));
        QCOMPARE(stored.version, 3);
    }

    void keepEditingLeavesTheTypingOnScreen()
    {
        Editor editor(**m_temp);
        ChildDialog dialog(**m_temp, editor, *Children(**m_temp).get(m_child));
        dialog.forenameEdit()->clear();
        QTest::keyClicks(dialog.forenameEdit(), QStringLiteral("Amira"));
        otherDeskRenames(QStringLiteral("Khan-Ali"));

        MessageBox::setNextAnswer(QMessageBox::Cancel); // Keep editing
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.forenameEdit()->text(), QStringLiteral("Amira"));
        QCOMPARE(dialog.surnameEdit()->text(), QStringLiteral("Khan"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("changed by jo.bloggs")),
                 qPrintable(dialog.errorText()));
        // Saving again is still refused: the other desk's change is never overwritten unseen.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog.save());
        const Child stored = *Children(**m_temp).get(m_child);
        QCOMPARE(stored.forename, QStringLiteral("Amir"));
        QCOMPARE(stored.surname, QStringLiteral("Khan-Ali"));
    }

    void householdReloads()
    {
        Editor editor(**m_temp);
        HouseholdDialog dialog(**m_temp, editor, *Children(**m_temp).household(m_household));
        dialog.addressEdit()->clear();
        QTest::keyClicks(dialog.addressEdit(), QStringLiteral("5 Mill Lane"));
        {
            qputenv("ENCOMPASS_USER", "jo.bloggs");
            Children other(*m_otherDesk);
            auto h = other.household(m_household);
            QVERIFY(h);
            h->address = QStringLiteral("4a Mill Lane");
            QVERIFY(other.updateHousehold(*h));
            qputenv("ENCOMPASS_USER", "tester");
        }
        MessageBox::setNextAnswer(QMessageBox::Reset);
        QVERIFY(!dialog.save());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("changed by jo.bloggs")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("4a Mill Lane"));
        dialog.addressEdit()->clear();
        QTest::keyClicks(dialog.addressEdit(), QStringLiteral("5 Mill Lane"));
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        QCOMPARE(Children(**m_temp).household(m_household)->address, QStringLiteral("5 Mill Lane"));
    }

    void settingReloads()
    {
        Setting s;
        s.name = QStringLiteral("Willow Nursery");
        s.type = QStringLiteral("nursery");
        s.dslName = QStringLiteral("Ann Jones");
        s.dslEmail = QStringLiteral("ann@example.sch.uk");
        auto added = Directory(**m_temp).addSetting(s);
        QVERIFY(added);
        Editor editor(**m_temp);
        SettingsPage page;
        page.setDatabase(m_temp->db.get(), &editor);
        QVERIFY(page.selectSetting(added->id));

        QString dslShown;
        QString message;
        bool stayedOpen = false;
        bool otherSaved = false;
        page.setDialogRunner([&](QDialog &d) -> int {
            auto &dialog = static_cast<SettingDialog &>(d);
            dialog.show();
            dialog.dslNameEdit()->clear();
            QTest::keyClicks(dialog.dslNameEdit(), QStringLiteral("Bea Smith"));
            {
                qputenv("ENCOMPASS_USER", "jo.bloggs");
                Directory other(*m_otherDesk);
                auto fresh = other.setting(added->id);
                fresh->dslName = QStringLiteral("Cat Brown");
                otherSaved = fresh && other.updateSetting(*fresh);
                qputenv("ENCOMPASS_USER", "tester");
            }
            MessageBox::setNextAnswer(QMessageBox::Reset);
            QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            stayedOpen = dialog.isVisible();
            dslShown = dialog.dslNameEdit()->text();
            message = dialog.messageFor(QString());
            dialog.reject();
            return int(QDialog::Rejected);
        });
        QVERIFY(!page.editCurrent());
        QVERIFY(otherSaved);
        QVERIFY(stayedOpen);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("changed by jo.bloggs")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(dslShown, QStringLiteral("Cat Brown"));
        QVERIFY2(message.startsWith(QLatin1String("Reloaded")), qPrintable(message));
        QCOMPARE(Directory(**m_temp).setting(added->id)->dslName, QStringLiteral("Cat Brown"));
    }
};

QTEST_MAIN(TestStaleEdit)
#include "test_stale_edit.moc"
