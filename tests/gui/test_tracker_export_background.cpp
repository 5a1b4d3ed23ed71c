// Export list to CSV (Ctrl+E) on a long list, as the officer meets it: the window keeps
// painting and answering while the rows are written, Cancel leaves no file, the status bar
// says what was written, and a folder that cannot be written is named in the message.

#include "ChildTableModel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "RandomChildren.h"
#include "TestSupport.h"
#include "TrackerPage.h"
#include "export/SheetText.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace enc;
using namespace enc::ui;

class TestTrackerExportBackground : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    static constexpr int ChildCount = 600;
    int m_listed = 0;

    TrackerPage *page() const { return m_window->trackerPage(); }

    // The file as the export wrote it before it moved off the window's thread: every row of
    // the window's own list, one CSV text.
    QByteArray listAsShown() const
    {
        const ChildTableModel *model = page()->model();
        QList<QVariantList> lines;
        QVariantList header;
        for (int c = 0; c < model->columnCount(); ++c)
            header << model->headerData(c, Qt::Horizontal);
        lines << header;
        for (int row = 0; row < model->rowCount(); ++row) {
            QVariantList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(row, c).data();
            lines << cells;
        }
        return SheetText::csv(lines);
    }

    qint64 exportEntries() const
    {
        auto q = Sql::run(m_window->database()->sql(),
                          QStringLiteral("SELECT count(*) FROM audit WHERE action = 'export' "
                                         "AND entity = 'tracker-csv'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY(m_temp->db);
        test::addRandomChildren(**m_temp, ChildCount, 11);
        m_temp->db.reset();
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->view()->sortByColumn(ChildTableModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(page()->model()->countState() == ChildTableModel::Count::Exact);
        m_listed = page()->model()->rowCount(); // some of the random children are archived
        QVERIFY(m_listed > 1);
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void windowAnswersWhileExportingAndCancelLeavesNoFile()
    {
        // Another desk is saving: the export can read and write its rows but cannot finish
        // (its audit entries wait for the lock), so it is certainly still running below.
        auto desk = Database::openWorker(m_temp->path());
        QVERIFY(desk);
        QVERIFY(Sql::exec((*desk)->sql(), QStringLiteral("BEGIN IMMEDIATE")));

        const QString csv = m_temp->dir.filePath(QStringLiteral("cancelled.csv"));
        FileDialog::setNextFileName(csv);
        QSignalSpy finished(page(), &TrackerPage::exportFinished);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        // Ctrl+E came back at once: the window's events are handled during the export.
        QVERIFY(page()->isExporting());
        bool ticked = false;
        QTimer::singleShot(0, page(), [&] { ticked = page()->isExporting(); });
        QTRY_VERIFY(ticked);
        auto *progress =
            m_window->findChild<QProgressDialog *>(QLatin1String(names::TrackerExportProgress));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible()); // shown while the window waits, with its Cancel
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);

        QVERIFY(Sql::exec((*desk)->sql(), QStringLiteral("ROLLBACK")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!page()->isExporting());
        QVERIFY(!QFile::exists(csv));
        // Nor a part-written private file beside it, nor audit entries for a file not there.
        const QStringList left =
            QDir(m_temp->dir.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QCOMPARE(exportEntries(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void statusBarSaysWhatWasExported()
    {
        const QString csv = m_temp->dir.filePath(QStringLiteral("tracker.csv"));
        FileDialog::setNextFileName(csv);
        QSignalSpy finished(page(), &TrackerPage::exportFinished);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Exported %1 children to %2")
                     .arg(QLocale().toString(m_listed), QDir::toNativeSeparators(csv)));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), listAsShown()); // byte for byte the list shown
        QCOMPARE(exportEntries(), m_listed);  // one audit entry per child named in it
    }

    void unwritableFolderIsNamed()
    {
        const QString csv = m_temp->dir.filePath(QStringLiteral("no such folder/tracker.csv"));
        FileDialog::setNextFileName(csv);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy finished(page(), &TrackerPage::exportFinished);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(csv)),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(exportEntries(), 0);
    }
};

QTEST_MAIN(TestTrackerExportBackground)
#include "test_tracker_export_background.moc"
