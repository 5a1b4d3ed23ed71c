// The child's form records a setting out of area: the setting from the directory and "The setting
// is out of area", so the child's notification letter can go there (issue 19, letters).

#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ChildDialog.h"
#include "repo/Children.h"
#include "repo/Directory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace enc;
using namespace enc::ui;

namespace {
QCheckBox *outOfAreaTick(const QWidget *dialog)
{
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("The setting is &out of area"))
            return box;
    }
    return nullptr;
}
} // namespace

class TestChildOutOfArea : public QObject
{
    Q_OBJECT

private slots:
    void recordsTheSettingOutOfArea();
};

void TestChildOutOfArea::recordsTheSettingOutOfArea()
{
    test::TempDatabase db;
    Child c;
    c.settingKnown = SettingKnown::OutOfArea; // the setting not recorded yet
    c.forename = QStringLiteral("Ruby");
    c.surname = QStringLiteral("Reed");
    c.dateOfBirth = QDate::currentDate().addYears(-3);
    const Id child = Children(*db).add(c)->id;
    Setting far;
    far.name = QStringLiteral("Far Hills Primary");
    const Id setting = Directory(*db).addSetting(far)->id;

    Editor editor(*db);
    {
        ChildDialog dialog(*db, editor, *Children(*db).get(child));
        QComboBox *settings = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Setting"))
                settings = box;
        }
        QCheckBox *outOfArea = outOfAreaTick(&dialog);
        QVERIFY(settings && outOfArea);
        QVERIFY(outOfArea->isChecked());
        QVERIFY(!outOfArea->isEnabled()); // no setting chosen yet: "Out of area" alone
        settings->setCurrentIndex(settings->findData(int(setting)));
        QVERIFY(outOfArea->isEnabled());
        QVERIFY(outOfArea->isChecked());
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    }
    Child stored = *Children(*db).get(child);
    QVERIFY(stored.settingKnown == SettingKnown::OutOfArea);
    QCOMPARE(stored.settingId, setting);

    // Opened again, the form shows the setting with the tick; unticked, the setting is local.
    ChildDialog again(*db, editor, stored);
    QCheckBox *outOfArea = outOfAreaTick(&again);
    QVERIFY(outOfArea && outOfArea->isChecked() && outOfArea->isEnabled());
    outOfArea->setChecked(false);
    QVERIFY2(again.save(), qPrintable(again.errorText()));
    stored = *Children(*db).get(child);
    QVERIFY(stored.settingKnown == SettingKnown::Known);
    QCOMPARE(stored.settingId, setting);
}

QTEST_MAIN(TestChildOutOfArea)
#include "test_child_out_of_area.moc"
