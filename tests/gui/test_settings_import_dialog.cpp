// Import settings... on the settings directory page: the report before anything is written,
// Import and Cancel, a file in error, and Undo.

#include "CliTestSupport.h"
#include "Mnemonics.h"
#include "TestSupport.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "commands/Editor.h"
#include "directory/SettingsImportDialog.h"
#include "directory/SettingsPage.h"
#include "repo/Directory.h"

#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace enc;
using namespace enc::ui;

namespace {

const QByteArray Directory2026 =
    "Settings directory 2026\r\n"
    "Provider,Ofsted No,Locality,DSL,DSL email\r\n"
    "SUNSHINE PRESCHOOL,,North,Ann Jones,ann.new@sunshine.example.org\r\n"
    "Willow Childminding,EY600001,North,Sam Ward,sam@willow.example.org\r\n"
    "Oak Tree Primary,123456,,,\r\n";

} // namespace

class TestSettingsImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportThenImportThenUndo();
    void cancelWritesNothing();
    void fileInErrorCannotBeImported();

private:
    // Runs Import settings... on path; the dialog is handed to look, which may press a button.
    bool run(const QString &path, const std::function<void(SettingsImportDialog &)> &look);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<SettingsPage> m_page;
    Id m_sunshine = 0;
};

void TestSettingsImportDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->db);
    m_editor = std::make_unique<Editor>(**m_db);
    Directory dir(**m_db);
    Setting s;
    s.name = QStringLiteral("Sunshine Pre-School");
    s.dslName = QStringLiteral("Ann Jones");
    s.dslEmail = QStringLiteral("ann.jones@sunshine.example.org");
    s.areaId = *dir.ensureArea(QStringLiteral("North"));
    m_sunshine = dir.addSetting(s)->id;
    s = Setting{};
    s.name = QStringLiteral("Oak Tree Primary");
    s.urn = QStringLiteral("123456");
    QVERIFY(dir.addSetting(s));
    m_page = std::make_unique<SettingsPage>();
    m_page->setDatabase(m_db->db.get(), m_editor.get());
    m_page->resize(1000, 600);
    m_page->show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestSettingsImportDialog::cleanup()
{
    m_page.reset();
    m_editor.reset();
    m_db.reset();
}

bool TestSettingsImportDialog::run(const QString &path,
                                   const std::function<void(SettingsImportDialog &)> &look)
{
    m_page->setDialogRunner([&look](QDialog &d) {
        auto *dialog = qobject_cast<SettingsImportDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->show();
        look(*dialog);
        const int result = dialog->isVisible() ? int(QDialog::Rejected) : dialog->result();
        dialog->reject();
        return result;
    });
    FileDialog::setNextFileName(path);
    return m_page->importSettings();
}

void TestSettingsImportDialog::reportThenImportThenUndo()
{
    auto *button = m_page->findChild<QPushButton *>(QLatin1String(names::SettingsImport));
    QVERIFY(button && button->isVisible());
    QCOMPARE(test::mnemonicClash(m_page.get()), QString());
    const QString path = test::writeFile(m_db->dir, QStringLiteral("directory.csv"), Directory2026);
    QString summary;
    QStringList whats;
    QString changes;
    QString settingsWhileShown;
    const bool imported = run(path, [&](SettingsImportDialog &d) {
        summary = d.summaryText();
        for (int r = 0; r < d.rowsView()->rowCount(); ++r)
            whats << d.rowsView()->item(r, 1)->text();
        changes = d.rowsView()->item(0, 4)->text();
        // Nothing is written while the report is on screen.
        settingsWhileShown = QString::number(Directory(**m_db).settings()->size());
        QVERIFY(d.importButton()->isEnabled());
        QCOMPARE(test::mnemonicClash(&d), QString());
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
    });
    QVERIFY(imported);
    QVERIFY2(summary.contains(QLatin1String("1 new, 1 changed, 1 unchanged")), qPrintable(summary));
    QCOMPARE(whats, (QStringList{QStringLiteral("Changed (same name)"), QStringLiteral("New"),
                                 QStringLiteral("Unchanged")}));
    QVERIFY2(changes.contains(QLatin1String("ann.jones@sunshine.example.org")) &&
                 changes.contains(QLatin1String("ann.new@sunshine.example.org")),
             qPrintable(changes));
    QCOMPARE(settingsWhileShown, QStringLiteral("2"));
    QCOMPARE(Directory(**m_db).settings()->size(), 3);
    QCOMPARE(Directory(**m_db).setting(m_sunshine)->dslEmail,
             QStringLiteral("ann.new@sunshine.example.org"));
    QCOMPARE(m_page->model()->rowCount(), 3);

    QVERIFY(m_editor->canUndo());
    m_editor->undo();
    QCOMPARE(Directory(**m_db).settings()->size(), 2);
    QCOMPARE(Directory(**m_db).setting(m_sunshine)->dslEmail,
             QStringLiteral("ann.jones@sunshine.example.org"));
    m_editor->redo();
    QCOMPARE(Directory(**m_db).settings()->size(), 3);
}

void TestSettingsImportDialog::cancelWritesNothing()
{
    const QString path = test::writeFile(m_db->dir, QStringLiteral("directory.csv"), Directory2026);
    QVERIFY(!run(path, [](SettingsImportDialog &d) { d.reject(); }));
    QCOMPARE(Directory(**m_db).settings()->size(), 2);
    QVERIFY(!m_editor->canUndo());
}

void TestSettingsImportDialog::fileInErrorCannotBeImported()
{
    const QString path =
        test::writeFile(m_db->dir, QStringLiteral("directory.csv"),
                        "Setting name,URN,DSL email\r\nWillow Childminding,EY600001,sam@willow\r\n"
                        "Ash Grove Infants,654321,\r\n");
    const QByteArray hash = test::fileHash(path);
    QStringList errors;
    bool enabled = true;
    QString firstWhat;
    QVERIFY(!run(path, [&](SettingsImportDialog &d) {
        for (int i = 0; i < d.errorsView()->count(); ++i)
            errors << d.errorsView()->item(i)->text();
        enabled = d.importButton()->isEnabled();
        firstWhat = d.rowsView()->item(0, 0)->text() + u' ' + d.rowsView()->item(0, 1)->text();
        QTest::keyClick(&d, Qt::Key_I, Qt::AltModifier); // does nothing: disabled
    }));
    QVERIFY(!enabled);
    QCOMPARE(firstWhat, QStringLiteral("2 Wrong (see above)")); // the row in error comes first
    QCOMPARE(errors, QStringList{QStringLiteral("directory.csv, row 2, DSL email: \"sam@willow\" "
                                                "is not an email address.")});
    QCOMPARE(Directory(**m_db).settings()->size(), 2);
    QCOMPARE(test::fileHash(path), hash);
}

QTEST_MAIN(TestSettingsImportDialog)
#include "test_settings_import_dialog.moc"
