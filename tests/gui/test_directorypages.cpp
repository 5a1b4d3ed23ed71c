// The Settings directory and Members pages: models, editors, archive, deactivate, undo.

#include "TestSupport.h"

#include "MessageBox.h"
#include "ObjectNames.h"
#include "commands/Editor.h"
#include "directory/MemberDialog.h"
#include "directory/MembersModel.h"
#include "directory/MembersPage.h"
#include "directory/SettingDialog.h"
#include "directory/SettingsModel.h"
#include "directory/SettingsPage.h"
#include "repo/Directory.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace enc;
using namespace enc::ui;

namespace {

// Runs a dialog the way a person would: shown, typed into, then OK pressed. Whatever the
// script leaves open is cancelled afterwards, as the user would.
template <typename Dialog>
SettingsPage::DialogRunner script(std::function<void(Dialog &)> steps, bool *stayedOpen = nullptr)
{
    return [steps, stayedOpen](QDialog &d) {
        auto *dialog = qobject_cast<Dialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->show();
        steps(*dialog);
        if (stayedOpen)
            *stayedOpen = dialog->isVisible();
        const int result = dialog->isVisible() ? int(QDialog::Rejected) : dialog->result();
        if (dialog->isVisible())
            dialog->reject();
        return result;
    };
}

void pressOk(QDialogButtonBox *box)
{
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

Setting makeSetting(const QString &name, const QString &urn = {})
{
    Setting s;
    s.name = name;
    s.type = QStringLiteral("nursery");
    s.urn = urn;
    s.dslName = QStringLiteral("Ann Jones");
    s.dslEmail = QStringLiteral("ann@example.sch.uk");
    s.contactsVerifiedOn = QDate::currentDate();
    return s;
}

} // namespace

class TestDirectoryPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settingsModelShowsStaleContactsInWords();
    void addSettingThroughDialog();
    void badEmailShowsMessageByFieldAndSavesNothing();
    void missingNameShowsMessageByName();
    void archiveAsksHidesAndUndoRestores();
    void filterNarrowsRows();
    void refreshKeepsSelection();
    void insertKeyOpensDialogAndEnterEdits();
    void editMemberNameAndUndo();
    void newMemberWithNewPoliceAgency();
    void knownAgencyCanBeMarkedPolice();
    void deactivateAsksHidesAndUndoRestores();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<Editor> m_editor;
};

void TestDirectoryPages::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->db);
    m_editor = std::make_unique<Editor>(**m_db);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestDirectoryPages::cleanup()
{
    m_editor.reset();
    m_db.reset();
}

void TestDirectoryPages::settingsModelShowsStaleContactsInWords()
{
    Directory dir(**m_db);
    Setting never = makeSetting(QStringLiteral("Acorns Nursery"), QStringLiteral("EY100001"));
    never.contactsVerifiedOn = {};
    Setting old = makeSetting(QStringLiteral("Beech Pre-school"));
    old.contactsVerifiedOn = QDate(2024, 1, 15);
    Setting recent = makeSetting(QStringLiteral("Cedar School"));
    recent.contactsVerifiedOn = QDate(2025, 6, 1);
    QVERIFY(dir.addSetting(never));
    QVERIFY(dir.addSetting(old));
    QVERIFY(dir.addSetting(recent));

    SettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2025, 11, 22));
    model.setDatabase(m_db->db.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SettingsModel::ColumnCount));
    QCOMPARE(model.headerData(SettingsModel::ContactsVerified, Qt::Horizontal).toString(),
             QStringLiteral("Contacts verified"));

    auto verified = [&](int row) {
        return model.index(row, SettingsModel::ContactsVerified);
    };
    QCOMPARE(model.index(0, SettingsModel::Name).data().toString(),
             QStringLiteral("Acorns Nursery"));
    QCOMPARE(model.index(0, SettingsModel::Urn).data().toString(), QStringLiteral("EY100001"));
    QVERIFY(verified(0).data().toString().contains(QStringLiteral("Never")));
    QCOMPARE(verified(1).data().toString(), QStringLiteral("15/01/2024: over 12 months ago"));
    QVERIFY(verified(1).data(SettingsModel::ContactsStaleRole).toBool());
    QVERIFY(verified(1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(verified(2).data().toString(), QStringLiteral("01/06/2025"));
    QVERIFY(!verified(2).data(SettingsModel::ContactsStaleRole).toBool());
    QVERIFY(!verified(2).data(Qt::BackgroundRole).isValid());
}

void TestDirectoryPages::addSettingThroughDialog()
{
    SettingsPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    QCOMPARE(page.model()->rowCount(), 0);

    page.setDialogRunner(script<SettingDialog>([](SettingDialog &d) {
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Little Owls Nursery"));
        QTest::keyClicks(d.typeBox()->lineEdit(), QStringLiteral("nursery"));
        QTest::keyClicks(d.urnEdit(), QStringLiteral("EY654321"));
        QTest::keyClicks(d.areaBox()->lineEdit(), QStringLiteral("Northfield"));
        // keyClicks types ASCII only; the circumflex is sent as a key carrying text.
        QTest::keyClicks(d.dslNameEdit(), QStringLiteral("Si"));
        QTest::sendKeyEvent(QTest::Click, d.dslNameEdit(), Qt::Key_unknown, QStringLiteral("â"),
                            Qt::NoModifier);
        QTest::keyClicks(d.dslNameEdit(), QStringLiteral("n O'Brien"));
        QTest::keyClicks(d.dslEmailEdit(), QStringLiteral("dsl@littleowls.example"));
        QTest::keyClicks(d.phoneEdit(), QStringLiteral("01632 960001"));
        QTest::keyClicks(d.verifiedField()->lineEdit(), QStringLiteral("03/11/2025"));
        pressOk(d.buttonBox());
    }));
    QVERIFY(page.newSetting());

    QCOMPARE(page.model()->rowCount(), 1);
    const Setting *s = page.model()->settingAt(0);
    QCOMPARE(s->name, QStringLiteral("Little Owls Nursery"));
    QCOMPARE(s->dslName, QStringLiteral("Siân O'Brien"));
    QCOMPARE(s->contactsVerifiedOn, QDate(2025, 11, 3));
    QCOMPARE(page.model()->index(0, SettingsModel::Area).data().toString(),
             QStringLiteral("Northfield"));
    QCOMPARE(page.currentSettingId(), s->id);
    QVERIFY(m_editor->canUndo());

    m_editor->undo();
    QCOMPARE(page.model()->rowCount(), 0);
    m_editor->redo();
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestDirectoryPages::badEmailShowsMessageByFieldAndSavesNothing()
{
    SettingsPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    const int areasBefore = int(Directory(**m_db).areas()->size());

    bool stayedOpen = false;
    QString dslMessage, nameMessage;
    page.setDialogRunner(script<SettingDialog>(
        [&](SettingDialog &d) {
            QTest::keyClicks(d.nameEdit(), QStringLiteral("Rowan Childminding"));
            QTest::keyClicks(d.areaBox()->lineEdit(), QStringLiteral("Brand New Area"));
            QTest::keyClicks(d.dslEmailEdit(), QStringLiteral("rowan at example"));
            pressOk(d.buttonBox());
            dslMessage = d.messageFor(QStringLiteral("dsl_email"));
            nameMessage = d.messageFor(QStringLiteral("name"));
        },
        &stayedOpen));
    QVERIFY(!page.newSetting());

    QVERIFY(stayedOpen);
    QVERIFY2(dslMessage.contains(QStringLiteral("rowan at example")), qPrintable(dslMessage));
    QVERIFY(nameMessage.isEmpty());
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(Directory(**m_db).settings(true)->size(), 0);
    // The new area typed is not kept either.
    QCOMPARE(int(Directory(**m_db).areas()->size()), areasBefore);
    QVERIFY(!m_editor->canUndo());
}

void TestDirectoryPages::missingNameShowsMessageByName()
{
    SettingDialog dialog;
    dialog.setSaver([this](SettingDialog &d) {
        auto saved = m_editor->addSetting(d.setting());
        return saved ? Status() : Status(saved.error());
    });
    dialog.show();
    QTest::keyClicks(dialog.dslEmailEdit(), QStringLiteral("ok@example.org"));
    pressOk(dialog.buttonBox());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.messageFor(QStringLiteral("name")).isEmpty());
    QVERIFY(dialog.messageFor(QStringLiteral("dsl_email")).isEmpty());
    QVERIFY(dialog.nameEdit()->hasFocus() || !QApplication::focusWidget());

    // A date that is not a date is not saved as "never verified".
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Willow Nursery"));
    QTest::keyClicks(dialog.verifiedField()->lineEdit(), QStringLiteral("31/02/2025"));
    pressOk(dialog.buttonBox());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.verifiedField()->message().isEmpty());
    QCOMPARE(Directory(**m_db).settings(true)->size(), 0);

    dialog.verifiedField()->lineEdit()->clear();
    pressOk(dialog.buttonBox());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Directory(**m_db).settings(true)->size(), 1);
}

void TestDirectoryPages::archiveAsksHidesAndUndoRestores()
{
    QVERIFY(m_editor->addSetting(makeSetting(QStringLiteral("Acorns Nursery"))));
    auto oak = m_editor->addSetting(makeSetting(QStringLiteral("Oak Tree School")));
    QVERIFY(oak);

    SettingsPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    QCOMPARE(page.proxy()->rowCount(), 2);
    QVERIFY(page.selectSetting(oak->id));

    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.archiveCurrent());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Oak Tree School")));
    QCOMPARE(page.proxy()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page.archiveCurrent());
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.model()->rowOf(oak->id), -1);

    page.showArchivedBox()->setChecked(true);
    QCOMPARE(page.proxy()->rowCount(), 2);
    const int row = page.model()->rowOf(oak->id);
    QVERIFY(row >= 0);
    QVERIFY(page.model()
                ->index(row, SettingsModel::Name)
                .data()
                .toString()
                .contains(QStringLiteral("archived")));
    page.showArchivedBox()->setChecked(false);
    QCOMPARE(page.proxy()->rowCount(), 1);

    m_editor->undo();
    QCOMPARE(page.proxy()->rowCount(), 2);
    QVERIFY(page.model()->rowOf(oak->id) >= 0);
    QVERIFY(!page.model()->settingAt(page.model()->rowOf(oak->id))->archived);
}

void TestDirectoryPages::filterNarrowsRows()
{
    Directory dir(**m_db);
    auto north = dir.ensureArea(QStringLiteral("Northfield"));
    QVERIFY(north);
    Setting a = makeSetting(QStringLiteral("Acorns Nursery"), QStringLiteral("EY100001"));
    a.areaId = *north;
    QVERIFY(m_editor->addSetting(a));
    QVERIFY(m_editor->addSetting(makeSetting(QStringLiteral("Beech Pre-school"))));
    QVERIFY(m_editor->addSetting(makeSetting(QStringLiteral("St Mary's School"))));

    SettingsPage page;
    QAbstractItemModelTester tester(page.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    QCOMPARE(page.proxy()->rowCount(), 3);
    QTest::keyClicks(page.filterEdit(), QStringLiteral("st marys"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    page.filterEdit()->clear();
    QTest::keyClicks(page.filterEdit(), QStringLiteral("ey1000"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    page.filterEdit()->clear();
    QTest::keyClicks(page.filterEdit(), QStringLiteral("NORTH"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, SettingsModel::Name).data().toString(),
             QStringLiteral("Acorns Nursery"));
    page.filterEdit()->clear();
    QCOMPARE(page.proxy()->rowCount(), 3);
}

void TestDirectoryPages::refreshKeepsSelection()
{
    auto acorns = m_editor->addSetting(makeSetting(QStringLiteral("Acorns Nursery")));
    auto beech = m_editor->addSetting(makeSetting(QStringLiteral("Beech Pre-school")));
    QVERIFY(acorns && beech);
    SettingsPage page;
    page.setDatabase(m_db->db.get(), m_editor.get());
    QVERIFY(page.selectSetting(beech->id));

    // A change elsewhere (here: a renamed setting that now sorts first) keeps the row.
    Setting renamed = *Directory(**m_db).setting(acorns->id);
    renamed.name = QStringLiteral("Zebra Nursery");
    QVERIFY(m_editor->editSetting(renamed));
    QCOMPARE(page.currentSettingId(), beech->id);
    page.refresh();
    QCOMPARE(page.currentSettingId(), beech->id);
}

void TestDirectoryPages::insertKeyOpensDialogAndEnterEdits()
{
    auto acorns = m_editor->addSetting(makeSetting(QStringLiteral("Acorns Nursery")));
    QVERIFY(acorns);
    SettingsPage page;
    page.setDatabase(m_db->db.get(), m_editor.get());
    page.resize(900, 500);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QVERIFY(page.selectSetting(acorns->id));

    // The real exec() path: Ins opens a modal editor, which is cancelled here.
    QString title;
    QTimer::singleShot(0, this, [&] {
        if (auto *dialog = qobject_cast<SettingDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->reject();
        }
    });
    QTest::keyClick(page.view(), Qt::Key_Insert);
    QCOMPARE(title, QStringLiteral("New setting"));

    QString editing;
    page.setDialogRunner(
        script<SettingDialog>([&](SettingDialog &d) { editing = d.nameEdit()->text(); }));
    // The offscreen platform does not give activation back when a modal dialog closes.
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(editing, QStringLiteral("Acorns Nursery"));
}

void TestDirectoryPages::editMemberNameAndUndo()
{
    Member m;
    m.name = QStringLiteral("Pat Smith");
    m.role = QStringLiteral("Early Help coordinator");
    m.email = QStringLiteral("pat.smith@council.example");
    auto added = m_editor->addMember(m);
    QVERIFY(added);

    MembersPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, MembersModel::Attends).data().toString(),
             QStringLiteral("Always"));
    QVERIFY(page.selectMember(added->id));

    page.setDialogRunner(script<MemberDialog>([](MemberDialog &d) {
        d.nameEdit()->selectAll();
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Patricia Smith"));
        d.attendsBox()->setCurrentIndex(d.attendsBox()->findData(int(MemberCommitment::Monthly)));
        pressOk(d.buttonBox());
    }));
    QVERIFY(page.editCurrent());
    QCOMPARE(page.model()->index(0, MembersModel::Name).data().toString(),
             QStringLiteral("Patricia Smith"));
    QCOMPARE(page.model()->index(0, MembersModel::Attends).data().toString(),
             QStringLiteral("Monthly"));
    QCOMPARE(page.currentMemberId(), added->id);

    m_editor->undo();
    QCOMPARE(page.model()->index(0, MembersModel::Name).data().toString(),
             QStringLiteral("Pat Smith"));
    QCOMPARE(page.currentMemberId(), added->id);
}

// An agency recorded without the police flag (a typo'd set-up) is corrected from a member's
// dialog: the flag is saved and audited, and the box shows it next time.
void TestDirectoryPages::knownAgencyCanBeMarkedPolice()
{
    const Id agency = *Directory(**m_db).ensureAgency(QStringLiteral("Gwent Police"));
    Member m;
    m.name = QStringLiteral("PC Jones");
    m.agencyId = agency;
    const Id member = m_editor->addMember(m)->id;
    MembersPage page;
    page.setDatabase(m_db->db.get(), m_editor.get());
    QVERIFY(page.selectMember(member));
    bool enabled = false;
    bool tickedBefore = true;
    page.setDialogRunner(script<MemberDialog>([&](MemberDialog &d) {
        enabled = d.policeBox()->isEnabled();
        tickedBefore = d.policeBox()->isChecked();
        d.policeBox()->click();
        pressOk(d.buttonBox());
    }));
    QVERIFY(page.editCurrent());
    QVERIFY(enabled);
    QVERIFY(!tickedBefore);
    const auto agencies = *Directory(**m_db).agencies();
    QCOMPARE(agencies.size(), 1);
    QVERIFY(agencies.first().police);
    QCOMPARE(Sql::scalar((**m_db).sql(),
                         QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'agency' AND "
                                        "action = 'edit' AND entity_id = :id"),
                         {{QStringLiteral("id"), agency}})
                 ->toInt(),
             1);
    bool tickedAfter = false;
    page.setDialogRunner(script<MemberDialog>([&](MemberDialog &d) {
        tickedAfter = d.policeBox()->isChecked();
        d.reject();
    }));
    page.editCurrent();
    QVERIFY(tickedAfter);
}

void TestDirectoryPages::newMemberWithNewPoliceAgency()
{
    QVERIFY(Directory(**m_db).ensureAgency(QStringLiteral("Health")));
    MembersPage page;
    page.setDatabase(m_db->db.get(), m_editor.get());

    bool policeTickedForKnown = true;
    page.setDialogRunner(script<MemberDialog>([&](MemberDialog &d) {
        QTest::keyClicks(d.nameEdit(), QStringLiteral("DC Morgan"));
        QTest::keyClicks(d.agencyBox()->lineEdit(), QStringLiteral("health"));
        policeTickedForKnown = d.policeBox()->isChecked(); // as recorded: not police
        d.agencyBox()->lineEdit()->clear();
        QTest::keyClicks(d.agencyBox()->lineEdit(), QStringLiteral("Dyfed-Powys Police"));
        QVERIFY(d.policeBox()->isEnabled());
        d.policeBox()->setChecked(true);
        QTest::keyClicks(d.emailEdit(), QStringLiteral("morgan@police.example"));
        pressOk(d.buttonBox());
    }));
    QVERIFY(page.newMember());
    QVERIFY(!policeTickedForKnown);

    const auto agencies = *Directory(**m_db).agencies();
    auto police = std::find_if(agencies.begin(), agencies.end(), [](const Agency &a) {
        return a.name == QStringLiteral("Dyfed-Powys Police");
    });
    QVERIFY(police != agencies.end());
    QVERIFY(police->police);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->memberAt(0)->agencyId, police->id);
    QVERIFY(page.model()
                ->index(0, MembersModel::Agency)
                .data()
                .toString()
                .contains(QStringLiteral("police")));

    // A bad email keeps the dialog open with the message by the email field.
    QString emailMessage;
    bool stayedOpen = false;
    page.setDialogRunner(script<MemberDialog>(
        [&](MemberDialog &d) {
            QTest::keyClicks(d.nameEdit(), QStringLiteral("Jo Bloggs"));
            QTest::keyClicks(d.emailEdit(), QStringLiteral("jo@"));
            pressOk(d.buttonBox());
            emailMessage = d.messageFor(QStringLiteral("email"));
        },
        &stayedOpen));
    QVERIFY(!page.newMember());
    QVERIFY(stayedOpen);
    QVERIFY(!emailMessage.isEmpty());
    QCOMPARE(Directory(**m_db).members(false)->size(), 1);
}

void TestDirectoryPages::deactivateAsksHidesAndUndoRestores()
{
    Member m;
    m.name = QStringLiteral("Pat Smith");
    auto pat = m_editor->addMember(m);
    m.name = QStringLiteral("Alex Jones");
    auto alex = m_editor->addMember(m);
    QVERIFY(pat && alex);

    MembersPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db->db.get(), m_editor.get());
    QCOMPARE(page.proxy()->rowCount(), 2);
    QVERIFY(page.selectMember(pat->id));

    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.toggleActive());
    QCOMPARE(page.proxy()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page.toggleActive());
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.model()->rowOf(pat->id), -1);

    page.showInactiveBox()->setChecked(true);
    QCOMPARE(page.proxy()->rowCount(), 2);
    QVERIFY(page.selectMember(pat->id));
    QCOMPARE(
        page.model()->index(page.model()->rowOf(pat->id), MembersModel::Active).data().toString(),
        QStringLiteral("No (inactive)"));
    QCOMPARE(page.deactivateButton()->accessibleName(), QStringLiteral("Reactivate member"));
    page.showInactiveBox()->setChecked(false);

    m_editor->undo();
    QCOMPARE(page.proxy()->rowCount(), 2);
    QVERIFY(page.model()->memberAt(page.model()->rowOf(pat->id))->active);
}

QTEST_MAIN(TestDirectoryPages)
#include "test_directorypages.moc"
