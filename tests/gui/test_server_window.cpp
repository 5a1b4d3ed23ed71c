// The window on a PostgreSQL server's database (issue 21): what an office's desk meets when
// it is pointed at a database the IT department made and `encompass-cli init` filled.

#include "BackendDatabase.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RandomChildren.h"
#include "TrackerExport.h"
#include "TrackerPage.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
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

    // Export list to CSV on a server: the list read in one snapshot, the file written, one
    // audit entry per child under the writers' lock (a file's BEGIN IMMEDIATE is no statement
    // there: the export failed with a syntax error).
    void theListExportsFromAServer()
    {
        test::BackendDatabase t(test::PostgreSQLRow);
        ENC_SKIP_WITHOUT(t);
        test::addRandomChildren(*t, 40, 5);
        QTemporaryDir dir;
        TrackerExport::Job job;
        job.database = t.address();
        job.path = dir.filePath(QStringLiteral("tracker.csv"));
        std::atomic<bool> cancel{false};
        auto rows = TrackerExport::run(job, cancel, {});
        QVERIFY2(rows, qPrintable(rows.errorText()));
        // The default filter's children (some of the 40 random ones are closed): a heading,
        // then one line and one audit entry each.
        QVERIFY(*rows > 20 && *rows <= 40);
        QFile file(job.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), *rows + 1);
        auto q = Sql::run(t.db->sql(), QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                                      "'export' AND entity = 'tracker-csv'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), *rows);
    }
};

QTEST_MAIN(TestServerWindow)
#include "test_server_window.moc"
