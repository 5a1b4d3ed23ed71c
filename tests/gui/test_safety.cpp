// Data safety in the window: the idle lock hides every record, the audit viewer filters and
// pages, and a read-only user finds the editing actions greyed out.

#include "MainWindow.h"
#include "MessageBox.h"
#include "ObjectNames.h"
#include "TestSupport.h"
#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "child/ChildRecordPage.h"
#include "lock/IdleLock.h"
#include "meeting/PresenterWindow.h"
#include "repo/Children.h"
#include "retention/RetentionDialog.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/Sql.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace enc;
using namespace enc::ui;

namespace {

// Every piece of text a person could read on screen now: visible widgets only.
QString visibleText()
{
    QStringList out;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        out << window->windowTitle();
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                out << label->text();
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                out << edit->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                out << button->text();
            else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                QAbstractItemModel *m = view->model();
                for (int r = 0; m && r < m->rowCount(); ++r)
                    for (int c = 0; c < m->columnCount(); ++c)
                        out << m->index(r, c).data().toString();
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_amir = 0;
    Id m_sara = 0;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        auto add = [&](const QString &f) {
            Child c;
            c.forename = f;
            c.surname = QStringLiteral("Khan");
            c.dateOfBirth = QDate::currentDate().addYears(-3);
            return Children(**m_temp).add(c)->id;
        };
        m_amir = add(QStringLiteral("Amir"));
        m_sara = add(QStringLiteral("Sara"));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
        qputenv("ENCOMPASS_USER", "tester");
    }

    void idleLockHidesEveryRecordUntilUnlocked()
    {
        openWindow();
        m_window->openChild(m_amir);
        // Another window with a name in it (a dialog left open), and the projector.
        QDialog dialog(m_window.get());
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(QStringLiteral("Editing Sara Khan"), &dialog));
        dialog.setWindowTitle(QStringLiteral("Sara Khan"));
        dialog.show();
        PresenterWindow presenter;
        presenter.show();
        QVERIFY(visibleText().contains(QStringLiteral("Amir")));
        QVERIFY(visibleText().contains(QStringLiteral("Sara")));

        IdleLock *lock = m_window->idleLock();
        QCOMPARE(lock->timeout(), 10 * 60 * 1000); // the default: ten minutes
        QSignalSpy locked(lock, &IdleLock::lockedChanged);
        lock->setTimeout(30);
        QVERIFY(locked.wait(10000));
        QVERIFY(lock->isLocked());
        const QString shown = visibleText();
        QVERIFY2(!shown.contains(QStringLiteral("Amir")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Sara")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Khan")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("locked")));
        // The projector is blank: no button, no words.
        auto *screen = presenter.findChild<QWidget *>(QLatin1String(names::LockScreen));
        QVERIFY(screen && screen->isVisible());
        QVERIFY(!presenter.findChild<QPushButton *>(QLatin1String(names::UnlockButton)));

        lock->setTimeout(0); // no second lock while the test looks
        auto *unlock = m_window->findChild<QPushButton *>(QLatin1String(names::UnlockButton));
        QVERIFY(unlock && unlock->isVisible());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QVERIFY(visibleText().contains(QStringLiteral("Amir")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sara Khan"));
        QVERIFY(dialog.isVisible());
    }

    void lockNowFromTheMenu()
    {
        openWindow();
        QAction *lockNow = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Lock now"))
                lockNow = a;
        QVERIFY(lockNow);
        QCOMPARE(lockNow->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        m_window->openChild(m_sara);
        QVERIFY(visibleText().contains(QStringLiteral("Khan")));
        lockNow->trigger();
        QVERIFY(m_window->idleLock()->isLocked());
        QVERIFY(!visibleText().contains(QStringLiteral("Khan")));
        m_window->idleLock()->unlock();
        QVERIFY(visibleText().contains(QStringLiteral("Khan")));
    }

    void auditViewerFiltersByChildAndPages()
    {
        for (int i = 0; i < AuditModel::PageSize + 20; ++i)
            QVERIFY(Audit::recordView((*m_temp)->sql(), m_sara));
        openWindow();
        m_window->openChild(m_amir);
        m_window->showAudit(m_amir);
        AuditModel *model = m_window->auditPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2); // added, then viewed
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(AuditModel::ChildIdRole).toLongLong(), m_amir);
        QCOMPARE(model->index(0, AuditModel::Action).data().toString(), QStringLiteral("Viewed"));
        QCOMPARE(model->index(0, AuditModel::Child).data().toString(), QStringLiteral("Amir Khan"));

        // Every child: the first page, then more as the view scrolls.
        auto *child =
            m_window->auditPage()->findChild<QLineEdit *>(QLatin1String(names::AuditChild));
        child->clear();
        QTest::keyClick(child, Qt::Key_Return);
        const int all =
            Sql::scalar((*m_temp)->sql(), QStringLiteral("SELECT count(*) FROM audit"))->toInt();
        QVERIFY(all > AuditModel::PageSize + 20);
        QCOMPARE(model->matching(), qint64(all));
        QCOMPARE(model->index(0, AuditModel::Child).data().toString(), QStringLiteral("Amir Khan"));
        // Paging, on a model of its own (a view fetches as it pleases).
        AuditModel paged;
        QAbstractItemModelTester pagedTester(
            &paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        paged.setDatabase(m_window->database());
        QCOMPARE(paged.rowCount(), AuditModel::PageSize);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), all);
        QVERIFY(!paged.canFetchMore({}));
        QCOMPARE(paged.index(all - 1, AuditModel::Action).data().toString(),
                 QStringLiteral("Added"));

        // By user.
        auto *user = m_window->auditPage()->findChild<QLineEdit *>(QLatin1String(names::AuditUser));
        QTest::keyClicks(user, QStringLiteral("nobody"));
        QTest::keyClick(user, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 0);

        QVERIFY(m_window->auditPage()->verify().contains(QStringLiteral("intact")));
        QVERIFY(Sql::exec((*m_temp)->sql(), QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(Sql::exec((*m_temp)->sql(),
                          QStringLiteral("UPDATE audit SET user_name = 'x' WHERE id = 5")));
        QVERIFY(m_window->auditPage()->verify().contains(QStringLiteral("broken at entry 5")));
    }

    void retentionReviewAnonymisesAfterConfirming()
    {
        Child old;
        old.forename = QStringLiteral("Gwen");
        old.surname = QStringLiteral("Pryce");
        old.dateOfBirth = QDate::currentDate().addYears(-30);
        const Id gwen = Children(**m_temp).add(old)->id;
        openWindow();
        RetentionDialog dialog(*m_window->database(), m_window.get());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Gwen Pryce"));
        dialog.table()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog.anonymiseSelected());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.toggleHold());
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("Yes"));
        dialog.table()->selectRow(0);
        QVERIFY(dialog.toggleHold());
        dialog.table()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.anonymiseSelected());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(Sql::scalar((*m_temp)->sql(),
                             QStringLiteral("SELECT forename FROM child WHERE id = :id"),
                             {{QStringLiteral("id"), gwen}})
                     ->toString(),
                 QStringLiteral("Anonymised"));
    }

    void subjectAccessFromTheChildPage()
    {
        openWindow();
        m_window->openChild(m_amir);
        QTemporaryDir out;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const QString pdf = m_window->childPage()->exportSubjectAccess(out.path());
        QVERIFY2(QFile::exists(pdf), qPrintable(MessageBox::lastText()));
        QFile json(out.filePath(QStringLiteral("subject-access-%1.json").arg(m_amir)));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QVERIFY(bytes.contains("Amir"));
        QVERIFY(!bytes.contains("Sara"));
        QCOMPARE(Sql::scalar((*m_temp)->sql(),
                             QStringLiteral("SELECT count(*) FROM audit WHERE action = 'export' "
                                            "AND child_id = :c"),
                             {{QStringLiteral("c"), m_amir}})
                     ->toInt(),
                 2);
    }

    void readOnlyUserSeesEditingGreyedOut()
    {
        qputenv("ENCOMPASS_USER", "reader");
        openWindow();
        auto *role = m_window->findChild<QLabel *>(QLatin1String(names::RoleLabel));
        QVERIFY(role->text().contains(QStringLiteral("reader (read-only)")));
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("New &PPN...") ||
                a->text() == QStringLiteral("New &child..."))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        }
        m_window->openChild(m_amir);
        for (QPushButton *b : m_window->childPage()->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Edit") || b->text() == QStringLiteral("New &PPN"))
                QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
            if (b->text() == QStringLiteral("Back"))
                QVERIFY(b->isEnabled());
        }
        // The view itself is still recorded.
        QCOMPARE(Sql::scalar((*m_temp)->sql(),
                             QStringLiteral("SELECT count(*) FROM audit WHERE action = 'view' "
                                            "AND user_name = 'reader'"))
                     ->toInt(),
                 1);
    }
};

QTEST_MAIN(TestSafety)
#include "test_safety.moc"
