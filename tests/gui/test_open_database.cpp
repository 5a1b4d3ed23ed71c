// File > Open Database... (issue 21): a desk opens another tracker file or the office's
// database on a server, typed as an address; the title and the status bar name it without
// its password.

#include "BackendDatabase.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "ObjectNames.h"
#include "dialogs/OpenDatabaseDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace enc;
using namespace enc::ui;

namespace {

QString statusText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QLatin1String(names::StatusDatabase));
    return label ? label->text() : QString();
}

// Opens address through the File menu's action; the window that took window's place.
MainWindow *openThroughMenu(MainWindow &window, const QString &address)
{
    MainWindow *opened = nullptr;
    QObject::connect(&window, &MainWindow::databaseOpened, &window,
                     [&opened](MainWindow *w) { opened = w; });
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"));
    if (!action)
        return nullptr;
    OpenDatabaseDialog::setNextAddress(address);
    action->trigger();
    return opened;
}

} // namespace

class TestOpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
        qputenv("ENCOMPASS_USER", "tester");
    }

    void theDialogTakesAServerAddressAndItsPassword()
    {
        OpenDatabaseDialog dialog(QStringLiteral("/home/office/tracker.sqlite"));
        QCOMPARE(test::mnemonicClash(&dialog), QString());
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("openDatabaseServer"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("openDatabasePassword"));
        QVERIFY(server && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.address(), QStringLiteral("/home/office/tracker.sqlite"));
        // Typing an address chooses the server.
        QTest::keyClicks(server, QStringLiteral("postgresql://chair@db.council.local/tracker"));
        QCOMPARE(dialog.address(), QStringLiteral("postgresql://chair@db.council.local/tracker"));
        password->setText(QStringLiteral("p&s 'x'"));
        QCOMPARE(
            dialog.address(),
            QStringLiteral("postgresql://chair@db.council.local/tracker?password=p%26s%20%27x%27"));
        server->setText(QStringLiteral("host=db.council.local dbname=tracker"));
        QCOMPARE(dialog.address(),
                 QStringLiteral("host=db.council.local dbname=tracker password='p&s \\'x\\''"));
        // Not an address: said in the dialog, which stays open.
        server->setText(QStringLiteral("tracker on the server"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("openDatabaseProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("postgresql://")),
                 qPrintable(problem->text()));
    }

    void anotherFileOpensInTheWindowsPlace()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        MessageBox::setNextAnswer(QMessageBox::No); // no demo data in the new files
        MainWindow window(first);
        QVERIFY(window.openDatabase());
        window.show();
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("first.sqlite")));
        MessageBox::setNextAnswer(QMessageBox::No);
        MainWindow *next = openThroughMenu(window, second);
        QVERIFY(next);
        QVERIFY(next->database());
        QCOMPARE(next->database()->path(), QFileInfo(second).absoluteFilePath());
        QVERIFY(next->windowTitle().startsWith(QStringLiteral("second.sqlite")));
        QVERIFY(next->isVisible());
        QVERIFY(!window.isVisible());
        next->close(); // deleted on close
    }

    void aServerAddressIsShownWithoutItsPassword()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        t.db.reset();
        QTemporaryDir dir;
        MessageBox::setNextAnswer(QMessageBox::No);
        MainWindow window(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(window.openDatabase());
        // The test server asks for no password (trust): one given is not needed, only hidden.
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MainWindow *next =
            openThroughMenu(window, t.address() + QStringLiteral(" password='Sec-ret1'"));
        QVERIFY2(next, qPrintable(MessageBox::lastText()));
        QVERIFY(next->database() && next->database()->onServer());
        QVERIFY2(next->windowTitle().contains(QStringLiteral("dbname=encompass_test")),
                 qPrintable(next->windowTitle()));
        QVERIFY(statusText(*next).startsWith(QStringLiteral("Server: ")));
        for (const QString &shown : {next->windowTitle(), statusText(*next)})
            QVERIFY2(!shown.contains(QStringLiteral("Sec-ret1")), qPrintable(shown));
        next->close();
    }
};

QTEST_MAIN(TestOpenDatabase)
#include "test_open_database.moc"
