// The desk's dialogs: each Alt+letter does one thing. Found from outside: in New child and Add
// sibling, Alt+S went to Surname instead of Save, and Alt+C to Case reference, not Cancel.

#include "Mnemonics.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/ChildDialog.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/PpnDialog.h"
#include "directory/MemberDialog.h"
#include "directory/SettingDialog.h"
#include "repo/Children.h"

#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestDialogMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachDialogHasUniqueMnemonics();

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<Editor> m_editor;
    Id m_child = 0;
};

void TestDialogMnemonics::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    m_editor = std::make_unique<Editor>(**m_temp);
    Child c;
    c.forename = QStringLiteral("Amy");
    c.surname = QStringLiteral("Smith");
    c.dateOfBirth = QDate::currentDate().addYears(-3);
    m_child = Children(**m_temp).add(c)->id;
    QVERIFY(m_child > 0);
}

void TestDialogMnemonics::cleanup()
{
    m_editor.reset();
    m_temp.reset();
}

void TestDialogMnemonics::eachDialogHasUniqueMnemonics()
{
    Database &db = **m_temp;
    const std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs = [&] {
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> d;
        d.emplace_back(QStringLiteral("New child"), std::make_unique<ChildDialog>(db, *m_editor));
        d.emplace_back(QStringLiteral("New PPN"),
                       std::make_unique<PpnDialog>(db, *m_editor, m_child));
        d.emplace_back(QStringLiteral("Record decision"),
                       std::make_unique<DecisionDialog>(db, *m_editor, m_child));
        d.emplace_back(QStringLiteral("Add action"),
                       std::make_unique<ActionDialog>(db, *m_editor, m_child));
        d.emplace_back(QStringLiteral("Household"),
                       std::make_unique<HouseholdDialog>(db, *m_editor, Household()));
        d.emplace_back(QStringLiteral("Member"), std::make_unique<MemberDialog>());
        d.emplace_back(QStringLiteral("Setting"), std::make_unique<SettingDialog>());
        return d;
    }();
    for (const auto &[name, dialog] : dialogs) {
        dialog->show();
        int count = 0;
        const QString clash = test::mnemonicClash(dialog.get(), {}, &count);
        QVERIFY2(clash.isEmpty(), qPrintable(name + QStringLiteral(": ") + clash));
        QVERIFY2(count >= 2, qPrintable(name));
        const QStringList dead = test::mnemonicDeadEnds(dialog.get());
        QVERIFY2(dead.isEmpty(), qPrintable(name + QStringLiteral(": ") + dead.join(u',')));
        dialog->hide();
    }
}

QTEST_MAIN(TestDialogMnemonics)
#include "test_dialog_mnemonics.moc"
