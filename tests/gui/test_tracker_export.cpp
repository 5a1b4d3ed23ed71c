// The tracker's list taken out as the officer does (File > Export list to CSV, Ctrl+E; and
// Ctrl+C on selected rows, pasted into Excel) after a police file brought in names a
// spreadsheet would run as formulas: no cell begins like a formula.

#include "ChildTableModel.h"
#include "ExportCheck.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "import/Importer.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace enc;
using namespace enc::ui;
using namespace enc::test::exports;

class TestTrackerExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY(m_temp->db);
        const QString daily = m_temp->dir.filePath(QStringLiteral("daily.csv"));
        QFile f(daily);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(hostileDailyFile());
        f.close();
        Importer::Request request;
        request.path = daily;
        auto imported = Importer(**m_temp).run(request);
        QVERIFY2(imported, qPrintable(imported.errorText()));
        m_temp->db.reset();
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(m_window->trackerPage()->model()->rowCount(), int(hostileNames().size()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void exportedListRunsNoFormula()
    {
        const QString csv = m_temp->dir.filePath(QStringLiteral("tracker.csv"));
        FileDialog::setNextFileName(csv);
        QSignalSpy finished(m_window->trackerPage(), &TrackerPage::exportFinished);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(finished.size(), 1); // written on a worker
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(f.readAll());
        QCOMPARE(rows.size(), 1 + int(hostileNames().size()));
        // The name column holds "SURNAME, Forename": each surname (upper case) and forename.
        QVERIFY(hostileCells(rows) >= int(hostileNames().size()));
        const QStringList formulas = formulaCells(rows);
        QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1Char('\n'))));
    }

    void copiedRowsRunNoFormula()
    {
        QTableView *view = m_window->trackerPage()->view();
        view->setFocus();
        view->selectAll();
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        const QString text = QApplication::clipboard()->text();
        const QList<QStringList> rows = parseCsv(text.toUtf8(), QLatin1Char('\t'));
        QCOMPARE(rows.size(), 1 + int(hostileNames().size()));
        QVERIFY(hostileCells(rows) >= int(hostileNames().size()));
        const QStringList formulas = formulaCells(rows);
        QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTrackerExport)
#include "test_tracker_export.moc"
