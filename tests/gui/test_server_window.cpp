// The window on a PostgreSQL server's database (issue 21): what an office's desk meets when
// it is pointed at a database the IT department made and `encompass-cli init` filled.

#include "BackendDatabase.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TrackerPage.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace enc;
using namespace enc::ui;

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    // An empty tracker on the office's server is the office's real one: no demo children
    // offered there (and the demo's bulk writer is SQLite's), only how to start.
    void anEmptyServerTrackerOffersNoDemoData()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        t.db.reset();
        MainWindow window(t.address());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(window.openDatabase());
        QVERIFY2(!MessageBox::lastText().contains(QStringLiteral("demo data")),
                 qPrintable(MessageBox::lastText()));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        window.show();
        auto *none = window.trackerPage()->findChild<QLabel *>(QStringLiteral("trackerNoMatch"));
        QVERIFY(none);
        QTRY_VERIFY(none->isVisible());
        QVERIFY2(none->text().startsWith(QStringLiteral("No children on the tracker yet")),
                 qPrintable(none->text()));
    }
};

QTEST_MAIN(TestServerWindow)
#include "test_server_window.moc"
